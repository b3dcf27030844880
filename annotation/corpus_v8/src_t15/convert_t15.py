#!/usr/bin/env python3
"""Convert hand-written source lines (src_t15/*.txt) to families_t15.jsonl.
Line format: style|family|pair|text|rationales ; rationales 'v:..' 'p:..' 'c:..' 'n:..' joined by ' ;; '.
Labels are derived from which rationale prefixes appear. Only numbering and formatting are done here."""
import json, glob, os, sys
W = "t15"
STY = {"T": "trained", "X": "transition", "M": "messy", "F": "formal", "R": "routine"}
LAB = {"v": "victim_blaming", "p": "perpetrator_pattern", "c": "child_focus", "n": "partnering"}
here = os.path.dirname(os.path.abspath(__file__))
rows, n = [], 0
for f in sorted(glob.glob(os.path.join(here, "*.txt"))):
    for ln, line in enumerate(open(f, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 5:
            sys.exit(f"{f}:{ln}: expected 5 fields, got {len(parts)}")
        st, fam, pair, text, rats = parts
        n += 1
        rl = []
        labs = {k: 0 for k in LAB.values()}
        for r in [r.strip() for r in rats.split(" ;; ") if r.strip()]:
            k, _, t = r.partition(":")
            lab = LAB[k]
            if t not in text:
                sys.exit(f"{f}:{ln}: rationale not in text: {t!r}")
            labs[lab] = 1
            rl.append({"label": lab, "text": t})
        order = list(LAB.values())
        rl.sort(key=lambda d: order.index(d["label"]))
        row = {"id": f"{W}-{n:04d}", "text": text}
        row.update(labs)
        row.update({"style": STY[st], "family": fam,
                    "pair_id": None if pair == "-" else f"{W}-P{int(pair):03d}",
                    "rationales": rl, "writer": W})
        rows.append(row)
out = os.path.join(os.path.dirname(here), f"families_{W}.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} rows to {out}")
