"""Versioned backend names -> classes, and ``load_model(name_or_path)``.

A new backend is one module plus one line in :data:`BACKENDS`. Models live under ``models/NAME`` in the
repository (or any directory holding a ``model.json``).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from casenotes.classify.base import SentenceClassifier, read_model_json
from casenotes.classify.ensemble import EnsembleClassifier
from casenotes.classify.linear import LinearClassifier
from casenotes.classify.rules import RulesClassifier
from casenotes.classify.transformer import TransformerClassifier
from casenotes.errors import ModelError

BACKENDS: dict[str, type[SentenceClassifier]] = {
    "rules.v1": RulesClassifier,
    "linear.v1": LinearClassifier,
    "transformer.v1": TransformerClassifier,
    "ensemble.v1": EnsembleClassifier,
}
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


def load_model(name_or_path: str | Path | None = None, *, precision: str = "float32") -> SentenceClassifier:
    """Load a model by shipped name or path; dispatches on ``backend`` in its model.json."""
    if precision not in PRECISIONS:
        raise ModelError(f"[E054] Precision '{precision}' is unknown; expected one of {list(PRECISIONS)}.")
    path = resolve_model_path(name_or_path)
    meta = read_model_json(path)
    backend = meta.get("backend")
    if backend not in BACKENDS:
        raise ModelError(f"[E053] {path}/model.json: backend '{backend}' is unknown; expected one of {sorted(BACKENDS)}.")
    model = BACKENDS[backend].load(path)
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
