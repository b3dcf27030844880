"""Convert hand-written marked notes (src/notes_*.txt) into notes.jsonl and people.csv.

Format: a note starts with a header line `=== note_id | case_id-or-null | voice`.
Roster rows: `%P case_id,name,role` (collected into people.csv, not part of any note).
Identifiers are marked inline as [[CODE|span]]. Marks are stripped and offsets computed.
Unmarked exact repeats of a marked span in the same note are only REPORTED for review (not auto-marked).
"""
import csv, glob, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]", re.S)

def parse(body):
    text, ids, pos = [], [], 0
    out = ""
    for m in MARK.finditer(body):
        out += body[pos:m.start()]
        s = len(out); out += m.group(2)
        ids.append({"start": s, "end": len(out), "type": m.group(1), "text": m.group(2)})
        pos = m.end()
    out += body[pos:]
    return out, ids

notes, people = [], []
for fn in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
    cur = None
    for line in open(fn, encoding="utf-8").read().split("\n"):
        if line.startswith("=== "):
            if cur: notes.append(cur)
            nid, cid, voice = [x.strip() for x in line[4:].split("|")]
            cur = {"note_id": nid, "case_id": None if cid == "null" else cid, "voice": voice, "lines": []}
        elif line.startswith("%P "):
            people.append(next(csv.reader([line[3:]])))
        elif cur is not None:
            cur["lines"].append(line)
    if cur: notes.append(cur)

rows = []
for n in notes:
    body = "\n".join(n.pop("lines")).strip("\n")
    text, ids = parse(body)
    for t in {i["text"] for i in ids}:
        marked = {(i["start"]) for i in ids if i["text"] == t}
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            if m.start() not in marked and not any(i["start"] <= m.start() < i["end"] for i in ids):
                print("REVIEW unmarked repeat", n["note_id"], repr(t))
    rows.append({"note_id": n["note_id"], "case_id": n["case_id"], "voice": n["voice"], "text": text, "identifiers": ids})

with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f); w.writerow(["case_id", "name", "role"]); w.writerows(people)
print(len(rows), "notes;", sum(len(r["identifiers"]) for r in rows), "identifiers;", len(people), "roster rows")
