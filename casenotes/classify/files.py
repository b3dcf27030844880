"""Classifying a file of sentences: design.md's ``casenotes classify IN.jsonl -o OUT.jsonl`` contract."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

from casenotes.export import write_jsonl
from casenotes.ingest import iter_jsonl


CHUNK = 128
"""Sentences per part when a file is classified in parts side by side (``classify_file``)."""


def classify_file(in_path: Path, out_path: Path, *, model: str | Path | None = None, evidence: str = "fast") -> int:
    """Classify each ``{"id", "text"}`` line of ``in_path`` into ``out_path``: one ``{"id", "labels", "scores",
    "evidence"}`` line per input line, in order, with evidence of the given mode (``base.EVIDENCE_MODES``);
    returns the number of lines.

    When the model's output for a sentence depends on that sentence alone (``independent_sentences``), the file is
    classified in parts of :data:`CHUNK` sentences (``out_of_step``), two at a time on two threads: while one part's
    encoder runs (ONNX Runtime lets go of the GIL), the other's Python work (the linear member, evidence) goes on.
    The output is the same, byte for byte, as one call's.
    """
    from casenotes.classify import load_model

    rows = [rec for _, rec in iter_jsonl(in_path, ("id", "text"))]
    # texts are classified as given, so that evidence offsets point into the caller's own strings
    texts = [r["text"] for r in rows]
    classifier = load_model(model)
    if not classifier.independent_sentences or len(texts) <= CHUNK:
        records = classifier.classify(texts, evidence=evidence)
    else:
        parts = out_of_step(texts)
        with ThreadPoolExecutor(max_workers=2) as pool:
            records = [rec for part in pool.map(partial(classifier.classify, evidence=evidence), parts) for rec in part]
    write_jsonl(out_path, [{"id": r["id"], **rec} for r, rec in zip(rows, records)])
    return len(rows)


def out_of_step(texts: list[str]) -> list[list[str]]:
    """``texts`` in parts of :data:`CHUNK`, the first half as long: two threads taking parts in turn then reach
    their Python phases (which hold the GIL) half a part apart instead of together, so one's runs beside the
    other's encoder."""
    first = CHUNK // 2
    return [texts[:first]] + [texts[i:i + CHUNK] for i in range(first, len(texts), CHUNK)]
