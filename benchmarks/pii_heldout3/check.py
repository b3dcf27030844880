#!/usr/bin/env python3
"""Validate the frozen held-out corpus in this folder and print its counts.

    python benchmarks/pii_heldout3/check.py

Checks: every line of notes.jsonl is a JSON object with exactly the keys note_id, case_id, voice, text,
identifiers; note ids are unique; every identifier has a known type, integer offsets inside the text,
text[start:end] equal to its "text", no leading/trailing whitespace, and no overlap with another identifier
of the same note; identifiers are sorted by start. people.csv has the header case_id,name,role, known roles,
no duplicate rows, and every NAME_IN_TABLE sits in a note whose case_id has rows in people.csv.
Prints counts per type and per voice and the SHA-256 of both files; exits 1 on any problem.
Standard library only.
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
ID_KEYS = {"start", "end", "type", "text"}


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main():
    problems = []
    notes_path, people_path = HERE / "notes.jsonl", HERE / "people.csv"

    rows = list(csv.reader(people_path.open(encoding="utf-8", newline="")))
    if not rows or rows[0] != ["case_id", "name", "role"]:
        problems.append(f"people.csv: header is {rows[:1]}, expected case_id,name,role")
    table_cases = Counter()
    seen_rows = set()
    for n, r in enumerate(rows[1:], start=2):
        if len(r) != 3:
            problems.append(f"people.csv line {n}: {len(r)} fields")
            continue
        if r[2] not in ROLES:
            problems.append(f"people.csv line {n}: unknown role {r[2]!r}")
        if tuple(r) in seen_rows:
            problems.append(f"people.csv line {n}: duplicate row")
        seen_rows.add(tuple(r))
        table_cases[r[0]] += 1

    types, voices, ids_seen = Counter(), Counter(), set()
    empty = 0
    n_notes = 0
    for lineno, line in enumerate(notes_path.open(encoding="utf-8"), start=1):
        if not line.strip():
            problems.append(f"notes.jsonl line {lineno}: blank line")
            continue
        o = json.loads(line)
        n_notes += 1
        where = f"notes.jsonl line {lineno} ({o.get('note_id')})"
        if set(o) != KEYS:
            problems.append(f"{where}: keys {sorted(o)}")
            continue
        if o["note_id"] in ids_seen:
            problems.append(f"{where}: duplicate note_id")
        ids_seen.add(o["note_id"])
        text = o["text"]
        if not isinstance(text, str) or not text:
            problems.append(f"{where}: empty text")
            continue
        voices[o["voice"]] += 1
        if not o["identifiers"]:
            empty += 1
        prev_end, prev_start = -1, -1
        for it in o["identifiers"]:
            if set(it) != ID_KEYS:
                problems.append(f"{where}: identifier keys {sorted(it)}")
                continue
            s, e, t = it["start"], it["end"], it["type"]
            if t not in TYPES:
                problems.append(f"{where}: unknown type {t!r}")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                problems.append(f"{where}: bad offsets {s}-{e}")
                continue
            if text[s:e] != it["text"]:
                problems.append(f"{where}: text[{s}:{e}]={text[s:e]!r} but item says {it['text']!r}")
            if it["text"] != it["text"].strip():
                problems.append(f"{where}: outer whitespace in {it['text']!r}")
            if s < prev_start:
                problems.append(f"{where}: identifiers not sorted at {s}")
            if s < prev_end:
                problems.append(f"{where}: overlap at {s}-{e}")
            if t == "NAME_IN_TABLE" and (o["case_id"] is None or o["case_id"] not in table_cases):
                problems.append(f"{where}: NAME_IN_TABLE {it['text']!r} but case {o['case_id']} has no people.csv rows")
            prev_start, prev_end = s, max(prev_end, e)
            types[t] += 1

    print(f"notes: {n_notes}   identifiers: {sum(types.values())}   notes with no identifier: {empty}")
    print(f"people.csv rows: {len(rows) - 1} over {len(table_cases)} cases")
    print("per type:")
    for k in sorted(TYPES):
        print(f"  {k:<20}{types[k]:>6}")
    print("per voice:")
    for k, v in sorted(voices.items()):
        print(f"  {k:<32}{v:>4}")
    print(f"sha256 notes.jsonl  {sha256(notes_path)}")
    print(f"sha256 people.csv   {sha256(people_path)}")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
