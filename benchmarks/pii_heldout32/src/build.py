"""Convert hand-written marked notes (src/notes_*.txt) into notes.jsonl and people.csv.

Format: a note starts with a line `=== NOTE_ID | CASE_ID-or-null | voice`; `%P case_id,name,role` lines add
roster rows to people.csv; every other line is note text. Identifiers are marked inline `[[CODE|span]]`.
No propagation of marks: every occurrence is marked by hand.
"""
import glob, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]")

notes, people = [], []
for fn in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
    cur = None
    for line in open(fn, encoding="utf-8").read().split("\n"):
        if line.startswith("=== "):
            nid, cid, voice = [x.strip() for x in line[4:].split("|")]
            cur = {"note_id": nid, "case_id": None if cid == "null" else cid, "voice": voice, "lines": []}
            notes.append(cur)
        elif line.startswith("%P "):
            people.append(line[3:])
        elif cur is not None:
            cur["lines"].append(line)

out = []
for n in notes:
    raw = "\n".join(n["lines"]).strip("\n")
    text, ids, pos = "", [], 0
    for m in MARK.finditer(raw):
        text += raw[pos:m.start()]
        s = len(text)
        text += m.group(2)
        ids.append({"start": s, "end": len(text), "type": m.group(1), "text": m.group(2)})
        pos = m.end()
    text += raw[pos:]
    assert "[[" not in text and "]]" not in text, n["note_id"]
    out.append({"note_id": n["note_id"], "case_id": n["case_id"], "voice": n["voice"], "text": text,
                "identifiers": ids})

with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8") as f:
    f.write("case_id,name,role\n")
    for p in people:
        f.write(p + "\n")
print(len(out), "notes,", sum(len(o["identifiers"]) for o in out), "identifiers,", len(people), "roster rows")
