"""Convert the hand-written marked notes (src/notes_*.txt) into notes.jsonl and people.csv.

Format of a notes file:
  === <note_id> | <case_id or -> | <voice>
  %P case_id,name,role      (roster rows, written out to people.csv verbatim)
  note text lines with [[CODE|span]] marks
A note ends at the next '===' line or end of file. Trailing blank lines are trimmed.
No propagation of marks: every occurrence is marked by hand; the script only WARNS when a marked
span also occurs unmarked in the same note so the writer can review it.
"""
import csv, glob, json, os, re, sys

CODES = {
    "N": "NAME_IN_TABLE", "NN": "NAME_NOT_IN_TABLE", "I": "INITIALS", "PH": "PHONE", "EM": "EMAIL",
    "NHS": "NHS_NUMBER", "NI": "NI_NUMBER", "PC": "POSTCODE", "DOB": "DOB", "REF": "CASE_REF",
    "VR": "VEHICLE_REG", "SH": "SOCIAL_HANDLE", "AD": "ADDRESS", "SC": "SCHOOL",
}
MARK = re.compile(r"\[\[([A-Z]+)\|(.+?)\]\]")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def parse_note(raw):
    text, ids, pos = [], [], 0
    for m in MARK.finditer(raw):
        text.append(raw[pos:m.start()])
        start = sum(len(t) for t in text)
        code, span = m.group(1), m.group(2)
        if code not in CODES:
            sys.exit(f"unknown code {code} in {raw[:60]!r}")
        text.append(span)
        ids.append({"start": start, "end": start + len(span), "type": CODES[code], "text": span})
        pos = m.end()
    text.append(raw[pos:])
    out = "".join(text)
    if "[[" in out or "]]" in out:
        sys.exit(f"unparsed mark in {out[:80]!r}")
    return out, ids


def main():
    notes, people, seen = [], [], set()
    for path in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        cur = None
        for line in open(path, encoding="utf-8").read().split("\n"):
            if line.startswith("=== "):
                if cur:
                    notes.append(cur)
                nid, cid, voice = [p.strip() for p in line[4:].split("|")]
                cur = {"note_id": nid, "case_id": None if cid == "-" else cid, "voice": voice, "lines": []}
            elif line.startswith("%P "):
                people.append(next(csv.reader([line[3:]])))
            elif cur is not None:
                cur["lines"].append(line)
        if cur:
            notes.append(cur)
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for n in notes:
            if n["note_id"] in seen:
                sys.exit(f"duplicate id {n['note_id']}")
            seen.add(n["note_id"])
            raw = "\n".join(n["lines"]).strip("\n")
            text, ids = parse_note(raw)
            for t in {i["text"] for i in ids if len(i["text"]) > 2}:
                for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                    if not any(j["start"] <= m.start() and m.end() <= j["end"] for j in ids):
                        print(f"WARN {n['note_id']}: {t!r} unmarked at {m.start()}: "
                              f"{text[max(0, m.start() - 30):m.end() + 30]!r}")
            rec = {"note_id": n["note_id"], "case_id": n["case_id"], "voice": n["voice"],
                   "text": text, "identifiers": ids}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case_id", "name", "role"])
        w.writerows(people)
    print(f"{len(notes)} notes, {len(people)} roster rows")


if __name__ == "__main__":
    main()
