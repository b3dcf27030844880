"""Validate notes.jsonl / people.csv: offsets, types, JSON; print counts and SHA-256."""
import collections, csv, hashlib, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER", "POSTCODE",
         "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
path = os.path.join(HERE, "notes.jsonl")
errors, types, voices, words = [], collections.Counter(), collections.Counter(), []
cases = {r["case_id"] for r in csv.DictReader(open(os.path.join(HERE, "people.csv"), encoding="utf-8"))}
no_id = 0
seen = set()
for ln, line in enumerate(open(path, encoding="utf-8"), 1):
    n = json.loads(line)
    for k in ("note_id", "case_id", "voice", "text", "identifiers"):
        if k not in n: errors.append(f"line {ln}: missing {k}")
    if n["note_id"] in seen: errors.append(f"dup id {n['note_id']}")
    seen.add(n["note_id"])
    if n["case_id"] is not None and n["case_id"] not in cases: errors.append(f"{n['note_id']}: case {n['case_id']} not in people.csv")
    t = n["text"]; words.append(len(t.split())); voices[n["voice"]] += 1
    if not n["identifiers"]: no_id += 1
    last = -1
    for i in sorted(n["identifiers"], key=lambda x: x["start"]):
        if i["type"] not in TYPES: errors.append(f"{n['note_id']}: bad type {i['type']}")
        if t[i["start"]:i["end"]] != i["text"]: errors.append(f"{n['note_id']}: offset mismatch {i}")
        if i["start"] < last: errors.append(f"{n['note_id']}: overlap {i}")
        if i["text"] != i["text"].strip() or not i["text"]: errors.append(f"{n['note_id']}: whitespace span {i}")
        last = i["end"]; types[i["type"]] += 1
        if i["type"] == "NAME_IN_TABLE" and n["case_id"] is None: errors.append(f"{n['note_id']}: NAME_IN_TABLE with null case")
print(f"notes: {len(seen)}  identifiers: {sum(types.values())}  notes without identifiers: {no_id}")
print(f"words per note: min {min(words)} max {max(words)} mean {sum(words)/len(words):.0f}")
for k, v in types.most_common(): print(f"  {k:18} {v}")
print("voices:"); [print(f"  {k:22} {v}") for k, v in voices.most_common()]
print("sha256 notes.jsonl:", hashlib.sha256(open(path, "rb").read()).hexdigest())
if errors:
    print("ERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("OK")
