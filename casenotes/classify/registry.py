"""Versioned backend names -> classes, and ``load_model(name_or_path)``.

A new backend is one module plus one line in :data:`BACKENDS`. Models live under ``models/NAME`` in the
repository (or any directory holding a ``model.json``).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import importlib
import json
from typing import TYPE_CHECKING, Any

from casenotes.errors import ModelError
from casenotes.schemas import LABELS

if TYPE_CHECKING:
    from casenotes.classify.base import SentenceClassifier

BACKENDS: dict[str, str] = {
    "rules.v1": "casenotes.classify.rules:RulesClassifier",
    "linear.v1": "casenotes.classify.linear:LinearClassifier",
    "transformer.v1": "casenotes.classify.transformer:TransformerClassifier",
    "ensemble.v1": "casenotes.classify.ensemble:EnsembleClassifier",
}
"""Backend name -> its class, imported when a model of that backend is loaded (so a process that only resolves
models, such as the parent of a worker pool, imports neither spaCy nor torch)."""
DEFAULT_MODEL = "ensemble-v2"
"""The best shipped model on the gold test split and the independent external set (annotation/external);
``classify``, ``audit`` and ``score`` use it by default."""
FAST_MODEL = "linear-v1"
"""The fastest shipped model that learned from the gold corpus; the demo uses it to stay within two minutes."""


def models_dir() -> Path:
    """Where shipped models live: ``$CASENOTES_MODELS`` or the repository's ``models/`` folder."""
    env = os.environ.get("CASENOTES_MODELS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "models"


def resolve_model_path(name_or_path: str | Path | None = None) -> Path:
    """A model directory from a shipped model name or a path."""
    name = str(name_or_path or DEFAULT_MODEL)
    path = Path(name)
    if (path / "model.json").is_file():
        return path
    shipped = models_dir() / name
    if (shipped / "model.json").is_file():
        return shipped
    available = sorted(p.name for p in models_dir().glob("*/model.json")) if models_dir().is_dir() else []
    raise ModelError(f"[E052] Model '{name}' not found as a directory with model.json nor under "
                     f"{models_dir()}; shipped models: {[Path(a).parent.name for a in available] or 'none'}.")


PRECISIONS = ("float32", "int8")
"""Inference precisions: ``int8`` quantises transformer weights for CPU speed (see ``quantize_int8``)."""


def read_model_json(path: Path) -> dict[str, Any]:
    file = path / "model.json"
    if not file.is_file():
        raise ModelError(f"[E050] '{path}' is not a casenotes model: model.json not found.")
    meta = json.loads(file.read_text(encoding="utf-8"))
    if set(meta.get("labels", [])) - set(LABELS):
        raise ModelError(f"[E051] {file}: unknown labels {meta.get('labels')}; expected {list(LABELS)}.")
    return meta


def backend_class(backend: str) -> type[SentenceClassifier]:
    module, _, name = BACKENDS[backend].partition(":")
    return getattr(importlib.import_module(module), name)


def needs_torch(name_or_path: str | Path | None) -> bool:
    """Whether a model runs on torch (a transformer, or an ensemble with one), read from model.json alone."""
    meta = read_model_json(resolve_model_path(name_or_path))
    if meta.get("backend") == "ensemble.v1":
        return any(needs_torch(m) for m in meta.get("params", {}).get("members", ()))
    return str(meta.get("backend", "")).startswith("transformer")


def load_model(name_or_path: str | Path | None = None, *, precision: str = "float32") -> SentenceClassifier:
    """Load a model by shipped name or path; dispatches on ``backend`` in its model.json."""
    if precision not in PRECISIONS:
        raise ModelError(f"[E054] Precision '{precision}' is unknown; expected one of {list(PRECISIONS)}.")
    path = resolve_model_path(name_or_path)
    meta = read_model_json(path)
    backend = meta.get("backend")
    if backend not in BACKENDS:
        raise ModelError(f"[E053] {path}/model.json: backend '{backend}' is unknown; expected one of {sorted(BACKENDS)}.")
    model = backend_class(backend).load(path)
    if precision == "int8":
        if not hasattr(model, "quantize_int8"):
            raise ModelError(f"[E055] Model '{path.name}' ({backend}) has no int8 form: only transformer models "
                             f"and ensembles with a transformer member are quantised.")
        model.quantize_int8()
    return model


def model_fingerprint(path: Path) -> str:
    """SHA-256 over a model directory's files, for the run record."""
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        digest.update(file.relative_to(path).as_posix().encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()
