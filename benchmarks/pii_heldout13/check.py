"""Validate notes.jsonl / people.csv of pii_heldout13; print counts and SHA-256."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
errors = []
path = os.path.join(HERE, "notes.jsonl")
cases = {r["case_id"] for r in csv.DictReader(open(os.path.join(HERE, "people.csv"), encoding="utf-8"))}
types, voices, seen, empty = collections.Counter(), collections.Counter(), set(), 0
for ln, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        n = json.loads(line)
    except Exception as e:
        errors.append(f"line {ln}: bad JSON {e}"); continue
    for k in ("note_id", "case_id", "voice", "text", "identifiers"):
        if k not in n:
            errors.append(f"line {ln}: missing {k}")
    if n["note_id"] in seen:
        errors.append(f"duplicate id {n['note_id']}")
    seen.add(n["note_id"])
    t = n["text"]
    words = len(t.split())
    if not 40 <= words <= 350:
        errors.append(f"{n['note_id']}: {words} words")
    if n["case_id"] is not None and n["case_id"] not in cases:
        errors.append(f"{n['note_id']}: case_id {n['case_id']} not in people.csv")
    last = -1
    for i in sorted(n["identifiers"], key=lambda x: x["start"]):
        if i["type"] not in TYPES:
            errors.append(f"{n['note_id']}: bad type {i['type']}")
        if t[i["start"]:i["end"]] != i["text"]:
            errors.append(f"{n['note_id']}: offset mismatch {i}")
        if i["start"] < last:
            errors.append(f"{n['note_id']}: overlap at {i['start']}")
        if i["text"] != i["text"].strip():
            errors.append(f"{n['note_id']}: whitespace at span edge {i['text']!r}")
        last = i["end"]
        types[i["type"]] += 1
    if n["case_id"] is None and any(i["type"] == "NAME_IN_TABLE" for i in n["identifiers"]):
        errors.append(f"{n['note_id']}: NAME_IN_TABLE without case_id")
    if not n["identifiers"]:
        empty += 1
    voices[n["voice"]] += 1
print(f"notes: {len(seen)}  with no identifiers: {empty}  identifiers: {sum(types.values())}")
for k, v in types.most_common():
    print(f"  {k:18s} {v}")
print("voices:")
for k, v in voices.most_common():
    print(f"  {k:28s} {v}")
print("sha256 notes.jsonl:", hashlib.sha256(open(path, "rb").read()).hexdigest())
if errors:
    print("ERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("OK")
