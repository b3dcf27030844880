"""Build the gold sentence corpus from the writers' raw files.

usage: python annotation/build_gold.py

Reads annotation/gold/raw/*.jsonl, checks every row, drops exact duplicate texts (keeping the first), assigns
the fixed split and writes annotation/gold/sentences.v1.jsonl plus annotation/gold/STATS.md.
The split is a function of the row's pair id (or its own id when unpaired): SHA-256 mod 100 < 25 -> test.
Contrast pairs therefore never straddle train and test, and a row keeps its split however the corpus grows.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent / "gold"
LABELS = ("victim_blaming", "perpetrator_pattern", "child_focus", "partnering")
TEST_PERCENT = 25


def split_of(row: dict) -> str:
    key = row.get("pair_id") or row["id"]
    return "test" if int(hashlib.sha256(key.encode()).hexdigest(), 16) % 100 < TEST_PERCENT else "train"


def write_counterfactuals(test_rows: list[dict]) -> None:
    """The fairness set: each test sentence whose genders, names or family terms can be swapped, with its swap.

    Labels are unchanged by the swap (roles are not gendered), so any prediction that differs between the two
    members of a pair is a flip. `casenotes evaluate --data gold/counterfactual_test.v1.jsonl` scores it.
    """
    from casenotes.classify.counterfactual import swap_gender

    out = []
    for row in test_rows:
        swapped = swap_gender(row["text"])
        if swapped == row["text"]:
            continue
        for variant, text in (("original", row["text"]), ("swapped", swapped)):
            out.append({"id": f"{row['id']}:{variant}", "text": text, "labels": row["labels"], "split": "test",
                        "pair_id": f"cf:{row['id']}", "variant": variant, "provenance": f"counterfactual of {row['id']}"})
    (HERE / "counterfactual_test.v1.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")


def main() -> None:
    rows, seen_text, seen_id = [], set(), set()
    dropped = 0
    for path in sorted((HERE / "raw").glob("*.jsonl")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            assert row["id"] not in seen_id, f"{path.name}:{lineno} repeated id {row['id']}"
            assert set(row["labels"]) <= set(LABELS), f"{path.name}:{lineno} bad labels {row['labels']}"
            seen_id.add(row["id"])
            norm = " ".join(row["text"].lower().split())
            if norm in seen_text:
                dropped += 1
                continue
            seen_text.add(norm)
            rows.append({"id": row["id"], "text": row["text"], "labels": sorted(row["labels"]),
                         "split": split_of(row), "setting": row.get("setting"), "tags": row.get("tags", []),
                         "pair_id": row.get("pair_id"), "provenance": row.get("provenance", path.stem),
                         "source_file": f"raw/{path.name}"})
    out = HERE / "sentences.v1.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    write_counterfactuals([r for r in rows if r["split"] == "test"])
    lines = ["# Gold sentence corpus: statistics", "", f"Built by `annotation/build_gold.py` from `gold/raw/`. "
             f"{len(rows)} sentences ({dropped} exact duplicates dropped).", "",
             "| split | sentences | " + " | ".join(LABELS) + " | none |", "| --- " * (len(LABELS) + 3) + "|"]
    for split in ("train", "test"):
        part = [r for r in rows if r["split"] == split]
        counts = [sum(l in r["labels"] for r in part) for l in LABELS]
        lines.append(f"| {split} | {len(part)} | " + " | ".join(map(str, counts)) + f" | {sum(not r['labels'] for r in part)} |")
    tags = Counter(t for r in rows for t in r["tags"])
    lines += ["", "Tags: " + ", ".join(f"{t} {n}" for t, n in tags.most_common()), "",
              f"Contrast pairs: {len({r['pair_id'] for r in rows if r['pair_id']})}", "",
              "Writers: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r['source_file'] for r in rows).items()))]
    (HERE / "STATS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
