"""Shared classifier behaviour: label order, thresholds, output records and evidence, and what backends share.

Every backend subclasses :class:`SentenceClassifier` (a scikit-learn estimator). Inputs are sentences, as
plain strings or as spaCy ``Span``/``Doc`` objects already processed by the casenotes pipeline; a backend that
needs linguistic features (the rules backend) uses the spans directly and parses strings itself.

What more than one backend does is written here once: the labels a model is fitted for (``fit_labels``),
training on gender-swapped copies (``with_swapped_copies``) and averaging a sentence with its copy
(``symmetric_proba``) or scoring both as the same one of the pair (``one_of_pair``), the logistic function and
log-odds (``sigmoid``, ``logit``) and per-label threshold tuning (``tune_threshold`` over ``THRESHOLD_GRID``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar, Union

import numpy as np
from sklearn.base import BaseEstimator
from spacy.tokens import Doc, Span

import casenotes
from casenotes.classify.explain import EvidenceSettings, load_settings
from casenotes.classify.output import EVIDENCE_MODES, Classified, Evidence
from casenotes.classify.registry import backend_of, read_model_json
from casenotes.errors import InputError, NotFittedError
from casenotes.schemas import LABELS

Sentence = Union[str, Span, Doc]

THRESHOLD_GRID = np.linspace(0.1, 0.9, 33)
"""The decision thresholds tried when a label's threshold is tuned for F1 (0.1 to 0.9 in steps of 0.025)."""

def check_evidence_mode(mode: str) -> None:
    """Raises:
        InputError: a mode not in :data:`EVIDENCE_MODES` (E471).
    """
    if mode not in EVIDENCE_MODES:
        raise InputError(f"[E471] Evidence mode '{mode}' is unknown; expected one of {list(EVIDENCE_MODES)}.")


def sentence_text(x: Sentence) -> str:
    return x if isinstance(x, str) else x.text


def fit_labels(labels: Sequence[str] | None, Y: np.ndarray | None = None, *, rows: int = 0) -> tuple[str, ...]:
    """The labels a model is fitted for, in the order of its probabilities' columns: ``labels`` as given, or the
    project's :data:`~casenotes.schemas.LABELS`; with ``Y``, one 0/1 column per label and ``rows`` rows.

    Raises:
        InputError: labels that are not distinct non-empty names, or a Y of another shape.
    """
    names = LABELS if labels is None else tuple(labels)
    if not names or len(set(names)) != len(names) or not all(isinstance(name, str) and name for name in names):
        raise InputError(f"[E423] labels {list(names)!r}: expected distinct, non-empty label names, one per "
                         f"column of Y.")
    if Y is not None and np.shape(Y) != (rows, len(names)):
        raise InputError(f"[E424] Y has shape {np.shape(Y)}; expected ({rows}, {len(names)}): a row per sentence "
                         f"and a 0/1 column per label of {list(names)}"
                         + (" (pass labels= to name Y's columns)." if labels is None else "."))
    return names


def sigmoid(x: np.ndarray) -> np.ndarray:
    """The logistic function, in ``x``'s own precision (a transformer's float32 logits stay float32)."""
    return 1.0 / (1.0 + np.exp(-x))


def logit(p: np.ndarray, *, eps: float = 1e-6) -> np.ndarray:
    """Log-odds of probabilities, first clipped to [eps, 1 - eps] so that 0 and 1 stay finite."""
    p = np.clip(p, eps, 1 - eps)
    return np.log(p / (1 - p))


def tune_threshold(y: np.ndarray, proba: np.ndarray) -> tuple[float, float]:
    """One label's F1-best decision threshold on :data:`THRESHOLD_GRID`, and that F1.

    The lowest of equally good thresholds; 0.5 (F1 0) when no threshold finds a true positive.
    """
    gold = np.asarray(y) == 1
    given = np.asarray(proba)[:, None] >= THRESHOLD_GRID
    tp = (given & gold[:, None]).sum(axis=0)
    f1 = np.where(tp > 0, 2 * tp / np.maximum(given.sum(axis=0) + gold.sum(), 1), 0.0)
    best = int(np.argmax(f1))
    return (float(f1[best]), float(THRESHOLD_GRID[best])) if f1[best] > 0 else (0.0, 0.5)


def evidence_of_rows(n: int, rows: np.ndarray, found: list[list[Evidence]]) -> list[list[Evidence]]:
    """A batch of ``n`` sentences' evidence when only ``rows`` were explained (``found``, in their order): the
    sentences given no label need none, and finding it is most of what evidence costs."""
    kept: list[list[Evidence]] = [[] for _ in range(n)]
    for i, ev in zip(rows.tolist(), found):
        kept[i] = ev
    return kept


def swapped_copies(texts: Sequence[str]) -> tuple[list[int], list[str]]:
    """The texts a gender swap changes (their positions) and their swapped copies (genders, names and family
    terms swapped; ``counterfactual.swap_gender``). A text the swap leaves as it is has no copy."""
    from casenotes.classify.counterfactual import swap_gender  # reads its name lists on first use

    swapped = [swap_gender(t) for t in texts]
    changed = [i for i, (a, b) in enumerate(zip(texts, swapped)) if a != b]
    return changed, [swapped[i] for i in changed]


