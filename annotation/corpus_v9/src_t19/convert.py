"""Convert hand-typed source lines to JSONL. Numbers ids, derives labels from
rationale codes, checks rationales are substrings. Generates no text."""
import json, sys, glob, os
from collections import Counter
W = "t19"
CODES = {"v": "victim_blaming", "p": "perpetrator_pattern", "c": "child_focus", "n": "partnering"}
STYLES = {"trained", "transition", "messy", "formal", "routine"}
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", f"families_{W}.jsonl")
rows, errs = [], []
for fn in sorted(glob.glob(os.path.join(here, "*.txt"))):
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        parts = line.split("|")
        if len(parts) != 5:
            errs.append(f"{fn}:{ln} fields={len(parts)}"); continue
        style, fam, pair, text, rats = parts
        if style not in STYLES:
            errs.append(f"{fn}:{ln} style {style}")
        nw = len(text.split())
        if not 8 <= nw <= 45:
            errs.append(f"{fn}:{ln} words={nw}")
        labels = {v: 0 for v in CODES.values()}
        rl = []
        for r in [x for x in rats.split(";") if x.strip()]:
            code, _, span = r.partition("=")
            if code not in CODES:
                errs.append(f"{fn}:{ln} code {code}"); continue
            if span not in text or len(span.split()) < 1 or len(span) < 4:
                errs.append(f"{fn}:{ln} rationale not substring: {span!r}"); continue
            labels[CODES[code]] = 1
            rl.append({"label": CODES[code], "text": span})
        rows.append(dict(text=text, **labels, style=style, family=fam,
                         pair_id=(f"{W}-{pair}" if pair != "-" else None), rationales=rl, writer=W))
if errs:
    print("\n".join(errs)); sys.exit(1)
with open(out, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        r = {"id": f"{W}-{i:04d}", **r}
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("rows", len(rows))
print("styles", Counter(r["style"] for r in rows))
print("labels", {k: sum(r[k] for r in rows) for k in CODES.values()})
nl = Counter(sum(r[k] for k in CODES.values()) for r in rows)
print("n labels", sorted(nl.items()))
pairs = Counter(r["pair_id"] for r in rows if r["pair_id"])
print("pairs", len(pairs), "singletons", [p for p, c in pairs.items() if c < 2])
