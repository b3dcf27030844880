"""Validate families_t14.jsonl (writer t14, corpus v7). Exit 1 on any error."""
import json, sys, collections
KEYS = ["id","text","victim_blaming","perpetrator_pattern","child_focus","partnering","style","family","pair_id","rationales","writer"]
LABELS = KEYS[2:6]
STYLES = {"trained","transition","routine","messy","formal"}
path = sys.argv[1] if len(sys.argv) > 1 else __file__.replace("validate_t14.py","families_t14.jsonl")
errs = []; rows = []
for i, line in enumerate(open(path, encoding="utf8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: bad JSON {e}"); continue
    rows.append(r)
    if list(r.keys()) != KEYS: errs.append(f"line {i}: key order {list(r.keys())}")
    for l in LABELS:
        if r.get(l) not in (0,1) or isinstance(r.get(l), bool): errs.append(f"line {i}: {l} not 0/1")
    if r.get("style") not in STYLES: errs.append(f"line {i}: style {r.get('style')}")
    n = len(r.get("text","").split())
    if not 4 <= n <= 60: errs.append(f"line {i}: {n} words")
    if r.get("writer") != "t14": errs.append(f"line {i}: writer")
    if not isinstance(r.get("family"), str) or not r["family"]: errs.append(f"line {i}: family")
    got = set()
    for ra in r.get("rationales", []):
        if ra.get("label") not in LABELS: errs.append(f"line {i}: rationale label {ra.get('label')}")
        if not ra.get("text") or ra["text"] not in r["text"]: errs.append(f"line {i}: rationale not substring: {ra.get('text')!r}")
        got.add(ra.get("label"))
    want = {l for l in LABELS if r.get(l) == 1}
    if got != want: errs.append(f"line {i}: rationale labels {sorted(got)} != set labels {sorted(want)}")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
texts = [r["text"] for r in rows]
if len(texts) != len(set(texts)): errs.append("duplicate texts")
pc = collections.Counter(r["pair_id"] for r in rows if r["pair_id"])
for p, c in pc.items():
    if c < 2: errs.append(f"pair {p} has only {c} row")
N = len(rows)
print("rows", N)
print("styles", dict(collections.Counter(r["style"] for r in rows)))
tt = sum(r["style"] in ("trained","transition") for r in rows); print(f"trained+transition {tt} ({tt/N:.1%})")
for l in LABELS: print(l, sum(r[l] for r in rows))
none = sum(all(r[l]==0 for l in LABELS) for r in rows); print(f"no label {none} ({none/N:.1%})")
print("combos", dict(collections.Counter("+".join(l[:4] for l in LABELS if r[l]) or "none" for r in rows).most_common()))
print("families", dict(collections.Counter(r["family"] for r in rows).most_common()))
inpair = sum(1 for r in rows if r["pair_id"]); print(f"pair groups {len(pc)}, rows in groups {inpair} ({inpair/N:.1%})")
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("OK")
