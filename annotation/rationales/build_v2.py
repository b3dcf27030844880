"""Build rationales.v2.jsonl: the outside labeller's rationales for external v3, in rationales.v1.jsonl's format.

usage: python annotation/rationales/build_v2.py

A second rationale set that the evidence code has never met (issue #21). `annotation/external_v3/labels_a.jsonl`
gives, per positive label, `rationales`: exact substrings of the sentence, the shortest phrases that make the
label 1, written by the labeller who wrote and labelled external v3 (its README). This script only turns each
substring into character offsets into `annotation/external_v3/sentences.jsonl`'s text; no phrase is chosen,
trimmed or edited here. Output: one line per (sentence, positive label) `{"id", "text", "label", "rationale":
[[start, end], ...]}`, spans in order of their start, lines in the sentences' order then `LABELS` order.

A substring found more than once in its sentence has no single place: the script stops and names the id and
label rather than guess (none does in external v3 as frozen). A positive label without a rationale, a rationale
for a label the sentence does not carry, or a substring not in the sentence stops it too.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from casenotes.schemas import LABELS

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "annotation" / "external_v3"
TARGET = Path(__file__).resolve().parent / "rationales.v2.jsonl"


def offsets(text: str, phrase: str, *, where: str) -> list[int]:
    """The one place of ``phrase`` in ``text`` as [start, end]; exits naming ``where`` when there is not one."""
    start = text.find(phrase)
    if start < 0 or text.find(phrase, start + 1) >= 0:
        sys.exit(f"[E620] {where}: the rationale occurs {text.count(phrase)} times in the sentence; expected once.")
    return [start, start + len(phrase)]


def build() -> list[dict]:
    """Every (sentence, positive label) line with its rationale offsets."""
    texts = {r["id"]: r["text"] for r in map(json.loads, (SOURCE / "sentences.jsonl").open(encoding="utf-8"))}
    rows = []
    for lineno, line in enumerate((SOURCE / "labels_a.jsonl").open(encoding="utf-8"), 1):
        record = json.loads(line)
        text = texts[record["id"]]
        given = {r["label"] for r in record["rationales"]}
        positive = {label for label in LABELS if record[label] == 1}
        if given != positive:
            sys.exit(f"[E621] labels_a.jsonl line {lineno} (id {record['id']}): rationales for {sorted(given)} but "
                     f"positive labels {sorted(positive)}; expected one rationale or more per positive label.")
        for label in (label for label in LABELS if label in positive):
            where = f"labels_a.jsonl line {lineno} (id {record['id']}, {label})"
            spans = sorted(offsets(text, r["text"], where=where) for r in record["rationales"] if r["label"] == label)
            rows.append({"id": record["id"], "text": text, "label": label, "rationale": spans})
    return rows


def main() -> None:
    rows = build()
    TARGET.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} sentence-label lines over {len({r['id'] for r in rows})} sentences -> {TARGET.name}")


if __name__ == "__main__":
    main()
