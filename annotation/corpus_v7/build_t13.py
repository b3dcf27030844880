"""Convert t13's hand-written source lines (src_t13/*.txt) to JSONL. Only parses/numbers; no text generation.
Line format: PAIR STYLE FAMILY VPCN | text | code:rationale ## code:rationale
"""
import json, glob, sys
ST = {"tr": "trained", "tn": "transition", "ro": "routine", "me": "messy", "fo": "formal"}
LB = {"v": "victim_blaming", "p": "perpetrator_pattern", "c": "child_focus", "n": "partnering"}
ORDER = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
rows, pairmap = [], {}
for f in sorted(glob.glob("src_t13/*.txt")):
    for ln, line in enumerate(open(f, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        head, text, rat = (line + " ").split(" | ")
        pair, st, fam, bits = head.split()
        key = f + pair
        pid = None
        if pair != "-":
            if key not in pairmap:
                pairmap[key] = "t13-P%03d" % (len(pairmap) + 1)
            pid = pairmap[key]
        r = {"id": "t13-%04d" % (len(rows) + 1), "text": text.strip()}
        for k, b in zip(ORDER, bits):
            r[k] = int(b)
        r["style"] = ST[st]; r["family"] = fam; r["pair_id"] = pid
        r["rationales"] = []
        for part in [x for x in rat.split(" ## ") if x.strip()]:
            c, t = part.strip().split(":", 1)
            r["rationales"].append({"label": LB[c], "text": t})
        r["writer"] = "t13"
        rows.append(r)
with open("families_t13.jsonl", "w", encoding="utf-8") as o:
    for r in rows:
        o.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
