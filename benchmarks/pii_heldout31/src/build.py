"""Convert hand-written marked notes (src/notes_*.txt) to notes.jsonl and people.csv.
Note header: '=== note_id | case_id or - | voice'. Roster: '%P case_id,name,role'.
Marks: [[CODE|span]]. Marked name spans are copied onto later exact unmarked whole-word repeats in the same
note (printed for review)."""
import glob, json, re, csv, os
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
CODES = {"NT": "NAME_IN_TABLE", "NN": "NAME_NOT_IN_TABLE", "IN": "INITIALS", "PH": "PHONE", "EM": "EMAIL",
         "NHS": "NHS_NUMBER", "NI": "NI_NUMBER", "PC": "POSTCODE", "DOB": "DOB", "REF": "CASE_REF",
         "VR": "VEHICLE_REG", "SH": "SOCIAL_HANDLE", "AD": "ADDRESS", "SC": "SCHOOL"}
MARK = re.compile(r"\[\[([A-Z]+)\|(.+?)\]\]", re.S)
notes, people = [], []
def finish(cur):
    if not cur: return
    raw = "\n".join(cur["lines"]).strip("\n")
    text, ids, pos = "", [], 0
    for m in MARK.finditer(raw):
        text += raw[pos:m.start()]
        s = len(text); text += m.group(2)
        ids.append({"start": s, "end": len(text), "type": CODES[m.group(1)], "text": m.group(2)})
        pos = m.end()
    text += raw[pos:]
    assert "[[" not in text and "]]" not in text, cur["id"]
    for d in list(ids):
        if d["type"] not in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE"): continue
        for m in re.finditer(r"(?<![\w])" + re.escape(d["text"]) + r"(?![\w])", text):
            if m.start() < d["end"]: continue
            if any(not (m.end() <= x["start"] or m.start() >= x["end"]) for x in ids): continue
            ids.append({"start": m.start(), "end": m.end(), "type": d["type"], "text": d["text"]})
            print("propagated", cur["id"], d["type"], repr(d["text"]))
    ids.sort(key=lambda x: x["start"])
    notes.append({"note_id": cur["id"], "case_id": cur["case"], "voice": cur["voice"], "text": text, "identifiers": ids})
for fn in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
    cur = None
    for line in open(fn, encoding="utf-8").read().split("\n"):
        if line.startswith("=== "):
            finish(cur)
            nid, case, voice = [p.strip() for p in line[4:].split("|")]
            cur = {"id": nid, "case": None if case == "-" else case, "voice": voice, "lines": []}
        elif line.startswith("%P "):
            people.append(next(csv.reader([line[3:]])))
        elif cur is not None:
            cur["lines"].append(line)
    finish(cur)
with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
    for n in notes: f.write(json.dumps(n, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f); w.writerow(["case_id", "name", "role"]); w.writerows(people)
print(len(notes), "notes", sum(len(n["identifiers"]) for n in notes), "identifiers", len(people), "people")
