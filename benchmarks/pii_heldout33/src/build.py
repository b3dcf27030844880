"""Convert hand-written marked notes (src/notes_*.txt) to notes.jsonl and people.csv.

Format: '### voice | case_id' starts a note (case_id 'null' for none); '%P case_id,name,role' lines are roster
rows; other lines are note text with identifiers marked inline as [[CODE|span]].
Marks are only stripped and turned into offsets; nothing is generated. Unmarked exact repeats of a marked span
within the same note are reported (not auto-marked) so the writer can review them by hand.
"""
import csv, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
STOP = {"mr","mrs","ms","miss","dr","known","as"}
MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]", re.S)

def parse_text(raw):
    text, ids, pos = [], [], 0
    n = 0
    for m in MARK.finditer(raw):
        text.append(raw[pos:m.start()]); n += len(raw[pos:m.start()])
        span = m.group(2)
        ids.append({"start": n, "end": n + len(span), "type": m.group(1), "text": span})
        text.append(span); n += len(span); pos = m.end()
    text.append(raw[pos:])
    return "".join(text), ids

def main():
    notes, people = [], []
    for f in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        cur = None
        for line in open(f, encoding="utf-8").read().split("\n"):
            if line.startswith("%P "):
                people.append(next(csv.reader([line[3:]])))
            elif line.startswith("### "):
                voice, case = [x.strip() for x in line[4:].split("|")]
                cur = {"voice": voice, "case_id": None if case == "null" else case, "lines": []}
                notes.append(cur)
            elif cur is not None:
                cur["lines"].append(line)
    roster = {}
    for c, nm, _ in people:
        roster.setdefault(c, set()).update(t.lower() for t in re.findall(r"[^\W\d_]{3,}", nm) if t.lower() not in STOP)
    out = []
    for i, nt in enumerate(notes, 1):
        raw = "\n".join(nt["lines"]).strip()
        if "[[" in MARK.sub("", raw) or "]]" in MARK.sub("", raw):
            sys.exit(f"broken mark in note {i}: {raw[:80]}")
        text, ids = parse_text(raw)
        nid = f"ho33_{i:03d}"
        # copy a marked span's type onto later exact unmarked repeats (word-bounded); each reviewed by hand
        for d in list(ids):
            for m in re.finditer(r"(?<!\w)" + re.escape(d["text"]) + r"(?!\w)", text):
                if m.start() > d["start"] and not any(a["start"] < m.end() and m.start() < a["end"] for a in ids):
                    ids.append({"start": m.start(), "end": m.end(), "type": d["type"], "text": d["text"]})
                    print(f"COPIED {nid}: {d['type']} {d['text']!r} at {m.start()}")
        ids.sort(key=lambda d: d["start"])
        toks = {t.lower() for d in ids if d["type"].startswith("NAME") for t in re.findall(r"[^\W\d_]{3,}", d["text"])}
        toks |= roster.get(nt["case_id"], set())
        for m in re.finditer(r"[^\W\d_]{3,}", text):
            if m.group().lower() in toks and not any(a["start"] <= m.start() < a["end"] for a in ids):
                print(f"CHECK {nid}: unmarked {m.group()!r} ...{text[max(0,m.start()-25):m.end()+15]!r}")
        out.append({"note_id": nid, "case_id": nt["case_id"], "voice": nt["voice"], "text": text,
                    "identifiers": ids})
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(["case_id", "name", "role"]); w.writerows(people)
    print(f"{len(out)} notes, {sum(len(o['identifiers']) for o in out)} identifiers, {len(people)} roster rows")

if __name__ == "__main__":
    main()
