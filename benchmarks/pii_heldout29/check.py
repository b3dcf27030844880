"""Validate notes.jsonl and people.csv of pii_heldout29; print counts per type and voice and the SHA-256."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER", "POSTCODE",
         "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}
errors = []
roster = collections.defaultdict(list)
with open(os.path.join(HERE, "people.csv"), encoding="utf-8") as f:
    rows = list(csv.reader(f))
if rows[0] != ["case_id", "name", "role"]: errors.append("people.csv header")
for r in rows[1:]:
    if len(r) != 3 or not all(r): errors.append(f"bad roster row {r}")
    roster[r[0]].append(r[1])
path = os.path.join(HERE, "notes.jsonl")
raw = open(path, "rb").read()
types, voices, ids_seen, empty = collections.Counter(), collections.Counter(), set(), 0
for ln, line in enumerate(raw.decode("utf-8").splitlines(), 1):
    n = json.loads(line)
    if set(n) != {"note_id", "case_id", "voice", "text", "identifiers"}: errors.append(f"line {ln}: keys")
    if n["note_id"] in ids_seen: errors.append(f"duplicate {n['note_id']}")
    ids_seen.add(n["note_id"])
    if n["case_id"] is not None and n["case_id"] not in roster: errors.append(f"{n['note_id']}: case not in roster")
    voices[n["voice"]] += 1
    if not n["identifiers"]: empty += 1
    words = len(n["text"].split())
    if not 20 <= words <= 350: errors.append(f"{n['note_id']}: {words} words")
    prev_end = -1
    for d in n["identifiers"]:
        if d["type"] not in TYPES: errors.append(f"{n['note_id']}: type {d['type']}")
        if n["text"][d["start"]:d["end"]] != d["text"]: errors.append(f"{n['note_id']}: offset {d}")
        if d["start"] < prev_end: errors.append(f"{n['note_id']}: overlap {d}")
        if d["text"] != d["text"].strip(): errors.append(f"{n['note_id']}: whitespace {d}")
        if d["type"] == "NAME_IN_TABLE" and n["case_id"] is None: errors.append(f"{n['note_id']}: in-table name, no case")
        prev_end = d["end"]
        types[d["type"]] += 1
print(f"notes: {len(ids_seen)}  without identifiers: {empty}  identifiers: {sum(types.values())}  "
      f"roster rows: {len(rows) - 1} in {len(roster)} cases")
for t, c in types.most_common(): print(f"  {t:18} {c}")
print("voices:")
for v, c in voices.most_common(): print(f"  {v:22} {c}")
print("sha256(notes.jsonl):", hashlib.sha256(raw).hexdigest())
if errors:
    print("ERRORS:", *errors, sep="\n  "); sys.exit(1)
print("OK")
