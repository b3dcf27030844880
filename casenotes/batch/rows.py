"""A scored chunk as rows for the store's ``notes``, ``sentences`` and ``domain_scores`` tables."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from casenotes.audit.rubric import note_positions
from casenotes.batch.texts import ScoredBatch
from casenotes.schemas import LABELS

NOTE_COLUMNS = {**{c: c for c in ("case_id", "borough", "team", "author_id", "author_role", "recorded_at",
                                   "note_type")},
                "timepoint_given": "timepoint", "risk_level": "risk_level", "case_status": "case_status"}
"""The store's notes columns taken as they are from a chunk's notes (store name: chunk name)."""


def rows_for_store(notes: pd.DataFrame, scored: ScoredBatch, run_id: str, rubric: str
                   ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The chunk's rows for the store's notes, sentences and domain_scores tables, built column by column.

    Args:
        notes: the chunk's pseudonymised notes, with ``text_sha1``, in the order they were scored.
        scored: their scores.
        run_id: the run the rows belong to.
        rubric: the rubric's version, stored with every domain score.
    """
    if notes.empty:
        return pd.DataFrame(), pd.DataFrame(), pd.DataFrame()
    note_ids = notes["note_id"].to_numpy(dtype=object)
    texts = notes["text"].tolist()
    counts = scored.n_sentences
    note_of, sent_idx = note_positions(counts)
    scores, given = scored.classified.columns(LABELS)
    note_df = pd.DataFrame({
        "note_id": note_ids, "run_id": run_id, **{col: notes[src].tolist() for col, src in NOTE_COLUMNS.items()},
        "text": texts, "text_sha1": notes["text_sha1"].tolist(), "n_sentences": counts,
        "n_words": [len(t.split()) for t in texts],
        **{f"n_{label}": np.bincount(note_of[given[:, j]], minlength=len(note_ids)) for j, label in enumerate(LABELS)},
    })
    note_df["recorded_at"] = pd.to_datetime(note_df["recorded_at"]).dt.date
    sent_df = pd.DataFrame({
        "note_id": note_ids[note_of], "sent_idx": sent_idx,
        "start_char": scored.start_char, "end_char": scored.end_char, "text": scored.texts,
        "evidence": [json.dumps(ev) if ev else "[]" for ev in scored.classified.evidence],
        **{c: v for j, label in enumerate(LABELS) for c, v in ((f"p_{label}", scores[:, j]), (label, given[:, j]))},
    }) if len(note_of) else pd.DataFrame()
    return note_df, sent_df, _domain_rows(note_ids, scored, rubric)


def _domain_rows(note_ids: np.ndarray, scored: ScoredBatch, rubric: str) -> pd.DataFrame:
    """Note-major, domains in rubric order; sentence indexes as JSON (json.dumps writes a list of ints just so,
    at several times the cost)."""
    domains = list(scored.domains.values())
    return pd.DataFrame({
        "note_id": np.repeat(note_ids, len(domains)), "domain": [d.domain for d in domains] * len(note_ids),
        "score": np.column_stack([d.scores for d in domains]).ravel(),
        "evidence": ["[" + ", ".join(map(str, idx)) + "]" for per_note in zip(*(d.evidence for d in domains))
                     for idx in per_note],
    }).assign(rubric=rubric)
