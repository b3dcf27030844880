"""Ensemble backend: average member models on a common scale.

Each member's probability is first shifted so that its own tuned threshold sits at 0.5
(``sigmoid(logit(p) - logit(threshold))``); the shifted probabilities are averaged with the given weights and
thresholded at 0.5. Members keep their own calibration and thresholds, so nothing is re-fitted on the data the
members were trained on. Evidence is the union of the members' evidence. Members are referenced by shipped
name or path, so an ensemble directory holds only its model.json and card. An ensemble saved with
``precision="int8"`` runs its transformer members quantised whenever it is loaded (for CPU speed: the form a
shipped default is measured and used in), without a copy of their weights.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from casenotes.classify.base import Evidence, Sentence, SentenceClassifier, fit_labels, logit, sigmoid
from casenotes.classify.registry import BACKENDS, PRECISIONS, load_model, resolve_model_path
from casenotes.errors import ModelError

_DEFAULTS = BACKENDS["ensemble.v1"].defaults


class EnsembleClassifier(SentenceClassifier):
    """Ensemble backend (``ensemble.v1``).

    Members are matched by label name: they must predict one set of labels, in any column order.

    Args:
        members: shipped model names or model directories to combine.
        weights: one weight per member (default: equal).
        precision: ``"float32"``, or ``"int8"``: the transformer members are quantised when the ensemble is
            fitted or loaded (``TransformerClassifier.quantize_int8``).
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
        if self.precision == "int8":
            for model in self.models_:
                if hasattr(model, "quantize_int8"):
                    model.quantize_int8()
        order = tuple(self.models_[0].labels_) if labels is None else fit_labels(labels)
        for member, model in zip(self.members, self.models_):
            if set(model.labels_) != set(order):
                raise ModelError(f"[E422] Ensemble member '{member}' predicts labels {sorted(model.labels_)}, not "
                                 f"{sorted(order)} as {'labels=' if labels is not None else 'its first member'}: "
                                 "an ensemble's members must predict one set of labels.")
        self.labels_ = order
        self.thresholds_ = {label: 0.5 for label in order}
        return self

    def predict_proba(self, X: Sequence[Sentence]) -> np.ndarray:
        """Each member's probabilities, in this model's label order, shifted so that the member's threshold sits
        at 0.5, then averaged with the weights."""
        self._check_fitted()
        if len(X) == 0:
            return np.zeros((0, len(self.labels_)))
        weights = np.asarray(self.weights or [1.0] * len(self.models_), dtype=float)
        shifted = []
        for model in self.models_:
            columns = [list(model.labels_).index(label) for label in self.labels_]
            t = np.array([model.thresholds_[label] for label in self.labels_])
            shifted.append(sigmoid(logit(model.predict_proba(X)[:, columns]) - logit(t)))
        return np.tensordot(weights / weights.sum(), np.stack(shifted), axes=1)

    def quantize_int8(self) -> "EnsembleClassifier":
        """Quantise the members that can be (the transformers; see ``TransformerClassifier.quantize_int8``),
        unless they already are (``precision="int8"``)."""
        self._check_fitted()
        if self.precision != "int8":
            for model in self.models_:
                if hasattr(model, "quantize_int8"):
                    model.quantize_int8()
        return self

    def evidence(self, X: Sequence[Sentence]) -> list[list[Evidence]]:
        self._check_fitted()
        merged: list[list[Evidence]] = [[] for _ in X]
        for model in self.models_:
            for i, ev in enumerate(model.evidence(X)):
                seen = {(e["label"], e["start"], e["end"]) for e in merged[i]}
                merged[i] += [e for e in ev if (e["label"], e["start"], e["end"]) not in seen]
        return merged

    def describe(self) -> str:
        return (f"Ensemble of {', '.join(self.members)}: each member's probability is shifted so its own threshold "
                "maps to 0.5, then averaged" + (f" with weights {self.weights}" if self.weights else "")
                + ("; transformer members run with int8-quantised weights." if self.precision == "int8" else "."))

    def _save_files(self, path: Path) -> dict[str, str]:
        """Members are referenced by name (shipped models sit side by side in models/), not copied."""
        return {Path(m).name: str(m) for m in self.members}

    def _load_files(self, path: Path, meta: dict[str, Any]) -> None:
        self.fit(labels=meta["labels"])
