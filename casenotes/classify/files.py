"""Classifying a file of sentences: design.md's ``casenotes classify IN.jsonl -o OUT.jsonl`` contract."""

from __future__ import annotations

from pathlib import Path

from casenotes.export import write_jsonl
from casenotes.ingest import iter_jsonl


def classify_file(in_path: Path, out_path: Path, *, model: str | Path | None = None, evidence: str = "fast") -> int:
    """Classify each ``{"id", "text"}`` line of ``in_path`` into ``out_path``: one ``{"id", "labels", "scores",
    "evidence"}`` line per input line, in order, with evidence of the given mode (``base.EVIDENCE_MODES``);
    returns the number of lines."""
    from casenotes.classify import load_model

    rows = [rec for _, rec in iter_jsonl(in_path, ("id", "text"))]
    # texts are classified as given, so that evidence offsets point into the caller's own strings
    records = load_model(model).classify([r["text"] for r in rows], evidence=evidence)
    write_jsonl(out_path, [{"id": r["id"], **rec} for r, rec in zip(rows, records)])
    return len(rows)
