"""Convert the hand-written marked notes (src/notes_*.txt) into notes.jsonl and people.csv.

Format of a notes file:
  %P case_id,name,role          roster row for people.csv (name may contain commas if quoted by csv rules)
  === note_id | case_id-or-null | voice
  text lines with [[CODE|span]] marks ...
Strips marks and computes offsets; copies a marked span's type onto later exact, whole-word, unmarked repeats in the
same note and prints each such copy (every one was reviewed by the writer).
"""
import csv, glob, io, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CODES = {"NT": "NAME_IN_TABLE", "NN": "NAME_NOT_IN_TABLE", "IN": "INITIALS", "PH": "PHONE", "EM": "EMAIL",
         "NHS": "NHS_NUMBER", "NI": "NI_NUMBER", "PC": "POSTCODE", "DOB": "DOB", "REF": "CASE_REF",
         "VR": "VEHICLE_REG", "SH": "SOCIAL_HANDLE", "AD": "ADDRESS", "SC": "SCHOOL"}
MARK = re.compile(r"\[\[([A-Z]+)\|(.+?)\]\]", re.S)

def strip(raw):
    out, ids, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        span = m.group(2)
        if m.group(1) not in CODES:
            sys.exit("bad code %r in %r" % (m.group(1), raw[:60]))
        out.append(span)
        ids.append({"start": start, "end": start + len(span), "type": CODES[m.group(1)], "text": span})
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), ids

def main():
    notes, people = [], []
    for fn in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        cur = None
        for line in open(fn, encoding="utf-8"):
            if line.startswith("%P "):
                people.append(next(csv.reader([line[3:].rstrip("\n")])))
                continue
            if line.startswith("=== "):
                nid, cid, voice = [x.strip() for x in line[4:].split("|")]
                cur = {"note_id": nid, "case_id": None if cid == "null" else cid, "voice": voice, "raw": []}
                notes.append(cur)
                continue
            if cur is not None:
                cur["raw"].append(line)
    rows = []
    for n in notes:
        raw = "".join(n.pop("raw")).strip("\n")
        if "[[" in MARK.sub("", raw) or "]]" in MARK.sub("", raw):
            sys.exit("unbalanced mark in " + n["note_id"])
        text, ids = strip(raw)
        n["text"], n["identifiers"] = text, ids
        covered = set()
        for i in ids:
            covered.update(range(i["start"], i["end"]))
        extra = []
        for i in ids:
            for m in re.finditer(re.escape(i["text"]), text):
                if m.start() not in covered and (m.start() == 0 or not text[m.start()-1].isalnum()) and \
                        (m.end() == len(text) or not text[m.end()].isalnum()):
                    extra.append({"start": m.start(), "end": m.end(), "type": i["type"], "text": i["text"]})
                    covered.update(range(m.start(), m.end()))
                    print("PROPAGATED %s: %s %r at %d" % (n["note_id"], i["type"], i["text"], m.start()))
        for i in ids:
            if i["type"] in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE"):
                for tok in re.findall(r"[A-Za-z\u00C0-\u017F'-]{3,}", i["text"]):
                    for m in re.finditer(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", text, re.I):
                        if m.start() not in covered:
                            print("CHECK %s: token %r unmarked at %d: %r" % (n["note_id"], tok, m.start(),
                                  text[max(0, m.start()-20):m.end()+20]))
        n["identifiers"] = sorted(ids + extra, key=lambda x: x["start"])
        rows.append(n)
    ids_seen = set()
    for n in rows:
        assert n["note_id"] not in ids_seen, n["note_id"]
        ids_seen.add(n["note_id"])
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for n in rows:
            f.write(json.dumps({"note_id": n["note_id"], "case_id": n["case_id"], "voice": n["voice"],
                                "text": n["text"], "identifiers": n["identifiers"]}, ensure_ascii=False) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["case_id", "name", "role"])
    for p in people:
        w.writerow(p)
    open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8").write(buf.getvalue())
    print("notes", len(rows), "identifiers", sum(len(n["identifiers"]) for n in rows), "roster rows", len(people))

if __name__ == "__main__":
    main()
