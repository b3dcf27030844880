"""Case-level audit scores: a case's notes within one timepoint window scored together by the rubric.

Timepoint windows come from the store (baseline, 0-3 months after training, 3-6 months, 6 months on), so a
case's score at a timepoint reflects all its recording in that window, as an auditor reading the file would.
Units are read from the store a batch at a time, and only the units asked for: a store of a million notes never
comes into memory whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import numpy as np
import pandas as pd

from casenotes.audit.rubric import Rubric
from casenotes.schemas import LABELS
from casenotes.store import Store

UNITS_PER_BATCH = 5000
"""Case units whose sentences are read and scored together."""
_COLUMNS = ["unit_id", "domain", "score", "evidence", "rubric"]


def case_scores(store: Store, rubric: Rubric, unit_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """One row per case@timepoint and domain: score, and evidence as ``note_id:sent_idx`` references.

    Args:
        unit_ids: the units to score (default: every unit in the store), in unit id order in the result; a unit
            whose notes have no sentences has no rows.
    """
    units = store.case_units() if unit_ids is None else sorted(set(unit_ids))
    scored = []
    for i in range(0, len(units), UNITS_PER_BATCH):  # one batch's sentences in memory at a time
        sents = store.case_sentences(units[i:i + UNITS_PER_BATCH])
        if len(sents):  # none when the batch's notes have no sentences
            scored.append(_score_units(sents, rubric))
    return pd.concat(scored, ignore_index=True) if scored else pd.DataFrame(columns=_COLUMNS)


def _score_units(sents: pd.DataFrame, rubric: Rubric) -> pd.DataFrame:
    """Score each unit's sentences (``Store.case_sentences``: each unit's together, in reading order) at once."""
    sizes = sents.groupby("unit_id", sort=False).size()
    scored = rubric.score_notes(sents[list(LABELS)].to_numpy(dtype=bool),
                                sents[[f"p_{label}" for label in LABELS]].to_numpy(dtype=float), sizes.to_numpy())
    refs = (sents["note_id"].astype(str) + ":" + sents["sent_idx"].astype(str)).tolist()
    firsts = (np.cumsum(sizes.to_numpy()) - sizes.to_numpy()).tolist()
    rows = [{"unit_id": unit_id, "domain": domain, "score": int(result.scores[k]),
             "evidence": json.dumps([refs[firsts[k] + i] for i in result.evidence[k]]), "rubric": rubric.version}
            for k, unit_id in enumerate(sizes.index) for domain, result in scored.items()]
    return pd.DataFrame(rows)


def case_texts(store: Store, unit_ids: Iterable[str]) -> dict[str, str]:
    """unit_id -> the case's notes in the window, in date order, separated by blank lines (for these units only;
    a unit not in the store is left out)."""
    notes = store.case_notes(unit_ids)
    return {u: "\n\n".join(g["text"]) for u, g in notes.groupby("unit_id")}
