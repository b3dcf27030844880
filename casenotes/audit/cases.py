"""Case-level audit scores: a case's notes within one timepoint window scored together by the rubric.

Timepoint windows come from the store (baseline, 0-3 months after training, 3-6 months, 6 months on), so a
case's score at a timepoint reflects all its recording in that window, as an auditor reading the file would.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from casenotes.audit.rubric import Rubric
from casenotes.schemas import LABELS
from casenotes.store import Store


def case_units(store: Store) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(notes with case and timepoint, sentences) for the cases in the store."""
    notes = store.query("SELECT note_id, case_id, timepoint, recorded_at, text FROM note_facts WHERE case_id IS NOT NULL")
    sents = store.query("SELECT * FROM sentences")
    notes["unit_id"] = notes["case_id"].astype(str) + "@" + notes["timepoint"].astype(str)
    return notes, sents


def case_scores(store: Store, rubric: Rubric) -> pd.DataFrame:
    """One row per case@timepoint and domain: score, and evidence as ``note_id:sent_idx`` references."""
    notes, sents = case_units(store)
    sents = sents.merge(notes[["note_id", "unit_id", "recorded_at"]], on="note_id")
    # each unit's sentences together, in reading order, scored at once
    sents = sents.sort_values(["unit_id", "recorded_at", "note_id", "sent_idx"], kind="stable")
    sizes = sents.groupby("unit_id", sort=False).size()
    scored = rubric.score_notes(sents[list(LABELS)].to_numpy(dtype=bool),
                                sents[[f"p_{label}" for label in LABELS]].to_numpy(dtype=float), sizes.to_numpy())
    refs = (sents["note_id"].astype(str) + ":" + sents["sent_idx"].astype(str)).tolist()
    firsts = (np.cumsum(sizes.to_numpy()) - sizes.to_numpy()).tolist()
    rows = [{"unit_id": unit_id, "domain": domain, "score": int(result.scores[k]),
             "evidence": json.dumps([refs[firsts[k] + i] for i in result.evidence[k]]), "rubric": rubric.version}
            for k, unit_id in enumerate(sizes.index) for domain, result in scored.items()]
    return pd.DataFrame(rows)


def case_texts(store: Store) -> dict[str, str]:
    """unit_id -> the case's notes in the window, in date order, separated by blank lines."""
    notes, _ = case_units(store)
    notes = notes.sort_values(["recorded_at", "note_id"])
    return {u: "\n\n".join(g["text"]) for u, g in notes.groupby("unit_id")}
