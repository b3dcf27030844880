"""Validate notes.jsonl / people.csv and print counts and the SHA-256 of notes.jsonl."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
errors = []
path = os.path.join(HERE, "notes.jsonl")
roster = collections.defaultdict(list)
with open(os.path.join(HERE, "people.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        roster[r["case_id"]].append(r["name"])
by_type, by_voice, notes_voice, ids_seen = collections.Counter(), collections.Counter(), collections.Counter(), set()
words, empty, n = [], 0, 0
for ln, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        d = json.loads(line)
    except Exception as e:
        errors.append(f"line {ln}: bad JSON {e}"); continue
    n += 1
    for k in ("note_id", "case_id", "voice", "text", "identifiers"):
        if k not in d: errors.append(f"{ln}: missing {k}")
    if d["note_id"] in ids_seen: errors.append(f"dup id {d['note_id']}")
    ids_seen.add(d["note_id"])
    if d["case_id"] is not None and d["case_id"] not in roster:
        errors.append(f"{d['note_id']}: case_id {d['case_id']} has no roster rows")
    t = d["text"]; words.append(len(t.split()))
    notes_voice[d["voice"]] += 1
    if not d["identifiers"]: empty += 1
    prev_end = -1
    for i in sorted(d["identifiers"], key=lambda x: x["start"]):
        if i["type"] not in TYPES: errors.append(f"{d['note_id']}: bad type {i['type']}")
        if t[i["start"]:i["end"]] != i["text"]: errors.append(f"{d['note_id']}: offset mismatch {i}")
        if i["text"] != i["text"].strip() or not i["text"]: errors.append(f"{d['note_id']}: untrimmed span {i}")
        if i["start"] < prev_end: errors.append(f"{d['note_id']}: overlap {i}")
        if i["type"] == "NAME_IN_TABLE" and d["case_id"] is None:
            errors.append(f"{d['note_id']}: NAME_IN_TABLE in a note with no case_id")
        prev_end = i["end"]
        by_type[i["type"]] += 1; by_voice[d["voice"]] += 1
print(f"notes: {n}  notes without identifiers: {empty}  identifiers: {sum(by_type.values())}")
print(f"words per note: min {min(words)} max {max(words)} mean {sum(words)/len(words):.0f}")
print("per type:"); [print(f"  {k:18s}{v}") for k, v in by_type.most_common()]
print("per voice (notes / identifiers):"); [print(f"  {k:18s}{notes_voice[k]:3d} {by_voice[k]}") for k in sorted(notes_voice)]
print("roster rows:", sum(len(v) for v in roster.values()), "cases:", len(roster))
print("sha256 notes.jsonl:", hashlib.sha256(open(path, "rb").read()).hexdigest())
if errors:
    print("ERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("OK")
