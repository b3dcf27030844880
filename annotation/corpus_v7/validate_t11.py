"""Validate families_t11.jsonl; print counts; exit 1 on error."""
import json, sys, os, collections
here = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "text", "victim_blaming", "perpetrator_pattern", "child_focus", "partnering",
        "style", "family", "pair_id", "rationales", "writer"]
LABELS = KEYS[2:6]
STYLES = {"trained", "transition", "routine", "messy", "formal"}
errs = []
rows = []
for n, line in enumerate(open(os.path.join(here, "families_t11.jsonl"), encoding="utf-8"), 1):
    try:
        d = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad JSON {e}"); continue
    rows.append(d)
    if list(d.keys()) != KEYS: errs.append(f"line {n}: key order {list(d.keys())}")
    for l in LABELS:
        if d.get(l) not in (0, 1) or isinstance(d.get(l), bool): errs.append(f"line {n}: {l} not 0/1")
    if d.get("style") not in STYLES: errs.append(f"line {n}: style {d.get('style')}")
    if d.get("writer") != "t11": errs.append(f"line {n}: writer")
    wc = len(d["text"].split())
    if not 4 <= wc <= 60: errs.append(f"line {n}: {wc} words")
    rl = d.get("rationales", [])
    got = set()
    for r in rl:
        if list(r.keys()) != ["label", "text"] or r["label"] not in LABELS:
            errs.append(f"line {n}: bad rationale {r}"); continue
        if not r["text"] or r["text"] not in d["text"]: errs.append(f"line {n}: rationale not substring: {r['text']}")
        got.add(r["label"])
    want = {l for l in LABELS if d.get(l) == 1}
    if got != want: errs.append(f"line {n}: rationale labels {sorted(got)} != labels {sorted(want)}")
ids = [d["id"] for d in rows]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
pc = collections.Counter(d["pair_id"] for d in rows if d["pair_id"])
for p, c in pc.items():
    if c < 2: errs.append(f"pair {p} has {c} row")
N = len(rows)
print("rows", N)
print("styles", dict(collections.Counter(d["style"] for d in rows)))
print("labels", {l: sum(d[l] for d in rows) for l in LABELS})
print("none", sum(1 for d in rows if not any(d[l] for l in LABELS)))
print("combos", dict(collections.Counter("".join(str(d[l]) for l in LABELS) for d in rows).most_common()))
print("families", dict(collections.Counter(d["family"] for d in rows).most_common()))
print("pair groups", len(pc), "rows in pairs", sum(pc.values()))
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("OK")
