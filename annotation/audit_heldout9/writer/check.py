"""Validate raw/notes_aw11.jsonl and texts_only.jsonl; print distributions and SHA-256."""
import collections
import hashlib
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
FULL = OUT / "raw" / "notes_aw11.jsonl"
BLIND = OUT / "texts_only.jsonl"
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]
TYPES = ["routine", "trained", "transition", "messy"]
errors = []

recs = [json.loads(l) for l in FULL.read_text(encoding="utf-8").splitlines() if l.strip()]
blind = [json.loads(l) for l in BLIND.read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [r["note_id"] for r in recs]
if len(recs) != 80: errors.append(f"expected 80 notes, got {len(recs)}")
if len(set(ids)) != len(ids): errors.append("duplicate note_ids")
if ids != [f"aw11-{k:04d}" for k in range(1, len(recs) + 1)]: errors.append("ids not aw11-0001..")
if [b["note_id"] for b in blind] != ids or [b["text"] for b in blind] != [r["text"] for r in recs]:
    errors.append("texts_only.jsonl does not match notes")
if any(set(b) != {"note_id", "text"} for b in blind): errors.append("texts_only has extra keys")
wc = []
for r in recs:
    keys = {"note_id", "text", "setting", "note_type", "scorer", "scores", "reasons"}
    if set(r) != keys: errors.append(f"{r['note_id']}: keys {sorted(r)}")
    if r["scorer"] != "aw11": errors.append(f"{r['note_id']}: scorer")
    if r["note_type"] not in TYPES: errors.append(f"{r['note_id']}: note_type {r['note_type']}")
    for d in DOMAINS:
        v = r["scores"].get(d)
        if not (isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 4):
            errors.append(f"{r['note_id']}: score {d}={v!r}")
        if not str(r["reasons"].get(d, "")).strip(): errors.append(f"{r['note_id']}: reason {d} missing")
    n = len(r["text"].split()); wc.append(n)
    if not 90 <= n <= 300: errors.append(f"{r['note_id']}: {n} words")

print(f"notes: {len(recs)}; words min/median/max: {min(wc)}/{sorted(wc)[len(wc)//2]}/{max(wc)}")
print("per style:", dict(collections.Counter(r["note_type"] for r in recs)))
voices = collections.Counter(r["setting"] for r in recs)
print(f"voices ({len(voices)}):", dict(sorted(voices.items())))
print("\nscore distribution per domain (levels 1/2/3/4):")
for d in DOMAINS:
    c = collections.Counter(r["scores"][d] for r in recs)
    print(f"  {d:24s} " + "  ".join(f"{k}:{c.get(k,0):2d}" for k in range(1, 5)))
    if min(c.get(k, 0) for k in range(1, 5)) < 12: errors.append(f"{d}: a level occurs <12 times")
print("\nper style:")
for t in TYPES:
    sub = [r for r in recs if r["note_type"] == t]
    print(f" {t} (n={len(sub)})")
    for d in DOMAINS:
        c = collections.Counter(r["scores"][d] for r in sub)
        print(f"    {d:24s} " + "  ".join(f"{k}:{c.get(k,0):2d}" for k in range(1, 5))
              + f"   mean {sum(r['scores'][d] for r in sub)/len(sub):.2f}")
tr = [r for r in recs if r["note_type"] == "trained"]
for d in DOMAINS:
    if not {2, 3, 4} <= {r["scores"][d] for r in tr}: errors.append(f"trained lacks one of 2/3/4 in {d}")
flat = [r["note_id"] for r in recs if len(set(r["scores"].values())) == 1]
print(f"\nnotes with the same score in all four domains: {len(flat)} {flat}")
for p in (FULL, BLIND):
    print(f"sha256 {hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(OUT)}")
if errors:
    print("\nERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("\nOK: all checks passed")
