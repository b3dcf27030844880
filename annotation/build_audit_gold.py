"""Build the audit gold set from the raw files: note texts and a long table of human scores.

usage: python annotation/build_audit_gold.py [FOLDER]

Writes FOLDER/notes.v1.jsonl ({"note_id", "text", "setting", "note_type"}) and FOLDER/human_scores.v1.csv
(note_id, scorer, domain, score, guess_trained) from FOLDER/raw/*.jsonl (the first scorer, who also wrote the
notes) and FOLDER/second_scorer/*.jsonl. FOLDER is a folder under annotation/ (default audit_gold; the
trained-style notes of issue #21 are in audit_trained).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

DOMAINS = ("perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment")


def main(folder: str = "audit_gold") -> None:
    here = Path(__file__).resolve().parent / folder
    notes, scores = [], []
    for path in sorted((here / "raw").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                notes.append({k: row.get(k) for k in ("note_id", "text", "setting", "note_type")})
                scores += [(row["note_id"], row["scorer"], d, row["scores"][d], "") for d in DOMAINS]
    ids = {n["note_id"] for n in notes}
    for path in sorted((here / "second_scorer").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                assert row["note_id"] in ids, f"{path.name}: unknown note {row['note_id']}"
                guess = row.get("guess_trained")
                scores += [(row["note_id"], row["scorer"], d, row["scores"][d], "" if guess is None else str(guess).lower())
                           for d in DOMAINS]
    (here / "notes.v1.jsonl").write_text("".join(json.dumps(n, ensure_ascii=False) + "\n" for n in notes), encoding="utf-8")
    with (here / "human_scores.v1.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["note_id", "scorer", "domain", "score", "guess_trained"])
        writer.writerows(scores)
    print(f"{len(notes)} notes, {len(scores)} human scores from {len({s[1] for s in scores})} scorers")


if __name__ == "__main__":
    main(*sys.argv[1:])
