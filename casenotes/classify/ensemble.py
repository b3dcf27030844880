"""Ensemble backend: average member models on a common scale.

Each member's probability is first shifted so that its own tuned threshold sits at 0.5
(``sigmoid(logit(p) - logit(threshold))``); the shifted probabilities are averaged with the given weights and
thresholded at 0.5. Members keep their own calibration and thresholds, so nothing is re-fitted on the data the
members were trained on. Evidence is, per label, the evidence of the members that give the label on their own,
named by member. Members are referenced by shipped name or path, so an ensemble directory holds only its model.json
and card. An ensemble saved with ``precision="bfloat16"`` or ``"int8"`` runs its transformer members in that
precision whenever it is loaded (for CPU speed: the form a shipped default is measured and used in), without a copy
of their weights.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from casenotes.classify.base import (Evidence, Sentence, SentenceClassifier, check_evidence_mode, evidence_of_rows,
                                     fit_labels, logit, sigmoid)
from casenotes.classify.output import Classified
from casenotes.classify.registry import BACKENDS, PRECISIONS, load_model, resolve_model_path
from casenotes.errors import ModelError

_DEFAULTS = BACKENDS["ensemble.v1"].defaults


class EnsembleClassifier(SentenceClassifier):
    """Ensemble backend (``ensemble.v1``).

    Members are matched by label name: they must predict one set of labels, in any column order.

    Args:
        members: shipped model names or model directories to combine.
        weights: one weight per member (default: equal).
        precision: ``"float32"``, ``"bfloat16"`` or ``"int8"``: the precision the transformer members run in once
            the ensemble is fitted or loaded (``TransformerClassifier.set_precision``).
    """

    def __init__(self, *, members: tuple[str, ...] = _DEFAULTS["members"],
                 weights: tuple[float, ...] | None = _DEFAULTS["weights"],
                 precision: str = _DEFAULTS["precision"]) -> None:
        self.members = members
        self.weights = weights
        self.precision = precision

    def fit(self, X: Sequence[Sentence] | None = None, Y: np.ndarray | None = None, *,
            labels: Sequence[str] | None = None) -> "EnsembleClassifier":
        """Load the (already trained) members; X and Y are not used. The labels are the members': in the first
        member's order, or in the order of ``labels`` (which must name the same set).

        Raises:
            ModelError: members, or ``labels``, with different sets of labels; an unknown ``precision``.
        """
        if self.precision not in PRECISIONS:
            raise ModelError(f"[E460] Ensemble precision '{self.precision}' is unknown; expected one of "
                             f"{list(PRECISIONS)}.")
        self.member_paths_ = [resolve_model_path(m) for m in self.members]
        self.models_ = [load_model(p) for p in self.member_paths_]
        self._set_member_precision(self.precision)
        order = tuple(self.models_[0].labels_) if labels is None else fit_labels(labels)
        for member, model in zip(self.members, self.models_):
            if set(model.labels_) != set(order):
                raise ModelError(f"[E422] Ensemble member '{member}' predicts labels {sorted(model.labels_)}, not "
                                 f"{sorted(order)} as {'labels=' if labels is not None else 'its first member'}: "
                                 "an ensemble's members must predict one set of labels.")
        self.labels_ = order
        self.thresholds_ = {label: 0.5 for label in order}
        return self

    @property
    def independent_sentences(self) -> bool:  # type: ignore[override]
        """Whether every member's output depends on each sentence alone."""
        self._check_fitted()
        return all(model.independent_sentences for model in self.models_)

    def predict_proba(self, X: Sequence[Sentence]) -> np.ndarray:
        """Each member's probabilities, in this model's label order, shifted so that the member's threshold sits
        at 0.5, then averaged with the weights."""
        self._check_fitted()
        if len(X) == 0:
            return np.zeros((0, len(self.labels_)))
        return self._combine(self._shifted(X))

    def _shifted(self, X: Sequence[Sentence]) -> list[np.ndarray]:
        """Each member's probabilities in this model's label order, shifted so its own threshold sits at 0.5 (a
        shifted probability of 0.5 or more: the member gives the label on its own)."""
        shifted = []
        for model in self.models_:
            columns = [list(model.labels_).index(label) for label in self.labels_]
            t = np.array([model.thresholds_[label] for label in self.labels_])
            shifted.append(sigmoid(logit(model.predict_proba(X)[:, columns]) - logit(t)))
        return shifted

    def _combine(self, shifted: list[np.ndarray]) -> np.ndarray:
        weights = np.asarray(self.weights or [1.0] * len(self.models_), dtype=float)
        return np.tensordot(weights / weights.sum(), np.stack(shifted), axes=1)

    def classify_batch(self, X: Sequence[Sentence], *, evidence: str = "fast") -> Classified:
        """As the base class, scoring each member once; members explain only the sentences given a label."""
        check_evidence_mode(evidence)
        self._check_fitted()
        if len(X) == 0:
            return Classified.empty(self.labels_)
        shifted = self._shifted(X)
        proba = self._combine(shifted)
        rows = np.flatnonzero(self._given(proba).any(axis=1))
        found = self._member_evidence([X[int(i)] for i in rows], [s[rows] for s in shifted], evidence)
        return self._classified(proba, evidence_of_rows(len(X), rows, found))

    def set_precision(self, precision: str) -> "EnsembleClassifier":
        """Run the members that can (the transformers; ``TransformerClassifier.set_precision``) in ``precision``;
        nothing changes when it is the ensemble's own ``precision`` or ``"float32"``.

        Raises:
            ModelError: another reduced precision than the one the ensemble was saved with (E617): the two would
                be stacked, a form nobody measured.
        """
        self._check_fitted()
        if precision in ("float32", self.precision):
            return self
        if self.precision != "float32":
            raise ModelError(f"[E617] This ensemble runs its transformer members in {self.precision} as saved; "
                             f"{precision} cannot be added to it. Load the float32 ensemble of the same members "
                             f"(e.g. ensemble-v4) with precision {precision} instead.")
        self._set_member_precision(precision)
        return self

    def _set_member_precision(self, precision: str) -> None:
        for model in self.models_:
            if hasattr(model, "set_precision"):
                model.set_precision(precision)

    def evidence(self, X: Sequence[Sentence], *, mode: str = "fast") -> list[list[Evidence]]:
        """Per label, the evidence of the members that give it on their own (see ``_member_evidence``)."""
        check_evidence_mode(mode)
        self._check_fitted()
        if len(X) == 0:
            return []
        return self._member_evidence(X, self._shifted(X), mode)

    def _member_evidence(self, X: Sequence[Sentence], shifted: list[np.ndarray], mode: str) -> list[list[Evidence]]:
        """Per sentence and label, the evidence of each member that gives the label on its own, tagged with the
        member's name (``model``); when no member does (only their average reaches the threshold), every
        member's. A span two members give is shown once, with the first member's name."""
        fired = [s >= 0.5 for s in shifted]
        column = {label: j for j, label in enumerate(self.labels_)}
        none_fired = ~np.logical_or.reduce(fired) if fired else np.zeros((len(X), len(column)), dtype=bool)
        merged: list[list[Evidence]] = [[] for _ in X]
        for member, model, fires in zip(self.members, self.models_, fired):
            for i, ev in enumerate(model.evidence(X, mode=mode)):
                seen = {(e["label"], e["start"], e["end"]) for e in merged[i]}
                merged[i] += [{**e, "model": Path(member).name} for e in ev
                              if e["label"] in column and (e["label"], e["start"], e["end"]) not in seen
                              and (fires[i, column[e["label"]]] or none_fired[i, column[e["label"]]])]
        return merged

    def describe(self) -> str:
        return (f"Ensemble of {', '.join(self.members)}: each member's probability is shifted so its own threshold "
                "maps to 0.5, then averaged" + (f" with weights {self.weights}" if self.weights else "")
                + {"int8": "; transformer members run with int8-quantised weights.",
                   "bfloat16": "; transformer members run their matrix products in bfloat16."}.get(self.precision, "."))

    def _save_files(self, path: Path) -> dict[str, str]:
        """Members are referenced by name (shipped models sit side by side in models/), not copied."""
        return {Path(m).name: str(m) for m in self.members}

    def _load_files(self, path: Path, meta: dict[str, Any]) -> None:
        self.fit(labels=meta["labels"])
