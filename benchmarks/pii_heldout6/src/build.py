"""Helper: turn hand-written marked-up notes (src/notes_*.txt) into notes.jsonl with exact offsets.
Markup: [[code:text]]; header lines: === S001 | D-0734 | voice"""

import json
import re
import glob
import os

H = os.path.dirname(os.path.abspath(__file__))
CODES = {
    "t": "NAME_IN_TABLE",
    "n": "NAME_NOT_IN_TABLE",
    "i": "INITIALS",
    "p": "PHONE",
    "h": "NHS_NUMBER",
    "ni": "NI_NUMBER",
    "pc": "POSTCODE",
    "d": "DOB",
    "e": "EMAIL",
    "c": "CASE_REF",
    "v": "VEHICLE_REG",
    "s": "SOCIAL_HANDLE",
    "sc": "SCHOOL",
    "a": "ADDRESS",
}
M = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)
notes = []
for f in sorted(glob.glob(os.path.join(H, "notes_*.txt"))):
    cur = None
    for line in open(f, encoding="utf-8").read().split("\n"):
        if line.startswith("=== "):
            nid, case, voice = [x.strip() for x in line[4:].split("|")]
            cur = {"note_id": nid, "case_id": None if case == "-" else case, "voice": voice, "raw": []}
            notes.append(cur)
        elif cur is not None:
            cur["raw"].append(line)
out = []
for n in notes:
    raw = "\n".join(n.pop("raw")).strip("\n")
    text, ids, pos = "", [], 0
    for m in M.finditer(raw):
        text += raw[pos : m.start()]
        s = len(text)
        text += m.group(2)
        ids.append({"start": s, "end": len(text), "type": CODES[m.group(1)], "text": m.group(2)})
        pos = m.end()
    text += raw[pos:]
    assert "[[" not in text and "]]" not in text, n["note_id"]
    n["text"] = text
    n["identifiers"] = ids
    out.append(n)
with open(os.path.join(H, "..", "notes.jsonl"), "w", encoding="utf-8") as fh:
    for n in out:
        fh.write(json.dumps(n, ensure_ascii=False) + "\n")
print(len(out), "notes")
