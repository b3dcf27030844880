#!/usr/bin/env python3
"""Validate the frozen held-out corpus benchmarks/pii_heldout2 and print its counts.

Checks every note's identifier offsets (text[start:end] == item text), types, ordering and
overlap, the shape of people.csv, and that NAME_IN_TABLE only occurs in notes whose case has
rows in people.csv. Prints counts per type and per voice and the SHA-256 of both data files,
and compares them with the hashes recorded in README.md. Exit status 1 on any problem.

Usage: python benchmarks/pii_heldout2/check.py [FOLDER]
"""
import collections
import csv
import hashlib
import json
import re
import sys
from pathlib import Path

TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "NHS_NUMBER", "NI_NUMBER",
         "POSTCODE", "DOB", "EMAIL", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "SCHOOL", "ADDRESS"}
ROLES = {"NAP", "PCH", "CHILD", "PARENT", "PRACTITIONER", "OTHER"}
CASE_RE = re.compile(r"^LA-\d{4}$")


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(folder):
    folder = Path(folder)
    errors = []
    err = errors.append

    # people.csv
    cases_in_table = collections.Counter()
    with open(folder / "people.csv", encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header != ["case_id", "name", "role"]:
            err(f"people.csv: bad header {header}")
        for i, row in enumerate(reader, 2):
            if len(row) != 3:
                err(f"people.csv:{i}: {len(row)} fields")
                continue
            case, name, role = row
            if not CASE_RE.match(case):
                err(f"people.csv:{i}: bad case_id {case!r}")
            if not name.strip():
                err(f"people.csv:{i}: empty name")
            if role not in ROLES:
                err(f"people.csv:{i}: bad role {role!r}")
            cases_in_table[case] += 1

    # notes.jsonl
    types = collections.Counter()
    voices = collections.Counter()
    voice_ids = collections.Counter()
    voice_empty = collections.Counter()
    seen = set()
    notes = 0
    with open(folder / "notes.jsonl", encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                note = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"notes.jsonl:{ln}: {e}")
                continue
            notes += 1
            where = f"notes.jsonl:{ln}"
            if set(note) != {"note_id", "case_id", "voice", "text", "identifiers"}:
                err(f"{where}: keys {sorted(note)}")
                continue
            nid, case, text = note["note_id"], note["case_id"], note["text"]
            if not re.match(r"^K\d{3}$", str(nid)) or nid in seen:
                err(f"{where}: bad or duplicate note_id {nid!r}")
            seen.add(nid)
            if case is not None and not CASE_RE.match(case):
                err(f"{nid}: bad case_id {case!r}")
            if not isinstance(note["voice"], str) or not note["voice"]:
                err(f"{nid}: empty voice")
            voices[note["voice"]] += 1
            if not note["identifiers"]:
                voice_empty[note["voice"]] += 1
            prev_end = 0
            for it in note["identifiers"]:
                if set(it) != {"start", "end", "type", "text"}:
                    err(f"{nid}: identifier keys {sorted(it)}")
                    continue
                s, e, t = it["start"], it["end"], it["type"]
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                    err(f"{nid}: bad span {s}-{e}")
                    continue
                if text[s:e] != it["text"]:
                    err(f"{nid}: text[{s}:{e}]={text[s:e]!r} != {it['text']!r}")
                if it["text"] != it["text"].strip():
                    err(f"{nid}: span with outer whitespace {it['text']!r}")
                if t not in TYPES:
                    err(f"{nid}: unknown type {t!r}")
                if s < prev_end:
                    err(f"{nid}: identifiers overlap or are out of order at {s}")
                if t == "NAME_IN_TABLE" and cases_in_table.get(case, 0) == 0:
                    err(f"{nid}: NAME_IN_TABLE in a note whose case has no people.csv rows")
                prev_end = e
                types[t] += 1
                voice_ids[note["voice"]] += 1

    total = sum(types.values())
    print(f"{notes} notes, {total} identifiers, {sum(voice_empty.values())} notes with none, "
          f"{len(cases_in_table)} cases / {sum(cases_in_table.values())} rows in people.csv")
    print("\nidentifiers per type")
    for k in sorted(types, key=lambda k: (-types[k], k)):
        print(f"  {k:20} {types[k]:4}")
    print("\nnotes per voice (notes / with no identifiers / identifiers)")
    for k in sorted(voices):
        print(f"  {k:24} {voices[k]:3} {voice_empty[k]:3} {voice_ids[k]:4}")

    print("\nSHA-256")
    readme = (folder / "README.md").read_text(encoding="utf-8") if (folder / "README.md").exists() else ""
    for name in ("notes.jsonl", "people.csv"):
        h = sha256(folder / name)
        status = "matches README" if h in readme else "NOT the hash recorded in README"
        if readme and h not in readme:
            err(f"{name}: SHA-256 {h} not recorded in README.md (file changed after freezing?)")
        print(f"  {name:12} {h}  ({status})")

    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent))
