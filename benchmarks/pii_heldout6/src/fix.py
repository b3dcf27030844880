# wrap unmarked repeats of already-marked name tokens (same note, same type) in the source files
import json
import re
import glob

R = {"NAME_IN_TABLE": "t", "NAME_NOT_IN_TABLE": "n"}
need = {}
for l in open("../notes.jsonl"):
    n = json.loads(l)
    t = n["text"]
    cov = set()
    for i in n["identifiers"]:
        cov.update(range(i["start"], i["end"]))
    for i in n["identifiers"]:
        if i["type"] in R:
            for w in re.findall(r"[^\W\d_][\w'-]+", i["text"]):
                if len(w) >= 3 and w.lower() not in ("van", "der", "bin", "da", "de", "dos"):
                    for m in re.finditer(r"(?<![\w])" + re.escape(w) + r"(?![\w])", t, re.I):
                        if m.start() not in cov:
                            need.setdefault(n["note_id"], {})[m.group(0)] = R[i["type"]]
for f in glob.glob("notes_*.txt"):
    blocks = re.split(r"(?m)^(?==== )", open(f).read())
    out = []
    for b in blocks:
        nid = b[4:8] if b.startswith("=== ") else None
        if nid in need:
            head, body = b.split("\n", 1)
            parts = re.split(r"(\[\[.*?\]\])", body, flags=re.S)
            for k in range(0, len(parts), 2):
                for w, c in need[nid].items():
                    parts[k] = re.sub(r"(?<![\w\[:])" + re.escape(w) + r"(?![\w])", "[[" + c + ":" + w + "]]", parts[k])
            b = head + "\n" + "".join(parts)
        out.append(b)
    open(f, "w").write("".join(out))
print(need)
