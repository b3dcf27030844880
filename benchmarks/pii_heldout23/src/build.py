"""Convert hand-written marked notes (src/notes_*.txt) to notes.jsonl and people.csv.
Format: '### NOTE_ID | CASE_ID-or-null | voice' starts a note; '%P case_id,name,role' adds a roster row;
inline marks [[CODE|span]]. No text is generated here; it only strips marks and computes offsets."""
import csv, glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CODES = {"NIT": "NAME_IN_TABLE", "NNT": "NAME_NOT_IN_TABLE", "INI": "INITIALS", "PH": "PHONE", "EM": "EMAIL",
         "NHS": "NHS_NUMBER", "NI": "NI_NUMBER", "PC": "POSTCODE", "DOB": "DOB", "REF": "CASE_REF",
         "VEH": "VEHICLE_REG", "SOC": "SOCIAL_HANDLE", "ADDR": "ADDRESS", "SCH": "SCHOOL"}
MARK = re.compile(r"\[\[([A-Z]+)\|(.+?)\]\]", re.S)
notes, people = [], []
for fn in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
    cur = None
    for line in open(fn, encoding="utf-8").read().split("\n"):
        if line.startswith("### "):
            nid, cid, voice = [x.strip() for x in line[4:].split("|")]
            cur = {"note_id": nid, "case_id": None if cid == "null" else cid, "voice": voice, "raw": []}
            notes.append(cur)
        elif line.startswith("%P "):
            people.append(next(csv.reader([line[3:]])))
        elif cur is not None:
            cur["raw"].append(line)
out, warn = [], 0
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
    # Allowed by the brief: copy a marked name's type onto later unmarked exact repeats of a single name token
    # (e.g. a first name marked once in full, later used alone). Each copy is printed as AUTO for review.
    tokmap = {}
    for i in ids:
        if i["type"] in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE"):
            for w in re.findall(r"[^\W\d_][^\W\d_'\-]{2,}", i["text"]):
                tokmap.setdefault(w, i["type"])
    extra = []
    for w, typ in tokmap.items():
        for m in re.finditer(r"(?<![\w\-])" + re.escape(w) + r"(?![\w\-])", text):
            if not any(j["start"] < m.end() and m.start() < j["end"] for j in ids + extra):
                extra.append({"start": m.start(), "end": m.end(), "type": typ, "text": w})
                print(f"AUTO {n['note_id']}: {typ} {w!r} ...{text[max(0,m.start()-30):m.end()+15]!r}"); warn += 1
    ids = sorted(ids + extra, key=lambda x: x["start"])
    n["text"] = text
    n["identifiers"] = ids
    out.append(n)
ids_seen = [n["note_id"] for n in out]
assert len(ids_seen) == len(set(ids_seen)), "duplicate note ids"
with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
    for n in out:
        f.write(json.dumps(n, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case_id", "name", "role"])
    w.writerows(people)
print(f"{len(out)} notes, {sum(len(n['identifiers']) for n in out)} identifiers, {len(people)} roster rows, {warn} review warnings")
