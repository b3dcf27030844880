"""Convert hand-written marked notes (src/notes_*.txt) to notes.jsonl and people.csv.

Note format: a line '@@ <voice> | <case_id or null>' starts a note; '%P case_id,name,role' lines are roster
rows (name may contain commas; role is the last field); other lines are note text. Identifiers are marked
inline as [[CODE|span]]. No text is generated here: the script only strips marks and computes offsets.
It also lists unmarked exact repeats of marked spans for manual review (it does not copy types).
"""
import csv, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CODES = {"NT": "NAME_IN_TABLE", "NN": "NAME_NOT_IN_TABLE", "IN": "INITIALS", "PH": "PHONE", "EM": "EMAIL",
         "NHS": "NHS_NUMBER", "NI": "NI_NUMBER", "PC": "POSTCODE", "DOB": "DOB", "REF": "CASE_REF",
         "VR": "VEHICLE_REG", "SH": "SOCIAL_HANDLE", "AD": "ADDRESS", "SC": "SCHOOL"}
MARK = re.compile(r"\[\[([A-Z]+)\|([^\[\]]+?)\]\]")


def strip(raw):
    text, ids, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(raw):
        text.append(raw[pos:m.start()]); cur += m.start() - pos
        code, span = m.group(1), m.group(2)
        if code not in CODES:
            sys.exit(f"bad code {code!r} in {raw[:60]!r}")
        ids.append({"start": cur, "end": cur + len(span), "type": CODES[code], "text": span})
        text.append(span); cur += len(span); pos = m.end()
    text.append(raw[pos:])
    out = "".join(text)
    if "[[" in out or "]]" in out:
        sys.exit(f"unclosed mark in {out[:80]!r}")
    return out, ids


def main():
    notes, people = [], []
    for path in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        cur = None
        for line in open(path, encoding="utf-8").read().split("\n"):
            if line.startswith("@@ "):
                voice, case = [x.strip() for x in line[3:].split("|")]
                cur = {"voice": voice, "case_id": None if case == "null" else case, "lines": []}
                notes.append(cur)
            elif line.startswith("%P "):
                body = line[3:]
                cid, rest = body.split(",", 1)
                name, role = rest.rsplit(",", 1)
                people.append((cid.strip(), name, role.strip()))
            elif cur is not None:
                cur["lines"].append(line)
    rows = []
    for i, n in enumerate(notes, 1):
        raw = "\n".join(n["lines"]).strip("\n")
        text, ids = strip(raw)
        rows.append({"note_id": f"ho25_{i:03d}", "case_id": n["case_id"], "voice": n["voice"], "text": text,
                     "identifiers": ids})
        # review aid: unmarked occurrences of words from marked names / this case's roster (printed only)
        toks = set()
        for d in ids:
            if d["type"] in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE"):
                toks |= {t for t in re.findall(r"[A-Za-z\u00c0-\u017f']+", d["text"]) if len(t) > 2}
            elif len(d["text"]) > 3:
                toks.add(d["text"])
        for p in people:
            if p[0] == n["case_id"]:
                toks |= {t for t in re.findall(r"[A-Za-z\u00c0-\u017f']+", p[1]) if len(t) > 2}
        toks -= {"Mr", "Mrs", "Ms", "Dr", "Miss", "and", "the", "Singh", "Kaur"}
        covered = [(d["start"], d["end"]) for d in ids]
        for s in sorted(toks):
            for m in re.finditer(r"(?<![\w])" + re.escape(s) + r"(?![a-z])", text, re.I):
                if not any(a <= m.start() < b for a, b in covered):
                    print(f"REVIEW {rows[-1]['note_id']}: unmarked {m.group(0)!r} ..{text[max(0,m.start()-25):m.end()+10]!r}")
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case_id", "name", "role"])
        for p in people:
            w.writerow(p)
    print(f"{len(rows)} notes, {sum(len(r['identifiers']) for r in rows)} identifiers, {len(people)} roster rows")


if __name__ == "__main__":
    main()
