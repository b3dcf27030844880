"""Validate notes.jsonl: JSON, offsets, types, case ids; print counts and SHA-256."""
import csv, collections, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER", "POSTCODE",
         "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
path = os.path.join(HERE, "notes.jsonl")
cases = {r["case_id"] for r in csv.DictReader(open(os.path.join(HERE, "people.csv"), encoding="utf-8"))}
errs, types, voices, seen = [], collections.Counter(), collections.Counter(), set()
n = empty = 0
for ln, line in enumerate(open(path, encoding="utf-8"), 1):
    o = json.loads(line); n += 1
    if set(o) != {"note_id", "case_id", "voice", "text", "identifiers"}: errs.append(f"{ln}: keys {set(o)}")
    if o["note_id"] in seen: errs.append(f"{ln}: dup id")
    seen.add(o["note_id"]); voices[o["voice"]] += 1
    if o["case_id"] is not None and o["case_id"] not in cases: errs.append(f"{ln}: case {o['case_id']} not in people.csv")
    wc = len(o["text"].split())
    if not 40 <= wc <= 350: errs.append(f"{o['note_id']}: {wc} words")
    if not o["identifiers"]: empty += 1
    last = -1
    for d in sorted(o["identifiers"], key=lambda d: d["start"]):
        if d["type"] not in TYPES: errs.append(f"{o['note_id']}: type {d['type']}")
        if o["text"][d["start"]:d["end"]] != d["text"]: errs.append(f"{o['note_id']}: offset {d}")
        if d["text"] != d["text"].strip() or not d["text"]: errs.append(f"{o['note_id']}: whitespace {d}")
        if d["start"] < last: errs.append(f"{o['note_id']}: overlap {d}")
        if d["type"] == "NAME_IN_TABLE" and o["case_id"] is None: errs.append(f"{o['note_id']}: in-table name with null case")
        last = d["end"]; types[d["type"]] += 1
print(f"notes {n}, notes without identifiers {empty}, identifiers {sum(types.values())}")
for t, c in types.most_common(): print(f"  {t:18} {c}")
print("voices:"); [print(f"  {v:28} {c}") for v, c in voices.most_common()]
print("sha256", hashlib.sha256(open(path, "rb").read()).hexdigest())
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("OK")
