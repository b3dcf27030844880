"""Convert hand-written lines (src_t12/*.txt) to families_t12.jsonl. No generation: one input line = one row.
Line format: pair|style|family|VPCN|text|X:rationale|...   (pair '-' = none; X in V,P,C,N)"""
import json, glob, os, sys
ST = {"tr": "trained", "tn": "transition", "ro": "routine", "me": "messy", "fo": "formal"}
LAB = {"V": "victim_blaming", "P": "perpetrator_pattern", "C": "child_focus", "N": "partnering"}
here = os.path.dirname(os.path.abspath(__file__))
rows, errs = [], []
for fn in sorted(glob.glob(os.path.join(here, "*.txt"))):
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        f = line.split("|")
        pair, st, fam, bits, text = f[:5]
        rats = [x for x in f[5:] if x]
        labs = dict(zip(["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"], [int(b) for b in bits]))
        r = []
        for x in rats:
            k, t = x.split(":", 1)
            if t not in text:
                errs.append(f"{fn}:{ln} rationale not substring: {t!r}")
            r.append({"label": LAB[k], "text": t})
        for lab, v in labs.items():
            has = any(q["label"] == lab for q in r)
            if v and not has or has and not v:
                errs.append(f"{fn}:{ln} label/rationale mismatch {lab}")
        rows.append(dict(text=text, labs=labs, style=ST[st], family=fam,
                         pair=None if pair == "-" else "t12-" + pair, r=r))
if errs:
    print("\n".join(errs)); sys.exit(1)
out = os.path.join(here, "..", "families_t12.jsonl")
with open(out, "w", encoding="utf-8") as fo:
    for i, x in enumerate(rows, 1):
        d = {"id": f"t12-{i:04d}", "text": x["text"], **x["labs"], "style": x["style"], "family": x["family"],
             "pair_id": x["pair"], "rationales": x["r"], "writer": "t12"}
        fo.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(rows), "rows written")
