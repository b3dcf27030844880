"""Validate notes.jsonl and people.csv; print counts per type and voice and the SHA-256 of notes.jsonl."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
errors = []
path = os.path.join(HERE, "notes.jsonl")
people = list(csv.DictReader(open(os.path.join(HERE, "people.csv"), encoding="utf-8")))
cases = {p["case_id"] for p in people}
if any(set(p) != {"case_id", "name", "role"} or not all(p.values()) for p in people):
    errors.append("people.csv: bad row")
types, voices, ids_seen, empty = collections.Counter(), collections.Counter(), set(), 0
n_notes = 0
for ln, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        n = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"line {ln}: bad JSON {e}")
        continue
    n_notes += 1
    if set(n) != {"note_id", "case_id", "voice", "text", "identifiers"}:
        errors.append(f"line {ln}: keys {sorted(n)}")
    if n["note_id"] in ids_seen:
        errors.append(f"duplicate note_id {n['note_id']}")
    ids_seen.add(n["note_id"])
    if n["case_id"] is not None and n["case_id"] not in cases:
        errors.append(f"{n['note_id']}: case_id {n['case_id']} not in people.csv")
    words = len(n["text"].split())
    if not 40 <= words <= 350:
        errors.append(f"{n['note_id']}: {words} words")
    voices[n["voice"]] += 1
    if not n["identifiers"]:
        empty += 1
    last = 0
    for i in n["identifiers"]:
        if i["type"] not in TYPES:
            errors.append(f"{n['note_id']}: type {i['type']}")
        if n["text"][i["start"]:i["end"]] != i["text"]:
            errors.append(f"{n['note_id']}: offset mismatch {i}")
        if i["start"] < last:
            errors.append(f"{n['note_id']}: overlap/unsorted at {i}")
        if i["text"] != i["text"].strip() or not i["text"]:
            errors.append(f"{n['note_id']}: whitespace at span edge {i}")
        if i["type"] == "NAME_IN_TABLE" and n["case_id"] is None:
            errors.append(f"{n['note_id']}: NAME_IN_TABLE in a note without case_id")
        last = i["end"]
        types[i["type"]] += 1
print(f"notes: {n_notes}  identifiers: {sum(types.values())}  notes without identifiers: {empty}  "
      f"roster rows: {len(people)}  cases: {len(cases)}")
print("per type:")
for t, c in types.most_common():
    print(f"  {t:18} {c}")
print("per voice:")
for v, c in voices.most_common():
    print(f"  {v:20} {c}")
print("sha256(notes.jsonl):", hashlib.sha256(open(path, "rb").read()).hexdigest())
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
