"""The data files a batch run has in force, by name with their SHA-256, for its record (``runs.data_files``).

They are worked out without loading the model or spaCy (the parent of a worker pool loads neither, and spaCy
brings torch with it): de-identification's lists from the run's own pseudonymiser, the pipeline's and the
classifiers' shared files by their shipped names, the labels and domains files in force, the rubric (and the default
rubric for domains it lacks), the mapping file, and the model's rule files from
its ``model.json``. ``tests/batch/test_run_record.py`` watches every file a run opens and holds this list to it.
"""

from __future__ import annotations

from pathlib import Path

from casenotes.audit import Rubric
from casenotes.classify.counterfactual import SWAP_FILE
from casenotes.classify.explain import DEFAULT_FILE as EVIDENCE_FILE
from casenotes.classify.registry import MANIFEST, read_model_json, resolve_model_path
from casenotes.data import data_path, sha256
from casenotes.schemas import domains_path, labels_path

PIPELINE_FILES = ("abbreviations.v1.yaml", "roles.v1.yaml", "context_rules.v1.json")
"""The spaCy pipeline's data files (``casenotes.nlp``: tokenizer abbreviations, role lexicon, ConText rules),
recorded whatever the model (one that reads only text runs with the abbreviations alone)."""
CLASSIFY_FILES = (SWAP_FILE, MANIFEST, EVIDENCE_FILE)
"""Read by the classifiers' shared code: the words and first names the symmetric models swap
(``classify.counterfactual``), the shipped models' manifest (``classify.registry``) and how evidence phrases are
cut (``classify.explain``)."""
MODEL_RULES = "rules.jsonl"
"""A rules model's own copy of its rules, in its directory (``classify.rules``)."""
SHIPPED_RULES = "rules.v1.jsonl"
"""The shipped rules, which a linear model with ``rule_features`` reads (``classify.linear``)."""


def data_files_in_force(*, deid_files: dict[str, str], rubric: Rubric, model_path: Path,
                        mapping: Path | None = None) -> dict[str, str]:
    """Every data file a run reads while scoring: file name (``MEMBER/rules.jsonl`` for an ensemble member's
    rules) -> SHA-256.

    Args:
        deid_files: the pseudonymiser's own record of its files (``Pseudonymiser.data_files``).
        rubric: the rubric the run scores with (a user's copy, a model's calibrated one, or the shipped one).
        model_path: the model directory.
        mapping: the column-mapping file, when one is used.
    """
    shipped = {name: data_path(name) for name in (*PIPELINE_FILES, *CLASSIFY_FILES)}
    own = {path.name: path for path in (labels_path(), domains_path())}
    own.update({**rubric.files, **({mapping.name: mapping} if mapping else {})})
    files = {**shipped, **model_rule_files(model_path), **own}
    return {**deid_files, **{name: sha256(path) for name, path in files.items()}}


def model_rule_files(model_path: Path, prefix: str = "") -> dict[str, Path]:
    """The rule files a model reads besides its weights: a rules model's own, the shipped ones for a linear model
    with rule features, and an ensemble's members' (named ``MEMBER/...``)."""
    params = read_model_json(model_path).get("params", {})
    files = {prefix + MODEL_RULES: model_path / MODEL_RULES} if (model_path / MODEL_RULES).is_file() else {}
    if params.get("rule_features"):
        files[SHIPPED_RULES] = data_path(SHIPPED_RULES)
    for member in params.get("members", ()):
        member_path = resolve_model_path(member)
        files.update(model_rule_files(member_path, f"{member_path.name}/"))
    return files
