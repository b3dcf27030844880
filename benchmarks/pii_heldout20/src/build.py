"""Build notes.jsonl and people.csv from the hand-written src/notes_*.txt files.

Source format (written by hand):
  === NOTE_ID | CASE_ID-or-null | voice
  free text with identifiers marked inline as [[CODE|span]]
  %P case_id,name,role      (roster rows; removed from the note text, written to people.csv)
Short codes map to the full identifier types below.  After stripping the marks,
exact unmarked repeats (word-bounded, case-sensitive, >=4 chars) of a span marked
in the same note are given the same type; each copy is printed for review.
"""
import glob, json, os, re, sys

CODES = {"NT": "NAME_IN_TABLE", "NN": "NAME_NOT_IN_TABLE", "IN": "INITIALS", "PH": "PHONE",
         "EM": "EMAIL", "NHS": "NHS_NUMBER", "NI": "NI_NUMBER", "PC": "POSTCODE", "DOB": "DOB",
         "REF": "CASE_REF", "VR": "VEHICLE_REG", "SH": "SOCIAL_HANDLE", "AD": "ADDRESS", "SC": "SCHOOL"}
MARK = re.compile(r"\[\[([A-Z]+)\|(.+?)\]\]", re.S)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def strip(body):
    text, ids, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(body):
        text.append(body[pos:m.start()]); cur += m.start() - pos
        code, span = m.group(1), m.group(2)
        if code not in CODES:
            sys.exit("unknown code %r in %r" % (code, body[:60]))
        ids.append({"start": cur, "end": cur + len(span), "type": CODES[code], "text": span})
        text.append(span); cur += len(span); pos = m.end()
    text.append(body[pos:])
    t = "".join(text)
    if "[[" in t or "]]" in t:
        sys.exit("unclosed mark in: " + t[:80])
    return t, ids


def propagate(nid, text, ids):
    taken = [(i["start"], i["end"]) for i in ids]
    extra = []
    for s in {(i["text"], i["type"]) for i in ids}:
        if len(s[0]) < 4:
            continue
        for m in re.finditer(r"(?<![\w])" + re.escape(s[0]) + r"(?![\w])", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            extra.append({"start": m.start(), "end": m.end(), "type": s[1], "text": s[0]})
            taken.append((m.start(), m.end()))
            print("  propagated in %s: %s %r" % (nid, s[1], s[0]))
    return sorted(ids + extra, key=lambda d: d["start"])


def main():
    notes, people = [], []
    for fn in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        raw = open(fn, encoding="utf-8").read()
        for block in re.split(r"^=== ", raw, flags=re.M)[1:]:
            head, _, body = block.partition("\n")
            nid, case, voice = [x.strip() for x in head.split("|")]
            lines = []
            for ln in body.split("\n"):
                if ln.startswith("%P "):
                    people.append(ln[3:])
                else:
                    lines.append(ln)
            body = "\n".join(lines).strip("\n")
            text, ids = strip(body)
            ids = propagate(nid, text, ids)
            notes.append({"note_id": nid, "case_id": None if case == "null" else case,
                          "voice": voice, "text": text, "identifiers": ids})
    notes.sort(key=lambda n: n["note_id"])
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for n in notes:
            f.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8") as f:
        f.write("case_id,name,role\n")
        for p in people:
            f.write(p + "\n")
    print("built %d notes, %d roster rows" % (len(notes), len(people)))


if __name__ == "__main__":
    main()
