"""Validate the frozen pii_heldout12 corpus: offsets, types, overlaps, people.csv roles. Prints counts and SHA-256s.
Exit 1 on any problem. Standard library only."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "NHS_NUMBER", "NI_NUMBER", "POSTCODE", "DOB",
         "EMAIL", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "SCHOOL", "ADDRESS"}
ROLES = {"NAP", "PCH", "CHILD", "PARENT", "PRACTITIONER", "OTHER"}
problems = []


def sha(name):
    with open(os.path.join(HERE, name), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


notes, seen = [], set()
with open(os.path.join(HERE, "notes.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            n = json.loads(line)
        except ValueError as e:
            problems.append(f"line {ln}: bad JSON ({e})")
            continue
        if set(n) != {"note_id", "case_id", "voice", "text", "identifiers"}:
            problems.append(f"line {ln}: keys {sorted(n)}")
            continue
        if n["note_id"] in seen:
            problems.append(f"{n['note_id']}: duplicate note_id")
        seen.add(n["note_id"])
        if not isinstance(n["text"], str) or not n["text"].strip():
            problems.append(f"{n['note_id']}: empty text")
        spans = []
        for i in n["identifiers"]:
            if set(i) != {"start", "end", "type", "text"}:
                problems.append(f"{n['note_id']}: identifier keys {sorted(i)}")
                continue
            if i["type"] not in TYPES:
                problems.append(f"{n['note_id']}: unknown type {i['type']}")
            if not (isinstance(i["start"], int) and isinstance(i["end"], int) and 0 <= i["start"] < i["end"] <= len(n["text"])):
                problems.append(f"{n['note_id']}: bad offsets {i['start']}-{i['end']}")
                continue
            if n["text"][i["start"]:i["end"]] != i["text"]:
                problems.append(f"{n['note_id']}: offset text mismatch {i['text']!r} vs {n['text'][i['start']:i['end']]!r}")
            if i["text"] != i["text"].strip():
                problems.append(f"{n['note_id']}: span has outer whitespace {i['text']!r}")
            spans.append((i["start"], i["end"], i["text"]))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                problems.append(f"{n['note_id']}: overlapping spans {a[2]!r} / {b[2]!r}")
        notes.append(n)

if len(notes) != 100:
    problems.append(f"expected 100 notes, found {len(notes)}")

case_ids = {n["case_id"] for n in notes if n["case_id"]}
people = collections.Counter()
with open(os.path.join(HERE, "people.csv"), encoding="utf-8", newline="") as f:
    r = csv.reader(f)
    header = next(r)
    if header != ["case_id", "name", "role"]:
        problems.append(f"people.csv header {header}")
    for k, row in enumerate(r, 2):
        if len(row) != 3:
            problems.append(f"people.csv line {k}: {len(row)} fields")
            continue
        if row[2] not in ROLES:
            problems.append(f"people.csv line {k}: bad role {row[2]!r}")
        if row[0] not in case_ids:
            problems.append(f"people.csv line {k}: case {row[0]} has no note")
        if not row[1].strip():
            problems.append(f"people.csv line {k}: empty name")
        people[row[2]] += 1

in_table_cases = {row for row in case_ids}
for n in notes:
    if any(i["type"] == "NAME_IN_TABLE" for i in n["identifiers"]) and n["case_id"] is None:
        problems.append(f"{n['note_id']}: NAME_IN_TABLE in a note without a case")

types = collections.Counter(i["type"] for n in notes for i in n["identifiers"])
voices = collections.Counter(n["voice"] for n in notes)
empty = sum(1 for n in notes if not n["identifiers"])
print(f"notes: {len(notes)}  identifiers: {sum(types.values())}  notes with no identifiers: {empty}")
print("per type:")
for t in sorted(TYPES):
    print(f"  {t:<18} {types[t]}")
print("per voice:")
for v, c in sorted(voices.items(), key=lambda x: (-x[1], x[0])):
    print(f"  {c:>3}  {v}")
print("people.csv roles:", dict(sorted(people.items())), "rows:", sum(people.values()))
print("sha256 notes.jsonl:", sha("notes.jsonl"))
print("sha256 people.csv: ", sha("people.csv"))
if problems:
    print(f"{len(problems)} PROBLEM(S):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("OK")
