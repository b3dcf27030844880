"""Validate notes.jsonl and people.csv; print counts per type and voice and the SHA-256 of notes.jsonl."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER", "POSTCODE",
         "DOB", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "ADDRESS", "SCHOOL"}


def main():
    path = os.path.join(HERE, "notes.jsonl")
    errs, types, voices, ids_seen = [], collections.Counter(), collections.Counter(), set()
    roster = collections.defaultdict(list)
    with open(os.path.join(HERE, "people.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            roster[row["case_id"]].append(row["name"])
    notes = [json.loads(l) for l in open(path, encoding="utf-8")]
    zero = 0
    for r in notes:
        if set(r) != {"note_id", "case_id", "voice", "text", "identifiers"}:
            errs.append(f"{r.get('note_id')}: bad keys")
        if r["note_id"] in ids_seen:
            errs.append(f"{r['note_id']}: duplicate id")
        ids_seen.add(r["note_id"])
        voices[r["voice"]] += 1
        wc = len(r["text"].split())
        if not 40 <= wc <= 350:
            errs.append(f"{r['note_id']}: {wc} words")
        if r["case_id"] is not None and r["case_id"] not in roster:
            errs.append(f"{r['note_id']}: case_id {r['case_id']} has no roster rows")
        if not r["identifiers"]:
            zero += 1
        last = -1
        for i in sorted(r["identifiers"], key=lambda x: x["start"]):
            if i["type"] not in TYPES:
                errs.append(f"{r['note_id']}: bad type {i['type']}")
            if r["text"][i["start"]:i["end"]] != i["text"]:
                errs.append(f"{r['note_id']}: offset mismatch {i}")
            if i["text"] != i["text"].strip():
                errs.append(f"{r['note_id']}: whitespace at span edge {i['text']!r}")
            if i["start"] < last:
                errs.append(f"{r['note_id']}: overlapping spans at {i['start']}")
            last = i["end"]
            if i["type"] == "NAME_IN_TABLE" and r["case_id"] is None:
                errs.append(f"{r['note_id']}: NAME_IN_TABLE in a note with no case_id")
            types[i["type"]] += 1
    print(f"notes: {len(notes)}  with no identifiers: {zero}  identifiers: {sum(types.values())}")
    for t, c in types.most_common():
        print(f"  {t:18s} {c}")
    print("voices:")
    for v, c in voices.most_common():
        print(f"  {v:22s} {c}")
    print("sha256 notes.jsonl:", hashlib.sha256(open(path, "rb").read()).hexdigest())
    if errs:
        print("\n".join(errs)); print(f"FAILED: {len(errs)} errors"); sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
