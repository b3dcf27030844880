#!/usr/bin/env python3
"""Validate the frozen pii_heldout10 corpus: offsets, types, roles, overlaps; print counts and SHA-256s.

Usage: python3 check.py   (exit status 1 on any problem)
"""
import collections
import csv
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "NHS_NUMBER", "NI_NUMBER", "POSTCODE",
         "DOB", "EMAIL", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "SCHOOL", "ADDRESS"}
ROLES = {"NAP", "PCH", "CHILD", "PARENT", "PRACTITIONER", "OTHER"}
KEYS = {"note_id", "case_id", "voice", "text", "identifiers"}


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main():
    problems = []
    cases = set()
    with open(HERE / "people.csv", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["case_id", "name", "role"]:
            problems.append(f"people.csv header {reader.fieldnames}")
        for i, row in enumerate(reader, start=2):
            if not re.fullmatch(r"Y-\d{4}", row["case_id"] or ""):
                problems.append(f"people.csv line {i}: bad case_id {row['case_id']!r}")
            if not (row["name"] or "").strip():
                problems.append(f"people.csv line {i}: empty name")
            if row["role"] not in ROLES:
                problems.append(f"people.csv line {i}: bad role {row['role']!r}")
            cases.add(row["case_id"])

    by_type, by_voice = collections.Counter(), collections.Counter()
    seen, empty, n_notes = set(), 0, 0
    with open(HERE / "notes.jsonl", encoding="utf-8") as fh:
        for ln, line in enumerate(fh, start=1):
            try:
                note = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"line {ln}: not JSON ({exc})")
                continue
            n_notes += 1
            nid = note.get("note_id")
            if set(note) != KEYS:
                problems.append(f"{nid}: keys {sorted(note)}")
                continue
            if nid in seen:
                problems.append(f"{nid}: duplicate note_id")
            seen.add(nid)
            cid, text = note["case_id"], note["text"]
            if cid is not None and cid not in cases:
                problems.append(f"{nid}: case_id {cid!r} has no rows in people.csv")
            if not isinstance(note["voice"], str) or not note["voice"]:
                problems.append(f"{nid}: empty voice")
            by_voice[note["voice"]] += 1
            if not note["identifiers"]:
                empty += 1
            spans = []
            for item in note["identifiers"]:
                s, e, t = item.get("start"), item.get("end"), item.get("type")
                if t not in TYPES:
                    problems.append(f"{nid}: unknown type {t!r}")
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                    problems.append(f"{nid}: bad offsets {s}-{e}")
                    continue
                if text[s:e] != item.get("text"):
                    problems.append(f"{nid}: text[{s}:{e}]={text[s:e]!r} != {item.get('text')!r}")
                if text[s:e] != text[s:e].strip():
                    problems.append(f"{nid}: span {item.get('text')!r} has outer whitespace")
                if t == "NAME_IN_TABLE" and cid is None:
                    problems.append(f"{nid}: NAME_IN_TABLE in a note with no case_id")
                by_type[t] += 1
                spans.append((s, e))
            spans.sort()
            for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
                if s2 < e1:
                    problems.append(f"{nid}: overlapping spans {s1}-{e1} and {s2}-{e2}")

    print(f"notes: {n_notes} (with no identifiers: {empty}); identifiers: {sum(by_type.values())}")
    print("per type:")
    for t in sorted(TYPES):
        print(f"  {t:18} {by_type[t]}")
    print("per voice:")
    for v, c in sorted(by_voice.items()):
        print(f"  {v:28} {c}")
    for name in ("notes.jsonl", "people.csv"):
        print(f"sha256 {name}: {sha256(HERE / name)}")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
