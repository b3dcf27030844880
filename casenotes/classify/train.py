"""Train a classifier backend on labelled sentences, save it, and write its model card (``casenotes train``)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import numpy as np

from casenotes.errors import InputError

_KINDS: dict[type, tuple[type, ...]] = {tuple: (list,), float: (int, float)}
"""JSON values a hyperparameter of a default's type takes, where they are not that type (a range is a JSON list;
a float may be written as an integer)."""


def parse_params(backend: str, pairs: list[str]) -> dict[str, Any]:
    """``KEY=VALUE`` settings of a backend's hyperparameters (``--param``), each VALUE JSON of the default's type
    (``scope_features=true``, ``C=4``, ``word_ngrams=[1,2]``).

    Raises:
        InputError: not KEY=VALUE or a KEY the backend does not have (E614), a VALUE that is not JSON of the
            default's type (E615).
    """
    from casenotes.classify.registry import backend_named

    registered = backend_named(backend)
    defaults = registered.defaults if registered is not None else {}
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or key not in defaults:
            raise InputError(f"[E614] --param '{key}': expected KEY=VALUE with KEY one of --backend {backend}'s "
                             f"hyperparameters {sorted(defaults)}.")
        default = defaults[key]
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = raw  # a bare word is a string (base_model=default)
        kind = _KINDS.get(type(default), object if default is None else type(default))
        if isinstance(value, bool) != isinstance(default, bool) or not isinstance(value, kind):
            raise InputError(f"[E615] --param {key}: '{raw}' is not a value of its type "
                             f"({type(default).__name__}, like its default {json.dumps(default)}).")
        params[key] = tuple(value) if isinstance(value, list) else value
    return params


def train(backend: str, out_dir: Path, *, data: Path | None = None, extra: list[Path] | None = None,
          members: list[str] | None = None, params: dict[str, Any] | None = None,
          eval_split: str = "test") -> dict[str, Any]:
    """Fit a backend on the ``train`` split of ``data`` (plus the ``train`` rows of each ``extra`` file), save it,
    evaluate on ``data``'s ``eval_split`` and write the card.

    Args:
        backend: a backend's short name (:func:`casenotes.classify.registry.backend_names`).
        out_dir: the model directory to write.
        data: labelled JSONL; required by the backends that learn (linear, transformer).
        extra: more labelled JSONL whose ``train`` rows are added; evaluation stays on ``data``.
        members: an ensemble's member models (names or directories).
        params: hyperparameters other than the backend's defaults (:func:`parse_params`).
        eval_split: the split of ``data`` the card's numbers are measured on.

    Returns:
        The model card (also saved in model.json and MODEL_CARD.md).

    Raises:
        InputError: an unknown backend (E110), a learning backend without data (E111), ``extra`` without ``data``
            (E112), ``members`` for a backend that does not combine models (E113).
    """
    from casenotes.classify.evaluate import read_labelled
    from casenotes.classify.model_card import write_card
    from casenotes.classify.registry import BACKENDS, backend_named, backend_names

    registered = backend_named(backend)
    if registered is None:
        raise InputError(f"[E110] --backend '{backend}' is unknown; expected one of {backend_names()}.")
    if members and "members" not in registered.defaults:
        combining = [b.name for b in BACKENDS.values() if "members" in b.defaults]
        raise InputError(f"[E113] --members is for --backend {' or '.join(combining)}.")
    model = registered.cls()(**(params or {}), **({"members": tuple(members)} if members else {}))
    started = time.perf_counter()
    card: dict[str, Any] = {"name": out_dir.name}
    if data is not None:
        rows, Y = read_labelled(data, split="train")
        sources = {data.name: len(rows)}
        for path in extra or []:
            more, more_Y = read_labelled(path, split="train")
            rows, Y, sources[path.name] = rows + more, np.vstack([Y, more_Y]), len(more)
        model.fit([r["text"] for r in rows], Y)
        card["training_data"] = {"file": data.name, "split": "train", "sentences": len(rows), "sources": sources}
    elif extra:
        raise InputError("[E112] --extra adds to --data: pass the main labelled file with --data.")
    elif not registered.learns:
        model.fit()  # type: ignore[call-arg]  # a backend that learns nothing (rules, ensemble) takes no data
    else:
        raise InputError(f"[E111] --backend {backend} learns from data: pass --data with a labelled JSONL file.")
    card["training_seconds"] = round(time.perf_counter() - started, 1)
    model.save(out_dir, card=card)
    return write_card(out_dir, card, data=data, eval_split=eval_split)
