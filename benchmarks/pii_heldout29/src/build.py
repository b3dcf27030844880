"""Convert the hand-written marked notes (src/notes_*.txt) into notes.jsonl and people.csv.

Format of a notes file:
  @@ voice=<voice> case=<case_id or null>   starts a note (the note id is numbered in file order)
  %P <csv row: case_id,name,role>            a roster row for people.csv (not part of any note text)
  # ...                                      a comment line (ignored), only directly after @@ or %P
  any other line                             note text, with identifiers marked [[CODE|span]]
Codes are short forms, expanded by CODES below. This script only parses, strips marks, computes offsets,
and copies a mark onto unmarked repeats in the same note: exact repeats of any marked span, single words of a
marked name, and words of the case's roster names written with a capital. Every copied mark is printed (AUTO ...)
so that it can be reviewed by hand; a word listed in NOT_NAMES is never copied.
"""
import csv, io, json, re, sys, glob, os

CODES = {"N": "NAME_IN_TABLE", "O": "NAME_NOT_IN_TABLE", "I": "INITIALS", "PH": "PHONE", "EM": "EMAIL",
         "NHS": "NHS_NUMBER", "NI": "NI_NUMBER", "PC": "POSTCODE", "DOB": "DOB", "REF": "CASE_REF",
         "VR": "VEHICLE_REG", "SH": "SOCIAL_HANDLE", "AD": "ADDRESS", "SC": "SCHOOL"}
MARK = re.compile(r"\[\[([A-Z]+)\|([^\]]+)\]\]")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def parse_note(raw):
    text, ids, pos = [], [], 0
    out = ""
    last = 0
    for m in MARK.finditer(raw):
        out += raw[last:m.start()]
        code, span = m.group(1), m.group(2)
        if code not in CODES:
            sys.exit(f"unknown code {code!r} in {raw[:60]!r}")
        ids.append({"start": len(out), "end": len(out) + len(span), "type": CODES[code], "text": span})
        out += span
        last = m.end()
    out += raw[last:]
    if "[[" in out or "]]" in out:
        sys.exit(f"unparsed mark left in note: {out[:80]!r}")
    return out, ids


NOT_NAMES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "The", "And", "Ann"} | set(os.environ.get("NOT_NAMES", "").split())


def words(name):
    return [w for w in re.split(r"[\s,()]+", name) if len(w) >= 3 and w not in NOT_NAMES and not w.endswith(".")]


def propagate(nid, text, ids, roster_names):
    cands = []  # (string, type, case_insensitive)
    for d in ids:
        cands.append((d["text"], d["type"], False))
    for d in ids:
        if d["type"] in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE"):
            cands += [(w, d["type"], False) for w in words(d["text"])]
    for name in roster_names:
        cands += [(w, "NAME_IN_TABLE", True) for w in words(name)]
    seen = set()
    for s, typ, ci in cands:
        if (s.lower() if ci else s) in seen: continue
        seen.add(s.lower() if ci else s)
        for m in re.finditer(r"(?<![\w-])" + re.escape(s) + r"(?![\w-])", text, re.I if ci else 0):
            if ci and not m.group(0)[0].isupper(): continue
            if any(d["start"] < m.end() and m.start() < d["end"] for d in ids): continue
            ids.append({"start": m.start(), "end": m.end(), "type": typ, "text": m.group(0)})
            ctx = text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")
            print(f"AUTO {nid} {typ} {m.group(0)!r}  ...{ctx}...", file=sys.stderr)
    ids = sorted(ids, key=lambda d: d["start"])
    merged = []  # join name marks of one type separated only by spaces ("BRIGGS Jamie Lee" is one name)
    for d in ids:
        if (merged and d["type"] == merged[-1]["type"] and d["type"] in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE")
                and text[merged[-1]["end"]:d["start"]].strip(" ") == "" and d["start"] > merged[-1]["end"]):
            merged[-1]["end"] = d["end"]
            merged[-1]["text"] = text[merged[-1]["start"]:d["end"]]
            print(f"MERGE {nid} {merged[-1]['text']!r}", file=sys.stderr)
        else:
            merged.append(dict(d))
    return merged


def main():
    notes, people = [], []
    for path in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        cur = None
        for line in open(path, encoding="utf-8").read().split("\n"):
            if line.startswith("@@"):
                if cur: notes.append(cur)
                kv = dict(p.split("=", 1) for p in line[2:].split())
                cur = {"voice": kv["voice"], "case_id": None if kv["case"] == "null" else kv["case"], "lines": []}
            elif line.startswith("%P "):
                people.append(next(csv.reader(io.StringIO(line[3:]))))
            elif line.startswith("#") and cur is not None and not cur["lines"]:
                continue
            elif cur is not None:
                cur["lines"].append(line)
        if cur: notes.append(cur)
    roster = {}
    for r in people:
        roster.setdefault(r[0], []).append(r[1])
    out_notes = []
    for i, n in enumerate(notes, 1):
        raw = "\n".join(n["lines"]).strip("\n")
        text, ids = parse_note(raw)
        nid = f"ho29_{i:03d}"
        ids = propagate(nid, text, ids, roster.get(n["case_id"], []))
        out_notes.append({"note_id": nid, "case_id": n["case_id"], "voice": n["voice"], "text": text,
                          "identifiers": ids})
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for n in out_notes:
            f.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case_id", "name", "role"])
        for r in people:
            if len(r) != 3: sys.exit(f"bad roster row {r}")
            w.writerow(r)
    print(f"{len(out_notes)} notes, {sum(len(n['identifiers']) for n in out_notes)} identifiers, {len(people)} roster rows")


if __name__ == "__main__":
    main()
