"""Convert the hand-written marked notes (src/notes_*.txt) to notes.jsonl and people.csv.

Note header line:  ### <voice> | <case_id or ->
Roster rows:       %P case_id,name,role   (raw CSV line, copied verbatim to people.csv)
Marks:             [[CODE|span]]
After a note's marks are read, later exact unmarked repeats of a marked NAME/INITIALS span in the same note
(whole word), and of their capitalised single words, are given the same type; each such copy is printed for review.
"""
import csv, glob, io, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CODES = {"N": "NAME_IN_TABLE", "O": "NAME_NOT_IN_TABLE", "I": "INITIALS", "PH": "PHONE", "EM": "EMAIL",
         "NHS": "NHS_NUMBER", "NI": "NI_NUMBER", "PC": "POSTCODE", "DOB": "DOB", "REF": "CASE_REF",
         "VR": "VEHICLE_REG", "SH": "SOCIAL_HANDLE", "AD": "ADDRESS", "SC": "SCHOOL"}
MARK = re.compile(r"\[\[([A-Z]+)\|(.+?)\]\]", re.S)
PROPAGATE = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS"}


def parse_note(raw, nid):
    text, ids, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(raw):
        chunk = raw[pos:m.start()]
        text.append(chunk); out_len += len(chunk)
        code, span = m.group(1), m.group(2)
        if code not in CODES:
            sys.exit(f"{nid}: bad code {code}")
        if "[[" in span or "|" in span:
            sys.exit(f"{nid}: nested/bad mark {span!r}")
        ids.append({"start": out_len, "end": out_len + len(span), "type": CODES[code], "text": span})
        text.append(span); out_len += len(span)
        pos = m.end()
    text.append(raw[pos:])
    t = "".join(text)
    if "[[" in t or "]]" in t:
        sys.exit(f"{nid}: leftover brackets")
    # propagation
    covered = [(i["start"], i["end"]) for i in ids]
    extra = []
    seen = {}
    for i in ids:
        if i["type"] in PROPAGATE:
            seen.setdefault(i["text"], i["type"])
    for i in ids:  # single words of marked names (capitalised, 3+ letters) also count as repeats
        if i["type"] in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE"):
            for w in re.findall(r"[A-Z][\w'-]{2,}", i["text"]):
                seen.setdefault(w.rstrip(",'"), i["type"])
    for s, typ in seen.items():
        for m in re.finditer(r"(?<![\w])" + re.escape(s) + r"(?![\w])", t):
            if any(a < m.end() and m.start() < b for a, b in covered):
                continue
            extra.append({"start": m.start(), "end": m.end(), "type": typ, "text": s})
            covered.append((m.start(), m.end()))
            print(f"  propagated {nid}: {typ} {s!r} @ {m.start()}")
    ids = sorted(ids + extra, key=lambda x: x["start"])
    return t, ids


def main():
    notes, people = [], []
    n = 0
    for path in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        blocks = re.split(r"^### ", open(path, encoding="utf-8").read(), flags=re.M)
        for b in blocks[1:]:
            head, _, body = b.partition("\n")
            voice, case = [x.strip() for x in head.split("|")]
            lines = []
            for ln in body.split("\n"):
                if ln.startswith("%P "):
                    people.append(ln[3:])
                else:
                    lines.append(ln)
            raw = "\n".join(lines).strip("\n")
            n += 1
            nid = f"ho24-{n:03d}"
            t, ids = parse_note(raw, nid)
            notes.append({"note_id": nid, "case_id": None if case == "-" else case, "voice": voice,
                          "text": t, "identifiers": ids})
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for x in notes:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    rows = list(csv.reader(io.StringIO("\n".join(people))))
    with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case_id", "name", "role"])
        for r in rows:
            if len(r) != 3:
                sys.exit(f"bad roster row {r}")
            w.writerow(r)
    print(f"{len(notes)} notes, {sum(len(x['identifiers']) for x in notes)} identifiers, {len(rows)} roster rows")


if __name__ == "__main__":
    main()
