"""A batch run's rejected rows: the rejects CSV written as chunks come in, and the store's ``rejects`` rows.

A reject names its source, row, note id, column, reason code and a detail that never quotes note text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from casenotes.export import write_csv
from casenotes.ingest import Reject
from casenotes.private import open_private

REJECT_COLUMNS = ("source", "row", "note_id", "column", "reason", "detail")


@contextmanager
def rejects_csv(path: Path) -> Iterator[Callable[[list[Reject]], None]]:
    """The rejects CSV of a run: (re)created with its header, its folder too, open while the block runs.

    Yields:
        A function that appends a chunk's rejects (cells a spreadsheet would run as formulas are neutralised).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with open_private(path, encoding="utf-8", newline="") as fh:
        pd.DataFrame(columns=list(REJECT_COLUMNS)).to_csv(fh, index=False)

        def append(rejects: list[Reject]) -> None:
            if rejects:
                write_csv(pd.DataFrame([r.as_dict() for r in rejects], columns=list(REJECT_COLUMNS)), fh,
                          header=False)

        yield append


def rejects_frame(rejects: list[Reject], input_sha: str, run_id: str) -> pd.DataFrame:
    """A chunk's rejects as rows for the store's ``rejects`` table (keyed by input and row)."""
    frame = pd.DataFrame([r.as_dict() for r in rejects])
    if frame.empty:
        return frame
    frame = frame.rename(columns={"column": "col"})
    frame["input_sha256"] = input_sha
    frame["run_id"] = run_id
    return frame
