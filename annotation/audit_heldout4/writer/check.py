"""Validate aw6's files: ids unique, scores ints 1-4, reasons and styles present, texts match. Exit 1 on problems."""
import collections, hashlib, json, pathlib, sys
OUT = pathlib.Path(__file__).resolve().parent.parent
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]
STYLES = {"routine", "trained", "transition", "messy"}
probs = []
raw = [json.loads(l) for l in open(OUT / "raw" / "notes_aw6.jsonl")]
texts = [json.loads(l) for l in open(OUT / "texts_only.jsonl")]
ids = [r["note_id"] for r in raw]
if len(ids) != len(set(ids)): probs.append("duplicate note_id")
if [t["note_id"] for t in texts] != ids: probs.append("texts_only ids differ from raw")
for r, t in zip(raw, texts):
    nid = r["note_id"]
    if set(t) != {"note_id", "text"}: probs.append(f"{nid}: texts_only has extra keys")
    if t["text"] != r["text"]: probs.append(f"{nid}: text differs")
    if r.get("note_type") not in STYLES: probs.append(f"{nid}: bad note_type")
    if not r.get("setting"): probs.append(f"{nid}: no setting")
    if r.get("scorer") != "aw6": probs.append(f"{nid}: scorer")
    w = len(r["text"].split())
    if not 80 <= w <= 300: probs.append(f"{nid}: {w} words")
    for d in DOMAINS:
        v = r["scores"].get(d)
        if not (isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 4): probs.append(f"{nid}: score {d}={v!r}")
        if not str(r["reasons"].get(d, "")).strip(): probs.append(f"{nid}: no reason for {d}")
    if set(r["scores"]) != set(DOMAINS) or set(r["reasons"]) != set(DOMAINS): probs.append(f"{nid}: domain keys")
print("notes:", len(raw))
print("styles:", dict(collections.Counter(r["note_type"] for r in raw)))
print("settings:", dict(collections.Counter(r["setting"] for r in raw)))
words = [len(r["text"].split()) for r in raw]
print("words min/mean/max:", min(words), round(sum(words) / len(words)), max(words))
for d in DOMAINS:
    c = collections.Counter(r["scores"][d] for r in raw)
    print(f"{d:24s}", {k: c.get(k, 0) for k in (1, 2, 3, 4)})
    if min(c.get(k, 0) for k in (1, 2, 3, 4)) < 10: print(f"  note: some level of {d} has fewer than 10")
for f in ["raw/notes_aw6.jsonl", "texts_only.jsonl"]:
    print(hashlib.sha256((OUT / f).read_bytes()).hexdigest(), f)
if probs:
    print("PROBLEMS:"); [print(" ", p) for p in probs]; sys.exit(1)
print("OK")
