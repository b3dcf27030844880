"""Validate notes.jsonl / people.csv; print counts per type and voice and the SHA-256 of notes.jsonl."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER", "POSTCODE",
         "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
errors = []
path = os.path.join(HERE, "notes.jsonl")
raw = open(path, "rb").read()
cases = {r["case_id"] for r in csv.DictReader(open(os.path.join(HERE, "people.csv"), encoding="utf-8"))}
by_type, by_voice, notes_by_voice = collections.Counter(), collections.Counter(), collections.Counter()
ids_seen, empty, words = set(), 0, []
for ln, line in enumerate(raw.decode("utf-8").splitlines(), 1):
    try:
        n = json.loads(line)
    except Exception as e:
        errors.append(f"line {ln}: bad JSON {e}"); continue
    if set(n) != {"note_id", "case_id", "voice", "text", "identifiers"}:
        errors.append(f"line {ln}: keys {sorted(n)}")
    if n["note_id"] in ids_seen:
        errors.append(f"dup id {n['note_id']}")
    ids_seen.add(n["note_id"])
    if n["case_id"] is not None and n["case_id"] not in cases:
        errors.append(f"{n['note_id']}: case_id {n['case_id']} not in people.csv")
    t = n["text"]
    words.append(len(t.split()))
    notes_by_voice[n["voice"]] += 1
    if not n["identifiers"]:
        empty += 1
    last = -1
    for i in n["identifiers"]:
        if i["type"] not in TYPES:
            errors.append(f"{n['note_id']}: type {i['type']}")
        if t[i["start"]:i["end"]] != i["text"]:
            errors.append(f"{n['note_id']}: offset mismatch {i}")
        if i["start"] < last:
            errors.append(f"{n['note_id']}: overlap/unsorted {i}")
        if i["text"] != i["text"].strip() or not i["text"]:
            errors.append(f"{n['note_id']}: whitespace at span edge {i}")
        last = i["end"]
        by_type[i["type"]] += 1
        by_voice[n["voice"]] += 1
    if n["case_id"] is None and any(i["type"] == "NAME_IN_TABLE" for i in n["identifiers"]):
        errors.append(f"{n['note_id']}: NAME_IN_TABLE without case_id")
print(f"notes: {len(ids_seen)}  with no identifiers: {empty}  words min/max: {min(words)}/{max(words)}")
print(f"identifiers: {sum(by_type.values())}")
for k, v in by_type.most_common():
    print(f"  {k:20s} {v}")
print("by voice (notes / identifiers):")
for k, v in sorted(notes_by_voice.items()):
    print(f"  {k:28s} {v:3d} / {by_voice[k]}")
print("sha256(notes.jsonl):", hashlib.sha256(raw).hexdigest())
if errors:
    print("ERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("OK")
