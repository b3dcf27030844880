"""Convert hand-typed src/*.txt (style|family|pair|text|rationales) to families_t20.jsonl.
Only numbers ids, derives labels from rationale codes, checks rationales are substrings; no text generation."""
import json, os, sys, collections

WRITER = "t20"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), f"families_{WRITER}.jsonl")
FILES = ["trained.txt", "transition.txt", "messy.txt", "formal.txt", "routine.txt"]
CODES = {"v": "victim_blaming", "p": "perpetrator_pattern", "c": "child_focus", "n": "partnering"}
STYLES = {"trained", "transition", "messy", "formal", "routine"}
STOP = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "it", "is", "he", "she", "his", "her"}

errors, rows, n = [], [], 0
for fn in FILES:
    for ln, line in enumerate(open(os.path.join(HERE, fn), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        parts = line.split("|")
        if len(parts) != 5:
            errors.append(f"{fn}:{ln} expected 5 fields, got {len(parts)}"); continue
        style, family, pair, text, rats = parts
        if style not in STYLES:
            errors.append(f"{fn}:{ln} bad style {style}")
        nw = len(text.split())
        if not 8 <= nw <= 45:
            errors.append(f"{fn}:{ln} {nw} words")
        labels = {v: 0 for v in CODES.values()}
        rlist = []
        for r in [x for x in rats.split(";") if x.strip()]:
            code, _, span = r.partition("=")
            if code not in CODES:
                errors.append(f"{fn}:{ln} bad code {code}"); continue
            if span not in text:
                errors.append(f"{fn}:{ln} rationale not substring: {span!r}")
            if span.strip().lower() in STOP or not span.strip():
                errors.append(f"{fn}:{ln} lone stopword rationale")
            labels[CODES[code]] = 1
            rlist.append({"label": CODES[code], "text": span})
        n += 1
        rows.append({"id": f"{WRITER}-{n:04d}", "text": text, **labels, "style": style, "family": family,
                     "pair_id": None if pair == "-" else f"{WRITER}-{pair}", "rationales": rlist, "writer": WRITER})

# contrast groups: members must not all share one label vector
groups = collections.defaultdict(list)
for r in rows:
    if r["pair_id"]:
        groups[r["pair_id"]].append(tuple(r[v] for v in CODES.values()))
for g, vecs in groups.items():
    if len(vecs) < 2:
        errors.append(f"group {g} has one member")
    elif len(set(vecs)) < 2:
        errors.append(f"group {g} labels do not flip")
texts = collections.Counter(r["text"] for r in rows)
errors += [f"duplicate text: {t}" for t, c in texts.items() if c > 1]

if errors:
    print("\n".join(errors)); sys.exit(1)
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} rows, {len(groups)} contrast groups -> {OUT}")
