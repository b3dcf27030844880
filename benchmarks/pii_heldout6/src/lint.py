import json
import re

for l in open("../notes.jsonl"):
    n = json.loads(l)
    t = n["text"]
    cov = set()
    for i in n["identifiers"]:
        cov.update(range(i["start"], i["end"]))
    toks = set()
    for i in n["identifiers"]:
        if i["type"] in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE"):
            for w in re.findall(r"[^\W\d_][\w'-]+", i["text"]):
                if len(w) >= 3 and w.lower() not in ("van", "der", "bin", "da", "de", "dos"):
                    toks.add(w)
    for w in toks:
        for m in re.finditer(r"(?<![\w])" + re.escape(w) + r"(?![\w])", t, re.I):
            if m.start() not in cov:
                print(n["note_id"], repr(w), t[max(0, m.start() - 30) : m.end() + 10].replace("\n", " "))
