"""Validate raw/notes_aw12.jsonl and texts_only.jsonl; print score distributions and SHA-256."""
import collections, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
RAW = os.path.join(OUT, "raw", "notes_aw12.jsonl")
TXT = os.path.join(OUT, "texts_only.jsonl")
DOM = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]
STYLES = ["routine", "trained", "transition", "messy"]
EXPECT = int(sys.argv[1]) if len(sys.argv) > 1 else 80

rows = [json.loads(l) for l in open(RAW)]
txt = [json.loads(l) for l in open(TXT)]
errs = []
ids = [r["note_id"] for r in rows]
if len(rows) != EXPECT or len(set(ids)) != EXPECT:
    errs.append(f"expected {EXPECT} unique ids, got {len(rows)} rows / {len(set(ids))} unique")
if ids != [f"aw12-{i:04d}" for i in range(1, len(rows) + 1)]:
    errs.append("ids not sequential aw12-0001..")
if [t["note_id"] for t in txt] != ids or any(t["text"] != r["text"] for t, r in zip(txt, rows)):
    errs.append("texts_only.jsonl does not match raw")
if any(set(t) != {"note_id", "text"} for t in txt):
    errs.append("texts_only has extra keys")
wc = []
for r in rows:
    s = r["scores"]
    if set(s) != set(DOM) or any(type(s[d]) is not int or not 1 <= s[d] <= 4 for d in DOM):
        errs.append(f"{r['note_id']}: bad scores {s}")
    if set(r["reasons"]) != set(DOM) or any(not str(r["reasons"][d]).strip() for d in DOM):
        errs.append(f"{r['note_id']}: bad reasons")
    if r["note_type"] not in STYLES:
        errs.append(f"{r['note_id']}: bad note_type")
    if r["scorer"] != "aw12":
        errs.append(f"{r['note_id']}: bad scorer")
    n = len(r["text"].split())
    wc.append(n)
    if not 90 <= n <= 300:
        errs.append(f"{r['note_id']}: {n} words")
dup = collections.Counter(r["text"] for r in rows)
errs += [f"duplicate text x{c}" for t, c in dup.items() if c > 1]

print(f"notes {len(rows)}; words min {min(wc)} median {sorted(wc)[len(wc)//2]} max {max(wc)}")
print("per style:", dict(collections.Counter(r["note_type"] for r in rows)))
print("voices:", len(set(r["setting"] for r in rows)), dict(collections.Counter(r["setting"] for r in rows)))
print("\nscore distribution per domain (levels 1/2/3/4):")
for d in DOM:
    c = collections.Counter(r["scores"][d] for r in rows)
    print(f"  {d:24s} " + " ".join(f"{c[k]:3d}" for k in (1, 2, 3, 4)))
print("\nper style x domain (levels 1/2/3/4):")
for st in STYLES:
    sub = [r for r in rows if r["note_type"] == st]
    print(f"  {st} (n={len(sub)})")
    for d in DOM:
        c = collections.Counter(r["scores"][d] for r in sub)
        print(f"    {d:24s} " + " ".join(f"{c[k]:3d}" for k in (1, 2, 3, 4)))
flat = sum(1 for r in rows if len(set(r["scores"].values())) == 1)
print(f"\nnotes with the same score on all four domains: {flat}")
low = [(d, k) for d in DOM for k in (1, 2, 3, 4) if sum(r['scores'][d] == k for r in rows) < 12]
print("levels occurring <12 times:", low or "none")
for p in (RAW, TXT):
    print("sha256", hashlib.sha256(open(p, "rb").read()).hexdigest(), os.path.relpath(p, OUT))
if errs:
    print("\nERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("\nOK")
