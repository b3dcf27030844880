"""Convert hand-written marked notes (src/notes_*.txt) to notes.jsonl and people.csv.

Format of a notes file:
  === <case_id or null> | <voice>      starts a note
  %P case_id,name,role                  a roster row for people.csv (kept out of the text)
  other lines                           the note text, identifiers marked [[CODE|span]]
It strips marks, computes offsets, and WARNS (does not auto-mark) when an exact marked
name string appears again unmarked in the same note, so the writer can review it.
"""
import csv, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]")


def parse(path):
    notes, cur = [], None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("==="):
            cid, voice = [x.strip() for x in line[3:].split("|", 1)]
            cur = {"case_id": None if cid == "null" else cid, "voice": voice, "lines": [], "people": []}
            notes.append(cur)
        elif line.startswith("%P "):
            cur["people"].append(next(csv.reader([line[3:]])))
        elif cur is not None:
            cur["lines"].append(line)
    return notes


def strip(raw):
    text, ids, pos = "", [], 0
    for m in MARK.finditer(raw):
        text += raw[pos:m.start()]
        code, span = m.group(1), m.group(2)
        if code not in TYPES:
            sys.exit(f"bad type {code} in: {raw[:60]}")
        ids.append({"start": len(text), "end": len(text) + len(span), "type": code, "text": span})
        text += span
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text:
        sys.exit(f"unclosed mark in: {raw[:80]}")
    return text, ids


def main():
    notes, people = [], []
    for path in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        for n in parse(path):
            raw = "\n".join(n["lines"]).strip("\n")
            text, ids = strip(raw)
            nid = f"h13_{len(notes) + 1:03d}"
            # review aid: unmarked exact repeats of marked names
            toks = {w.lower() for i in ids if i["type"].startswith("NAME")
                    for w in re.findall(r"[^\W\d_][\w'-]+", i["text"]) if len(w) > 2}
            toks -= {"mrs", "the", "sister", "miss"}
            for w in toks:
                for m in re.finditer(r"\b" + re.escape(w) + r"\b", text, re.I):
                    if not any(j["start"] <= m.start() < j["end"] for j in ids):
                        print(f"WARN {nid}: unmarked token {m.group(0)!r} at {m.start()}: ...{text[max(0,m.start()-25):m.end()+10]!r}")
            notes.append({"note_id": nid, "case_id": n["case_id"], "voice": n["voice"], "text": text,
                          "identifiers": ids})
            people.extend(n["people"])
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for n in notes:
            f.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case_id", "name", "role"])
        w.writerows(people)
    print(f"{len(notes)} notes, {sum(len(n['identifiers']) for n in notes)} identifiers, {len(people)} roster rows")


if __name__ == "__main__":
    main()
