"""Convert hand-written marked notes (src/notes_*.txt) to notes.jsonl and people.csv.

Note header:  === <voice> | <case_id or null>
Roster rows:  %P case_id,name,role   (name may contain commas; split on first and last comma)
Marks:        [[CODE|span]]
Only strips marks and computes offsets; warns on unmarked exact repeats of a marked span (reviewed by hand).
"""
import csv, glob, json, os, re, sys
PREFIX = os.environ.get("PREFIX") or sys.exit("set PREFIX, e.g. PREFIX=ho36")

CODES = {"NT": "NAME_IN_TABLE", "NN": "NAME_NOT_IN_TABLE", "IN": "INITIALS", "PH": "PHONE", "EM": "EMAIL",
         "NHS": "NHS_NUMBER", "NI": "NI_NUMBER", "PC": "POSTCODE", "DOB": "DOB", "REF": "CASE_REF",
         "VR": "VEHICLE_REG", "SH": "SOCIAL_HANDLE", "AD": "ADDRESS", "SC": "SCHOOL"}
MARK = re.compile(r"\[\[([A-Z]+)\|(.+?)\]\]")
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.dirname(here)
notes, people, cur = [], [], None
for fn in sorted(glob.glob(os.path.join(here, "notes_*.txt"))):
    for line in open(fn, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("=== "):
            voice, cid = [x.strip() for x in line[4:].split("|")]
            cur = {"voice": voice, "case_id": None if cid == "null" else cid, "lines": []}
            notes.append(cur)
        elif line.startswith("%P "):
            body = line[3:]
            a, rest = body.split(",", 1)
            name, role = rest.rsplit(",", 1)
            people.append((a.strip(), name, role.strip()))
        elif cur is not None:
            cur["lines"].append(line)
rows = []
for i, n in enumerate(notes, 1):
    raw = "\n".join(n["lines"]).strip("\n")
    text, ids, pos = "", [], 0
    for m in MARK.finditer(raw):
        text += raw[pos:m.start()]
        code, span = m.group(1), m.group(2)
        if code not in CODES:
            sys.exit(f"bad code {code} in note {i}")
        ids.append({"start": len(text), "end": len(text) + len(span), "type": CODES[code], "text": span})
        text += span
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text:
        sys.exit(f"unclosed mark in note {i}")
    nid = f"{PREFIX}_{i:03d}"
    for d in ids:
        for m in re.finditer(r"(?<!\w)" + re.escape(d["text"]) + r"(?!\w)", text):
            if not any(e["start"] <= m.start() < e["end"] for e in ids):
                print(f"WARN {nid}: unmarked repeat of {d['text']!r} at {m.start()}")
    rows.append({"note_id": nid, "case_id": n["case_id"], "voice": n["voice"], "text": text, "identifiers": ids})
with open(os.path.join(out, "notes.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(out, "people.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case_id", "name", "role"])
    w.writerows(people)
print(len(rows), "notes,", sum(len(r["identifiers"]) for r in rows), "identifiers,", len(people), "roster rows")
