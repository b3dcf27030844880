"""Validate notes.jsonl and people.csv; print counts per type and voice and the SHA-256 of notes.jsonl."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
path = os.path.join(HERE, "notes.jsonl")
errors = []
types, voices, ids_seen = collections.Counter(), collections.Counter(), set()
zero = 0
cases = {r["case_id"] for r in csv.DictReader(open(os.path.join(HERE, "people.csv"), encoding="utf-8"))}
n = 0
for ln, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        d = json.loads(line)
    except Exception as e:
        errors.append(f"line {ln}: bad JSON {e}")
        continue
    n += 1
    for k in ("note_id", "case_id", "voice", "text", "identifiers"):
        if k not in d:
            errors.append(f"line {ln}: missing {k}")
    if d["note_id"] in ids_seen:
        errors.append(f"line {ln}: duplicate note_id")
    ids_seen.add(d["note_id"])
    if d["case_id"] is not None and d["case_id"] not in cases:
        errors.append(f"{d['note_id']}: case_id {d['case_id']} not in people.csv")
    voices[d["voice"]] += 1
    wc = len(d["text"].split())
    if not 40 <= wc <= 350:
        errors.append(f"{d['note_id']}: {wc} words")
    if not d["identifiers"]:
        zero += 1
    prev_end = -1
    for i in sorted(d["identifiers"], key=lambda x: x["start"]):
        if i["type"] not in TYPES:
            errors.append(f"{d['note_id']}: bad type {i['type']}")
        if d["text"][i["start"]:i["end"]] != i["text"]:
            errors.append(f"{d['note_id']}: offset mismatch {i}")
        if i["start"] < prev_end:
            errors.append(f"{d['note_id']}: overlap at {i['start']}")
        if i["text"] != i["text"].strip() or not i["text"]:
            errors.append(f"{d['note_id']}: whitespace in span {i['text']!r}")
        prev_end = i["end"]
        types[i["type"]] += 1
        if i["type"] == "NAME_IN_TABLE" and d["case_id"] is None:
            errors.append(f"{d['note_id']}: NAME_IN_TABLE in note without case_id")
print(f"notes: {n}  with no identifiers: {zero}  identifiers: {sum(types.values())}")
for t, c in types.most_common():
    print(f"  {t:18} {c}")
print("voices:")
for v, c in sorted(voices.items()):
    print(f"  {v:28} {c}")
print("sha256(notes.jsonl):", hashlib.sha256(open(path, "rb").read()).hexdigest())
if errors:
    print("ERRORS:")
    print("\n".join(errors))
    sys.exit(1)
print("OK")
