"""Validate notes.jsonl / people.csv of pii_heldout22 and print counts and SHA-256."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER", "POSTCODE",
         "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}

def main():
    errs = []
    path = os.path.join(HERE, "notes.jsonl")
    raw = open(path, "rb").read()
    cases = collections.defaultdict(list)
    with open(os.path.join(HERE, "people.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if set(r) != {"case_id", "name", "role"} or not r["case_id"] or not r["name"]:
                errs.append("bad people row %r" % r)
            cases[r["case_id"]].append(r["name"])
    types, voices, seen, empty = collections.Counter(), collections.Counter(), set(), 0
    for ln, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        n = json.loads(line)
        if set(n) != {"note_id", "case_id", "voice", "text", "identifiers"}:
            errs.append("line %d keys" % ln)
        if n["note_id"] in seen:
            errs.append("dup id " + n["note_id"])
        seen.add(n["note_id"])
        if n["case_id"] is not None and n["case_id"] not in cases:
            errs.append("%s: case_id not in people.csv" % n["note_id"])
        t = n["text"]
        words = len(t.split())
        if not 40 <= words <= 350:
            errs.append("%s: %d words" % (n["note_id"], words))
        if "[[" in t or "]]" in t:
            errs.append("%s: leftover mark" % n["note_id"])
        prev_end = -1
        for i in sorted(n["identifiers"], key=lambda x: x["start"]):
            if i["type"] not in TYPES:
                errs.append("%s: bad type %s" % (n["note_id"], i["type"]))
            if t[i["start"]:i["end"]] != i["text"]:
                errs.append("%s: offset mismatch %r" % (n["note_id"], i))
            if i["start"] < prev_end:
                errs.append("%s: overlap at %d" % (n["note_id"], i["start"]))
            if i["text"] != i["text"].strip() or not i["text"]:
                errs.append("%s: whitespace in span %r" % (n["note_id"], i["text"]))
            if i["type"] == "NAME_IN_TABLE" and n["case_id"] is None:
                errs.append("%s: NAME_IN_TABLE with null case" % n["note_id"])
            prev_end = i["end"]
            types[i["type"]] += 1
        if not n["identifiers"]:
            empty += 1
        voices[n["voice"]] += 1
    print("notes:", len(seen), " with no identifiers:", empty, " identifiers:", sum(types.values()))
    for k, v in types.most_common():
        print("  %-18s %d" % (k, v))
    print("voices:")
    for k, v in voices.most_common():
        print("  %-28s %d" % (k, v))
    print("sha256(notes.jsonl):", hashlib.sha256(raw).hexdigest())
    if errs:
        print("ERRORS:")
        for e in errs:
            print("  " + e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
