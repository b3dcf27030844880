"""Validate notes.jsonl and people.csv; print counts per type and voice and SHA-256 of notes.jsonl."""
import collections, csv, hashlib, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER", "POSTCODE",
         "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
path = os.path.join(HERE, "notes.jsonl")
errs, types, voices, ids_seen = [], collections.Counter(), collections.Counter(), set()
cases = {r["case_id"] for r in csv.DictReader(open(os.path.join(HERE, "people.csv"), encoding="utf-8"))}
empty = 0
for ln, line in enumerate(open(path, encoding="utf-8"), 1):
    try: r = json.loads(line)
    except Exception as e: errs.append(f"line {ln}: bad JSON {e}"); continue
    for k in ("note_id", "case_id", "voice", "text", "identifiers"):
        if k not in r: errs.append(f"line {ln}: missing {k}")
    if r["note_id"] in ids_seen: errs.append(f"dup note_id {r['note_id']}")
    ids_seen.add(r["note_id"]); voices[r["voice"]] += 1
    if r["case_id"] is not None and r["case_id"] not in cases: errs.append(f"{r['note_id']}: case_id not in people.csv")
    if not r["identifiers"]: empty += 1
    prev = -1
    for i in sorted(r["identifiers"], key=lambda x: x["start"]):
        if i["type"] not in TYPES: errs.append(f"{r['note_id']}: bad type {i['type']}")
        if r["text"][i["start"]:i["end"]] != i["text"]: errs.append(f"{r['note_id']}: offset mismatch {i}")
        if i["start"] < prev: errs.append(f"{r['note_id']}: overlap {i}")
        if i["text"] != i["text"].strip() or not i["text"]: errs.append(f"{r['note_id']}: untrimmed span {i}")
        if i["type"] == "NAME_IN_TABLE" and r["case_id"] is None: errs.append(f"{r['note_id']}: NAME_IN_TABLE in null-case note")
        prev = i["end"]; types[i["type"]] += 1
    w = len(r["text"].split())
    if not 40 <= w <= 350: errs.append(f"{r['note_id']}: {w} words")
print("notes:", len(ids_seen), " notes with no identifiers:", empty, " identifiers:", sum(types.values()))
for t, c in types.most_common(): print(f"  {t:18} {c}")
print("voices:")
for v, c in sorted(voices.items()): print(f"  {v:28} {c}")
print("sha256:", hashlib.sha256(open(path, "rb").read()).hexdigest())
if errs:
    print("ERRORS:"); [print("  " + e) for e in errs]; sys.exit(1)
print("OK")
