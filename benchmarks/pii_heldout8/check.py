#!/usr/bin/env python3
"""Validate the frozen pii_heldout8 corpus: offsets, types, roles, overlaps; print counts and hashes."""
import collections, csv, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "NHS_NUMBER", "NI_NUMBER", "POSTCODE",
         "DOB", "EMAIL", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "SCHOOL", "ADDRESS"}
ROLES = {"NAP", "PCH", "CHILD", "PARENT", "PRACTITIONER", "OTHER"}


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    problems = []
    notes_path = os.path.join(HERE, "notes.jsonl")
    people_path = os.path.join(HERE, "people.csv")
    types, voices, seen = collections.Counter(), collections.Counter(), set()
    empty = 0
    cases_in_notes = set()
    with open(notes_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                o = json.loads(line)
            except ValueError as e:
                problems.append(f"line {n}: bad JSON ({e})")
                continue
            nid = o.get("note_id")
            if set(o) != {"note_id", "case_id", "voice", "text", "identifiers"}:
                problems.append(f"{nid}: keys {sorted(o)}")
            if nid in seen:
                problems.append(f"{nid}: duplicate note_id")
            seen.add(nid)
            if o.get("case_id"):
                cases_in_notes.add(o["case_id"])
            voices[o.get("voice")] += 1
            text = o.get("text", "")
            ids = o.get("identifiers", [])
            if not ids:
                empty += 1
            spans = []
            for it in ids:
                s, e, t = it.get("start"), it.get("end"), it.get("type")
                if t not in TYPES:
                    problems.append(f"{nid}: unknown type {t}")
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                    problems.append(f"{nid}: bad offsets {s}-{e}")
                    continue
                if text[s:e] != it.get("text"):
                    problems.append(f"{nid}: text mismatch at {s}-{e}: {text[s:e]!r} != {it.get('text')!r}")
                if it["text"] != it["text"].strip():
                    problems.append(f"{nid}: span has outer whitespace {it['text']!r}")
                types[t] += 1
                spans.append((s, e))
            spans.sort()
            for (a, b), (c, d) in zip(spans, spans[1:]):
                if c < b:
                    problems.append(f"{nid}: overlapping spans {a}-{b} and {c}-{d}")
    people_cases = set()
    with open(people_path, encoding="utf-8", newline="") as f:
        r = csv.DictReader(f)
        if r.fieldnames != ["case_id", "name", "role"]:
            problems.append(f"people.csv header {r.fieldnames}")
        for i, row in enumerate(r, 2):
            if row["role"] not in ROLES:
                problems.append(f"people.csv line {i}: role {row['role']!r}")
            if not row["name"].strip() or not row["case_id"].strip():
                problems.append(f"people.csv line {i}: empty field")
            people_cases.add(row["case_id"])
    for c in sorted(people_cases - cases_in_notes):
        problems.append(f"people.csv case {c} not used by any note")
    print(f"notes: {len(seen)}  with no identifiers: {empty}  identifiers: {sum(types.values())}")
    print("per type:")
    for t in sorted(TYPES):
        print(f"  {t:18s} {types[t]}")
    print("per voice:")
    for v, c in sorted(voices.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {c:3d}  {v}")
    print(f"sha256 notes.jsonl  {sha(notes_path)}")
    print(f"sha256 people.csv   {sha(people_path)}")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
