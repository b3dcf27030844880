"""Validate notes.jsonl and people.csv; print counts per type and voice and the SHA-256 of notes.jsonl."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER", "POSTCODE",
         "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
errs = []
path = os.path.join(HERE, "notes.jsonl")
raw = open(path, "rb").read()
cases = set()
with open(os.path.join(HERE, "people.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if set(row) != {"case_id", "name", "role"} or not all(row.values()):
            errs.append("bad people row %r" % row)
        cases.add(row["case_id"])
types, voices, seen = collections.Counter(), collections.Counter(), set()
zero = 0
for i, line in enumerate(raw.decode("utf-8").splitlines(), 1):
    try:
        n = json.loads(line)
    except Exception as e:
        errs.append("line %d: bad JSON %s" % (i, e)); continue
    if set(n) != {"note_id", "case_id", "voice", "text", "identifiers"}:
        errs.append("line %d: keys %s" % (i, sorted(n)))
    if n["note_id"] in seen:
        errs.append("duplicate id " + n["note_id"])
    seen.add(n["note_id"])
    if n["case_id"] is not None and n["case_id"] not in cases:
        errs.append("%s: case_id %s not in people.csv" % (n["note_id"], n["case_id"]))
    words = len(n["text"].split())
    if not 40 <= words <= 350:
        errs.append("%s: %d words" % (n["note_id"], words))
    voices[n["voice"]] += 1
    last = -1
    if not n["identifiers"]:
        zero += 1
    for d in n["identifiers"]:
        t = n["text"]
        if d["type"] not in TYPES:
            errs.append("%s: type %s" % (n["note_id"], d["type"]))
        if t[d["start"]:d["end"]] != d["text"] or not d["text"] or d["text"] != d["text"].strip():
            errs.append("%s: offset/trim %r" % (n["note_id"], d))
        if d["start"] < last:
            errs.append("%s: overlap/order at %r" % (n["note_id"], d))
        last = d["end"]
        if d["type"] == "NAME_IN_TABLE" and n["case_id"] is None:
            errs.append("%s: NAME_IN_TABLE in a note with no case" % n["note_id"])
        types[d["type"]] += 1
print("notes:", len(seen), " notes with no identifiers:", zero, " identifiers:", sum(types.values()))
for k, v in types.most_common():
    print("  %-18s %d" % (k, v))
print("voices:")
for k, v in voices.most_common():
    print("  %-28s %d" % (k, v))
print("sha256(notes.jsonl):", hashlib.sha256(raw).hexdigest())
if errs:
    print("ERRORS:"); [print("  " + e) for e in errs]; sys.exit(1)
print("OK")
