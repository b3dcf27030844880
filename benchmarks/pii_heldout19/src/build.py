"""Convert hand-written marked notes (src/notes_*.txt) into notes.jsonl and people.csv.

Format of a notes file:
  === NOTE_ID | CASE_ID or - | voice
  %P case_id,name,role          (roster rows; any number, anywhere in the note block)
  free text with [[CODE|span]] marks
This script only strips marks, computes offsets and warns about unmarked exact repeats
of marked spans (it does NOT auto-mark them; every occurrence was marked by hand).
"""
import glob, json, os, re, sys

CODES = {"NIT": "NAME_IN_TABLE", "NNT": "NAME_NOT_IN_TABLE", "INI": "INITIALS", "PHO": "PHONE",
         "EMA": "EMAIL", "NHS": "NHS_NUMBER", "NIN": "NI_NUMBER", "PC": "POSTCODE", "DOB": "DOB",
         "REF": "CASE_REF", "VEH": "VEHICLE_REG", "SOC": "SOCIAL_HANDLE", "ADR": "ADDRESS", "SCH": "SCHOOL"}
MARK = re.compile(r"\[\[([A-Z]+)\|(.+?)\]\]", re.S)
STOP = {"road", "street", "close", "avenue", "court", "flat", "school", "primary", "academy", "college",
        "the", "house", "lane", "way", "drive", "nursery", "high", "park", "estate", "grove", "walk", "st.",
        "terrace", "place", "view", "crescent", "gardens", "infant", "junior", "church", "community"}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def parse(path):
    notes, cur = [], None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("=== "):
            nid, cid, voice = [x.strip() for x in line[4:].split("|")]
            cur = {"note_id": nid, "case_id": None if cid == "-" else cid, "voice": voice,
                   "people": [], "lines": []}
            notes.append(cur)
        elif line.startswith("%P "):
            cur["people"].append(line[3:].strip())
        elif cur is not None:
            cur["lines"].append(line)
    return notes


def build(n):
    raw = "\n".join(n["lines"]).strip("\n")
    text, ids, pos = "", [], 0
    for m in MARK.finditer(raw):
        text += raw[pos:m.start()]
        code, span = m.group(1), m.group(2)
        if code not in CODES:
            sys.exit(f"{n['note_id']}: bad code {code}")
        ids.append({"start": len(text), "end": len(text) + len(span), "type": CODES[code], "text": span})
        text += span
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text:
        sys.exit(f"{n['note_id']}: stray brackets")
    # warn about unmarked exact repeats
    for s in {i["text"] for i in ids}:
        for m in re.finditer(r"(?<![\w])" + re.escape(s) + r"(?![\w])", text):
            if not any(i["start"] <= m.start() < i["end"] for i in ids):
                print(f"WARN {n['note_id']}: unmarked repeat {s!r} at {m.start()}")
    # review aid: unmarked single tokens of marked names / schools / addresses
    toks = set()
    for i in ids:
        if i["type"] in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "SCHOOL", "ADDRESS"):
            toks |= {t for t in re.findall(r"[A-Za-z\u00C0-\u017F']{3,}", i["text"])
                     if t.lower() not in STOP}
    for t in toks:
        for m in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text, re.I):
            if not any(i["start"] <= m.start() < i["end"] for i in ids):
                print(f"TOK  {n['note_id']}: {t!r} at {m.start()}: ...{text[max(0,m.start()-20):m.end()+10]!r}")
    return {"note_id": n["note_id"], "case_id": n["case_id"], "voice": n["voice"], "text": text,
            "identifiers": ids}


def main():
    notes = []
    for f in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        notes += parse(f)
    seen, people = set(), []
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as fh:
        for n in notes:
            if n["note_id"] in seen:
                sys.exit("dup id " + n["note_id"])
            seen.add(n["note_id"])
            for p in n["people"]:
                if p not in people:
                    people.append(p)
            fh.write(json.dumps(build(n), ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8") as fh:
        fh.write("case_id,name,role\n")
        for p in people:
            fh.write(p + "\n")
    print(len(notes), "notes;", len(people), "roster rows")


if __name__ == "__main__":
    main()
