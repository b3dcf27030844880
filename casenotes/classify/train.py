"""Train a classifier backend on labelled sentences, save it, and write its model card (``casenotes train``)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np

from casenotes.errors import InputError

def train(backend: str, out_dir: Path, *, data: Path | None = None, extra: list[Path] | None = None,
          members: list[str] | None = None, eval_split: str = "test") -> dict[str, Any]:
    """Fit a backend on the ``train`` split of ``data`` (plus the ``train`` rows of each ``extra`` file), save it,
    evaluate on ``data``'s ``eval_split`` and write the card.

    Args:
        backend: a backend's short name (:func:`casenotes.classify.registry.backend_names`).
        out_dir: the model directory to write.
        data: labelled JSONL; required by the backends that learn (linear, transformer).
        extra: more labelled JSONL whose ``train`` rows are added; evaluation stays on ``data``.
        members: an ensemble's member models (names or directories).
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
    model = registered.cls()(**({"members": tuple(members)} if members else {}))
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
