"""Validate notes.jsonl / people.csv of pii_heldout21 and print counts and the SHA-256 of notes.jsonl."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER", "POSTCODE",
         "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
path = os.path.join(HERE, "notes.jsonl")
errors, types, voices, ids_seen = [], collections.Counter(), collections.Counter(), set()
cases = {r["case_id"] for r in csv.DictReader(open(os.path.join(HERE, "people.csv"), encoding="utf-8"))}
n_notes = n_clean = 0
for ln, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"line {ln}: bad JSON {e}"); continue
    n_notes += 1
    for k in ("note_id", "case_id", "voice", "text", "identifiers"):
        if k not in r: errors.append(f"line {ln}: missing {k}")
    if r["note_id"] in ids_seen: errors.append(f"dup note_id {r['note_id']}")
    ids_seen.add(r["note_id"])
    if r["case_id"] is not None and r["case_id"] not in cases:
        errors.append(f"{r['note_id']}: case_id {r['case_id']} not in people.csv")
    voices[r["voice"]] += 1
    if not r["identifiers"]: n_clean += 1
    last = -1
    for d in sorted(r["identifiers"], key=lambda d: d["start"]):
        if d["type"] not in TYPES: errors.append(f"{r['note_id']}: bad type {d['type']}")
        if r["text"][d["start"]:d["end"]] != d["text"]: errors.append(f"{r['note_id']}: offset mismatch {d}")
        if d["start"] < last: errors.append(f"{r['note_id']}: overlap at {d}")
        if d["text"] != d["text"].strip() or not d["text"]: errors.append(f"{r['note_id']}: untrimmed span {d}")
        if d["type"] == "NAME_IN_TABLE" and r["case_id"] is None:
            errors.append(f"{r['note_id']}: NAME_IN_TABLE in a note with no case_id")
        last = d["end"]; types[d["type"]] += 1
    wc = len(r["text"].split())
    if not 40 <= wc <= 350: print(f"note {r['note_id']}: {wc} words (outside 40-350)")
print(f"notes: {n_notes}  with no identifiers: {n_clean}  identifiers: {sum(types.values())}")
for t, c in types.most_common(): print(f"  {t:18s} {c}")
print("voices:")
for v, c in voices.most_common(): print(f"  {v:22s} {c}")
print("sha256 notes.jsonl:", hashlib.sha256(open(path, "rb").read()).hexdigest())
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
