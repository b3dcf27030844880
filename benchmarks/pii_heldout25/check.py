"""Validate notes.jsonl / people.csv and print counts and SHA-256."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER", "POSTCODE",
         "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
errors = []
path = os.path.join(HERE, "notes.jsonl")
raw = open(path, "rb").read()
people = list(csv.DictReader(open(os.path.join(HERE, "people.csv"), encoding="utf-8")))
cases = {p["case_id"] for p in people}
by_type, by_voice, ids_seen = collections.Counter(), collections.Counter(), set()
clean = 0
for ln, line in enumerate(raw.decode("utf-8").splitlines(), 1):
    try:
        n = json.loads(line)
    except Exception as e:
        errors.append(f"line {ln}: bad json {e}"); continue
    for k in ("note_id", "case_id", "voice", "text", "identifiers"):
        if k not in n:
            errors.append(f"line {ln}: missing {k}")
    if n["note_id"] in ids_seen:
        errors.append(f"dup id {n['note_id']}")
    ids_seen.add(n["note_id"])
    if n["case_id"] is not None and n["case_id"] not in cases:
        errors.append(f"{n['note_id']}: case_id {n['case_id']} not in people.csv")
    words = len(n["text"].split())
    if not 40 <= words <= 350:
        errors.append(f"{n['note_id']}: {words} words")
    by_voice[n["voice"]] += 1
    if not n["identifiers"]:
        clean += 1
    last = -1
    for d in sorted(n["identifiers"], key=lambda d: d["start"]):
        if d["type"] not in TYPES:
            errors.append(f"{n['note_id']}: bad type {d['type']}")
        if n["text"][d["start"]:d["end"]] != d["text"]:
            errors.append(f"{n['note_id']}: offset mismatch {d}")
        if d["start"] < last:
            errors.append(f"{n['note_id']}: overlap {d}")
        if d["type"] == "NAME_IN_TABLE" and n["case_id"] is None:
            errors.append(f"{n['note_id']}: NAME_IN_TABLE in a note without case_id")
        last = d["end"]
        by_type[d["type"]] += 1
print("notes:", len(ids_seen), " notes without identifiers:", clean, " identifiers:", sum(by_type.values()))
for t, c in by_type.most_common():
    print(f"  {t:20s} {c}")
print("voices:")
for v, c in sorted(by_voice.items()):
    print(f"  {v:28s} {c}")
print("sha256(notes.jsonl):", hashlib.sha256(raw).hexdigest())
if errors:
    print("ERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("OK")
