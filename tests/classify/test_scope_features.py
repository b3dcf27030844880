"""Scope features of the linear backend (issue #21, refuted blame): words inside a negation are also features of
their own (``classify/scope.py``, ``scope_marks.v1.json``), so that a bag of n-grams
can learn that "no evidence that she failed to protect" is not blame. Trained through the installed command, as
``casenotes train --param scope_features=true`` trains linear-v4."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from casenotes.classify.scope import load_scope_marks
from casenotes.errors import RuleFileError

CLI = Path(sys.executable).with_name("casenotes")
NAMES = ["Ali", "Brown", "Cole", "Doyle", "Evans", "Ford", "Grant", "Hale", "Ince", "Jones", "Kaur", "Lowe"]
BLAME = ["Ms {n} failed to protect the children from Mr {n}.", "Ms {n} allowed Mr {n} back into the home.",
         "Ms {n} chose to stay with Mr {n} despite the risks."]
REFUTED = [lead + blame[len("Ms "):] for blame in BLAME for lead in ("There is no evidence that Ms ", "Nothing suggests Ms ")]
"""Each blaming sentence refuted twice, by the two negations the training sentences use."""
OTHER = [("Mr {n} punched Ms {n} in the kitchen.", ["perpetrator_pattern"]),
         ("The baby cries whenever Mr {n} shouts at Ms {n}.", ["perpetrator_pattern", "child_focus"]),
         ("Ms {n} hid the car keys when Mr {n} was drinking.", ["partnering"]),
         ("A home visit to Ms {n} was completed on Tuesday.", [])]
UNSEEN = "It is not true that Ms Quinn failed to protect the children from Mr Quinn."
"""Refuted blame with a negation the training sentences never use: only a feature of the marked words can carry
what the training refutations taught to this one."""


def _dataset(path: Path) -> Path:
    """Template by template, so that every cross-validation fold holds each label; the last name's sentences are
    the test split the model card is measured on."""
    templates = [(t, ["victim_blaming"]) for t in BLAME] + [(t, []) for t in REFUTED] + OTHER
    rows = [{"text": t.format(n=n), "labels": labels, "split": "test" if n == NAMES[-1] else "train"}
            for t, labels in templates for n in NAMES]
    path.write_text("".join(json.dumps({"id": str(i), **r}) + "\n" for i, r in enumerate(rows)), encoding="utf-8")
    return path


def _cli(*args: object, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLI), *map(str, args)], capture_output=True, text=True, cwd=cwd)


@pytest.mark.slow
def test_scope_features_flip_refuted_blame(tmp_path):
    data = _dataset(tmp_path / "tiny.jsonl")
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "x", "text": UNSEEN}) + "\n", encoding="utf-8")
    given = {}
    for name, params in (("plain", []), ("scoped", ["--param", "scope_features=true"])):
        done = _cli("train", "--backend", "linear", "--data", data, "--out", tmp_path / name, *params, cwd=tmp_path)
        assert done.returncode == 0, done.stderr[-2000:]
        done = _cli("classify", tmp_path / "in.jsonl", "-o", tmp_path / f"{name}.jsonl", "--model",
                    tmp_path / name, cwd=tmp_path)
        assert done.returncode == 0, done.stderr[-2000:]
        given[name] = json.loads((tmp_path / f"{name}.jsonl").read_text(encoding="utf-8"))["labels"]
    assert "victim_blaming" in given["plain"]
    assert "victim_blaming" not in given["scoped"]
    assert (tmp_path / "scoped" / "scope_marks.json").is_file()  # the model keeps the marks it was trained with
    assert json.loads((tmp_path / "scoped" / "model.json").read_text())["params"]["scope_features"] is True


def test_marks_cover_the_scope_and_stop_at_a_terminator():
    marker = load_scope_marks()
    assert marker.mark("No evidence she failed to protect, but he hit her.") == [
        "no", "neg_evidence", "neg_she", "neg_failed", "neg_to", "neg_protect", "but", "he", "hit", "her"]
    assert marker.mark("Nothing she could have done; he chose to.") == [
        "nothing", "neg_she", "neg_could", "neg_have", "neg_done", "he", "chose", "to"]
    assert marker.mark("No longer at the address.") == ["no", "longer", "at", "the", "address"]  # PSEUDO


def test_a_bad_scope_marks_file_is_refused(tmp_path):
    bad = tmp_path / "marks.json"
    bad.write_text(json.dumps({"version": 1}), encoding="utf-8")
    with pytest.raises(RuleFileError, match="E610"):
        load_scope_marks(bad)


@pytest.mark.parametrize(("param", "code"), [("no_such=1", "E614"), ("scope_features", "E614"),
                                             ("scope_features=yes", "E615"), ("C=true", "E615")])
def test_train_refuses_a_bad_param(tmp_path, param, code):
    done = _cli("train", "--backend", "linear", "--data", _dataset(tmp_path / "tiny.jsonl"), "--out",
                tmp_path / "m", "--param", param, cwd=tmp_path)
    assert done.returncode == 1 and code in done.stdout + done.stderr
    assert "Traceback" not in done.stderr
