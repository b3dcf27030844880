"""Shared classifier behaviour: label order, thresholds, output records and evidence.

Every backend subclasses :class:`SentenceClassifier` (a scikit-learn estimator). Inputs are sentences, as
plain strings or as spaCy ``Span``/``Doc`` objects already processed by the casenotes pipeline; a backend that
needs linguistic features (the rules backend) uses the spans directly and parses strings itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar, Union

import numpy as np
from sklearn.base import BaseEstimator
from spacy.tokens import Doc, Span

import casenotes
from casenotes.classify.output import Classified, Evidence
from casenotes.classify.registry import backend_of, read_model_json
from casenotes.errors import NotFittedError
from casenotes.schemas import LABELS

Sentence = Union[str, Span, Doc]


def sentence_text(x: Sentence) -> str:
    return x if isinstance(x, str) else x.text


class SentenceClassifier(BaseEstimator):
    """Multi-label sentence classifier for :data:`casenotes.schemas.LABELS`.

    Learned attributes end in ``_``: ``labels_`` (column order of ``predict_proba``) and ``thresholds_``
    (per-label decision thresholds). Subclasses implement ``fit``, ``predict_proba``, ``_save_files`` and
    ``_load_files``; they may override ``evidence``.
    """

    reads_annotations: ClassVar[bool] = True
    """Whether predictions or evidence use the pipeline's lemmas, roles or ConText on Span inputs; a backend
    that reads only the text lets the batch job skip those components."""

    @property
    def backend(self) -> str:
        """The versioned backend name model.json records (``linear.v1``), from the registry."""
        return backend_of(type(self)).version

    def _check_fitted(self) -> None:
        if not hasattr(self, "labels_"):
            raise NotFittedError(f"This {type(self).__name__} is not fitted yet; call fit() or load() first.")

    def fit(self, X: Sequence[Sentence], Y: np.ndarray | None = None) -> "SentenceClassifier":
        raise NotImplementedError

    def predict_proba(self, X: Sequence[Sentence]) -> np.ndarray:
        raise NotImplementedError

    def predict(self, X: Sequence[Sentence]) -> np.ndarray:
        """0/1 matrix, n x len(labels_), thresholded per label."""
        proba = self.predict_proba(X)
        return (proba >= np.asarray([self.thresholds_[label] for label in self.labels_])).astype(int)

    def evidence(self, X: Sequence[Sentence]) -> list[list[Evidence]]:
        """Character spans (relative to each sentence's text) that support each predicted label."""
        self._check_fitted()
        return [[] for _ in X]

    def classify(self, X: Sequence[Sentence]) -> list[dict[str, Any]]:
        """Per sentence: ``labels``, ``scores`` and ``evidence`` as in design.md's classify contract.

        Evidence is kept only for labels that are predicted, so a reader is never shown support for a label the
        model did not give.
        """
        return self.classify_batch(X).records()

    def classify_batch(self, X: Sequence[Sentence]) -> Classified:
        """What ``classify`` returns, as arrays over the batch (the form a batch job reads)."""
        return self._classified(self.predict_proba(X), self.evidence(X))

    def _given(self, proba: np.ndarray) -> np.ndarray:
        """Per row and label, whether the probability reaches the label's threshold."""
        return proba >= np.array([self.thresholds_[lab] for lab in self.labels_])

    def _classified(self, proba: np.ndarray, evidence: list[list[Evidence]]) -> Classified:
        """The batch's output from its probabilities and evidence, keeping evidence of given labels only."""
        given = self._given(proba)
        column = {label: j for j, label in enumerate(self.labels_)}
        flags = given.tolist()
        kept = [[e for e in ev if e["label"] in column and flags[i][column[e["label"]]]] if ev else ev
                for i, ev in enumerate(evidence)]
        # rounded as doubles: a transformer's float32 probabilities rounded in float32 are not 4-place numbers
        return Classified(tuple(self.labels_), np.round(np.asarray(proba, dtype=np.float64), 4), given, kept)

    # -- persistence -------------------------------------------------------------------------------------------
    def save(self, path: str | Path, **card: Any) -> Path:
        """Write ``model.json`` (backend, labels, thresholds, version, hyperparameters) and backend files."""
        self._check_fitted()
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        meta = {
            "backend": self.backend,
            "labels": list(self.labels_),
            "thresholds": {k: float(v) for k, v in self.thresholds_.items()},
            "params": self.get_params(),
            "casenotes_version": casenotes.__version__,
            **card,
        }
        meta["files"] = self._save_files(path)
        (path / "model.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | Path) -> "SentenceClassifier":
        path = Path(path)
        meta = read_model_json(path)
        model = cls(**meta.get("params", {}))
        model.labels_ = tuple(meta["labels"])
        model.thresholds_ = dict(meta["thresholds"])
        model._load_files(path, meta)
        return model

    def _save_files(self, path: Path) -> dict[str, str]:
        raise NotImplementedError

    def _load_files(self, path: Path, meta: dict[str, Any]) -> None:
        raise NotImplementedError
