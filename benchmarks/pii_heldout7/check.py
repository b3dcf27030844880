#!/usr/bin/env python3
"""Validate the frozen held-out corpus pii_heldout7: offsets, types, roles, overlaps.

Prints counts per type and voice and the SHA-256 of notes.jsonl and people.csv.
Exits 1 on any problem. Standard library only.
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
KEYS = {"note_id", "case_id", "voice", "text", "identifiers"}
EXPECTED_NOTES = 120
EXPECTED_EMPTY = 25


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main():
    problems = []
    notes_path, people_path = HERE / "notes.jsonl", HERE / "people.csv"

    # people.csv
    cases_in_table = set()
    with people_path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ["case_id", "name", "role"]:
            problems.append(f"people.csv header is {reader.fieldnames}")
        n_people = 0
        for i, row in enumerate(reader, start=2):
            n_people += 1
            if not (row.get("case_id") or "").strip() or not (row.get("name") or "").strip():
                problems.append(f"people.csv line {i}: empty case_id or name")
            if row.get("role") not in ROLES:
                problems.append(f"people.csv line {i}: bad role {row.get('role')!r}")
            cases_in_table.add(row.get("case_id"))

    # notes.jsonl
    type_counts, voice_counts = Counter(), Counter()
    seen, n_notes, n_empty = set(), 0, 0
    with notes_path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, start=1):
            try:
                note = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"notes.jsonl line {lineno}: not JSON ({e})")
                continue
            n_notes += 1
            nid = note.get("note_id")
            if set(note) != KEYS:
                problems.append(f"{nid}: keys {sorted(note)}")
            if nid in seen:
                problems.append(f"{nid}: duplicate note_id")
            seen.add(nid)
            text = note.get("text")
            if not isinstance(text, str) or not text:
                problems.append(f"{nid}: empty text")
                continue
            case_id = note.get("case_id")
            if case_id is not None and not isinstance(case_id, str):
                problems.append(f"{nid}: case_id must be a string or null")
            voice = note.get("voice")
            if not isinstance(voice, str) or not voice:
                problems.append(f"{nid}: empty voice")
            voice_counts[voice] += 1
            ids = note.get("identifiers") or []
            if not ids:
                n_empty += 1
            prev_end = -1
            for item in sorted(ids, key=lambda x: (x.get("start", -1), x.get("end", -1))):
                s, e, t, span = item.get("start"), item.get("end"), item.get("type"), item.get("text")
                if set(item) != {"start", "end", "type", "text"}:
                    problems.append(f"{nid}: identifier keys {sorted(item)}")
                if t not in TYPES:
                    problems.append(f"{nid}: bad type {t!r}")
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                    problems.append(f"{nid}: bad offsets {s}-{e}")
                    continue
                if text[s:e] != span:
                    problems.append(f"{nid}: text[{s}:{e}]={text[s:e]!r} != {span!r}")
                if span != span.strip():
                    problems.append(f"{nid}: span {span!r} has outer whitespace")
                if s < prev_end:
                    problems.append(f"{nid}: overlapping span at {s}-{e} ({span!r})")
                prev_end = max(prev_end, e)
                if t == "NAME_IN_TABLE" and (case_id is None or case_id not in cases_in_table):
                    problems.append(f"{nid}: NAME_IN_TABLE {span!r} but case {case_id!r} has no rows in people.csv")
                type_counts[t] += 1

    if n_notes != EXPECTED_NOTES:
        problems.append(f"{n_notes} notes, expected {EXPECTED_NOTES}")
    if n_empty != EXPECTED_EMPTY:
        problems.append(f"{n_empty} notes without identifiers, expected {EXPECTED_EMPTY}")

    print(f"notes: {n_notes} ({n_empty} with no identifiers); people.csv rows: {n_people}")
    print(f"identifiers: {sum(type_counts.values())}")
    for t in sorted(TYPES):
        print(f"  {t:<18} {type_counts[t]}")
    print("voices:")
    for v, c in sorted(voice_counts.items()):
        print(f"  {v:<28} {c}")
    print(f"sha256 notes.jsonl  {sha256(notes_path)}")
    print(f"sha256 people.csv   {sha256(people_path)}")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
