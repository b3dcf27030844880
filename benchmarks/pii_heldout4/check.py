"""Validate the frozen pii_heldout4 corpus and print its counts.

Usage: python benchmarks/pii_heldout4/check.py
Exits non-zero if any identifier's offsets do not reproduce its text, or a field/type/role is invalid.
"""
import csv
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "NHS_NUMBER", "NI_NUMBER", "POSTCODE", "DOB",
         "EMAIL", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "SCHOOL", "ADDRESS"}
ROLES = {"NAP", "PCH", "CHILD", "PARENT", "PRACTITIONER", "OTHER"}


def main() -> int:
    errors = []
    notes = [json.loads(line) for line in (HERE / "notes.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    people = list(csv.DictReader((HERE / "people.csv").open(encoding="utf-8", newline="")))
    cases_in_table = {p["case_id"] for p in people}
    for p in people:
        if p["role"] not in ROLES:
            errors.append(f"people.csv: bad role {p['role']!r} for {p['name']!r}")
    seen = set()
    by_type, by_voice, ids_by_voice = Counter(), Counter(), Counter()
    empty = 0
    for n in notes:
        nid = n.get("note_id")
        if set(n) != {"note_id", "case_id", "voice", "text", "identifiers"}:
            errors.append(f"{nid}: unexpected keys {sorted(n)}")
        if nid in seen:
            errors.append(f"{nid}: duplicate note_id")
        seen.add(nid)
        if n["case_id"] is not None and n["case_id"] not in cases_in_table:
            errors.append(f"{nid}: case_id {n['case_id']} has nobody in people.csv")
        by_voice[n["voice"]] += 1
        if not n["identifiers"]:
            empty += 1
        spans = []
        for item in n["identifiers"]:
            s, e, t = item["start"], item["end"], item["type"]
            if t not in TYPES:
                errors.append(f"{nid}: bad type {t}")
            if not (0 <= s < e <= len(n["text"])) or n["text"][s:e] != item["text"]:
                errors.append(f"{nid}: offsets {s}-{e} give {n['text'][s:e]!r}, expected {item['text']!r}")
            if t == "NAME_IN_TABLE" and n["case_id"] is None:
                errors.append(f"{nid}: NAME_IN_TABLE in a note without a case")
            spans.append((s, e))
            by_type[t] += 1
            ids_by_voice[n["voice"]] += 1
        spans.sort()
        for (a, b), (c, d) in zip(spans, spans[1:]):
            if c < b:
                errors.append(f"{nid}: overlapping spans {a}-{b} and {c}-{d}")
    print(f"notes: {len(notes)}  (without identifiers: {empty})  identifiers: {sum(by_type.values())}")
    print(f"people.csv rows: {len(people)}  cases: {len(cases_in_table)}")
    print("\nidentifiers per type:")
    for t in sorted(TYPES, key=lambda x: (-by_type[x], x)):
        print(f"  {t:<18} {by_type[t]}")
    print("\nnotes (identifiers) per voice:")
    for v, c in sorted(by_voice.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {v:<22} {c:>3}  ({ids_by_voice[v]})")
    print("\nSHA-256:")
    for f in ("notes.jsonl", "people.csv"):
        print(f"  {hashlib.sha256((HERE / f).read_bytes()).hexdigest()}  {f}")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
