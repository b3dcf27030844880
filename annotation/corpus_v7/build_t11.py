"""Convert t11's hand-written lines (src_t11/*.txt) to JSONL. Only parses; all sentences and labels are hand-written."""
import json, glob, os
here = os.path.dirname(os.path.abspath(__file__))
STY = {"t": "trained", "x": "transition", "r": "routine", "m": "messy", "f": "formal"}
LAB = {"v": "victim_blaming", "p": "perpetrator_pattern", "c": "child_focus", "n": "partnering"}
rows = []
for fn in sorted(glob.glob(os.path.join(here, "src_t11", "*.txt"))):
    pref = os.path.basename(fn)[0]
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        assert len(parts) == 5, (fn, ln, line)
        st, fam, pair, text, rats = parts
        labels = {k: 0 for k in LAB.values()}
        rl = []
        for r in [x for x in rats.split(";") if x.strip()]:
            k, ph = r.split("=", 1)
            assert ph and ph in text, (fn, ln, ph)
            labels[LAB[k]] = 1
            rl.append({"label": LAB[k], "text": ph})
        rows.append(dict(text=text, labels=labels, style=STY[st], family=fam,
                         pair=None if pair == "-" else pref + pair, rl=rl))
pairmap = {}
out = []
for i, r in enumerate(rows, 1):
    pid = None
    if r["pair"]:
        if r["pair"] not in pairmap:
            pairmap[r["pair"]] = "t11-P%03d" % (len(pairmap) + 1)
        pid = pairmap[r["pair"]]
    d = {"id": "t11-%04d" % i, "text": r["text"]}
    d.update(r["labels"])
    d.update({"style": r["style"], "family": r["family"], "pair_id": pid,
              "rationales": r["rl"], "writer": "t11"})
    out.append(d)
with open(os.path.join(here, "families_t11.jsonl"), "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), "rows")
