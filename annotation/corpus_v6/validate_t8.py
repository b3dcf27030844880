"""Validate families_t8.jsonl (writer t8, corpus v6). Exits 1 on any error."""
import json, sys, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
P = os.path.join(HERE, "families_t8.jsonl")
KEYS = ["id", "text", "victim_blaming", "perpetrator_pattern", "child_focus", "partnering", "style", "family",
        "pair_id", "rationales", "writer"]
LABELS = KEYS[2:6]
STYLES = {"trained", "transition", "routine", "messy", "formal"}
errs, rows = [], []
for i, line in enumerate(open(P, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: bad JSON {e}"); continue
    rows.append(r)
    if list(r) != KEYS: errs.append(f"line {i}: key order {list(r)}"); continue
    for l in LABELS:
        if r[l] not in (0, 1) or isinstance(r[l], bool): errs.append(f"{r['id']}: {l} not 0/1")
    if r["style"] not in STYLES: errs.append(f"{r['id']}: style {r['style']}")
    if r["writer"] != "t8" or not r["id"].startswith("t8-"): errs.append(f"{r['id']}: writer/id")
    if not isinstance(r["family"], str) or not r["family"] or " " in r["family"]: errs.append(f"{r['id']}: family")
    n = len(r["text"].split())
    if not 4 <= n <= 60: errs.append(f"{r['id']}: {n} words")
    rl = set()
    for ra in r["rationales"]:
        if ra.get("label") not in LABELS: errs.append(f"{r['id']}: rationale label {ra}")
        elif ra["text"] not in r["text"] or not ra["text"].strip(): errs.append(f"{r['id']}: rationale not substring: {ra['text']}")
        rl.add(ra.get("label"))
    if rl != {l for l in LABELS if r[l] == 1}: errs.append(f"{r['id']}: rationales {sorted(rl)} vs labels")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
texts = [r["text"] for r in rows]
if len(texts) != len(set(texts)): errs.append("duplicate texts")
groups = collections.defaultdict(list)
for r in rows:
    if r.get("pair_id") is not None: groups[r["pair_id"]].append(r)
for g, rs in groups.items():
    if len(rs) < 2: errs.append(f"{g}: only {len(rs)} row")
    if len({tuple(x[l] for l in LABELS) for x in rs}) < 2: errs.append(f"{g}: no label flips within group")
print("rows", len(rows), "| pair groups", len(groups), "| rows in groups", sum(map(len, groups.values())))
print("styles", dict(collections.Counter(r["style"] for r in rows)))
print("labels", {l: sum(r[l] for r in rows) for l in LABELS},
      "| none", sum(all(r[l] == 0 for l in LABELS) for r in rows))
print("combos", dict(collections.Counter("+".join(l[:4] for l in LABELS if r[l]) or "none" for r in rows).most_common()))
print("families", dict(collections.Counter(r["family"] for r in rows).most_common()))
for e in errs: print("ERROR", e)
print("OK" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
