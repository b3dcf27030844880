"""Validate benchmarks/pii_heldout/notes.jsonl and people.csv; print counts.

Usage: python benchmarks/pii_heldout/check.py   (exit status 1 on any problem)
Standard library only.
"""
import collections
import csv
import hashlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "NHS_NUMBER", "NI_NUMBER", "POSTCODE",
         "DOB", "EMAIL", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "SCHOOL", "ADDRESS"}
ROLES = {"NAP", "PCH", "CHILD", "PARENT", "PRACTITIONER", "OTHER"}
TITLES = ("Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "DS ", "DC ", "PC ", "SW ")


def nhs_valid(digits: str) -> bool:
    if len(digits) != 10:
        return False
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def main() -> int:
    problems = []
    with open(HERE / "people.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    cases = {r["case_id"] for r in rows}
    for r in rows:
        if r["role"] not in ROLES:
            problems.append(f"people.csv: bad role {r}")
    notes = [json.loads(line) for line in open(HERE / "notes.jsonl", encoding="utf-8")]
    ids = [n["note_id"] for n in notes]
    if len(set(ids)) != len(ids):
        problems.append("duplicate note_id")
    by_type, by_voice, ids_by_voice = collections.Counter(), collections.Counter(), collections.Counter()
    empty_by_voice, nhs = collections.Counter(), collections.Counter()
    for n in notes:
        nid, text = n["note_id"], n["text"]
        if set(n) != {"note_id", "case_id", "voice", "text", "identifiers"}:
            problems.append(f"{nid}: keys {sorted(n)}")
        if n["case_id"] is not None and n["case_id"] not in cases:
            problems.append(f"{nid}: case_id {n['case_id']} has no rows in people.csv")
        by_voice[n["voice"]] += 1
        if not n["identifiers"]:
            empty_by_voice[n["voice"]] += 1
        last_end = -1
        for it in n["identifiers"]:
            s, e, t = it["start"], it["end"], it["type"]
            if t not in TYPES:
                problems.append(f"{nid}: unknown type {t}")
            if not (0 <= s < e <= len(text)) or text[s:e] != it["text"]:
                problems.append(f"{nid}: offsets {s}:{e} give {text[s:e]!r}, expected {it['text']!r}")
            if s < last_end:
                problems.append(f"{nid}: overlapping or unsorted span at {s}")
            if it["text"] != it["text"].strip():
                problems.append(f"{nid}: span has outer whitespace {it['text']!r}")
            if t.startswith("NAME") and (it["text"].startswith(TITLES) or it["text"].endswith(("'s", "’s"))):
                problems.append(f"{nid}: name span includes title or possessive {it['text']!r}")
            if t == "NAME_IN_TABLE" and n["case_id"] is None:
                problems.append(f"{nid}: NAME_IN_TABLE in a note without a case")
            if t == "NHS_NUMBER":
                digits = "".join(c for c in it["text"] if c.isdigit())
                nhs["valid checksum" if nhs_valid(digits) else "invalid checksum"] += 1
            last_end = e
            by_type[t] += 1
            ids_by_voice[n["voice"]] += 1
    print(f"notes: {len(notes)}  (with no identifiers: {sum(empty_by_voice.values())})")
    print(f"identifiers: {sum(by_type.values())}")
    print("\nper type:")
    for t in sorted(TYPES, key=lambda t: -by_type[t]):
        print(f"  {t:<18} {by_type[t]:>4}")
    print("\nper voice:  notes  no-identifier notes  identifiers")
    for v in sorted(by_voice):
        print(f"  {v:<20} {by_voice[v]:>4} {empty_by_voice[v]:>6} {ids_by_voice[v]:>12}")
    print(f"\nNHS numbers: {dict(nhs)}")
    print(f"people.csv: {len(rows)} rows, {len(cases)} cases")
    for name in ("notes.jsonl", "people.csv"):
        print(f"sha256 {name}: {hashlib.sha256((HERE / name).read_bytes()).hexdigest()}")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
