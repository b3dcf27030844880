"""The backends (:data:`BACKENDS`, the one place that knows them) and ``load_model(name_or_path)``.

A new backend is one module plus one line in :data:`BACKENDS`: its short name for ``casenotes train --backend``,
the versioned name model.json records, its class, whether it runs on torch, whether it learns from labelled
data, and its hyperparameters' defaults (which the class's ``__init__`` takes from here). Nothing else names a
backend. Shipped models live under ``models/NAME`` in the repository, installed with the package as
``casenotes_models`` (:func:`models_dir`); any other directory holding a ``model.json`` is loaded by its path.

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
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from casenotes.errors import CasenotesWarning, ModelError
from casenotes.schemas import LABELS

if TYPE_CHECKING:
    from casenotes.classify.base import SentenceClassifier


@dataclass(frozen=True)
class Backend:
    """What casenotes knows about one backend.

    Attributes:
        name: short name, for ``casenotes train --backend``.
        version: versioned name, recorded as ``backend`` in model.json; changed behaviour gets a new version.
        target: ``module:Class``, imported only when a model of this backend is built or loaded (so a process
            that only resolves models, such as the parent of a worker pool, imports neither spaCy nor torch).
        torch: whether the backend itself runs on torch (an ensemble also does when one of its members does).
        learns: whether ``fit`` needs labelled sentences (the others are built without data).
        defaults: the hyperparameters and their defaults, as the class's keyword-only ``__init__`` takes them.
    """

    name: str
    version: str
    target: str
    torch: bool
    learns: bool
    defaults: Mapping[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "defaults", MappingProxyType(dict(self.defaults)))

    def cls(self) -> type[SentenceClassifier]:
        """The backend's class (importing its module)."""
        module, _, name = self.target.partition(":")
        return getattr(importlib.import_module(module), name)


_TRANSFORMER = {"base_model": "default", "epochs": 4, "batch_size": 32, "learning_rate": 4e-5, "max_length": 96,
                "val_fraction": 0.12, "augment": True, "symmetric": True, "one_pass": False, "seed": 0, "device": "auto"}
"""A transformer's hyperparameters and their defaults (its ONNX form, trained the same way, adds ``int8``)."""

BACKENDS: dict[str, Backend] = {b.version: b for b in (
    Backend("rules", "rules.v1", "casenotes.classify.rules:RulesClassifier", torch=False, learns=False,
            defaults={"rules": "default", "bias": -3.0, "threshold": 0.5}),
    Backend("linear", "linear.v1", "casenotes.classify.linear:LinearClassifier", torch=False, learns=True,
            defaults={"C": 8.0, "word_ngrams": (1, 3), "char_ngrams": (2, 5), "min_df": 2, "rule_features": False,
                      "scope_features": False, "augment": True, "symmetric": True, "cv": 5, "n_jobs": 2}),
    Backend("transformer", "transformer.v1", "casenotes.classify.transformer:TransformerClassifier", torch=True,
            learns=True, defaults=_TRANSFORMER),
    Backend("transformer-onnx", "transformer-onnx.v1", "casenotes.classify.onnx_form:OnnxTransformerClassifier",
            torch=True, learns=True, defaults={**_TRANSFORMER, "int8": True}),
    Backend("ensemble", "ensemble.v1", "casenotes.classify.ensemble:EnsembleClassifier", torch=False, learns=False,
            defaults={"members": ("linear-v1", "transformer-v1"), "weights": None, "precision": "float32"}),
)}
"""Versioned backend name -> the backend."""
DEFAULT_MODEL = "ensemble-v10-bf16"
"""The model ``classify``, ``audit`` and ``score`` use by default: ensemble-v10 (linear-v9 + transformer-v7, trained
on corpus v9 as well as the v9 models' data), chosen in two steps each fixed before its data were seen
(models/RESULTS.md, v10 and "Audit rubric v5"): on dev pooled with selection set v1 (macro-F1 0.910 against
ensemble-v9-bf16's 0.893), then on audit held-out set 9 with audit rubric v4 calibrated for each on the eight scored
sets (mean QWK 0.817 against 0.811). Its transformer member's matrix products run in bfloat16 on a CPU with AMX or
AVX512-BF16 (about 3.5x the sentences per CPU-second of float32, as measured for ensemble-v5); it was measured only in
float32, on a CPU without them, where it runs in float32 (W160): there ``ensemble-v10-int8`` (the same members, the
transformer in ONNX form, int8) classifies 160-187 sentences/s with the same accuracy within noise, and by the rule
in models/RESULTS.md (addendum 2) is to become the default on every CPU, a switch not made yet. ``linear-v9``
classifies over a thousand sentences per second and is the choice when speed matters more than accuracy."""
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
    separators = [sep for sep in (os.sep, os.altsep) if sep is not None]
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


