"""Validate notes.jsonl / people.csv; print counts per type and voice and SHA-256."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
errs = []
path = os.path.join(HERE, "notes.jsonl")
raw = open(path, "rb").read()
notes = [json.loads(l) for l in raw.decode("utf-8").splitlines() if l.strip()]
cases = {r["case_id"] for r in csv.DictReader(open(os.path.join(HERE, "people.csv"), encoding="utf-8"))}
types, voices, ids, zero = collections.Counter(), collections.Counter(), set(), 0
for n in notes:
    for k in ("note_id", "case_id", "voice", "text", "identifiers"):
        if k not in n:
            errs.append(f"{n.get('note_id')}: missing {k}")
    if n["note_id"] in ids:
        errs.append("duplicate " + n["note_id"])
    ids.add(n["note_id"])
    if n["case_id"] is not None and n["case_id"] not in cases:
        errs.append(f"{n['note_id']}: case_id {n['case_id']} not in people.csv")
    wc = len(n["text"].split())
    if not 40 <= wc <= 350:
        errs.append(f"{n['note_id']}: {wc} words")
    voices[n["voice"]] += 1
    if not n["identifiers"]:
        zero += 1
    last = -1
    for i in sorted(n["identifiers"], key=lambda x: x["start"]):
        if i["type"] not in TYPES:
            errs.append(f"{n['note_id']}: type {i['type']}")
        if n["text"][i["start"]:i["end"]] != i["text"]:
            errs.append(f"{n['note_id']}: offset mismatch {i}")
        if i["start"] < last:
            errs.append(f"{n['note_id']}: overlap {i}")
        if i["text"] != i["text"].strip():
            errs.append(f"{n['note_id']}: whitespace at span edge {i}")
        last = i["end"]
        types[i["type"]] += 1
    if n["case_id"] is None and any(i["type"] == "NAME_IN_TABLE" for i in n["identifiers"]):
        errs.append(f"{n['note_id']}: NAME_IN_TABLE in note with null case_id")
print(f"{len(notes)} notes, {zero} with no identifiers, {sum(types.values())} identifiers")
for t, c in types.most_common():
    print(f"  {t:18} {c}")
print("voices:")
for v, c in voices.most_common():
    print(f"  {v:28} {c}")
print("sha256(notes.jsonl):", hashlib.sha256(raw).hexdigest())
if errs:
    print("ERRORS:")
    print("\n".join(errs))
    sys.exit(1)
print("OK")
