"""The registry is the one place that knows the backends: ``casenotes train --backend``, ``needs_torch``, the
versioned name a model records and the hyperparameters' defaults all come from it (issue #17)."""

from __future__ import annotations

import inspect
import json
import os
import subprocess
from collections.abc import Sequence

import numpy as np
import pytest

from casenotes.classify.base import SentenceClassifier, fit_labels
from casenotes.classify.registry import BACKENDS, Backend, backend_class, backend_names, load_model, needs_torch
from casenotes.classify.train import train
from casenotes.errors import InputError, ModelError
from casenotes.schemas import LABELS


class MeanClassifier(SentenceClassifier):
    """A backend written for this test: every sentence gets each label's share of the training sentences."""

    def __init__(self, *, shrink: float = 0.0) -> None:
        self.shrink = shrink

    def fit(self, X: Sequence[str], Y: np.ndarray, *, labels: Sequence[str] | None = None) -> "MeanClassifier":
        self.labels_ = fit_labels(labels, Y, rows=len(X))
        self.share_ = np.asarray(Y, dtype=float).mean(axis=0) * (1 - self.shrink)
        self.thresholds_ = {label: 0.5 for label in self.labels_}
        return self

    def predict_proba(self, X: Sequence[str]) -> np.ndarray:
        self._check_fitted()
        return np.tile(self.share_, (len(X), 1))

    def _save_files(self, path):
        (path / "share.json").write_text(json.dumps(self.share_.tolist()))
        return {"share": "share.json"}

    def _load_files(self, path, meta):
        self.share_ = np.array(json.loads((path / "share.json").read_text()))


MEAN = Backend("mean", "mean.v1", f"{__name__}:MeanClassifier", torch=True, learns=True, defaults={"shrink": 0.0})
"""Registered as running on torch (it does not): needs_torch must read the registry, not guess from names."""


def labelled(path):
    from tests.classify.test_contract import TEXTS, Y

    path.write_text("".join(json.dumps({"id": f"s{i}", "text": t, "split": "train" if i % 4 else "test",
                                        "labels": [label for label, v in zip(LABELS, y) if v]}) + "\n"
                            for i, (t, y) in enumerate(zip(TEXTS, Y.tolist()))), encoding="utf-8")
    return path


def test_a_new_backend_is_one_module_and_one_registry_line(tmp_path, monkeypatch):
    monkeypatch.setitem(BACKENDS, MEAN.version, MEAN)
    assert "mean" in backend_names()
    train("mean", tmp_path / "m", data=labelled(tmp_path / "data.jsonl"))
    meta = json.loads((tmp_path / "m" / "model.json").read_text())
    assert meta["backend"] == "mean.v1" and meta["params"] == {"shrink": 0.0}
    assert type(load_model(tmp_path / "m")) is MeanClassifier
    assert needs_torch(tmp_path / "m")


def test_an_unregistered_backend_class_cannot_save(tmp_path):
    with pytest.raises(ModelError, match=r"\[E421\].*MeanClassifier is not a registered backend"):
        MeanClassifier().fit(["a", "b"], np.array([[1, 0, 0, 0], [0, 1, 0, 0]])).save(tmp_path / "m")


@pytest.mark.parametrize("version", sorted(BACKENDS))
def test_each_class_takes_its_defaults_and_version_from_the_registry(version):
    cls = backend_class(version)
    signature = inspect.signature(cls.__init__)
    assert {name: p.default for name, p in signature.parameters.items() if name != "self"} == BACKENDS[version].defaults
    assert cls().get_params() == BACKENDS[version].defaults and cls().backend == version


@pytest.mark.parametrize(("model", "torch"), [("rules-v1", False), ("linear-v1", False), ("transformer-v2", True),
                                              ("ensemble-v2", True)])
def test_needs_torch_of_the_shipped_models(model, torch):
    assert needs_torch(model) is torch


def test_train_refuses_a_backend_the_registry_does_not_know(tmp_path):
    with pytest.raises(InputError, match=r"\[E110\] --backend 'forest' is unknown; expected one of \['ensemble', "):
        train("forest", tmp_path / "m")
    with pytest.raises(InputError, match=r"\[E113\] --members is for --backend ensemble\."):
        train("linear", tmp_path / "m", members=["linear-v1"])


def test_train_help_lists_the_registered_backends():
    result = subprocess.run(["casenotes", "train", "--help"], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "COLUMNS": "300"})
    assert result.returncode == 0
    assert f"One of {backend_names()}" in " ".join(result.stdout.split())


def test_a_model_json_whose_thresholds_do_not_cover_its_labels_is_refused(tmp_path):
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "model.json").write_text(json.dumps({"backend": "linear.v1", "labels": ["x", "y"],
                                                           "thresholds": {"x": 0.5}}))
    with pytest.raises(ModelError, match=r"\[E420\].*'thresholds' has labels \['x'\]"):
        load_model(tmp_path / "m")
