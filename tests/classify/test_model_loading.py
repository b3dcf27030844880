"""Loading a model never runs code from a file: a bare name is only a shipped model, shipped models match the
manifest that ships with the package, and no backend unpickles (issue #16, finding 1)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import joblib
import numpy as np
import pytest

from casenotes.classify.registry import load_model, models_dir
from casenotes.data import data_path
from casenotes.errors import ModelError

PACKAGE = Path(__file__).resolve().parents[2] / "casenotes"
GOLD = Path(__file__).resolve().parents[2] / "annotation" / "gold" / "sentences.v1.jsonl"
EXPECTED = Path(__file__).with_name("linear_v1_classify.jsonl")
"""`casenotes classify --model linear-v1` of the first 200 gold test sentences, as the model gave them when it
was still a joblib pickle: converting it to arrays + JSON changed no output."""


class Payload:
    """What a hostile model file would hold: unpickling it creates ``marker``."""

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self):
        return open, (self.marker, "w")


def planted_model(where: Path, marker: Path) -> Path:
    """A folder that looks like shipped linear-v1 (its model.json) with a pickle that would run a payload."""
    where.mkdir(parents=True)
    shutil.copy(models_dir() / "linear-v1" / "model.json", where / "model.json")
    joblib.dump({"word": Payload(marker)}, where / "linear.joblib")
    return where


def gold_input(path: Path) -> Path:
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    path.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n"
                            for r in [r for r in rows if r["split"] == "test"][:200]), encoding="utf-8")
    return path


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(["casenotes", *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "500", **(env or {})}, timeout=300)


def test_a_folder_named_like_a_shipped_model_in_the_working_directory_is_not_loaded(tmp_path):
    marker = tmp_path / "payload-ran"
    planted_model(tmp_path / "linear-v1", marker)
    result = run("classify", gold_input(tmp_path / "in.jsonl"), "-o", tmp_path / "out.jsonl", "--model", "linear-v1",
                 cwd=tmp_path)
    assert not marker.exists()
    assert result.returncode == 0, result.stderr
    # the shipped model answered, with exactly the labels and scores it gave before it was converted from a pickle
    # (its evidence spans have changed since, by design: issue #21)
    def answers(path: Path) -> list[tuple]:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return [(r["id"], r["labels"], r["scores"]) for r in rows]

    assert answers(tmp_path / "out.jsonl") == answers(EXPECTED)


def test_a_model_directory_given_as_a_path_is_never_unpickled(tmp_path):
    marker = tmp_path / "payload-ran"
    planted_model(tmp_path / "mine", marker)
    result = run("classify", gold_input(tmp_path / "in.jsonl"), "-o", tmp_path / "out.jsonl", "--model", "./mine",
                 cwd=tmp_path)
    assert not marker.exists()
    assert result.returncode == 1 and "[E322]" in result.stderr and "linear.joblib" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.strip().count("\n") == 0, result.stderr


@pytest.mark.parametrize("tamper", ["change", "add", "remove"])
def test_a_changed_shipped_model_is_refused_in_one_line(tmp_path, tamper, monkeypatch):
    copy = tmp_path / "models"
    shutil.copytree(models_dir() / "linear-v1", copy / "linear-v1")
    meta = json.loads((copy / "linear-v1" / "model.json").read_text())
    if tamper == "change":  # a lower threshold flags more sentences, silently
        meta["thresholds"]["victim_blaming"] = 0.05
        (copy / "linear-v1" / "model.json").write_text(json.dumps(meta))
    elif tamper == "add":
        (copy / "linear-v1" / "rubric.toml").write_text("# scoring rules that were never shipped\n")
    else:
        (copy / "linear-v1" / "MODEL_CARD.md").unlink()
    result = run("classify", gold_input(tmp_path / "in.jsonl"), "-o", tmp_path / "out.jsonl", "--model", "linear-v1",
                 cwd=tmp_path, env={"CASENOTES_MODELS": str(copy)})
    assert result.returncode == 1 and "[E320]" in result.stderr and "linear-v1" in result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr
    monkeypatch.setenv("CASENOTES_MODELS", str(copy))  # restored afterwards, whatever it was before
    with pytest.raises(ModelError, match="E320"):
        load_model("linear-v1")


def test_a_folder_under_models_that_was_not_shipped_is_loaded_only_by_path(tmp_path, monkeypatch):
    copy = tmp_path / "models"
    shutil.copytree(models_dir() / "linear-v1", copy / "linear-mine")
    monkeypatch.setenv("CASENOTES_MODELS", str(copy))
    with pytest.raises(ModelError, match="E321"):
        load_model("linear-mine")
    assert load_model(copy / "linear-mine").predict_proba(["Mum failed to protect the children."]).shape == (1, 4)


def test_the_manifest_is_the_shipped_models():
    """casenotes/data/shipped_models.v1.json is what models/build_manifest.py writes for models/ as committed."""
    from casenotes.classify.registry import MANIFEST, build_manifest

    assert json.loads(data_path(MANIFEST).read_text()) == build_manifest(models_dir())


def test_linear_models_save_as_arrays_and_json_and_load_exactly(tmp_path):
    from tests.classify.test_contract import TEXTS, Y

    from casenotes.classify.linear import LinearClassifier

    model = LinearClassifier(cv=2, min_df=1, n_jobs=1).fit(TEXTS, Y)
    model.save(tmp_path / "m")
    assert sorted(p.name for p in (tmp_path / "m").iterdir()) == ["linear.json", "linear.npz", "model.json"]
    with np.load(tmp_path / "m" / "linear.npz", allow_pickle=False) as arrays:
        assert all(arrays[k].dtype != object for k in arrays.files)
    again = load_model(tmp_path / "m")
    assert np.array_equal(again.predict_proba(TEXTS), model.predict_proba(TEXTS))
    assert again.classify(TEXTS) == model.classify(TEXTS)


def test_a_transformer_head_that_is_not_plain_tensors_is_refused(tmp_path):
    torch = pytest.importorskip("torch")
    marker = tmp_path / "payload-ran"
    copy = tmp_path / "transformer"
    shutil.copytree(models_dir() / "transformer-v1", copy)
    torch.save({"weight": Payload(marker)}, copy / "head.pt")
    with pytest.raises(ModelError, match="E324"):
        load_model(copy)
    assert not marker.exists()


def test_nothing_in_the_package_unpickles_a_file():
    """joblib.load / pickle.load(s) / torch.load without weights_only=True would run code named in a file."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for call in re.finditer(r"\b(joblib\.load|pickle\.loads?|cloudpickle\.loads?|dill\.loads?|torch\.load)\(", text):
            end = text.find("\n", text.find(")", call.end()))
            if call.group(1) != "torch.load" or "weights_only=True" not in text[call.start():end]:
                offenders.append(f"{path.relative_to(PACKAGE)}: {call.group(1)}")
    assert offenders == []


def test_a_model_whose_labels_are_not_the_codebooks_is_a_warning(tmp_path):
    """Valid but probably a mistake (issue #17, item 8): the model never gives the labels it lacks (W006)."""
    import warnings

    from casenotes.classify.registry import read_model_json
    from casenotes.errors import CasenotesWarning
    from casenotes.schemas import LABELS

    shutil.copytree(models_dir() / "rules-v1", tmp_path / "three")
    meta = json.loads((tmp_path / "three" / "model.json").read_text())
    (tmp_path / "three" / "model.json").write_text(json.dumps({**meta, "labels": list(LABELS[:3]),
                                                                  "thresholds": {l: 0.5 for l in LABELS[:3]}}))
    with pytest.warns(CasenotesWarning, match=r"\[W006\] .*three/model.json: the model's labels"):
        read_model_json(tmp_path / "three")
    with warnings.catch_warnings():
        warnings.simplefilter("error", CasenotesWarning)
        read_model_json(models_dir() / "rules-v1")
