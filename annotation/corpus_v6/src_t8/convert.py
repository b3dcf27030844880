"""Convert t8's hand-written marked-up lines (src_t8/*.txt) to families_t8.jsonl.
Only strips markers, numbers ids/pair ids and records rationale substrings; every sentence and label was written by hand."""
import json, re, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
STY = {"T": "trained", "X": "transition", "R": "routine", "M": "messy", "F": "formal"}
LAB = {"v": "victim_blaming", "p": "perpetrator_pattern", "c": "child_focus", "s": "partnering"}
rows, pairs = [], {}
for fn in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
    for ln in open(fn, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"):
            continue
        head, body = ln.split(" | ", 1)
        st, fam, pk = head.split()
        rats, out, pos = [], "", 0
        for m in re.finditer(r"\{([vpcs]):([^{}]*)\}", body):
            out += body[pos:m.start()]
            rats.append({"label": LAB[m.group(1)], "text": m.group(2)})
            out += m.group(2); pos = m.end()
        out += body[pos:]
        assert "{" not in out and "}" not in out, ln
        labs = {k: 0 for k in LAB.values()}
        for r in rats: labs[r["label"]] = 1
        if pk == "-": pid = None
        else:
            key = os.path.basename(fn) + pk
            if key not in pairs: pairs[key] = "t8-P%03d" % (len(pairs) + 1)
            pid = pairs[key]
        rows.append({"id": "t8-%04d" % (len(rows) + 1), "text": out, **labs, "style": STY[st], "family": fam,
                     "pair_id": pid, "rationales": rats, "writer": "t8"})
with open(os.path.join(HERE, "..", "families_t8.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows", len(pairs), "pair groups")
