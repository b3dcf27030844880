"""Build the packaged rewording examples from the gold corpus's contrast pairs.

usage: python annotation/build_rewordings.py

Each contrast pair in annotation/gold/sentences.v1.jsonl describes one situation twice: once in victim-blaming
words and once naming the abuser's pattern (and often the mother's protective acts). The dashboard shows the
second as a suggested rewording when a note's sentence is close to the first. Writes
casenotes/data/rewordings.v1.jsonl: {"pair_id", "blaming", "rewording", "rewording_labels"}.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "annotation" / "gold" / "sentences.v1.jsonl"
OUT = ROOT / "casenotes" / "data" / "rewordings.v1.jsonl"


def main() -> None:
    pairs: dict[str, list[dict]] = defaultdict(list)
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("pair_id"):
            pairs[row["pair_id"]].append(row)
    out = []
    for pair_id, rows in sorted(pairs.items()):
        blaming = [r for r in rows if "victim_blaming" in r["labels"]]
        better = [r for r in rows if "victim_blaming" not in r["labels"]
                  and {"perpetrator_pattern", "partnering"} & set(r["labels"])]
        if blaming and better:
            out.append({"pair_id": pair_id, "blaming": blaming[0]["text"], "rewording": better[0]["text"],
                        "rewording_labels": better[0]["labels"]})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"{len(out)} rewording examples -> {OUT}")


if __name__ == "__main__":
    main()
