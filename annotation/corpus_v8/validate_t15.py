#!/usr/bin/env python3
"""Validate families_t15.jsonl (and recheck_t15.jsonl if present). Exit 1 on any error."""
import json, sys, collections, os
here = os.path.dirname(os.path.abspath(__file__))
LABELS = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
KEYS = ["id", "text"] + LABELS + ["style", "family", "pair_id", "rationales", "writer"]
STYLES = {"trained", "transition", "messy", "formal", "routine"}
errs, rows = [], []
for i, line in enumerate(open(os.path.join(here, "families_t15.jsonl"), encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: bad JSON {e}"); continue
    rows.append(r)
    if list(r.keys()) != KEYS:
        errs.append(f"line {i}: key order {list(r.keys())}"); continue
    if r["writer"] != "t15" or not str(r["id"]).startswith("t15-"):
        errs.append(f"{r['id']}: writer/id")
    for k in LABELS:
        if r[k] not in (0, 1) or isinstance(r[k], bool):
            errs.append(f"{r['id']}: {k} not 0/1")
    if r["style"] not in STYLES:
        errs.append(f"{r['id']}: style {r['style']}")
    if not isinstance(r["family"], str) or not r["family"] or " " in r["family"]:
        errs.append(f"{r['id']}: family")
    nw = len(r["text"].split())
    if not 4 <= nw <= 60:
        errs.append(f"{r['id']}: {nw} words")
    if r["pair_id"] is not None and not str(r["pair_id"]).startswith("t15-P"):
        errs.append(f"{r['id']}: pair_id")
    covered = set()
    for ra in r["rationales"]:
        if set(ra.keys()) != {"label", "text"} or ra["label"] not in LABELS:
            errs.append(f"{r['id']}: rationale shape"); continue
        if not ra["text"] or ra["text"] not in r["text"]:
            errs.append(f"{r['id']}: rationale not substring: {ra['text']!r}")
        covered.add(ra["label"])
    want = {k for k in LABELS if r[k] == 1}
    if covered != want:
        errs.append(f"{r['id']}: rationales cover {sorted(covered)} but labels {sorted(want)}")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    errs.append("duplicate ids")
texts = collections.Counter(r["text"] for r in rows)
for t, c in texts.items():
    if c > 1: errs.append(f"duplicate text: {t[:50]}")
pc = collections.Counter(r["pair_id"] for r in rows if r["pair_id"])
for p, c in pc.items():
    if c < 2: errs.append(f"{p}: only {c} row")
rp = os.path.join(here, "recheck_t15.jsonl")
if os.path.exists(rp):
    idset = set(ids)
    for line in open(rp, encoding="utf-8"):
        q = json.loads(line)
        if list(q.keys()) != ["id"] + LABELS or q["id"] not in idset or any(q[k] not in (0, 1) for k in LABELS):
            errs.append(f"recheck row bad: {q}")
print(f"rows: {len(rows)}")
print("styles:", dict(collections.Counter(r["style"] for r in rows)))
for k in LABELS:
    print(f"{k}: {sum(r[k] for r in rows)}")
print("no label:", sum(1 for r in rows if not any(r[k] for k in LABELS)))
print("combos:", dict(collections.Counter("".join(str(r[k]) for k in LABELS) for r in rows).most_common()))
print(f"contrast groups: {len(pc)}, rows in groups: {sum(pc.values())}")
print("families:", len(set(r["family"] for r in rows)))
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("OK")
