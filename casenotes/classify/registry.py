"""Versioned backend names -> classes, and ``load_model(name_or_path)``.

A new backend is one module plus one line in :data:`BACKENDS`. Shipped models live under ``models/NAME`` in the
repository, installed with the package as ``casenotes_models`` (:func:`models_dir`); any other directory holding
a ``model.json`` is loaded by its path.

A model is a file the process will act on, so where ``--model`` points matters: a bare name (``linear-v1``)
is only ever a shipped model, never a folder of that name in the working directory (on a shared drive, anyone
could leave one there), and a shipped model's files must match the SHA-256 manifest that ships with the
package (``casenotes/data/shipped_models.v1.json``, written by ``models/build_manifest.py``). A value is a path
only when it is written as one (``./mine``, ``models/linear-v1``, ``~/m``, ``/abs/m``), or passed as a ``Path``.
No backend unpickles a file, so a model directory of one's own is read in safe formats only.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import os
from pathlib import Path
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
MANIFEST = "shipped_models.v1.json"
"""The package data file holding every shipped model's files and their SHA-256 (``models/build_manifest.py``)."""


MODELS_ENV = "CASENOTES_MODELS"
"""The environment variable that points casenotes at a folder of shipped models (one folder per model)."""
MODELS_PACKAGE = "casenotes_models"
"""The repository's ``models/`` folder as installed with casenotes (a data package; see setup.py)."""


def models_dir() -> Path:
    """Where shipped models live: ``$CASENOTES_MODELS``, else the ``casenotes_models`` data package installed with
    casenotes (editable or not).

    Fallback, for a source checkout used without being installed (or whose editable install predates
    ``casenotes_models``): the checkout's own ``models/`` folder, beside its ``pyproject.toml``.

    Raises:
        ModelError: none of these is there.
    """
    env = os.environ.get(MODELS_ENV)
    if env:
        return Path(env)
    spec = importlib.util.find_spec(MODELS_PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "models").is_dir() and (checkout / "pyproject.toml").is_file():
        return checkout / "models"
    raise ModelError(f"[E380] The shipped models were not found: no {MODELS_PACKAGE} package is installed with "
                     f"casenotes. Set {MODELS_ENV} to the folder that holds them (one folder per model, each with "
                     f"model.json), or reinstall casenotes.")


def written_as_path(value: str | Path) -> bool:
    """Whether a ``--model`` value names a directory rather than a shipped model: a ``Path``, or a string with a
    path separator, or starting with ``.`` or ``~``, or absolute."""
    if isinstance(value, Path):
        return True
    separators = {os.sep, os.altsep} - {None}
    return any(sep in value for sep in separators) or value.startswith((".", "~")) or os.path.isabs(value)


def resolve_model_path(name_or_path: str | Path | None = None) -> Path:
    """A model directory: a shipped model by name (its files checked against the manifest), or a path.

    Raises:
        ModelError: a name that is not a shipped model, or a shipped model whose files were changed.
    """
    value = DEFAULT_MODEL if name_or_path is None or str(name_or_path) == "" else name_or_path
    if written_as_path(value):
        return Path(value).expanduser()
    name = str(value)
    shipped = models_dir() / name
    if not (shipped / "model.json").is_file():
        available = sorted(p.parent.name for p in models_dir().glob("*/model.json")) if models_dir().is_dir() else []
        raise ModelError(f"[E052] Model '{name}' not found among the shipped models (under {models_dir()}: "
                         f"{available or 'none'}); a model directory of your own is given as a path, e.g. ./{name}.")
    verify_shipped(name, shipped)
    return shipped


def model_files(path: Path) -> dict[str, str]:
    """Every file of a model directory (relative POSIX path) -> its SHA-256."""
    out = {}
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        digest = hashlib.sha256()
        with file.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
        out[file.relative_to(path).as_posix()] = digest.hexdigest()
    return out


def build_manifest(root: Path) -> dict[str, Any]:
    """The manifest of the models under ``root``: ``{"models": {name: {file: sha256}}}``."""
    return {"models": {p.parent.name: model_files(p.parent) for p in sorted(root.glob("*/model.json"))}}


def verify_shipped(name: str, path: Path) -> None:
    """Refuse a shipped model whose files differ from the manifest (changed, missing or added)."""
    from casenotes.data import data_path

    expected = json.loads(data_path(MANIFEST).read_text(encoding="utf-8"))["models"].get(name)
    if expected is None:
        raise ModelError(f"[E321] '{name}' under {models_dir()} is not a model casenotes shipped (not in "
                         f"casenotes/data/{MANIFEST}); load a model of your own by its path, e.g. {path}/.")
    found = model_files(path)
    for file in sorted(set(expected) | set(found)):
        if expected.get(file) != found.get(file):
            problem = ("is missing" if file not in found else "is not in the manifest" if file not in expected
                       else "does not match its SHA-256 in the manifest")
            raise ModelError(f"[E320] Shipped model '{name}' was changed after release: file '{file}' {problem} "
                             f"(casenotes/data/{MANIFEST}). Restore the model, or load a model of your own by its "
                             f"path.")


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
