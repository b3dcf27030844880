"""Validate raw/notes_aw10.jsonl and texts_only.jsonl; print distributions and SHA-256."""
import collections
import hashlib
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
RAW = OUT / "raw" / "notes_aw10.jsonl"
TXT = OUT / "texts_only.jsonl"
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]
STYLES = ["routine", "trained", "transition", "messy"]
errors = []

rows = [json.loads(l) for l in RAW.read_text(encoding="utf-8").splitlines() if l.strip()]
texts = [json.loads(l) for l in TXT.read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [r["note_id"] for r in rows]
if len(rows) != 80 or len(set(ids)) != 80:
    errors.append(f"expected 80 unique ids, got {len(rows)} rows / {len(set(ids))} unique")
if ids != [f"aw10-{i:04d}" for i in range(1, len(rows) + 1)]:
    errors.append("ids not sequential aw10-0001..")
if [t["note_id"] for t in texts] != ids or [t["text"] for t in texts] != [r["text"] for r in rows]:
    errors.append("texts_only.jsonl does not match raw")
if any(set(t) != {"note_id", "text"} for t in texts):
    errors.append("texts_only.jsonl has extra keys")
if len(set(r["text"] for r in rows)) != len(rows):
    errors.append("duplicate texts")
wc = []
for r in rows:
    if r["scorer"] != "aw10":
        errors.append(f"{r['note_id']}: scorer")
    if r["note_type"] not in STYLES:
        errors.append(f"{r['note_id']}: note_type {r['note_type']}")
    for d in DOMAINS:
        s = r["scores"].get(d)
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 4):
            errors.append(f"{r['note_id']}: bad score {d}={s!r}")
        if not r["reasons"].get(d, "").strip():
            errors.append(f"{r['note_id']}: missing reason {d}")
    n = len(r["text"].split())
    wc.append(n)
    if not 90 <= n <= 300:
        errors.append(f"{r['note_id']}: {n} words")

print(f"notes: {len(rows)}  words min/median/max: {min(wc)}/{sorted(wc)[len(wc)//2]}/{max(wc)}")
print("per style:", dict(collections.Counter(r["note_type"] for r in rows)))
print("voices:", len(set(r["setting"] for r in rows)))
for s, c in sorted(collections.Counter(r["setting"] for r in rows).items()):
    print(f"  {s}: {c}")
print("\nscore distribution per domain (levels 1/2/3/4):")
for d in DOMAINS:
    c = collections.Counter(r["scores"][d] for r in rows)
    print(f"  {d:24s} " + " ".join(f"{c[k]:3d}" for k in (1, 2, 3, 4)))
    if min(c[k] for k in (1, 2, 3, 4)) < 12:
        errors.append(f"{d}: a level occurs fewer than 12 times")
print("\nper style:")
for st in STYLES:
    sub = [r for r in rows if r["note_type"] == st]
    print(f" {st} (n={len(sub)})")
    for d in DOMAINS:
        c = collections.Counter(r["scores"][d] for r in sub)
        print(f"  {d:24s} " + " ".join(f"{c[k]:3d}" for k in (1, 2, 3, 4)))
        if st == "trained" and any(c[k] == 0 for k in (2, 3, 4)):
            errors.append(f"trained {d}: missing one of levels 2-4")
flat = sum(1 for r in rows if len(set(r["scores"].values())) == 1)
print(f"\nnotes with the same score on all four domains: {flat}")
for p in (RAW, TXT):
    print(f"sha256 {hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(OUT)}")
if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
