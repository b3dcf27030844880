#!/usr/bin/env python3
"""Validate the frozen pii_heldout6 corpus: offsets, types, roles, overlaps; print counts and SHA-256s.
Exit 1 on any problem. Standard library only."""

import csv
import hashlib
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {
    "NAME_IN_TABLE",
    "NAME_NOT_IN_TABLE",
    "INITIALS",
    "PHONE",
    "NHS_NUMBER",
    "NI_NUMBER",
    "POSTCODE",
    "DOB",
    "EMAIL",
    "CASE_REF",
    "VEHICLE_REG",
    "SOCIAL_HANDLE",
    "SCHOOL",
    "ADDRESS",
}
ROLES = {"NAP", "PCH", "CHILD", "PARENT", "PRACTITIONER", "OTHER"}
problems = []


def bad(msg):
    problems.append(msg)


def sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


notes_path, people_path = os.path.join(HERE, "notes.jsonl"), os.path.join(HERE, "people.csv")
notes, seen = [], set()
with open(notes_path, encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        try:
            n = json.loads(line)
        except json.JSONDecodeError as e:
            bad(f"line {ln}: bad JSON ({e})")
            continue
        if set(n) != {"note_id", "case_id", "voice", "text", "identifiers"}:
            bad(f"line {ln}: keys {sorted(n)}")
            continue
        nid, text = n["note_id"], n["text"]
        if nid in seen:
            bad(f"{nid}: duplicate note_id")
        seen.add(nid)
        if not isinstance(text, str) or not text.strip():
            bad(f"{nid}: empty text")
        if n["case_id"] is not None and not isinstance(n["case_id"], str):
            bad(f"{nid}: case_id must be string or null")
        if not isinstance(n["voice"], str) or not n["voice"]:
            bad(f"{nid}: voice missing")
        spans = []
        for k, it in enumerate(n["identifiers"]):
            if set(it) != {"start", "end", "type", "text"}:
                bad(f"{nid}#{k}: keys {sorted(it)}")
                continue
            s, e = it["start"], it["end"]
            if it["type"] not in TYPES:
                bad(f"{nid}#{k}: unknown type {it['type']}")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                bad(f"{nid}#{k}: bad offsets {s},{e}")
                continue
            if text[s:e] != it["text"]:
                bad(f"{nid}#{k}: text[{s}:{e}]={text[s:e]!r} != {it['text']!r}")
            if it["text"] != it["text"].strip():
                bad(f"{nid}#{k}: span has surrounding whitespace {it['text']!r}")
            spans.append((s, e, k))
        spans.sort()
        for (_s1, e1, k1), (s2, _e2, k2) in zip(spans, spans[1:]):
            if s2 < e1:
                bad(f"{nid}: identifiers #{k1} and #{k2} overlap")
        notes.append(n)

people_cases = Counter()
with open(people_path, encoding="utf-8", newline="") as fh:
    r = csv.reader(fh)
    header = next(r, None)
    if header != ["case_id", "name", "role"]:
        bad(f"people.csv header {header}")
    rows = set()
    for ln, row in enumerate(r, 2):
        if len(row) != 3:
            bad(f"people.csv line {ln}: {len(row)} fields")
            continue
        if row[2] not in ROLES:
            bad(f"people.csv line {ln}: unknown role {row[2]!r}")
        if not row[0] or not row[1].strip():
            bad(f"people.csv line {ln}: empty case_id or name")
        if tuple(row) in rows:
            bad(f"people.csv line {ln}: duplicate row")
        rows.add(tuple(row))
        people_cases[row[0]] += 1

for n in notes:
    if any(i["type"] == "NAME_IN_TABLE" for i in n["identifiers"]) and people_cases[n["case_id"]] == 0:
        bad(f"{n['note_id']}: NAME_IN_TABLE but case {n['case_id']} has nobody in people.csv")

types = Counter(i["type"] for n in notes for i in n["identifiers"])
voices = Counter(n["voice"] for n in notes)
print(
    f"notes: {len(notes)}  identifiers: {sum(types.values())}  notes with no identifiers: "
    f"{sum(1 for n in notes if not n['identifiers'])}  people.csv rows: {sum(people_cases.values())}"
)
print("per type:")
for t in sorted(TYPES):
    print(f"  {t:18} {types.get(t, 0)}")
print("per voice:")
for v, c in sorted(voices.items()):
    print(f"  {v:38} {c}")
print(f"sha256 notes.jsonl  {sha(notes_path)}")
print(f"sha256 people.csv   {sha(people_path)}")
if len(notes) != 120:
    bad(f"expected 120 notes, found {len(notes)}")
for p in problems:
    print("PROBLEM:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
