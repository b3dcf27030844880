"""Suggested rewordings for victim-blaming sentences, drawn from the codebook's contrast pairs.

The gold corpus describes 226 situations twice: in victim-blaming words, and naming the abuser's pattern and the
non-abusive parent's protective acts. For a sentence a model labels victim-blaming, the nearest blaming example
(TF-IDF cosine over character n-grams, so "allowed" meets "allows") is found and its partner is offered as a model of how the same facts
can be written. It is an example to learn from, not a correction: the facts of the case are the writer's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel

from casenotes.data import resolve

MIN_SIMILARITY = 0.25
"""Below this the nearest example shares too little with the sentence to be a useful model."""


@dataclass(frozen=True)
class Suggestion:
    blaming_example: str
    rewording: str
    rewording_labels: tuple[str, ...]
    similarity: float
    pair_id: str


class Rewordings:
    """Nearest contrast-pair example for a sentence. ``examples``: a rewordings JSONL or ``"default"``."""

    def __init__(self, examples: str | Path = "default") -> None:
        path = resolve(examples, "rewordings.v1.jsonl")
        self.examples = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        self.vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
        self.matrix = self.vectorizer.fit_transform([e["blaming"] for e in self.examples])

    def suggest(self, sentence: str) -> Suggestion | None:
        """The partner of the most similar blaming example, or None when nothing is similar enough."""
        sims = linear_kernel(self.vectorizer.transform([sentence]), self.matrix)[0]
        best = int(sims.argmax())
        if sims[best] < MIN_SIMILARITY:
            return None
        e = self.examples[best]
        return Suggestion(e["blaming"], e["rewording"], tuple(e["rewording_labels"]), float(sims[best]), e["pair_id"])


@lru_cache(maxsize=1)
def default_rewordings() -> Rewordings:
    return Rewordings()
