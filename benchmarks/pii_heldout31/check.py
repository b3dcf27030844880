"""Validate notes.jsonl and people.csv; print counts and SHA-256."""
import json, hashlib, collections, csv, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER", "POSTCODE",
         "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
path = os.path.join(HERE, "notes.jsonl"); errs = []; seen = set()
types, voices, words = collections.Counter(), collections.Counter(), []
cases = {r["case_id"] for r in csv.DictReader(open(os.path.join(HERE, "people.csv"), encoding="utf-8"))}
for i, line in enumerate(open(path, encoding="utf-8"), 1):
    n = json.loads(line)
    if set(n) != {"note_id", "case_id", "voice", "text", "identifiers"}: errs.append(f"line {i}: keys")
    if n["note_id"] in seen: errs.append(f"dup id {n['note_id']}")
    seen.add(n["note_id"]); voices[n["voice"]] += 1; words.append(len(n["text"].split()))
    if n["case_id"] is not None and n["case_id"] not in cases: errs.append(f"{n['note_id']}: case not in people.csv")
    last = -1
    for d in n["identifiers"]:
        if d["type"] not in TYPES: errs.append(f"{n['note_id']}: type {d['type']}")
        if n["text"][d["start"]:d["end"]] != d["text"]: errs.append(f"{n['note_id']}: offset {d}")
        if d["start"] < last: errs.append(f"{n['note_id']}: overlap/order {d}")
        if d["text"] != d["text"].strip() or not d["text"]: errs.append(f"{n['note_id']}: whitespace {d}")
        last = d["end"]; types[d["type"]] += 1
print("notes", len(seen), "identifiers", sum(types.values()), "no-identifier notes",
      sum(1 for l in open(path, encoding="utf-8") if not json.loads(l)["identifiers"]),
      "words min/max", min(words), max(words))
for t, c in types.most_common(): print(f"  {t:18} {c}")
for v, c in voices.most_common(): print(f"  voice {v:28} {c}")
print("sha256", hashlib.sha256(open(path, "rb").read()).hexdigest())
if errs: print("ERRORS", *errs, sep="\n"); sys.exit(1)
print("OK")
