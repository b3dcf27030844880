"""Validate the frozen held-out corpus pii_heldout11 (offsets, types, roles, overlaps).

Prints counts per type and voice and the SHA-256 of notes.jsonl and people.csv.
Exits 1 on any problem. Standard library only; does not import casenotes.
"""
import collections
import csv
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {
    "NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "NHS_NUMBER", "NI_NUMBER", "POSTCODE", "DOB",
    "EMAIL", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "SCHOOL", "ADDRESS",
}
ROLES = {"NAP", "PCH", "CHILD", "PARENT", "PRACTITIONER", "OTHER"}
TITLES = ("Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Sgt ", "DS ", "DC ", "PC ", "Rev ", "Rev. ")


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main():
    problems = []
    people_path, notes_path = HERE / "people.csv", HERE / "notes.jsonl"
    cases = collections.Counter()
    with people_path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["case_id", "name", "role"]:
            problems.append(f"people.csv header is {reader.fieldnames}")
        for i, row in enumerate(reader, start=2):
            if row["role"] not in ROLES:
                problems.append(f"people.csv line {i}: bad role {row['role']!r}")
            if not row["name"].strip() or not row["case_id"].strip():
                problems.append(f"people.csv line {i}: empty field")
            cases[row["case_id"]] += 1

    type_counts, voice_counts = collections.Counter(), collections.Counter()
    seen, n_notes, n_empty = set(), 0, 0
    for ln, line in enumerate(notes_path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            problems.append(f"notes.jsonl line {ln}: blank line")
            continue
        note = json.loads(line)
        n_notes += 1
        nid = note.get("note_id")
        if set(note) != {"note_id", "case_id", "voice", "text", "identifiers"}:
            problems.append(f"{nid}: keys {sorted(note)}")
        if nid in seen:
            problems.append(f"{nid}: duplicate note_id")
        seen.add(nid)
        case = note.get("case_id")
        if case is not None and case not in cases:
            problems.append(f"{nid}: case_id {case} not in people.csv")
        text = note["text"]
        voice_counts[note["voice"]] += 1
        spans = sorted(note["identifiers"], key=lambda x: (x["start"], x["end"]))
        if not spans:
            n_empty += 1
        prev_end = -1
        for it in spans:
            s, e, ty = it["start"], it["end"], it["type"]
            if ty not in TYPES:
                problems.append(f"{nid}: bad type {ty}")
            if not (0 <= s < e <= len(text)) or text[s:e] != it["text"]:
                problems.append(f"{nid}: offset mismatch {it}")
            if it["text"] != it["text"].strip():
                problems.append(f"{nid}: span has outer whitespace {it['text']!r}")
            if s < prev_end:
                problems.append(f"{nid}: overlapping span {it}")
            prev_end = max(prev_end, e)
            if ty == "NAME_IN_TABLE" and case is None:
                problems.append(f"{nid}: NAME_IN_TABLE in a note with no case_id")
            if ty in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE") and it["text"].startswith(TITLES):
                problems.append(f"{nid}: title inside name span {it['text']!r}")
            if ty in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE") and it["text"].endswith(("'s", "’s")):
                problems.append(f"{nid}: possessive inside name span {it['text']!r}")
            type_counts[ty] += 1

    print(f"notes: {n_notes} ({n_empty} with no identifiers); identifiers: {sum(type_counts.values())}")
    print(f"people.csv rows: {sum(cases.values())} over {len(cases)} cases")
    print("per type:")
    for k, v in sorted(type_counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:18} {v}")
    print("per voice:")
    for k, v in sorted(voice_counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:52} {v}")
    print(f"sha256 notes.jsonl  {sha256(notes_path)}")
    print(f"sha256 people.csv   {sha256(people_path)}")
    if n_notes != 100:
        problems.append(f"expected 100 notes, found {n_notes}")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
