"""Validate notes.jsonl and people.csv; print counts and SHA-256."""
import collections, csv, hashlib, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER", "POSTCODE",
         "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
errs = []
path = os.path.join(HERE, "notes.jsonl")
rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
cases = {r["case_id"] for r in csv.DictReader(open(os.path.join(HERE, "people.csv"), encoding="utf-8"))}
by_type, by_voice, zero = collections.Counter(), collections.Counter(), 0
seen = set()
for r in rows:
    if set(r) != {"note_id", "case_id", "voice", "text", "identifiers"}:
        errs.append(f"{r.get('note_id')}: keys {sorted(r)}")
    if r["note_id"] in seen:
        errs.append(f"duplicate {r['note_id']}")
    seen.add(r["note_id"])
    if r["case_id"] is not None and r["case_id"] not in cases:
        errs.append(f"{r['note_id']}: case {r['case_id']} not in people.csv")
    by_voice[r["voice"]] += 1
    words = len(r["text"].split())
    if not 40 <= words <= 350:
        errs.append(f"{r['note_id']}: {words} words")
    last = -1
    for i in r["identifiers"]:
        if i["type"] not in TYPES:
            errs.append(f"{r['note_id']}: type {i['type']}")
        if r["text"][i["start"]:i["end"]] != i["text"]:
            errs.append(f"{r['note_id']}: offset mismatch {i}")
        if i["start"] < last:
            errs.append(f"{r['note_id']}: overlap/order {i}")
        if i["text"] != i["text"].strip() or not i["text"]:
            errs.append(f"{r['note_id']}: whitespace in span {i}")
        if i["type"] == "NAME_IN_TABLE" and r["case_id"] is None:
            errs.append(f"{r['note_id']}: NAME_IN_TABLE in note with null case_id")
        last = i["end"]
        by_type[i["type"]] += 1
    if not r["identifiers"]:
        zero += 1
print("notes:", len(rows), " notes with no identifiers:", zero, " identifiers:", sum(by_type.values()))
for t, c in by_type.most_common():
    print(f"  {t:18} {c}")
print("voices:")
for v, c in sorted(by_voice.items()):
    print(f"  {v:28} {c}")
print("sha256:", hashlib.sha256(open(path, "rb").read()).hexdigest())
if errs:
    print("ERRORS:"); print("\n".join(errs)); sys.exit(1)
print("OK")
