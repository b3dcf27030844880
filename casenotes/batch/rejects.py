"""A batch run's rejected rows as the store's ``rejects`` rows (the rejects CSV: ``casenotes.ingest.rejects_csv``).

A reject names its source, row, note id, column, reason code and a detail that never quotes note text.
"""

from __future__ import annotations

import pandas as pd

from casenotes.ingest import Reject


def rejects_frame(rejects: list[Reject], input_sha: str, run_id: str) -> pd.DataFrame:
    """A chunk's rejects as rows for the store's ``rejects`` table (keyed by input and row)."""
    frame = pd.DataFrame([r.as_dict() for r in rejects])
    if frame.empty:
        return frame
    frame = frame.rename(columns={"column": "col"})
    frame["input_sha256"] = input_sha
    frame["run_id"] = run_id
    return frame
