"""Validate notes.jsonl and people.csv; print counts per type and voice and the SHA-256 of notes.jsonl."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
path = os.path.join(HERE, "notes.jsonl")
errors, types, voices, ids_seen = [], collections.Counter(), collections.Counter(), set()
roster = {r["case_id"] for r in csv.DictReader(open(os.path.join(HERE, "people.csv"), encoding="utf-8"))}
empty, lens = 0, []
for ln, line in enumerate(open(path, encoding="utf-8"), 1):
    n = json.loads(line)
    for k in ("note_id", "case_id", "voice", "text", "identifiers"):
        if k not in n:
            errors.append(f"line {ln}: missing {k}")
    if n["note_id"] in ids_seen:
        errors.append(f"dup id {n['note_id']}")
    ids_seen.add(n["note_id"])
    voices[n["voice"]] += 1
    lens.append(len(n["text"].split()))
    if not n["identifiers"]:
        empty += 1
    prev_end = -1
    for i in n["identifiers"]:
        if i["type"] not in TYPES:
            errors.append(f"{n['note_id']}: bad type {i['type']}")
        if n["text"][i["start"]:i["end"]] != i["text"]:
            errors.append(f"{n['note_id']}: offset mismatch {i}")
        if i["text"] != i["text"].strip() or not i["text"]:
            errors.append(f"{n['note_id']}: whitespace at span edge {i}")
        if i["start"] < prev_end:
            errors.append(f"{n['note_id']}: overlap {i}")
        prev_end = i["end"]
        if i["type"] == "NAME_IN_TABLE" and n["case_id"] not in roster:
            errors.append(f"{n['note_id']}: NAME_IN_TABLE but case {n['case_id']} has no roster rows")
        types[i["type"]] += 1
print("notes:", len(ids_seen), " with no identifiers:", empty, " words min/max:", min(lens), max(lens))
print("identifiers:", sum(types.values()))
for t, c in types.most_common():
    print(f"  {t:18} {c}")
print("voices:")
for v, c in voices.most_common():
    print(f"  {v:22} {c}")
print("sha256:", hashlib.sha256(open(path, "rb").read()).hexdigest())
if errors:
    print("ERRORS:"); print("\n".join(errors[:50])); sys.exit(1)
print("OK")
