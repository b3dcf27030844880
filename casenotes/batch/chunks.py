"""The per-chunk work of a batch run: pseudonymise, score and shape rows for the store.

The same code runs in the run's own process (one worker, or an input of one chunk) and in each worker process
(a local pool or a Dask cluster), so every path gives the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from casenotes.batch.rows import rows_for_store
from casenotes.batch.texts import NoteScorer
from casenotes.deid import Pseudonymiser
from casenotes.ingest import flat


class ChunkScorer:
    """Pseudonymise a chunk of notes, score them and return their store rows.

    Constructing one loads the model and the de-identification data and changes nothing process-wide (the
    dashboard builds one inside its server); ``executors`` tunes the collector where a run owns the process.
    """

    def __init__(self, *, model: str | Path | None, rubric: str | Path, precision: str = "float32",
                 key: bytes | None = None, known: frozenset[str] = frozenset()) -> None:
        self.deid = Pseudonymiser(key=key, known=known)
        self.scorer = NoteScorer(model=model, rubric=rubric, precision=precision)

    def __call__(self, todo: pd.DataFrame, run_id: str, people: pd.DataFrame | None = None
                 ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        """Score a chunk; ``people`` holds the people table's rows for the chunk's cases (or None)."""
        todo = todo.reset_index(drop=True)
        # the reader keeps a table's column breaks as tabs for de-identification alone: the digest, the scorer
        # and the store read the text with every tab one space, as before
        todo["text_sha1"] = [self.deid.text_digest(flat(t)) for t in todo["text"]]
        self.deid.use_people(people)
        todo = self.deid.apply(todo)
        todo["text"] = [flat(t) for t in todo["text"]]
        # the hints are the role tagger's alone: a model whose pipeline stops at sentences (linear-v1) needs none
        tagged = "casenotes_roles" in self.scorer.nlp.pipe_names
        hints = role_hints(people, self.deid) if tagged and people is not None and "role" in people else {}
        case_hints = [hints.get(str(c)) for c in todo["case_id"]] if hints else None
        scored = self.scorer.score_batch(list(todo["text"]), case_hints)
        return rows_for_store(todo, scored, run_id, self.scorer.rubric.version)


@dataclass(frozen=True)
class ScorerSetup:
    """What a worker needs to build its :class:`ChunkScorer` (it keeps one per setup for its life): the model,
    rubric and precision, the store's pseudonym key, and the name words of the whole people table."""

    model: str
    rubric: str
    precision: str
    key: bytes
    known: frozenset[str] = frozenset()

    def scorer(self) -> ChunkScorer:
        return ChunkScorer(model=self.model, rubric=self.rubric, precision=self.precision, key=self.key,
                           known=self.known)


def role_hints(people: pd.DataFrame, deid: Pseudonymiser) -> dict[str, dict[str, str]]:
    """Per case, {pseudonymised name word (lower case): role} from the people table's ``role``."""
    hints: dict[str, dict[str, str]] = {}
    for case, name, role in zip(people["case_id"].astype(str).tolist(), people["name"].tolist(),
                                people["role"].astype(str).tolist()):
        if not isinstance(name, str):  # a missing name (Parquet null) names nobody
            continue
        for word in deid.person_words(name, case):
            hints.setdefault(case, {})[word.lower()] = role
    return hints
