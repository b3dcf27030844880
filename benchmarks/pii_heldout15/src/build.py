"""Convert hand-written marked notes (src/notes_*.txt) to notes.jsonl and people.csv.

Note header line:  ### <note_id> | <case_id or null> | <voice>
Roster line:       %P case_id,name,role   (written verbatim to people.csv)
Marks:             [[CODE|span]]
After stripping, a marked NAME_* span's type is copied onto later exact, word-bounded,
unmarked repeats of the same text in the same note (each copy is printed for review).
"""
import csv, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]", re.S)
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}


def strip(body):
    out, ids, pos = [], [], 0
    for m in MARK.finditer(body):
        out.append(body[pos:m.start()])
        start = sum(len(s) for s in out)
        code, span = m.group(1), m.group(2)
        if code not in TYPES:
            sys.exit(f"bad type {code}")
        out.append(span)
        ids.append({"start": start, "end": start + len(span), "type": code, "text": span})
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        sys.exit("unclosed mark: " + text[:80])
    return text, ids


def propagate(nid, text, ids):
    taken = [(i["start"], i["end"]) for i in ids]
    seen = {}
    for i in sorted(ids, key=lambda x: x["start"]):
        if i["type"].startswith("NAME") and len(i["text"]) >= 3:
            seen.setdefault(i["text"], i)
    added = []
    for t, first in seen.items():
        for m in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text):
            if m.start() < first["start"]:
                continue
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            new = {"start": m.start(), "end": m.end(), "type": first["type"], "text": t}
            added.append(new); taken.append((m.start(), m.end()))
            print(f"  propagated {nid}: {first['type']} {t!r} at {m.start()}")
    return sorted(ids + added, key=lambda x: x["start"])


STOP = {"the", "and", "for", "with", "mum", "dad", "nan"}


def propagate_tokens(nid, text, ids, roster_names):
    """Copy types onto unmarked single-token repeats of marked names and roster names (same note)."""
    taken = [(i["start"], i["end"]) for i in ids]
    tok = {}
    for i in ids:
        if i["type"].startswith("NAME"):
            for w in re.findall(r"[^\W\d_][\w'-]*[^\W\d_]|[^\W\d_]{3,}", i["text"]):
                if len(w) >= 3:
                    tok.setdefault(w.lower(), i["type"])
    for name in roster_names:
        for w in re.findall(r"[^\W\d_][\w'-]*[^\W\d_]", name):
            if len(w) >= 3 and w.lower() not in {"mr", "mrs", "ms", "miss", "dr"}:
                tok.setdefault(w.lower(), "NAME_IN_TABLE")
    added = []
    for w, typ in tok.items():
        if w in STOP:
            continue
        for m in re.finditer(r"(?<![\w'-])" + re.escape(w) + r"(?![\w-])", text, re.I):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            if not (m.group()[0].isupper() or m.group().islower()):
                continue
            new = {"start": m.start(), "end": m.end(), "type": typ, "text": m.group()}
            added.append(new); taken.append((m.start(), m.end()))
            print(f"  token {nid}: {typ} {m.group()!r} | {text[max(0,m.start()-30):m.end()+10]!r}")
    return sorted(ids + added, key=lambda x: x["start"])


def main():
    notes, people = [], []
    for path in sorted(glob.glob(os.path.join(HERE, "notes_*.txt"))):
        raw = open(path, encoding="utf-8").read()
        cur = None
        for line in raw.split("\n"):
            if line.startswith("### "):
                cur = [line[4:], []]; notes.append(cur)
            elif line.startswith("%P "):
                people.append(next(csv.reader([line[3:]])))
            elif cur is not None:
                cur[1].append(line)
    rows = []
    for head, lines in notes:
        nid, cid, voice = [x.strip() for x in head.split("|")]
        body = "\n".join(lines).strip("\n")
        text, ids = strip(body)
        ids = propagate(nid, text, ids)
        ids = propagate_tokens(nid, text, ids, [p[1] for p in people if p[0] == cid])
        rows.append({"note_id": nid, "case_id": None if cid == "null" else cid, "voice": voice,
                     "text": text, "identifiers": ids})
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "people.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(["case_id", "name", "role"]); w.writerows(people)
    print(len(rows), "notes,", sum(len(r["identifiers"]) for r in rows), "identifiers,", len(people), "roster rows")


if __name__ == "__main__":
    main()
