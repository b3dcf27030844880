"""Helper: turns the hand-written source (src/notes_*.txt, inline [[CODE|span]] marks) into notes.jsonl and people.csv.
Only computes offsets; every word of text was written by hand."""
import json, re, glob, csv, io
CODES = {"X": "X", "NI": "NAME_IN_TABLE", "NN": "NAME_NOT_IN_TABLE", "IN": "INITIALS", "PH": "PHONE", "NHS": "NHS_NUMBER",
         "NINO": "NI_NUMBER", "PC": "POSTCODE", "DOB": "DOB", "EM": "EMAIL", "CR": "CASE_REF", "VR": "VEHICLE_REG",
         "SH": "SOCIAL_HANDLE", "SC": "SCHOOL", "AD": "ADDRESS"}
MARK = re.compile(r"\[\[([A-Z]+)\|(.*?)\]\]", re.S)
notes, people, added = [], [], []
for fn in sorted(glob.glob("src/notes_*.txt")):
    raw = open(fn, encoding="utf-8").read()
    for block in raw.split("@@ ")[1:]:
        head, _, body = block.partition("\n")
        nid, case, voice = [x.strip() for x in head.split("|")]
        case = None if case == "-" else case
        lines = []
        for ln in body.split("\n"):
            if ln.startswith("%P "):
                row = next(csv.reader(io.StringIO(ln[3:]))); assert row[0] == case and len(row) == 3, (nid, row); people.append(row)
            else:
                lines.append(ln)
        src = "\n".join(lines).strip("\n")
        out, ids, pos, blocked = [], [], 0, []
        for m in MARK.finditer(src):
            out.append(src[pos:m.start()])
            start = sum(len(x) for x in out)
            out.append(m.group(2))
            (blocked if m.group(1) == "X" else ids).append({"start": start, "end": start + len(m.group(2)), "type": CODES[m.group(1)], "text": m.group(2)})
            pos = m.end()
        out.append(src[pos:])
        text = "".join(out)
        # propagate: later unmarked repeats of a marked name string get the same type ([[X|..]] = deliberately not marked)
        names = {i["text"]: i["type"] for i in ids if i["type"] in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS")}
        for nm, ty in names.items():
            for m in re.finditer(r"(?<![\w'-])" + re.escape(nm) + r"(?![\w-])", text):
                if any(not (m.end() <= i["start"] or m.start() >= i["end"]) for i in ids + blocked):
                    continue
                ids.append({"start": m.start(), "end": m.end(), "type": ty, "text": nm}); added.append((nid, nm))
        ids = [i for i in ids if i["type"] != "X"]
        ids.sort(key=lambda i: i["start"])
        assert "[[" not in text and "]]" not in text, nid
        notes.append({"note_id": nid, "case_id": case, "voice": voice, "text": text, "identifiers": ids})
with open("notes.jsonl", "w", encoding="utf-8") as f:
    for n in notes:
        f.write(json.dumps(n, ensure_ascii=False) + "\n")
with open("people.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(["case_id", "name", "role"]); w.writerows(people)
import sys
if "-v" in sys.argv: print(*added, sep="\n")
print(len(notes), "notes", len(people), "people")
