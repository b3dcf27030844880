"""Validate families_t6.jsonl: JSON, fields, label values, rationale substrings, pairs, lengths; print counts."""
import collections, hashlib, json, sys
from pathlib import Path
here = Path(__file__).parent
path = here / "families_t6.jsonl"
L = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
KEYS = ["id", "text", *L, "style", "family", "pair_id", "rationales", "writer"]
STYLES = {"trained", "transition", "messy", "formal", "routine"}
errors = []
rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
for r in rows:
    if list(r) != KEYS: errors.append((r.get("id"), "keys"))
    if any(r[l] not in (0, 1) for l in L): errors.append((r["id"], "label value"))
    if r["style"] not in STYLES: errors.append((r["id"], "style"))
    if r["writer"] != "t6": errors.append((r["id"], "writer"))
    if not 4 <= len(r["text"].split()) <= 60: errors.append((r["id"], "length"))
    for x in r["rationales"]:
        if x["text"] not in r["text"]: errors.append((r["id"], "rationale not substring"))
        if r[x["label"]] != 1: errors.append((r["id"], "rationale for label 0"))
    for l in L:
        if r[l] == 1 and not any(x["label"] == l for x in r["rationales"]): errors.append((r["id"], f"no rationale {l}"))
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids): errors.append(("*", "duplicate ids"))
pairs = collections.defaultdict(list)
for r in rows:
    if r["pair_id"]: pairs[r["pair_id"]].append(r)
for p, m in pairs.items():
    if len(m) != 2: errors.append((p, "pair size"))
    elif all(m[0][l] == m[1][l] for l in L): errors.append((p, "pair labels identical"))
print("rows", len(rows), "pairs", len(pairs), "errors", errors or "none")
print("styles", dict(collections.Counter(r["style"] for r in rows)))
print("labels", {l: sum(r[l] for r in rows) for l in L}, "none", sum(not any(r[l] for l in L) for r in rows))
print("families", dict(collections.Counter(r["family"] for r in rows).most_common()))
print("sha256", hashlib.sha256(path.read_bytes()).hexdigest())
sys.exit(1 if errors else 0)
