"""Convert hand-written t10 lines (pair|style|family|VPCN|text|R:phrase...) to JSONL. Pair '-' = no pair."""
import json, glob, os
ST = {"t": "trained", "x": "transition", "r": "routine", "m": "messy", "f": "formal"}
LAB = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
KEY = {"V": "victim_blaming", "P": "perpetrator_pattern", "C": "child_focus", "N": "partnering"}
here = os.path.dirname(os.path.abspath(__file__))
rows, n = [], 0
for fn in sorted(glob.glob(os.path.join(here, "[a-z].txt"))):
    for line in open(fn, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        parts = line.split("|")
        pair, st, fam, bits, text = parts[:5]
        n += 1
        row = {"id": f"t10-{n:04d}", "text": text}
        for k, b in zip(LAB, bits):
            row[k] = int(b)
        row["style"] = ST[st]
        row["family"] = fam
        row["pair_id"] = None if pair == "-" else f"t10-P{int(pair):03d}"
        row["rationales"] = [{"label": KEY[p[0]], "text": p[2:]} for p in parts[5:] if p.strip()]
        row["writer"] = "t10"
        rows.append(row)
with open(os.path.join(here, "..", "families_t10.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
