"""Convert hand-written marked notes (src/notes_*.txt) to notes.jsonl and people.csv.

Format: a note starts with a header line `=== note_id | case_id-or-null | voice`; following lines are the
note text with identifiers marked inline as [[CODE|span]]; lines starting `%P ` are roster rows
(case_id,name,role) for people.csv and are not part of the text.
Unmarked exact repeats (whole word) of a marked NAME_* span (not words in COMMON) later in the same note are also marked; each
such copy is printed for review.
"""
import csv, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
# words that are also ordinary words: never propagated, always marked by hand
COMMON = {"May", "Will", "Mark", "Grace", "Hope", "Frank", "Bill", "Rose", "Summer", "Sterling", "Brook",
          "Dale", "Hill", "Dawn", "Precious", "Jade", "Mia"}
MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]", re.S)


def parse_note(body):
    text, ids, pos = [], [], 0
    out = ""
    last = 0
    for m in MARK.finditer(body):
        out += body[last:m.start()]
        code, span = m.group(1), m.group(2)
        if code not in TYPES:
            sys.exit(f"bad type {code!r} in {body[:60]!r}")
        ids.append({"start": len(out), "end": len(out) + len(span), "type": code, "text": span})
        out += span
        last = m.end()
    out += body[last:]
    if "[[" in out or "]]" in out:
        sys.exit(f"unclosed mark in {out[:80]!r}")
    return out, ids


def propagate(text, ids, nid):
    taken = [(i["start"], i["end"]) for i in ids]
    extra = []
    for i in list(ids):
        if not i["type"].startswith("NAME_") or len(i["text"]) < 3 or i["text"] in COMMON:
            continue
        for m in re.finditer(r"(?<![\w])" + re.escape(i["text"]) + r"(?![\w])", text):
            s, e = m.span()
            if any(s < b and e > a for a, b in taken):
                continue
            taken.append((s, e))
            extra.append({"start": s, "end": e, "type": i["type"], "text": i["text"]})
            print(f"  propagated {nid}: {i['type']} {i['text']!r} at {s}")
    return sorted(ids + extra, key=lambda x: x["start"])


def main():
    notes, people = [], []
    for fn in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        raw = open(fn, encoding="utf-8").read()
        for chunk in re.split(r"^=== ", raw, flags=re.M)[1:]:
            head, _, rest = chunk.partition("\n")
            nid, case, voice = [x.strip() for x in head.split("|")]
            lines = []
            for ln in rest.split("\n"):
                if ln.startswith("%P "):
                    people.append(next(csv.reader([ln[3:]])))
                else:
                    lines.append(ln)
            body = "\n".join(lines).strip("\n")
            text, ids = parse_note(body)
            ids = propagate(text, ids, nid)
            notes.append({"note_id": nid, "case_id": None if case == "null" else case, "voice": voice,
                          "text": text, "identifiers": ids})
    seen = set()
    for n in notes:
        if n["note_id"] in seen:
            sys.exit(f"duplicate id {n['note_id']}")
        seen.add(n["note_id"])
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for n in notes:
            f.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case_id", "name", "role"])
        for p in people:
            w.writerow([x.strip() if i != 1 else x for i, x in enumerate(p)])
    print(f"{len(notes)} notes, {len(people)} roster rows")


if __name__ == "__main__":
    main()
