"""What a classifier gives for a batch of sentences, in the form the batch job reads.

Kept apart from the backends so that the batch job's reading process can handle results without importing
spaCy or scikit-learn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

EVIDENCE_MODES = ("fast", "full")
"""How much evidence may cost: ``fast`` (the default) gives the spans that come with scoring or cost little beside
it (rule matches, a linear model's word contributions); ``full`` also the spans that need more passes through a
model (a transformer's occlusion: one pass per word of each sentence)."""

Evidence = dict[str, Any]
"""A span supporting a label: ``label``, ``start``, ``end`` (in the sentence), ``text`` and ``rule`` (a rule's id, or
how the span was found: ``linear``, ``occlusion``); an ensemble adds ``model``, the member it comes from."""


@dataclass
class Classified:
    """A batch of sentences' classifier output as arrays: what ``classify`` gives as a record per sentence, for
    code that reads it by column (a batch job building a dict per sentence spent as long on that as on a stage).

    Attributes:
        labels: the column order.
        scores: probabilities rounded to 4 places, n x labels.
        given: whether each label is predicted (its probability reaches the label's threshold), n x labels.
        evidence: per sentence, the spans supporting the labels it is given.
    """

    labels: tuple[str, ...]
    scores: np.ndarray
    given: np.ndarray
    evidence: list[list[Evidence]]

    @classmethod
    def empty(cls, labels: Sequence[str]) -> "Classified":
        return cls(tuple(labels), np.zeros((0, len(labels))), np.zeros((0, len(labels)), dtype=bool), [])

    def records(self) -> list[dict[str, Any]]:
        """One ``{labels, scores, evidence}`` record per sentence (design.md's classify contract)."""
        labels = self.labels
        return [{"labels": [label for label, f in zip(labels, flags) if f], "scores": dict(zip(labels, row)),
                 "evidence": ev} for row, flags, ev in zip(self.scores.tolist(), self.given.tolist(), self.evidence)]

    def columns(self, labels: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """``scores`` and ``given`` with their columns in the order of ``labels`` (a label the model does not
        predict: score 0, never given)."""
        scores = np.zeros((len(self.scores), len(labels)))
        given = np.zeros((len(self.given), len(labels)), dtype=bool)
        for j, label in enumerate(labels):
            if label in self.labels:
                scores[:, j] = self.scores[:, self.labels.index(label)]
                given[:, j] = self.given[:, self.labels.index(label)]
        return scores, given
