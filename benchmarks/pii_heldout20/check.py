"""Validate notes.jsonl / people.csv of pii_heldout20 and print counts and the SHA-256."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
errors = []
path = os.path.join(HERE, "notes.jsonl")
raw = open(path, "rb").read()
roster = collections.defaultdict(list)
with open(os.path.join(HERE, "people.csv"), encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
if rows[0] != ["case_id", "name", "role"]:
    errors.append("people.csv header")
for r in rows[1:]:
    if len(r) != 3:
        errors.append("people.csv row has %d fields: %r" % (len(r), r))
    else:
        roster[r[0]].append(r[1])
types, voices, ids_seen = collections.Counter(), collections.Counter(), set()
words, clean = [], 0
for ln, line in enumerate(raw.decode("utf-8").splitlines(), 1):
    try:
        n = json.loads(line)
    except ValueError as e:
        errors.append("line %d: bad JSON %s" % (ln, e)); continue
    if set(n) != {"note_id", "case_id", "voice", "text", "identifiers"}:
        errors.append("line %d: keys %s" % (ln, sorted(n)))
    if n["note_id"] in ids_seen:
        errors.append("duplicate note_id " + n["note_id"])
    ids_seen.add(n["note_id"])
    t = n["text"]
    words.append(len(t.split()))
    voices[n["voice"]] += 1
    if n["case_id"] is not None and n["case_id"] not in roster:
        errors.append("%s: case_id %s has no roster rows" % (n["note_id"], n["case_id"]))
    last = -1
    if not n["identifiers"]:
        clean += 1
    for i in n["identifiers"]:
        if i["type"] not in TYPES:
            errors.append("%s: bad type %s" % (n["note_id"], i["type"]))
        if not (0 <= i["start"] < i["end"] <= len(t)) or t[i["start"]:i["end"]] != i["text"]:
            errors.append("%s: offset mismatch %r" % (n["note_id"], i))
        if i["start"] < last:
            errors.append("%s: overlapping/unsorted %r" % (n["note_id"], i))
        last = i["end"]
        if i["text"] != i["text"].strip():
            errors.append("%s: span has outer whitespace %r" % (n["note_id"], i["text"]))
        if i["type"] == "NAME_IN_TABLE" and n["case_id"] is None:
            errors.append("%s: NAME_IN_TABLE in a note without case_id" % n["note_id"])
        types[i["type"]] += 1
print("notes:", len(ids_seen), " with no identifiers:", clean,
      " words min/median/max: %d/%d/%d" % (min(words), sorted(words)[len(words) // 2], max(words)))
print("identifiers:", sum(types.values()))
for k, v in types.most_common():
    print("  %-18s %d" % (k, v))
print("voices:")
for k, v in sorted(voices.items()):
    print("  %-22s %d" % (k, v))
print("roster rows:", len(rows) - 1, " cases:", len(roster))
print("sha256(notes.jsonl):", hashlib.sha256(raw).hexdigest())
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
