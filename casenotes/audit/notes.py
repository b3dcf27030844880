"""Auditing a file of notes: design.md's ``casenotes audit IN.jsonl -o OUT.jsonl`` contract."""

from __future__ import annotations

from pathlib import Path

from casenotes.export import write_jsonl
from casenotes.ingest import iter_jsonl


def audit_file(in_path: Path, out_path: Path, *, model: str | Path | None = None,
               rubric: str | Path = "default") -> int:
    """Score each ``{"note_id", "text"}`` line of ``in_path`` 1-4 on the four audit domains into ``out_path``: one
    ``{"note_id", "domains", "evidence"}`` line per note, in order, the evidence being each domain's sentences;
    returns the number of notes."""
    from casenotes.batch import NoteScorer

    rows = [rec for _, rec in iter_jsonl(in_path, ("note_id", "text"))]
    scored = NoteScorer(model=model, rubric=rubric).score_texts([r["text"] for r in rows])
    results = []
    for row, note in zip(rows, scored):
        sentences = {d: [note.sentences[i]["text"] for i in idx] for d, idx in note.domain_evidence.items()}
        results.append({"note_id": row["note_id"], "domains": note.domains, "evidence": sentences})
    write_jsonl(out_path, results)
    return len(rows)
