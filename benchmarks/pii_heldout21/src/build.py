"""Convert hand-written marked notes (src/notes_*.txt) into notes.jsonl and people.csv.

Note format: a line '### voice=<voice> case=<case_id|null>' starts a note; '%P case_id,name,role' lines add
roster rows (name may contain commas: first field is case_id, last field is role); all other lines are note text.
Identifiers are marked inline as [[CODE|span]].  The script only strips marks, numbers ids and computes offsets.
Unmarked exact repeats of a marked name inside the same note get the same type (each copy is printed and was
reviewed by hand).
"""
import csv, glob, json, os, re, sys

CODES = {"NT": "NAME_IN_TABLE", "NN": "NAME_NOT_IN_TABLE", "IN": "INITIALS", "PH": "PHONE", "EM": "EMAIL",
         "NHS": "NHS_NUMBER", "NI": "NI_NUMBER", "PC": "POSTCODE", "DOB": "DOB", "REF": "CASE_REF",
         "VR": "VEHICLE_REG", "SH": "SOCIAL_HANDLE", "AD": "ADDRESS", "SC": "SCHOOL"}
MARK = re.compile(r"\[\[([A-Z]+)\|(.+?)\]\]")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def convert(raw):
    text, ids, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(raw):
        chunk = raw[pos:m.start()]
        text.append(chunk); out_len += len(chunk)
        code, span = m.group(1), m.group(2)
        if code not in CODES:
            sys.exit(f"unknown code {code!r} in: {raw[m.start():m.end()+20]!r}")
        ids.append({"start": out_len, "end": out_len + len(span), "type": CODES[code], "text": span})
        text.append(span); out_len += len(span)
        pos = m.end()
    text.append(raw[pos:])
    t = "".join(text)
    if "[[" in t or "]]" in t:
        sys.exit(f"stray mark in: {t[:80]!r}")
    return t, ids


def main():
    notes, people, warn = [], [], 0
    for fn in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        cur = None
        for line in open(fn, encoding="utf-8").read().split("\n"):
            if line.startswith("### "):
                cur = {"meta": dict(kv.split("=", 1) for kv in line[4:].split()), "lines": []}
                notes.append(cur)
            elif line.startswith("%P "):
                body = line[3:]
                cid, rest = body.split(",", 1)
                name, role = rest.rsplit(",", 1)
                row = (cid.strip(), name, role.strip())
                if row not in people:
                    people.append(row)
            elif cur is not None:
                cur["lines"].append(line)
    rows = []
    for i, n in enumerate(notes, 1):
        raw = "\n".join(n["lines"]).strip("\n")
        text, ids = convert(raw)
        case = n["meta"].get("case", "null")
        rows.append({"note_id": f"HO21-{i:03d}", "case_id": None if case == "null" else case,
                     "voice": n["meta"]["voice"], "text": text, "identifiers": ids})
        names = {d["text"] for d in ids if d["type"] in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE") and len(d["text"]) > 2}
        covered = [(d["start"], d["end"]) for d in ids]
        for nm in names:
            for m in re.finditer(r"(?<!\w)" + re.escape(nm) + r"(?!\w)", text):
                if not any(s < m.end() and m.start() < e for s, e in covered):
                    typ = next(d["type"] for d in ids if d["text"] == nm)
                    ids.append({"start": m.start(), "end": m.end(), "type": typ, "text": nm})
                    covered.append((m.start(), m.end()))
                    print(f"COPIED HO21-{i:03d}: {typ} onto unmarked repeat {nm!r} at {m.start()}"); warn += 1
        ids.sort(key=lambda d: d["start"])
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(["case_id", "name", "role"]); w.writerows(people)
    print(f"{len(rows)} notes, {sum(len(r['identifiers']) for r in rows)} identifiers, {len(people)} roster rows, {warn} copied repeats")


if __name__ == "__main__":
    main()
