"""Convert hand-typed source lines to JSONL. Numbers ids, derives labels from rationale codes,
checks rationales are exact substrings. Generates no text."""
import json, sys, glob, os, collections

WRITER = "t18"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", f"families_{WRITER}.jsonl")
CODES = {"v": "victim_blaming", "p": "perpetrator_pattern", "c": "child_focus", "n": "partnering"}
STYLES = {"trained", "transition", "messy", "formal", "routine"}
STOP = {"the", "a", "an", "and", "of", "to", "in", "on", "at", "he", "she", "it", "is", "was", "her", "his", "by"}

rows, errors, warnings = [], [], []
for path in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        parts = line.split("|")
        where = f"{os.path.basename(path)}:{ln}"
        if len(parts) != 5:
            errors.append(f"{where}: expected 5 fields, got {len(parts)}")
            continue
        style, family, pair, text, rats = parts
        if style not in STYLES:
            errors.append(f"{where}: bad style {style}")
        labels = {v: 0 for v in CODES.values()}
        rationales = []
        for r in [r for r in rats.split(";") if r.strip()]:
            code, _, sub = r.partition("=")
            if code not in CODES:
                errors.append(f"{where}: bad code {code!r}")
                continue
            if not sub or sub not in text:
                errors.append(f"{where}: rationale not a substring: {sub!r}")
                continue
            if sub.strip().lower() in STOP:
                errors.append(f"{where}: rationale is a lone stopword: {sub!r}")
            labels[CODES[code]] = 1
            rationales.append({"label": CODES[code], "text": sub})
        nw = len(text.split())
        if nw < 8 or nw > 45:
            warnings.append(f"{where}: {nw} words")
        rows.append(dict(text=text, **labels, style=style, family=family,
                         pair_id=(f"{WRITER}-{pair}" if pair != "-" else None),
                         rationales=rationales, writer=WRITER))

if errors:
    print("\n".join(errors)); sys.exit(1)
for w in warnings:
    print("WARN", w)

with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        out = {"id": f"{WRITER}-{i:04d}"}
        out.update(r)
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

# summary
L = list(CODES.values())
print("total", len(rows))
print("styles", collections.Counter(r["style"] for r in rows))
print("labels", {l: sum(r[l] for r in rows) for l in L})
nl = collections.Counter(sum(r[l] for l in L) for r in rows)
print("n labels per sentence", dict(sorted(nl.items())))
groups = collections.defaultdict(list)
for r in rows:
    if r["pair_id"]:
        groups[r["pair_id"]].append(tuple(r[l] for l in L))
bad = [g for g, v in groups.items() if len(v) < 2 or len(set(v)) < 2]
print("contrast groups", len(groups), "bad", bad)
