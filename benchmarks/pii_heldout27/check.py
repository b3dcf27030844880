"""Validate notes.jsonl / people.csv for pii_heldout27; print counts and SHA-256."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}

def main():
    path = os.path.join(HERE, "notes.jsonl")
    errs, ids_seen = [], set()
    by_type, by_voice, zero = collections.Counter(), collections.Counter(), 0
    cases = set()
    with open(os.path.join(HERE, "people.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cases.add(r["case_id"])
    n = 0
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        r = json.loads(line); n += 1
        for k in ("note_id", "case_id", "voice", "text", "identifiers"):
            if k not in r: errs.append(f"line {ln}: missing {k}")
        if r["note_id"] in ids_seen: errs.append(f"dup note_id {r['note_id']}")
        ids_seen.add(r["note_id"])
        if r["case_id"] is not None and r["case_id"] not in cases:
            errs.append(f"{r['note_id']}: case_id {r['case_id']} not in people.csv")
        wc = len(r["text"].split())
        if not 40 <= wc <= 350: errs.append(f"{r['note_id']}: {wc} words")
        by_voice[r["voice"]] += 1
        if not r["identifiers"]: zero += 1
        last = -1
        for i in sorted(r["identifiers"], key=lambda x: x["start"]):
            if i["type"] not in TYPES: errs.append(f"{r['note_id']}: bad type {i['type']}")
            if r["text"][i["start"]:i["end"]] != i["text"]: errs.append(f"{r['note_id']}: offset mismatch {i}")
            if i["start"] < last: errs.append(f"{r['note_id']}: overlap {i}")
            if i["text"] != i["text"].strip() or not i["text"]: errs.append(f"{r['note_id']}: untrimmed {i}")
            if r["case_id"] is None and i["type"] == "NAME_IN_TABLE":
                errs.append(f"{r['note_id']}: NAME_IN_TABLE in note with null case_id")
            last = i["end"]; by_type[i["type"]] += 1
    print(f"notes: {n}   identifiers: {sum(by_type.values())}   notes with none: {zero}")
    for t, c in by_type.most_common(): print(f"  {t:18s} {c}")
    print("voices:")
    for v, c in sorted(by_voice.items()): print(f"  {v:28s} {c}")
    print("sha256 notes.jsonl:", hashlib.sha256(open(path, "rb").read()).hexdigest())
    if errs:
        print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
