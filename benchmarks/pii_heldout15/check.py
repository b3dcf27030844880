"""Validate notes.jsonl and people.csv; print counts per type and voice and the SHA-256 of notes.jsonl."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
errors = []
path = os.path.join(HERE, "notes.jsonl")
raw = open(path, "rb").read()
cases = {r["case_id"] for r in csv.DictReader(open(os.path.join(HERE, "people.csv"), encoding="utf-8"))}
types, voices, ids_seen, empty = collections.Counter(), collections.Counter(), set(), 0
for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
    r = json.loads(line)
    if set(r) != {"note_id", "case_id", "voice", "text", "identifiers"}:
        errors.append(f"line {n}: keys {sorted(r)}")
    if r["note_id"] in ids_seen:
        errors.append(f"duplicate note_id {r['note_id']}")
    ids_seen.add(r["note_id"])
    if r["case_id"] is not None and r["case_id"] not in cases:
        errors.append(f"{r['note_id']}: case_id {r['case_id']} not in people.csv")
    voices[r["voice"]] += 1
    words = len(r["text"].split())
    if not 40 <= words <= 350:
        errors.append(f"{r['note_id']}: {words} words")
    if not r["identifiers"]:
        empty += 1
    last = 0
    for i in sorted(r["identifiers"], key=lambda x: x["start"]):
        if i["type"] not in TYPES:
            errors.append(f"{r['note_id']}: bad type {i['type']}")
        if r["text"][i["start"]:i["end"]] != i["text"]:
            errors.append(f"{r['note_id']}: offset mismatch {i}")
        if i["start"] < last:
            errors.append(f"{r['note_id']}: overlap {i}")
        if i["text"] != i["text"].strip() or not i["text"]:
            errors.append(f"{r['note_id']}: whitespace at span edge {i}")
        if i["type"] == "NAME_IN_TABLE" and r["case_id"] is None:
            errors.append(f"{r['note_id']}: NAME_IN_TABLE in a note without case_id")
        last = i["end"]
        types[i["type"]] += 1
print("notes:", len(ids_seen), " notes with no identifiers:", empty)
print("identifiers:", sum(types.values()))
for t, c in types.most_common():
    print(f"  {t:18} {c}")
print("voices:")
for v, c in voices.most_common():
    print(f"  {v:28} {c}")
print("sha256(notes.jsonl):", hashlib.sha256(raw).hexdigest())
if errors:
    print("ERRORS:"); print("\n".join(errors)); sys.exit(1)
print("OK")
