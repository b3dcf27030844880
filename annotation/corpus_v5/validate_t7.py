"""Validate families_t7.jsonl: JSON, fields, label values, rationale substrings, lengths, pairs."""
import json, sys, collections, pathlib
p = pathlib.Path(__file__).with_name("families_t7.jsonl")
L = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
KEYS = ["id", "text", *L, "style", "family", "pair_id", "rationales", "writer"]
errs = []; rows = [json.loads(l) for l in p.open(encoding="utf-8")]
for r in rows:
    if list(r) != KEYS: errs.append((r["id"], "keys"))
    if any(r[k] not in (0, 1) for k in L): errs.append((r["id"], "label value"))
    if r["style"] not in {"trained", "transition", "messy", "formal", "routine"}: errs.append((r["id"], "style"))
    if not 4 <= len(r["text"].split()) <= 60: errs.append((r["id"], "length"))
    for x in r["rationales"]:
        if x["text"] not in r["text"]: errs.append((r["id"], "substring", x["text"]))
        if r[x["label"]] != 1: errs.append((r["id"], "rationale for 0 label"))
    if {x["label"] for x in r["rationales"]} != {k for k in L if r[k]}: errs.append((r["id"], "missing rationale"))
pairs = collections.Counter(r["pair_id"] for r in rows if r["pair_id"])
errs += [("pair<2", k) for k, v in pairs.items() if v < 2]
print(len(rows), "rows,", len(pairs), "pair groups,", "errors:", errs or "none")
sys.exit(1 if errs else 0)
