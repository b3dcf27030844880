"""Validate aw5's audit held-out set 3. Exit 1 on any problem."""
import collections
import hashlib
import json
import pathlib
import sys

BASE = pathlib.Path(__file__).resolve().parent.parent
RAW = BASE / "raw" / "notes_aw5.jsonl"
TXT = BASE / "texts_only.jsonl"
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]
STYLES = {"routine", "trained", "transition", "messy"}
problems = []
raw = [json.loads(l) for l in RAW.read_text(encoding="utf-8").splitlines() if l.strip()]
txt = [json.loads(l) for l in TXT.read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [r["note_id"] for r in raw]
if len(set(ids)) != len(ids):
    problems.append("duplicate note_id")
if [t["note_id"] for t in txt] != ids:
    problems.append("texts_only ids differ from raw")
for r, t in zip(raw, txt):
    nid = r["note_id"]
    if set(t) != {"note_id", "text"} or t["text"] != r["text"]:
        problems.append(f"{nid}: texts_only row mismatch")
    if r.get("scorer") != "aw5":
        problems.append(f"{nid}: scorer")
    if r.get("note_type") not in STYLES:
        problems.append(f"{nid}: note_type {r.get('note_type')!r}")
    if not r.get("setting"):
        problems.append(f"{nid}: setting missing")
    wc = len(r["text"].split())
    if not 80 <= wc <= 300:
        problems.append(f"{nid}: {wc} words (want 80-300)")
    for d in DOMAINS:
        s = r.get("scores", {}).get(d)
        if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 4):
            problems.append(f"{nid}: score {d}={s!r}")
        if not str(r.get("reasons", {}).get(d, "")).strip():
            problems.append(f"{nid}: reason {d} missing")
    if len({r["scores"][d] for d in DOMAINS}) == 1:
        print(f"note: {nid} has the same score in all four domains")
print(f"notes: {len(raw)}")
print("per style:", dict(sorted(collections.Counter(r["note_type"] for r in raw).items())))
print("per setting:", dict(sorted(collections.Counter(r["setting"] for r in raw).items())))
wcs = [len(r["text"].split()) for r in raw]
print(f"words: min {min(wcs)} max {max(wcs)} mean {sum(wcs)/len(wcs):.0f}")
for d in DOMAINS:
    c = collections.Counter(r["scores"][d] for r in raw)
    print(f"{d:24s}", {k: c.get(k, 0) for k in (1, 2, 3, 4)})
    for k in (1, 2, 3, 4):
        if c.get(k, 0) < 10:
            print(f"  warning: level {k} appears {c.get(k, 0)} times (<10)")
for p in (RAW, TXT):
    print("sha256", hashlib.sha256(p.read_bytes()).hexdigest(), p.relative_to(BASE))
if problems:
    print("PROBLEMS:")
    for p in problems:
        print(" ", p)
    sys.exit(1)
print("OK")
