"""Build notes.jsonl and people.csv from hand-written src/notes_*.txt.
Format: a note starts with a line '=== note_id | case_id-or-null | voice'.
'%P case_id,name,role' lines (csv) are roster rows, not note text.
Identifiers are marked inline as [[CODE|span]]."""
import csv, glob, io, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CODES = {"N": "NAME_IN_TABLE", "O": "NAME_NOT_IN_TABLE", "I": "INITIALS", "PH": "PHONE", "EM": "EMAIL",
         "NHS": "NHS_NUMBER", "NI": "NI_NUMBER", "PC": "POSTCODE", "DOB": "DOB", "REF": "CASE_REF",
         "VR": "VEHICLE_REG", "SH": "SOCIAL_HANDLE", "AD": "ADDRESS", "SC": "SCHOOL"}
MARK = re.compile(r"\[\[([A-Z]+)\|(.+?)\]\]")
notes, people = [], []
cur = None
for fn in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
    for line in open(fn, encoding="utf-8").read().split("\n"):
        if line.startswith("=== "):
            nid, cid, voice = [x.strip() for x in line[4:].split("|")]
            cur = {"note_id": nid, "case_id": None if cid == "null" else cid, "voice": voice, "raw": []}
            notes.append(cur)
        elif line.startswith("%P "):
            people.append(next(csv.reader(io.StringIO(line[3:]))))
        elif cur is not None:
            cur["raw"].append(line)
out = []
for n in notes:
    raw = "\n".join(n.pop("raw")).strip("\n")
    text, ids, pos = "", [], 0
    for m in MARK.finditer(raw):
        text += raw[pos:m.start()]
        code, span = m.group(1), m.group(2)
        if code not in CODES:
            sys.exit(f"bad code {code} in {n['note_id']}")
        ids.append({"start": len(text), "end": len(text) + len(span), "type": CODES[code], "text": span})
        text += span
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text:
        sys.exit(f"unclosed mark in {n['note_id']}")
    # report (do not auto-add) unmarked exact repeats of marked spans, for review
    covered = set()
    for i in ids:
        covered.update(range(i["start"], i["end"]))
    for s in {i["text"] for i in ids if len(i["text"]) > 2}:
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            if m.start() not in covered:
                print(f"REVIEW {n['note_id']}: unmarked repeat {s!r} at {m.start()}")
    n["text"] = text
    n["identifiers"] = sorted(ids, key=lambda x: x["start"])
    out.append(n)
ids_seen = [n["note_id"] for n in out]
assert len(ids_seen) == len(set(ids_seen)), "duplicate note ids"
with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
    for n in out:
        f.write(json.dumps({k: n[k] for k in ("note_id", "case_id", "voice", "text", "identifiers")}, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case_id", "name", "role"])
    w.writerows(people)
print(len(out), "notes,", sum(len(n["identifiers"]) for n in out), "identifiers,", len(people), "roster rows")
