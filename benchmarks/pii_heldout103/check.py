"""Validate notes.jsonl and people.csv; print counts and SHA-256."""
import collections, csv, hashlib, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER", "POSTCODE",
         "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
path = os.path.join(here, "notes.jsonl")
cases = {r["case_id"] for r in csv.DictReader(open(os.path.join(here, "people.csv"), encoding="utf-8"))}
errs, types, voices, ids_seen, words, empty = 0, collections.Counter(), collections.Counter(), set(), [], 0
for ln, line in enumerate(open(path, encoding="utf-8"), 1):
    r = json.loads(line)
    assert set(r) == {"note_id", "case_id", "voice", "text", "identifiers"}, ln
    if r["note_id"] in ids_seen: print("dup id", r["note_id"]); errs += 1
    ids_seen.add(r["note_id"]); voices[r["voice"]] += 1
    words.append(len(r["text"].split()))
    if r["case_id"] is not None and r["case_id"] not in cases: print("case not in people.csv", r["note_id"]); errs += 1
    if not r["identifiers"]: empty += 1
    prev = -1
    for d in sorted(r["identifiers"], key=lambda d: d["start"]):
        if d["type"] not in TYPES: print("bad type", r["note_id"], d); errs += 1
        if r["text"][d["start"]:d["end"]] != d["text"]: print("offset", r["note_id"], d); errs += 1
        if d["text"] != d["text"].strip() or not d["text"]: print("whitespace", r["note_id"], d); errs += 1
        if d["start"] < prev: print("overlap", r["note_id"], d); errs += 1
        prev = d["end"]; types[d["type"]] += 1
    if r["case_id"] is None and any(d["type"] == "NAME_IN_TABLE" for d in r["identifiers"]):
        print("NAME_IN_TABLE with null case", r["note_id"]); errs += 1
print("notes:", len(ids_seen), "no-identifier notes:", empty, "words min/max:", min(words), max(words))
print("identifiers:", sum(types.values()))
for t, c in types.most_common(): print(f"  {t:18} {c}")
print("voices:")
for v, c in voices.most_common(): print(f"  {v:28} {c}")
print("sha256:", hashlib.sha256(open(path, "rb").read()).hexdigest())
print("ERRORS:", errs)
sys.exit(1 if errs else 0)
