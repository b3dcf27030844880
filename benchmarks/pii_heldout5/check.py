#!/usr/bin/env python3
"""Validate the frozen pii_heldout5 corpus: offsets, types, roles, overlaps; print counts and SHA-256s.

Usage: python3 check.py   (exit status 1 on any problem)
Standard library only; does not import or run casenotes.
"""
import csv
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes.jsonl"
PEOPLE = HERE / "people.csv"
README = HERE / "README.md"

TYPES = {
    "NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "NHS_NUMBER", "NI_NUMBER", "POSTCODE", "DOB",
    "EMAIL", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "SCHOOL", "ADDRESS",
}
ROLES = {"NAP", "PCH", "CHILD", "PARENT", "PRACTITIONER", "OTHER"}
NOTE_KEYS = {"note_id", "case_id", "voice", "text", "identifiers"}
ID_KEYS = {"start", "end", "type", "text"}
EXPECTED_NOTES = 150
EXPECTED_EMPTY = 25


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main():
    problems = []

    # people.csv
    cases_in_table = set()
    with PEOPLE.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["case_id", "name", "role"]:
            problems.append(f"people.csv header is {reader.fieldnames}, expected case_id,name,role")
        n_people = 0
        for lineno, row in enumerate(reader, start=2):
            n_people += 1
            if not (row.get("case_id") or "").strip():
                problems.append(f"people.csv line {lineno}: empty case_id")
            if not (row.get("name") or "").strip():
                problems.append(f"people.csv line {lineno}: empty name")
            if row.get("role") not in ROLES:
                problems.append(f"people.csv line {lineno}: bad role {row.get('role')!r}")
            cases_in_table.add(row.get("case_id"))

    # notes.jsonl
    type_counts, voice_counts = Counter(), Counter()
    seen_ids = set()
    n_notes = n_empty = 0
    with NOTES.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            try:
                note = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"notes.jsonl line {lineno}: invalid JSON ({exc})")
                continue
            n_notes += 1
            if set(note) != NOTE_KEYS:
                problems.append(f"line {lineno}: keys {sorted(note)} != {sorted(NOTE_KEYS)}")
                continue
            nid, text = note["note_id"], note["text"]
            if not isinstance(nid, str) or not re.fullmatch(r"R\d{3}", nid):
                problems.append(f"line {lineno}: bad note_id {nid!r}")
            if nid in seen_ids:
                problems.append(f"{nid}: duplicate note_id")
            seen_ids.add(nid)
            cid = note["case_id"]
            if cid is not None and (not isinstance(cid, str) or cid not in cases_in_table):
                problems.append(f"{nid}: case_id {cid!r} is neither null nor a case in people.csv")
            if not isinstance(note["voice"], str) or not note["voice"]:
                problems.append(f"{nid}: empty voice")
            if not isinstance(text, str) or not text.strip():
                problems.append(f"{nid}: empty text")
                continue
            voice_counts[note["voice"]] += 1
            ids = note["identifiers"]
            if not isinstance(ids, list):
                problems.append(f"{nid}: identifiers is not a list")
                continue
            if not ids:
                n_empty += 1
            spans = []
            for k, item in enumerate(ids):
                if not isinstance(item, dict) or set(item) != ID_KEYS:
                    problems.append(f"{nid} identifier {k}: keys must be {sorted(ID_KEYS)}")
                    continue
                s, e, t = item["start"], item["end"], item["type"]
                if t not in TYPES:
                    problems.append(f"{nid} identifier {k}: unknown type {t!r}")
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                    problems.append(f"{nid} identifier {k}: bad offsets {s}-{e}")
                    continue
                if text[s:e] != item["text"]:
                    problems.append(f"{nid} identifier {k}: text[{s}:{e}]={text[s:e]!r} != {item['text']!r}")
                if item["text"] != item["text"].strip():
                    problems.append(f"{nid} identifier {k}: span has outer whitespace {item['text']!r}")
                if t in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE") and re.search(r"['’]s$", item["text"]):
                    problems.append(f"{nid} identifier {k}: possessive 's inside name span {item['text']!r}")
                if t in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE") and cid is None and t == "NAME_IN_TABLE":
                    problems.append(f"{nid} identifier {k}: NAME_IN_TABLE in a note with no case_id")
                spans.append((s, e, k))
                type_counts[t] += 1
            spans.sort()
            for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
                if s2 < e1:
                    problems.append(f"{nid}: identifiers {k1} and {k2} overlap ({s1}-{e1}, {s2}-{e2})")

    if n_notes != EXPECTED_NOTES:
        problems.append(f"expected {EXPECTED_NOTES} notes, found {n_notes}")
    if n_empty != EXPECTED_EMPTY:
        problems.append(f"expected {EXPECTED_EMPTY} notes with no identifiers, found {n_empty}")

    h_notes, h_people = sha256(NOTES), sha256(PEOPLE)
    if README.exists():
        readme = README.read_text(encoding="utf-8")
        for name, h in (("notes.jsonl", h_notes), ("people.csv", h_people)):
            if h not in readme:
                problems.append(f"README.md does not record the current SHA-256 of {name} (corpus changed?)")

    print(f"notes: {n_notes}   with no identifiers: {n_empty}   people.csv rows: {n_people}")
    print(f"identifiers: {sum(type_counts.values())}")
    print("per type:")
    for t in sorted(TYPES):
        print(f"  {t:<18} {type_counts[t]}")
    print("per voice:")
    for v, c in sorted(voice_counts.items()):
        print(f"  {v:<22} {c}")
    print(f"sha256 notes.jsonl  {h_notes}")
    print(f"sha256 people.csv   {h_people}")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
