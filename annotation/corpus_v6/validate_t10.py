"""Validate families_t10.jsonl; print counts; exit 1 on any error."""
import json, sys, os
from collections import Counter
KEYS = ["id", "text", "victim_blaming", "perpetrator_pattern", "child_focus", "partnering", "style", "family",
        "pair_id", "rationales", "writer"]
LAB = KEYS[2:6]
STYLES = {"trained", "transition", "routine", "messy", "formal"}
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "families_t10.jsonl")
errs, rows = [], []
for i, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: bad JSON {e}"); continue
    rows.append(r)
    if list(r.keys()) != KEYS:
        errs.append(f"line {i}: key order {list(r.keys())}")
        continue
    for k in LAB:
        if r[k] not in (0, 1):
            errs.append(f"{r['id']}: {k} not 0/1")
    if r["style"] not in STYLES:
        errs.append(f"{r['id']}: style {r['style']}")
    nw = len(r["text"].split())
    if not 4 <= nw <= 60:
        errs.append(f"{r['id']}: {nw} words")
    if r["writer"] != "t10" or not r["id"].startswith("t10-"):
        errs.append(f"{r['id']}: writer/id")
    if not isinstance(r["family"], str) or not r["family"] or " " in r["family"]:
        errs.append(f"{r['id']}: family")
    rl = set()
    for ra in r["rationales"]:
        if ra.get("label") not in LAB or list(ra.keys()) != ["label", "text"]:
            errs.append(f"{r['id']}: bad rationale {ra}"); continue
        if not ra["text"] or ra["text"] not in r["text"]:
            errs.append(f"{r['id']}: rationale not substring: {ra['text']!r}")
        rl.add(ra["label"])
    if rl != {k for k in LAB if r[k] == 1}:
        errs.append(f"{r['id']}: rationale labels {sorted(rl)} != labels set")
ids = Counter(r.get("id") for r in rows)
errs += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
texts = Counter(r.get("text") for r in rows)
errs += [f"duplicate text {k!r}" for k, v in texts.items() if v > 1]
pairs = Counter(r.get("pair_id") for r in rows if r.get("pair_id"))
errs += [f"pair {k} has only {v} row" for k, v in pairs.items() if v < 2]
n = len(rows)
print(f"rows {n}")
print("styles", dict(Counter(r["style"] for r in rows)))
for k in LAB:
    print(f"{k}: {sum(r[k] for r in rows)}")
print("no label:", sum(1 for r in rows if not any(r[k] for k in LAB)))
print("combos", dict(Counter("".join(str(r[k]) for k in LAB) for r in rows).most_common()))
print("families", dict(Counter(r["family"] for r in rows).most_common()))
print("pair groups", len(pairs), "rows in pairs", sum(pairs.values()))
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("OK")