def with_swapped_copies(texts: list[str], Y: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Training data with each sentence's gender-swapped copy added, with the sentence's labels: the labels do
    not depend on who is male or female, and a model should not learn that they do.

    Returns:
        The texts, their labels, and each row's original sentence (so that a sentence and its copy can be kept
        in one cross-validation fold).
    """
    changed, copies = swapped_copies(texts)
    return [*texts, *copies], np.vstack([Y, Y[changed]]), np.concatenate([np.arange(len(texts)),
                                                                           np.asarray(changed, dtype=int)])


def one_of_pair(texts: Sequence[str]) -> list[str]:
    """Each text or its gender-swapped copy, whichever comes first in code-point order.

    A text and its copy give the same one (whenever the swap undoes itself, as ``symmetric_proba`` also needs), so a
    model scoring these cannot score a sentence differently from its gender-swapped copy: the symmetry of
    ``symmetric_proba`` with one pass over the sentences instead of two, for the cost of scoring either form as
    the other would be scored.
    """
    from casenotes.classify.counterfactual import swap_gender  # reads its name lists on first use

    return [min(t, swap_gender(t)) for t in texts]


def symmetric_proba(texts: Sequence[str], score: Callable[[list[str]], np.ndarray], *,
                    proba: np.ndarray | None = None) -> np.ndarray:
    """Each text's probabilities averaged with its gender-swapped copy's, so that a prediction cannot depend on
    genders alone (a text the swap leaves as it is keeps its own).

    Args:
        texts: the sentences.
        score: probabilities (a row per text) of a list of texts.
        proba: the texts' own probabilities when already scored (averaged in place); then only the copies are
            scored. Without it, texts and copies are scored in one call (a transformer's float32 numbers depend on
            which sentences share a batch, so its sentences and their copies are batched together).
    """
    changed, copies = swapped_copies(texts)
    if proba is None:
        both = score([*texts, *copies])
        proba, copied = both[:len(texts)], both[len(texts):]
    elif changed:
        copied = score(copies)
    else:
        return proba
    proba[changed] = (proba[changed] + copied) / 2
    return proba


class SentenceClassifier(BaseEstimator):
    """Multi-label sentence classifier.

    Learned attributes end in ``_``: ``labels_`` (the label names, learned from the data ``fit`` is given: the
    column order of ``predict_proba``) and ``thresholds_`` (per-label decision thresholds). Subclasses implement
    ``fit``, ``predict_proba``, ``_save_files`` and ``_load_files``; they may override ``evidence``.
    """

    reads_annotations: ClassVar[bool] = True
    """Whether predictions or evidence use the pipeline's lemmas, roles or ConText on Span inputs; a backend
    that reads only the text lets the batch job skip those components."""

    independent_sentences: ClassVar[bool] = True
    """Whether a sentence's output depends on that sentence alone, never on the others classified with it: then a
    batch may be split and its parts classified side by side without changing a byte (``classify_file``)."""

    @property
    def backend(self) -> str:
        """The versioned backend name model.json records (``linear.v1``), from the registry."""
        return backend_of(type(self)).version

    def _check_fitted(self) -> None:
        if not hasattr(self, "labels_"):
            raise NotFittedError(f"This {type(self).__name__} is not fitted yet; call fit() or load() first.")

    def fit(self, X: Sequence[Sentence], Y: np.ndarray, *,
            labels: Sequence[str] | None = None) -> "SentenceClassifier":
        """Fit on sentences X and an n x len(labels) 0/1 matrix Y whose columns ``labels`` names (default: the
        project's LABELS)."""
        raise NotImplementedError

    def predict_proba(self, X: Sequence[Sentence]) -> np.ndarray:
        raise NotImplementedError

    def predict(self, X: Sequence[Sentence]) -> np.ndarray:
        """0/1 matrix, n x len(labels_), thresholded per label."""
        proba = self.predict_proba(X)
        return (proba >= np.asarray([self.thresholds_[label] for label in self.labels_])).astype(int)

    def evidence(self, X: Sequence[Sentence], *, mode: str = "fast") -> list[list[Evidence]]:
        """Character spans (relative to each sentence's text) that support each label, whether given or not;
        ``mode`` is one of :data:`EVIDENCE_MODES`."""
        check_evidence_mode(mode)
        self._check_fitted()
        return [[] for _ in X]

    def _evidence_settings(self) -> EvidenceSettings:
        """The shipped evidence settings (stopwords, how phrases are cut), read once per model."""
        if not hasattr(self, "evidence_settings_"):
            self.evidence_settings_ = load_settings()
        return self.evidence_settings_

    def classify(self, X: Sequence[Sentence], *, evidence: str = "fast") -> list[dict[str, Any]]:
        """Per sentence: ``labels``, ``scores`` and ``evidence`` as in design.md's classify contract.

        Evidence is kept only for labels that are predicted, so a reader is never shown support for a label the
        model did not give; ``evidence`` is the mode (:data:`EVIDENCE_MODES`).
        """
        return self.classify_batch(X, evidence=evidence).records()

    def classify_batch(self, X: Sequence[Sentence], *, evidence: str = "fast") -> Classified:
        """What ``classify`` returns, as arrays over the batch (the form a batch job reads)."""
        return self._classified(self.predict_proba(X), self.evidence(X, mode=evidence))

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
