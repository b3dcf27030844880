"""Validate notes.jsonl / people.csv for pii_heldout16 and print counts and the SHA-256."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}


def main():
    errs, types, voices, words = [], collections.Counter(), collections.Counter(), []
    path = os.path.join(HERE, "notes.jsonl")
    raw = open(path, "rb").read()
    with open(os.path.join(HERE, "people.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    roster_cases = {r["case_id"] for r in rows}
    ids, empty = set(), 0
    for ln, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        n = json.loads(line)
        for k in ("note_id", "case_id", "voice", "text", "identifiers"):
            if k not in n:
                errs.append(f"line {ln}: missing {k}")
        if n["note_id"] in ids:
            errs.append(f"dup id {n['note_id']}")
        ids.add(n["note_id"])
        if n["case_id"] is not None and n["case_id"] not in roster_cases:
            errs.append(f"{n['note_id']}: case_id {n['case_id']} not in people.csv")
        voices[n["voice"]] += 1
        words.append(len(n["text"].split()))
        if not n["identifiers"]:
            empty += 1
        last = -1
        for i in sorted(n["identifiers"], key=lambda x: x["start"]):
            if i["type"] not in TYPES:
                errs.append(f"{n['note_id']}: bad type {i['type']}")
            if n["text"][i["start"]:i["end"]] != i["text"]:
                errs.append(f"{n['note_id']}: offset mismatch {i}")
            if i["text"] != i["text"].strip() or not i["text"]:
                errs.append(f"{n['note_id']}: whitespace at span edge {i}")
            if i["start"] < last:
                errs.append(f"{n['note_id']}: overlap {i}")
            last = i["end"]
            types[i["type"]] += 1
            if i["type"] == "NAME_IN_TABLE" and n["case_id"] is None:
                errs.append(f"{n['note_id']}: NAME_IN_TABLE with null case_id")
    print(f"notes: {len(ids)}  no-identifier notes: {empty}  words min/max: {min(words)}/{max(words)}")
    print(f"roster rows: {len(rows)}  identifiers: {sum(types.values())}")
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


if __name__ == "__main__":
    main()
