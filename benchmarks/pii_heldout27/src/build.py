"""Convert hand-written marked notes (src/notes_*.txt) to notes.jsonl and people.csv.

Block format:
  === note_id | case_id or - | voice
  %P case_id,name,role        (roster rows; name may contain commas; first field = case, last = role)
  text lines with [[CODE|span]] marks
Blank lines inside a block are kept; trailing blank lines are dropped.
This script only strips marks, computes offsets and writes files. It does NOT copy types onto
unmarked repeats; it prints a warning listing unmarked exact repeats so the writer can review them.
"""
import csv, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]", re.S)
# short codes the writer may use while hand-marking
SHORT = {"N": "NAME_IN_TABLE", "X": "NAME_NOT_IN_TABLE", "I": "INITIALS", "P": "PHONE", "E": "EMAIL",
         "NHS": "NHS_NUMBER", "NI": "NI_NUMBER", "PC": "POSTCODE", "D": "DOB", "R": "CASE_REF",
         "V": "VEHICLE_REG", "H": "SOCIAL_HANDLE", "A": "ADDRESS", "S": "SCHOOL"}

def parse():
    notes, people = [], []
    for fn in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        cur = None
        for line in open(fn, encoding="utf-8").read().split("\n"):
            if line.startswith("=== "):
                if cur: notes.append(cur)
                nid, cid, voice = [x.strip() for x in line[4:].split("|")]
                cur = {"note_id": nid, "case_id": None if cid == "-" else cid, "voice": voice, "lines": []}
            elif line.startswith("%P "):
                parts = line[3:].split(",")
                people.append((parts[0].strip(), ",".join(parts[1:-1]), parts[-1].strip()))
            elif cur is not None:
                cur["lines"].append(line)
        if cur: notes.append(cur)
    return notes, people

def strip(raw):
    out, ids, pos = [], [], 0
    n = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()]); n += len(raw[pos:m.start()])
        span = m.group(2)
        ids.append({"start": n, "end": n + len(span), "type": SHORT.get(m.group(1), m.group(1)), "text": span})
        out.append(span); n += len(span); pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, raw[:80]
    return text, ids

def main():
    notes, people = parse()
    rows = []
    for nt in notes:
        raw = "\n".join(nt["lines"]).strip("\n")
        text, ids = strip(raw)
        for i in ids:
            assert text[i["start"]:i["end"]] == i["text"]
        # review aid: unmarked exact repeats of a marked span
        covered = [(i["start"], i["end"]) for i in ids]
        for s in sorted({i["text"] for i in ids}):
            for m in re.finditer(re.escape(s), text):
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    if re.match(r"\w", s[-1]) and m.end() < len(text) and re.match(r"\w", text[m.end()]):
                        continue
                    if m.start() > 0 and re.match(r"\w", text[m.start()-1]):
                        continue
                    print(f"REVIEW {nt['note_id']}: unmarked repeat {s!r} at {m.start()}", file=sys.stderr)
        for i in ids:
            if i["type"] in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE"):
                for w in re.findall(r"[A-Za-z\u00c0-\u017f]{3,}", i["text"]):
                    for m in re.finditer(r"(?<![\w])" + re.escape(w) + r"(?![\w])", text):
                        if not any(a <= m.start() and m.end() <= b for a, b in covered):
                            print(f"REVIEW {nt['note_id']}: unmarked name word {w!r} at {m.start()}", file=sys.stderr)
        rows.append({"note_id": nt["note_id"], "case_id": nt["case_id"], "voice": nt["voice"],
                     "text": text, "identifiers": ids})
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(["case_id", "name", "role"])
        seen = set()
        for p in people:
            if p not in seen:
                seen.add(p); w.writerow(p)
    print(f"{len(rows)} notes, {sum(len(r['identifiers']) for r in rows)} identifiers, {len(seen)} roster rows")

if __name__ == "__main__":
    main()
