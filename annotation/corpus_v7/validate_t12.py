#!/usr/bin/env python3
"""Validate families_t12.jsonl (and recheck_t12.jsonl if present). Exit 1 on any error."""
import json, sys, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
KEYS = ["id", "text"] + LABELS + ["style", "family", "pair_id", "rationales", "writer"]
STYLES = {"trained", "transition", "routine", "messy", "formal"}
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "families_t12.jsonl")
errs, rows = [], []
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad JSON {e}"); continue
    rows.append(r)
    if list(r.keys()) != KEYS:
        errs.append(f"line {n}: key order {list(r.keys())}"); continue
    if not isinstance(r["id"], str) or not r["id"].startswith("t12-"):
        errs.append(f"line {n}: bad id")
    for l in LABELS:
        if r[l] not in (0, 1) or isinstance(r[l], bool):
            errs.append(f"line {n}: {l} not 0/1")
    if r["style"] not in STYLES:
        errs.append(f"line {n}: style {r['style']}")
    if not isinstance(r["family"], str) or not r["family"] or " " in r["family"]:
        errs.append(f"line {n}: family")
    if r["writer"] != "t12":
        errs.append(f"line {n}: writer")
    if r["pair_id"] is not None and not (isinstance(r["pair_id"], str) and r["pair_id"].startswith("t12-P")):
        errs.append(f"line {n}: pair_id")
    w = len(r["text"].split())
    if not 4 <= w <= 60:
        errs.append(f"line {n}: {w} words")
    rl = set()
    for q in r["rationales"]:
        if set(q) != {"label", "text"} or q["label"] not in LABELS:
            errs.append(f"line {n}: bad rationale {q}"); continue
        if not q["text"] or q["text"] not in r["text"]:
            errs.append(f"line {n}: rationale not exact substring: {q['text']!r}")
        rl.add(q["label"])
    pos = {l for l in LABELS if r[l] == 1}
    if rl != pos:
        errs.append(f"line {n}: rationale labels {sorted(rl)} != positive labels {sorted(pos)}")
ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if len({r.get("text") for r in rows}) != len(rows):
    errs.append("duplicate texts")
pc = collections.Counter(r.get("pair_id") for r in rows if r.get("pair_id"))
for p, c in pc.items():
    if c < 2:
        errs.append(f"pair {p} has only {c} row")
# recheck file, if present
rp = os.path.join(HERE, "recheck_t12.jsonl")
if os.path.exists(rp) and len(sys.argv) == 1:
    idset = set(ids)
    for n, line in enumerate(open(rp, encoding="utf-8"), 1):
        q = json.loads(line)
        if list(q.keys()) != ["id"] + LABELS or q["id"] not in idset or any(q[l] not in (0, 1) for l in LABELS):
            errs.append(f"recheck line {n}: bad row")
print(f"rows: {len(rows)}")
print("styles:", dict(collections.Counter(r.get("style") for r in rows)))
print("labels:", {l: sum(r.get(l, 0) for r in rows) for l in LABELS},
      "none:", sum(all(r.get(l) == 0 for l in LABELS) for r in rows))
print("families:", dict(collections.Counter(r.get("family") for r in rows)))
print(f"pair groups: {len(pc)}, rows in pairs: {sum(pc.values())}")
if errs:
    print(f"{len(errs)} ERRORS"); print("\n".join(errs[:50])); sys.exit(1)
print("OK")
