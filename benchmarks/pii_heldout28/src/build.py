"""Convert the hand-written marked notes (src/notes_*.txt) into notes.jsonl and people.csv.

Source format:
  ### <note_id> | <case_id or -> | <voice>     starts a note
  %P case_id,name,role                          a roster row (goes to people.csv, not into the note)
  [[CODE|span]]                                 an identifier, marked inline
Everything else up to the next ### is the note text (trailing/leading blank lines stripped).
No identifiers are generated or copied: only the writer's own marks are used. Unmarked exact repeats of a
marked span in the same note are printed as warnings for the writer to review (not auto-marked).
"""
import csv, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
ALIAS = {"N": "NAME_IN_TABLE", "O": "NAME_NOT_IN_TABLE", "I": "INITIALS", "T": "PHONE", "E": "EMAIL",
         "H": "NHS_NUMBER", "NI": "NI_NUMBER", "P": "POSTCODE", "D": "DOB", "R": "CASE_REF", "V": "VEHICLE_REG",
         "S": "SOCIAL_HANDLE", "A": "ADDRESS", "SC": "SCHOOL"}  # short codes the writer types in src
MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]", re.S)


def strip(raw, nid):
    out, ids, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(s) for s in out)
        code, span = ALIAS.get(m.group(1), m.group(1)), m.group(2)
        if code not in TYPES:
            sys.exit(f"{nid}: unknown type {code}")
        out.append(span)
        ids.append({"start": start, "end": start + len(span), "type": code, "text": span})
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        sys.exit(f"{nid}: stray mark")
    return text, ids


def main():
    notes, people, seen = [], [], set()
    for fn in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        cur = None
        for line in open(fn, encoding="utf-8").read().split("\n"):
            if line.startswith("### "):
                if cur: notes.append(cur)
                nid, cid, voice = [x.strip() for x in line[4:].split("|")]
                cur = {"note_id": nid, "case_id": None if cid == "-" else cid, "voice": voice, "lines": []}
            elif line.startswith("%P "):
                row = next(csv.reader([line[3:]]))
                people.append(row)
            elif cur is not None:
                cur["lines"].append(line)
        if cur: notes.append(cur)
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for n in notes:
            if n["note_id"] in seen: sys.exit(f"duplicate {n['note_id']}")
            seen.add(n["note_id"])
            raw = "\n".join(n["lines"]).strip("\n")
            text, ids = strip(raw, n["note_id"])
            toks = {w for i in ids if i["type"] in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE") for w in re.findall(r"[^\W\d_]{3,}", i["text"])}
            toks |= {w for r in people if r[0] == n["case_id"] for w in re.findall(r"[^\W\d_]{3,}", r[1])}
            toks -= {"Mrs", "Mr", "Ms", "Dr", "John"}
            for t in sorted({i["text"] for i in ids if len(i["text"]) > 2} | toks):  # review aid only, never auto-marks
                for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text, re.I):
                    if not any(j["start"] <= m.start() < j["end"] for j in ids):
                        print(f"REVIEW {n['note_id']}: unmarked repeat of '{t}' at {m.start()}")
            rec = {"note_id": n["note_id"], "case_id": n["case_id"], "voice": n["voice"], "text": text,
                   "identifiers": ids}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case_id", "name", "role"])
        for r in people: w.writerow(r)
    print(f"{len(notes)} notes, {len(people)} roster rows")


if __name__ == "__main__":
    main()
