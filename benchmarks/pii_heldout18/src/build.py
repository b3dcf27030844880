"""Convert hand-written marked notes (src/notes_*.txt) to notes.jsonl and people.csv.

Format of a notes file:
  ### <note_id> | <case_id or null> | <voice>
  %P case_id,name,role        (roster rows, csv syntax; may appear anywhere)
  body text with [[CODE|span]] marks ...
Only strips marks and computes offsets. Exact, case-sensitive, whole-word unmarked repeats of a marked
span later in the same note are copied (printed for review) unless the note header ends with ' nocopy'.
"""
import csv, glob, io, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]", re.S)

def parse_body(body, nid, copy):
    text, ids, pos = [], [], 0
    out = ""
    for m in MARK.finditer(body):
        out += body[pos:m.start()]
        code, span = m.group(1), m.group(2)
        if code not in TYPES:
            sys.exit(f"{nid}: bad type {code}")
        ids.append({"start": len(out), "end": len(out) + len(span), "type": code, "text": span})
        out += span
        pos = m.end()
    out += body[pos:]
    if "[[" in out or "]]" in out:
        sys.exit(f"{nid}: unbalanced mark")
    if copy:
        covered = [(i["start"], i["end"]) for i in ids]
        extra = []
        for i in list(ids):
            for m in re.finditer(r"(?<!\w)" + re.escape(i["text"]) + r"(?!\w)", out):
                if m.start() < i["end"]:
                    continue
                if any(not (m.end() <= s or m.start() >= e) for s, e in covered):
                    continue
                covered.append((m.start(), m.end()))
                extra.append({"start": m.start(), "end": m.end(), "type": i["type"], "text": i["text"]})
                print(f"  copied {nid}: {i['type']} {i['text']!r} @{m.start()}")
        ids += extra
    ids.sort(key=lambda d: d["start"])
    return out, ids

def main():
    notes, people = [], []
    for fn in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        raw = open(fn, encoding="utf-8").read()
        chunks = re.split(r"^### ", raw, flags=re.M)[1:]
        for ch in chunks:
            head, _, rest = ch.partition("\n")
            parts = [p.strip() for p in head.split("|")]
            nid, cid, voice = parts[0], parts[1], parts[2]
            copy = not (len(parts) > 3 and parts[3] == "nocopy")
            cid = None if cid == "null" else cid
            body_lines = []
            for line in rest.split("\n"):
                if line.startswith("%P "):
                    people.append(next(csv.reader(io.StringIO(line[3:]))))
                else:
                    body_lines.append(line)
            body = "\n".join(body_lines).strip("\n")
            text, ids = parse_body(body, nid, copy)
            notes.append({"note_id": nid, "case_id": cid, "voice": voice, "text": text, "identifiers": ids})
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for n in notes:
            f.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case_id", "name", "role"])
        w.writerows(people)
    print(f"{len(notes)} notes, {len(people)} roster rows")

if __name__ == "__main__":
    main()
