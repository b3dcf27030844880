"""Validate raw/notes_aw14.jsonl and texts_only.jsonl; print score distributions and SHA-256 of both files."""
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
RAW = OUT / "raw" / "notes_aw14.jsonl"
TXT = OUT / "texts_only.jsonl"
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]
STYLES = ["routine", "trained", "transition", "messy"]
EXPECTED_N = 80
MIN_WORDS, MAX_WORDS = 90, 300


def main():
    errors = []
    recs = [json.loads(l) for l in RAW.read_text(encoding="utf-8").splitlines() if l.strip()]
    txts = [json.loads(l) for l in TXT.read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [r["note_id"] for r in recs]
    if len(recs) != EXPECTED_N:
        errors.append(f"expected {EXPECTED_N} notes, found {len(recs)}")
    if len(set(ids)) != len(ids):
        errors.append("duplicate note_ids")
    want = [f"aw14-{i:04d}" for i in range(1, len(recs) + 1)]
    if ids != want:
        errors.append("note_ids not aw14-0001.. in order")
    if [t["note_id"] for t in txts] != ids or [t["text"] for t in txts] != [r["text"] for r in recs]:
        errors.append("texts_only.jsonl does not match notes file")
    if any(set(t) != {"note_id", "text"} for t in txts):
        errors.append("texts_only.jsonl has extra keys")
    if len({r["text"] for r in recs}) != len(recs):
        errors.append("duplicate texts")
    words = []
    for r in recs:
        if r.get("scorer") != "aw14":
            errors.append(f"{r['note_id']}: scorer")
        if r.get("note_type") not in STYLES:
            errors.append(f"{r['note_id']}: note_type {r.get('note_type')}")
        for d in DOMAINS:
            s = r["scores"].get(d)
            if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 4):
                errors.append(f"{r['note_id']}: score {d}={s!r}")
            if not r["reasons"].get(d, "").strip():
                errors.append(f"{r['note_id']}: no reason for {d}")
        w = len(r["text"].split())
        words.append(w)
        if not MIN_WORDS <= w <= MAX_WORDS:
            errors.append(f"{r['note_id']}: {w} words")

    print(f"notes: {len(recs)}; unique ids: {len(set(ids))}")
    print(f"words: min {min(words)}, max {max(words)}, mean {sum(words)/len(words):.0f}")
    print("per style:", dict(Counter(r["note_type"] for r in recs)))
    print(f"voices ({len(set(r['setting'] for r in recs))}):", dict(sorted(Counter(r["setting"] for r in recs).items())))
    print("\nscore distribution per domain (levels 1/2/3/4):")
    for d in DOMAINS:
        c = Counter(r["scores"][d] for r in recs)
        print(f"  {d:24s} " + "  ".join(f"{k}:{c.get(k,0):2d}" for k in (1, 2, 3, 4)))
    print("\nper style x domain (levels 1/2/3/4):")
    for st in STYLES:
        sub = [r for r in recs if r["note_type"] == st]
        print(f" {st} (n={len(sub)})")
        for d in DOMAINS:
            c = Counter(r["scores"][d] for r in sub)
            print(f"    {d:24s} " + "  ".join(f"{k}:{c.get(k,0):2d}" for k in (1, 2, 3, 4)))
    same = sum(1 for r in recs if len(set(r["scores"].values())) == 1)
    print(f"\nnotes with the same score on all four domains: {same}")
    for d in DOMAINS:
        c = Counter(r["scores"][d] for r in recs)
        low = [k for k in (1, 2, 3, 4) if c.get(k, 0) < 12]
        if low:
            print(f"WARNING {d}: levels under 12: {low}")
    for p in (RAW, TXT):
        print(f"sha256 {hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(OUT)}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
