"""Build notes.jsonl and people.csv from the hand-written src/notes_*.txt files.

Format of a src file: blocks starting with a header line
    ### <case_id or null> | <voice>
followed by optional roster lines `%P case_id,name,role` (raw CSV row) and then the note text, in which every
identifier is marked inline as [[CODE|span]]. This script only strips the marks and computes offsets; it does not
copy marks onto unmarked repeats (it prints unmarked exact repeats of marked spans for the writer to review).
"""
import csv, glob, io, json, os, re, sys

CODES = {"N": "NAME_IN_TABLE", "NN": "NAME_NOT_IN_TABLE", "I": "INITIALS", "PH": "PHONE", "EM": "EMAIL",
         "NHS": "NHS_NUMBER", "NI": "NI_NUMBER", "PC": "POSTCODE", "DOB": "DOB", "REF": "CASE_REF",
         "VR": "VEHICLE_REG", "SH": "SOCIAL_HANDLE", "AD": "ADDRESS", "SC": "SCHOOL"}
MARK = re.compile(r"\[\[([A-Z]+)\|([^\]]+?)\]\]")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def parse_note(raw):
    text, ids, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(raw):
        chunk = raw[pos:m.start()]
        text.append(chunk); out_len += len(chunk)
        code, span = m.group(1), m.group(2)
        if code not in CODES:
            sys.exit(f"unknown code {code!r} in: {raw[:80]!r}")
        ids.append({"start": out_len, "end": out_len + len(span), "type": CODES[code], "text": span})
        text.append(span); out_len += len(span)
        pos = m.end()
    text.append(raw[pos:])
    t = "".join(text)
    if "[[" in t or "]]" in t:
        sys.exit(f"unclosed mark in: {t[:120]!r}")
    return t, ids


def main():
    notes, people = [], []
    n = 0
    for path in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        blocks = re.split(r"^### ", open(path, encoding="utf-8").read(), flags=re.M)[1:]
        for b in blocks:
            head, _, body = b.partition("\n")
            case_id, voice = [x.strip() for x in head.split("|")]
            lines = []
            for ln in body.split("\n"):
                if ln.startswith("%P "):
                    people.append(next(csv.reader(io.StringIO(ln[3:]))))
                else:
                    lines.append(ln)
            raw = "\n".join(lines).strip("\n")
            text, ids = parse_note(raw)
            n += 1
            nid = f"ho14_{n:03d}"
            toks = {w for i in ids if i["type"] in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE")
                    for w in re.findall(r"[A-Za-z][A-Za-z'-]+", i["text"]) if len(w) > 2 and w not in ("Mrs", "Mr", "Dr")}
            for s in {i["text"] for i in ids} | toks:
                if len(s) > 2:
                    marked = {i["start"] for i in ids if i["text"] == s}
                    for m in re.finditer(r"\b" + re.escape(s) + r"\b", text):
                        if m.start() not in marked and not any(i["start"] <= m.start() < i["end"] for i in ids):
                            print(f"REVIEW {nid}: unmarked repeat {s!r} at {m.start()}")
            notes.append({"note_id": nid, "case_id": None if case_id == "null" else case_id, "voice": voice,
                          "text": text, "identifiers": ids})
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for r in notes:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case_id", "name", "role"])
        for p in people:
            w.writerow(p)
    print(f"{len(notes)} notes, {sum(len(r['identifiers']) for r in notes)} identifiers, {len(people)} roster rows")


if __name__ == "__main__":
    main()
