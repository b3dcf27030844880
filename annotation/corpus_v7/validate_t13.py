"""Validate families_t13.jsonl (and recheck_t13.jsonl if present). Exit 1 on any error."""
import json, sys, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "text", "victim_blaming", "perpetrator_pattern", "child_focus", "partnering", "style", "family",
        "pair_id", "rationales", "writer"]
LABELS = KEYS[2:6]
STYLES = {"trained", "transition", "routine", "messy", "formal"}
errs = []; rows = []
for i, line in enumerate(open(os.path.join(HERE, "families_t13.jsonl"), encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: bad JSON {e}"); continue
    rows.append(r)
    if list(r.keys()) != KEYS: errs.append(f"{r.get('id')}: key order {list(r.keys())}")
    if r.get("writer") != "t13": errs.append(f"{r['id']}: writer")
    for l in LABELS:
        if r.get(l) not in (0, 1) or isinstance(r.get(l), bool): errs.append(f"{r['id']}: {l} not 0/1")
    if r.get("style") not in STYLES: errs.append(f"{r['id']}: style {r.get('style')}")
    if not isinstance(r.get("family"), str) or not r["family"] or " " in r["family"]: errs.append(f"{r['id']}: family")
    n = len(r["text"].split())
    if not 4 <= n <= 60: errs.append(f"{r['id']}: {n} words")
    lab_r = set()
    for ra in r.get("rationales", []):
        if ra.get("label") not in LABELS: errs.append(f"{r['id']}: rationale label {ra.get('label')}")
        if not ra.get("text") or ra["text"] not in r["text"]: errs.append(f"{r['id']}: rationale not substring: {ra.get('text')!r}")
        lab_r.add(ra.get("label"))
    on = {l for l in LABELS if r.get(l) == 1}
    if lab_r != on: errs.append(f"{r['id']}: rationale labels {sorted(lab_r)} != set labels {sorted(on)}")
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if len({r["text"] for r in rows}) != len(rows): errs.append("duplicate texts")
pc = collections.Counter(r["pair_id"] for r in rows if r["pair_id"])
for p, c in pc.items():
    if c < 2: errs.append(f"{p}: only {c} row")
rc = os.path.join(HERE, "recheck_t13.jsonl")
if os.path.exists(rc):
    idset = set(ids)
    for line in open(rc, encoding="utf-8"):
        x = json.loads(line)
        if x.get("id") not in idset or any(x.get(l) not in (0, 1) for l in LABELS): errs.append(f"recheck bad row {x}")
N = len(rows)
print("rows", N)
print("styles", dict(collections.Counter(r["style"] for r in rows)))
print("labels", {l: sum(r[l] for r in rows) for l in LABELS})
print("no-label", sum(1 for r in rows if not any(r[l] for l in LABELS)))
print("combos", dict(collections.Counter("".join(str(r[l]) for l in LABELS) for r in rows).most_common()))
print("families", dict(collections.Counter(r["family"] for r in rows).most_common()))
print("pair groups", len(pc), "rows in pairs", sum(pc.values()))
for e in errs: print("ERROR", e)
print("OK" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