PRECISIONS = ("float32", "bfloat16", "int8")
"""Inference precisions of a transformer (``TransformerClassifier.set_precision``): ``bfloat16`` runs its matrix
products in bfloat16 (fast on CPUs with AMX or AVX512-BF16; probabilities move by hundredths at most), ``int8``
quantises its weights (probabilities move more: see ``quantize_int8``)."""


def read_model_json(path: Path) -> dict[str, Any]:
    """A model directory's model.json, its backend known and its labels (the columns of the model's
    probabilities, which a model learns from its data) distinct names with a threshold each.

    Raises:
        ModelError: no model.json, an unknown backend, or labels and thresholds that do not fit together.

    Warns (CasenotesWarning, W006) when the model's labels are not the codebook's: a label it lacks is never given.
    """
    file = path / "model.json"
    if not file.is_file():
        raise ModelError(f"[E050] '{path}' is not a casenotes model: model.json not found.")
    meta = json.loads(file.read_text(encoding="utf-8"))
    labels = meta.get("labels")
    if (not isinstance(labels, list) or not labels or not all(isinstance(label, str) and label for label in labels)
            or len(set(labels)) != len(labels)):
        raise ModelError(f"[E051] {file}: 'labels' must be a non-empty list of distinct label names; found "
                         f"{labels!r}.")
    if set(meta.get("thresholds", {})) != set(labels):
        raise ModelError(f"[E420] {file}: 'thresholds' has labels {sorted(meta.get('thresholds', {}))}; expected "
                         f"one threshold for each of 'labels' {labels}.")
    if meta.get("backend") not in BACKENDS:
        raise ModelError(f"[E053] {file}: backend '{meta.get('backend')}' is unknown; expected one of "
                         f"{sorted(BACKENDS)}.")
    if set(labels) != set(LABELS):
        warnings.warn(f"[W006] {file}: the model's labels {labels} differ from the codebook's {list(LABELS)}; it "
                      f"never gives a label it lacks.", CasenotesWarning, stacklevel=2)
    return meta


def backend_class(backend: str) -> type[SentenceClassifier]:
    """The class of a backend given by its versioned name (``linear.v1``)."""
    return BACKENDS[backend].cls()


def backend_named(name: str) -> Backend | None:
    """The backend ``casenotes train --backend NAME`` means (the one whose short name is ``name``), if any."""
    return next((b for b in BACKENDS.values() if b.name == name), None)


def backend_names() -> list[str]:
    """The backends' short names, sorted (the choices of ``casenotes train --backend``)."""
    return sorted(b.name for b in BACKENDS.values())


def backend_of(cls: type) -> Backend:
    """The registered backend whose class is ``cls``.

    Raises:
        ModelError: ``cls`` is not registered in :data:`BACKENDS`.
    """
    target = f"{cls.__module__}:{cls.__qualname__}"
    for backend in BACKENDS.values():
        if backend.target == target:
            return backend
    raise ModelError(f"[E421] {target} is not a registered backend; add it to BACKENDS in "
                     f"casenotes/classify/registry.py.")


def needs_torch(name_or_path: str | Path | None) -> bool:
    """Whether a model runs on torch (its backend does, or one of its members), read from model.json alone."""
    meta = read_model_json(resolve_model_path(name_or_path))
    return BACKENDS[meta["backend"]].torch or any(needs_torch(m) for m in meta.get("params", {}).get("members", ()))


def load_model(name_or_path: str | Path | None = None, *, precision: str = "float32") -> SentenceClassifier:
    """Load a model by shipped name or path; dispatches on ``backend`` in its model.json."""
    if precision not in PRECISIONS:
        raise ModelError(f"[E400] Precision '{precision}' is unknown; expected one of {list(PRECISIONS)}.")
    path = resolve_model_path(name_or_path)
    backend = read_model_json(path)["backend"]
    model = backend_class(backend).load(path)
    if precision != "float32":
        if not hasattr(model, "set_precision"):
            raise ModelError(f"[E055] Model '{path.name}' ({backend}) has no {precision} form: only transformer "
                             f"models and ensembles with a transformer member run in another precision.")
        model.set_precision(precision)
    return model


def model_fingerprint(path: Path) -> str:
    """SHA-256 over a model directory's files, for the run record."""
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        digest.update(file.relative_to(path).as_posix().encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()
