"""Convert the hand-written, inline-marked notes in src/notes_*.txt into notes.jsonl and people.csv.

Note file format:
  ### <voice> | <case_id or null>      starts a note
  %P case_id,name,role                  a roster row for people.csv (csv syntax, may appear anywhere)
  other lines                           note text; identifiers marked as [[CODE|span]]
Blank lines at the start/end of a note are trimmed. Note ids are numbered in file order.
The script copies a marked name's type onto later unmarked repeats of its words in the same note, and marks
capitalised words of the note's case roster as NAME_IN_TABLE; each copy is printed and was reviewed by hand.
"""
import csv, glob, io, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
MARK = re.compile(r"\[\[([A-Z_]+)\|([^\]]+?)\]\]")


def strip(raw):
    out, ids, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(s) for s in out)
        code, span = m.group(1), m.group(2)
        if code not in TYPES:
            sys.exit(f"unknown type {code} in: {span}")
        out.append(span)
        ids.append({"start": start, "end": start + len(span), "type": code, "text": span})
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        sys.exit("unbalanced mark near: " + text[max(0, text.find("[[") - 40):text.find("[[") + 40])
    return text, ids


STOP = {"Unborn", "Baby", "Kaur", "Singh", "Mrs", "Mr", "Ann"}


def fold(w):
    return unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode().lower()


def roster_words(people, case):
    out = set()
    for c, name, _ in people:
        if c == case:
            for w in re.findall(r"[^\W\d_]+", name):
                if len(w) > 2 and w not in STOP:
                    out.add(fold(w))
    return out


def propagate(nid, text, ids, roster, warns):
    """Copy name types onto unmarked repeats: words of marked name spans (same note) and roster words of the
    note's case (accent- and case-insensitive). Every copy is printed for the writer's review."""
    words = {}
    for i in ids:
        if i["type"].startswith("NAME"):
            for w in re.findall(r"[^\W\d_]+", i["text"]):
                if len(w) > 2 and w not in STOP:
                    t = "NAME_IN_TABLE" if fold(w) in roster else i["type"]
                    if words.get(w) != "NAME_IN_TABLE":
                        words[w] = t
    covered = [(i["start"], i["end"]) for i in ids]
    new = []
    for m in re.finditer(r"[^\W\d_]+", text):
        w = m.group()
        if any(a < m.end() and m.start() < e for a, e in covered):
            continue
        t = words.get(w) or ("NAME_IN_TABLE" if fold(w) in roster else None)
        if t:
            new.append({"start": m.start(), "end": m.end(), "type": t, "text": w})
    # merge adjacent new spans joined by one space or hyphen
    merged = []
    for n in new:
        if merged and merged[-1]["type"] == n["type"] and text[merged[-1]["end"]:n["start"]] in (" ", "-"):
            merged[-1]["end"] = n["end"]
            merged[-1]["text"] = text[merged[-1]["start"]:n["end"]]
        else:
            merged.append(dict(n))
    for n in merged:
        ctx = text[max(0, n["start"] - 25):n["end"] + 25].replace("\n", " ")
        warns.append(f"{nid}: auto {n['type']} {n['text']!r}  ...{ctx}...")
    return sorted(ids + merged, key=lambda i: i["start"])


def main():
    notes, people, warns = [], [], []
    for path in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        cur = None
        blocks = []
        for line in open(path, encoding="utf-8").read().split("\n"):
            if line.startswith("### "):
                voice, case = [p.strip() for p in line[4:].split("|")]
                cur = {"voice": voice, "case_id": None if case == "null" else case, "lines": []}
                blocks.append(cur)
            elif line.startswith("%P "):
                people.append(next(csv.reader(io.StringIO(line[3:]))))
            elif cur is not None:
                cur["lines"].append(line)
        for b in blocks:
            raw = "\n".join(b["lines"]).strip("\n")
            text, ids = strip(raw)
            nid = f"ho26_{len(notes) + 1:03d}"
            ids = propagate(nid, text, ids, roster_words(people, b["case_id"]), warns)
            notes.append({"note_id": nid, "case_id": b["case_id"], "voice": b["voice"], "text": text,
                          "identifiers": ids})
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for n in notes:
            f.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case_id", "name", "role"])
        for row in people:
            if len(row) != 3:
                sys.exit(f"bad %P row {row}")
            w.writerow(row)
    for w_ in warns:
        print("WARN", w_)
    print(f"{len(notes)} notes, {sum(len(n['identifiers']) for n in notes)} identifiers, {len(people)} roster rows")


if __name__ == "__main__":
    main()
