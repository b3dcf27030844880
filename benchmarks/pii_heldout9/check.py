#!/usr/bin/env python3
"""Validate the frozen held-out PII corpus pii_heldout9 (notes.jsonl + people.csv).

Checks offsets (text[start:end] == item text), identifier types, people.csv roles,
overlapping spans, note ids, and that NAME_IN_TABLE only occurs in notes whose case
has rows in people.csv. Prints counts per type and per voice and the SHA-256 of both
files. Exits 1 on any problem. Standard library only.
"""
import csv
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes.jsonl"
PEOPLE = HERE / "people.csv"
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "EMAIL", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "SCHOOL", "ADDRESS"}
ROLES = {"NAP", "PCH", "CHILD", "PARENT", "PRACTITIONER", "OTHER"}
KEYS = {"note_id", "case_id", "voice", "text", "identifiers"}


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main():
    problems = []
    # people.csv
    cases_in_table = Counter()
    with PEOPLE.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != ["case_id", "name", "role"]:
            problems.append(f"people.csv header {header!r}")
        for n, row in enumerate(reader, start=2):
            if len(row) != 3:
                problems.append(f"people.csv line {n}: {len(row)} fields")
                continue
            case_id, name, role = row
            if role not in ROLES:
                problems.append(f"people.csv line {n}: bad role {role!r}")
            if not name.strip() or not case_id.startswith("L-"):
                problems.append(f"people.csv line {n}: empty name or bad case_id")
            cases_in_table[case_id] += 1
    # notes.jsonl
    types, voices, seen = Counter(), Counter(), set()
    n_notes = n_empty = 0
    for ln, line in enumerate(NOTES.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            note = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {ln}: bad JSON ({e})")
            continue
        n_notes += 1
        nid = note.get("note_id")
        if set(note) != KEYS:
            problems.append(f"{nid}: keys {sorted(note)}")
            continue
        if nid in seen:
            problems.append(f"{nid}: duplicate note_id")
        seen.add(nid)
        text, cid = note["text"], note["case_id"]
        if cid is not None and not (isinstance(cid, str) and cid.startswith("L-")):
            problems.append(f"{nid}: bad case_id {cid!r}")
        if not isinstance(note["voice"], str) or not note["voice"]:
            problems.append(f"{nid}: empty voice")
        voices[note["voice"]] += 1
        ids = note["identifiers"]
        if not ids:
            n_empty += 1
        spans = []
        for it in ids:
            s, e, t, tx = it.get("start"), it.get("end"), it.get("type"), it.get("text")
            if set(it) != {"start", "end", "type", "text"}:
                problems.append(f"{nid}: identifier keys {sorted(it)}")
            if t not in TYPES:
                problems.append(f"{nid}: bad type {t!r}")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                problems.append(f"{nid}: bad offsets {s}-{e}")
                continue
            if text[s:e] != tx:
                problems.append(f"{nid}: text[{s}:{e}]={text[s:e]!r} != {tx!r}")
            if tx != tx.strip():
                problems.append(f"{nid}: span {tx!r} has outer whitespace")
            if t == "NAME_IN_TABLE" and (cid is None or cid not in cases_in_table):
                problems.append(f"{nid}: NAME_IN_TABLE {tx!r} but case {cid} has no people.csv rows")
            types[t] += 1
            spans.append((s, e, tx))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                problems.append(f"{nid}: overlapping spans {a[2]!r} and {b[2]!r}")
    print(f"notes: {n_notes}  with no identifiers: {n_empty}  identifiers: {sum(types.values())}")
    print(f"people.csv rows: {sum(cases_in_table.values())}  cases: {len(cases_in_table)}")
    print("\ncounts per type:")
    for t in sorted(TYPES):
        print(f"  {t:<18} {types[t]}")
    print("\ncounts per voice:")
    for v, c in sorted(voices.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {v:<45} {c}")
    print("\nSHA-256:")
    print(f"  notes.jsonl  {sha256(NOTES)}")
    print(f"  people.csv   {sha256(PEOPLE)}")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
