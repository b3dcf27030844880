"""Leakage and over-redaction of `casenotes deid` on a corpus of planted identifiers.

usage: python benchmarks/pii/score.py CORPUS_DIR [--out results.json] [--check] [--deid-output OUT.jsonl]

CORPUS_DIR holds `notes.csv` (the command's input: note_id, case_id, text), `people.csv` (case_id, name, role;
optional) and `notes.jsonl` (the truth: one line per note, `{"note_id", "case_id", "text", "identifiers":
[{"start", "end", "type", "text", "form", ...}]}`). Any corpus in that format can be scored: the generated one
(benchmarks/pii/generate.py) or a hand-written one.

The installed `casenotes deid` (the one beside this Python) is run as a subprocess, exactly as a user runs it;
with `--deid-output` an existing output (`{"note_id", "text"}` lines) is scored instead, so the instrument itself
can be tested, or another engine compared.

What is measured (see README.md):
- leakage: input and output are split into word tokens and aligned (difflib over the token sequences,
  case-sensitive); an input token *survives* when the alignment matches it to an identical output token. An
  item leaks when any of its sensitive tokens survives. Recall per type = 1 - leaked / planted.
- over-redaction: of the word tokens outside every planted identifier, the share that do not survive.
With `--check`, the exit code is 1 unless every group reaches its threshold, over-redaction stays under its
limit and every note came back.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

# A word token: a run of letters/digits, with inner apostrophes kept (O'Neill, Zara's are one token each), so a
# name and its possessive stand or fall together. Underscores, dots, @, hyphens and spaces separate tokens.
TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")

# Words inside an identifier that identify no one on their own, by identifier type. A token of an item is
# *sensitive* unless it is one of these (compared case-insensitively, curly apostrophes as straight ones).
# Digit groups are always sensitive: a surviving "07700" leaks part of a phone number.
# - titles and ranks before a name (an engine that keeps "Mr" and replaces "Okafor" has not leaked);
# - the label words the generator puts inside structured identifiers ("NHS no", "tel:", "d.o.b.", "Mosaic ID"),
#   which are inside the item so that an engine may replace label and value together without being counted as
#   over-redacting, but whose survival leaks nothing;
# - the generic parts of school and address names (Primary, Academy, Road, Flat, House, Estate, St...);
# - the parts of an e-mail address shared by millions (gmail, com, co, uk) and of a social-media label (snap, fb).
# Lists are per type because the same word can be generic in one and identifying in another: "Hill" is generic in
# "Beech Hill" (ADDRESS) and a surname in "Mr Hill" (NAME_*); single letters are generic only where they are
# label letters ("d.o.b.", "e:"), never in INITIALS.
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "pc", "dc", "ds", "di", "dci", "pcso", "sgt",
          "insp"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec"}
GENERIC: dict[str, set[str]] = {
    "NAME_IN_TABLE": TITLES,
    "NAME_NOT_IN_TABLE": TITLES,
    "INITIALS": set(),
    "PHONE": {"tel", "mob", "m", "t", "mobile", "ph", "phone", "landline", "no", "number", "44", "0044", "0",
              "office", "home", "work", "w", "h", "o"},
    "NHS_NUMBER": {"nhs", "no", "number", "is"},
    "NI_NUMBER": {"ni", "n", "i", "no", "nino", "number"},
    "POSTCODE": set(),
    "DOB": {"dob", "d", "o", "b", "date", "of", "birth", "is", "born", "on"} | MONTHS,
    "EMAIL": {"email", "e", "mail", "at", "dot", "gmail", "googlemail", "hotmail", "outlook", "yahoo", "icloud",
              "live", "btinternet", "aol", "com", "co", "uk", "net", "org", "nhs", "gov", "sch", "police"},
    "CASE_REF": {"mosaic", "id", "no", "ref", "reference", "liquidlogic", "ll", "lcs", "ehm", "cp", "police",
                 "cad", "crime", "number", "eclipse", "marac", "m", "pnc", "case"},
    "VEHICLE_REG": {"reg", "vrm", "no", "index"},
    "SOCIAL_HANDLE": {"snap", "snapchat", "insta", "instagram", "ig", "tiktok", "fb", "facebook", "twitter"},
    "SCHOOL": {"primary", "school", "academy", "infant", "infants", "junior", "juniors", "nursery", "high",
               "college", "children's", "centre", "catholic", "church", "of", "england", "c", "e", "cofe", "ce",
               "rc", "community", "secondary", "free", "sixth", "form", "preschool", "pre", "federation", "st",
               "saint", "bishop", "cardinal", "sure", "start", "grammar", "girls", "boys", "the"},
    "ADDRESS": {"road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "close", "cl", "drive", "dr", "way",
                "crescent", "cres", "place", "pl", "gardens", "gdns", "grove", "gr", "terrace", "terr", "walk",
                "court", "ct", "square", "sq", "mews", "row", "rise", "parade", "pde", "flat", "apartment", "apt",
                "house", "hse", "block", "tower", "twr", "point", "pt", "mansions", "mans", "lodge", "estate",
                "the", "hostel", "refuge"},
}
# Which types count towards which threshold under --check (recall pooled over the group's items).
GROUPS: dict[str, tuple[tuple[str, ...], float]] = {
    "structured": (("PHONE", "NHS_NUMBER", "NI_NUMBER", "POSTCODE", "DOB", "EMAIL", "CASE_REF", "VEHICLE_REG",
                    "SOCIAL_HANDLE"), 0.99),
    "names": (("NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS"), 0.95),
    "schools_addresses": (("SCHOOL", "ADDRESS"), 0.90),
}
OVER_REDACTION_MAX = 0.02
TOP_REMOVED = 30
EXAMPLES_PER_FORM = 5
ITEM_KEYS = {"start", "end", "type", "text"}


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens of `text` as (start, end, token)."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def is_sensitive(word: str, kind: str) -> bool:
    """Whether a token (or the part of it inside an item) of an identifier of type `kind` identifies anyone.

    Digit groups always do; words do unless `GENERIC[kind]` lists them. Unknown types have no generic words.
    """
    if not TOKEN.search(word):
        return False
    return word.replace("\u2019", "'").lower() not in GENERIC.get(kind, set())


def surviving(source: list[str], output: list[str]) -> set[int]:
    """Indexes of `source` tokens that the alignment matches to an identical `output` token."""
    matcher = difflib.SequenceMatcher(None, source, output, autojunk=False)
    return {block.a + k for block in matcher.get_matching_blocks() for k in range(block.size)}


def read_truth(corpus: Path) -> list[dict]:
    """Notes with their planted identifiers, each item's offsets checked against its text."""
    path = corpus / "notes.jsonl"
    if not path.is_file():
        raise SystemExit(f"score.py: {path} not found; expected the corpus's notes.jsonl (see README.md)")
    notes = []
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            note = json.loads(line)
            for i, item in enumerate(note["identifiers"]):
                if note["text"][item["start"]:item["end"]] != item["text"]:
                    raise SystemExit(f"score.py: {path} line {line_no} (note_id {note['note_id']}): identifier "
                                     f"{i} offsets {item['start']}-{item['end']} do not match its text")
            notes.append(note)
    return notes


def run_engine(corpus: Path, work: Path) -> Path:
    """Run the installed `casenotes deid` on the corpus; return the JSONL it wrote."""
    exe = Path(sys.executable).parent / "casenotes"
    if not exe.exists():
        raise SystemExit(f"score.py: no casenotes command beside {sys.executable}; run this with the project's "
                         f"venv Python (.venv/bin/python)")
    out = work / "deid.jsonl"
    notes_csv = corpus / "notes.csv"
    if not notes_csv.is_file():  # a corpus written as notes.jsonl alone (the hand-written held-out one)
        import csv

        notes_csv = work / "notes.csv"
        with notes_csv.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["note_id", "case_id", "text"])
            for note in read_truth(corpus):
                writer.writerow([note["note_id"], note.get("case_id") or "", note["text"]])
    cmd = [str(exe), "deid", str(notes_csv), "-o", str(out), "--rejects", str(work / "rejects.csv")]
    if (corpus / "people.csv").is_file():
        cmd += ["--people", str(corpus / "people.csv")]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        last = (done.stderr.strip() or done.stdout.strip()).splitlines()[-1:] or ["(no message)"]
        raise SystemExit(f"score.py: casenotes deid exited {done.returncode}: {last[0]}")
    return out


def read_output(path: Path) -> dict[str, str]:
    """Pseudonymised texts by note_id."""
    with path.open(encoding="utf-8") as fh:
        return {rec["note_id"]: rec["text"] for rec in map(json.loads, filter(str.strip, fh))}


def _rate(planted: int, leaked: int) -> dict:
    return {"planted": planted, "leaked": leaked, "recall": round(1 - leaked / planted, 4) if planted else None}


def score(notes: list[dict], output: dict[str, str]) -> dict:
    """Leakage per identifier type (and per each item field, e.g. form), groups, and over-redaction."""
    planted: Counter = Counter()
    leaked: Counter = Counter()
    by_field: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(lambda: [0, 0])))
    examples: dict = defaultdict(lambda: defaultdict(list))
    unscorable: Counter = Counter()
    kept, seen, removed = 0, Counter(), Counter()
    missing = []
    for note in notes:
        if note["note_id"] not in output:
            missing.append(note["note_id"])
            continue
        src = tokens(note["text"])
        alive = surviving([t for _, _, t in src], [t for _, _, t in tokens(output[note["note_id"]])])
        inside = set()
        for item in note["identifiers"]:
            start, end, kind = item["start"], item["end"], item["type"]
            mine = [i for i, (s, e, _) in enumerate(src) if s < end and e > start]
            inside.update(mine)
            sensitive = [i for i in mine if is_sensitive(note["text"][max(src[i][0], start):min(src[i][1], end)],
                                                         kind)]
            if not sensitive:
                unscorable[kind] += 1
                continue
            leak = [src[i][2] for i in sensitive if i in alive]
            planted[kind] += 1
            leaked[kind] += bool(leak)
            for key, value in item.items():
                if key not in ITEM_KEYS:
                    cell = by_field[kind][key][str(value)]
                    cell[0] += 1
                    cell[1] += bool(leak)
            if leak and len(examples[kind][item.get("form", "")]) < EXAMPLES_PER_FORM:
                examples[kind][item.get("form", "")].append(
                    {"note_id": note["note_id"], "text": item["text"], "survived": leak})
        for i, (_, _, word) in enumerate(src):
            if i in inside:
                continue
            seen[word] += 1
            if i in alive:
                kept += 1
            else:
                removed[word] += 1
    types = {}
    for kind in sorted(planted | unscorable):
        types[kind] = {**_rate(planted[kind], leaked[kind]),
                       "unscorable": unscorable[kind],
                       "by": {key: {value: _rate(*cell) for value, cell in sorted(values.items())}
                              for key, values in sorted(by_field[kind].items())},
                       "leaked_examples": {form: ex for form, ex in sorted(examples[kind].items())}}
    groups = {}
    for name, (kinds, threshold) in GROUPS.items():
        rate = _rate(sum(planted[k] for k in kinds), sum(leaked[k] for k in kinds))
        groups[name] = {"types": list(kinds), **rate, "threshold": threshold,
                        "pass": rate["recall"] is not None and rate["recall"] >= threshold}
    ungrouped = sorted(set(planted) - {k for kinds, _ in GROUPS.values() for k in kinds})
    total = kept + sum(removed.values())
    over = round(sum(removed.values()) / total, 4) if total else 0.0
    over_redaction = {"tokens": total, "removed": sum(removed.values()), "rate": over,
                      "threshold": OVER_REDACTION_MAX, "pass": over < OVER_REDACTION_MAX,
                      "top_removed": [{"word": w, "removed": n, "seen": seen[w]}
                                      for w, n in removed.most_common(TOP_REMOVED)]}
    return {"notes": len(notes), "notes_scored": len(notes) - len(missing), "notes_missing": missing,
            "types": types, "groups": groups, "ungrouped_types": ungrouped, "over_redaction": over_redaction,
            "pass": not missing and over_redaction["pass"] and all(g["pass"] for g in groups.values())}


def print_report(results: dict) -> None:
    """The results as plain-text tables on stdout."""
    print(f"notes {results['notes']}, scored {results['notes_scored']}, "
          f"missing from the output {len(results['notes_missing'])}")
    print(f"\n{'type':<20}{'planted':>9}{'leaked':>8}{'recall':>9}")
    for kind, row in results["types"].items():
        print(f"{kind:<20}{row['planted']:>9}{row['leaked']:>8}{_fmt(row['recall']):>9}")
    print(f"\n{'type / form':<52}{'planted':>9}{'leaked':>8}{'recall':>9}")
    for kind, row in results["types"].items():
        for form, cell in row["by"].get("form", {}).items():
            print(f"{kind + ' / ' + form:<52}{cell['planted']:>9}{cell['leaked']:>8}{_fmt(cell['recall']):>9}")
    print(f"\n{'group':<20}{'planted':>9}{'leaked':>8}{'recall':>9}{'needs':>8}  result")
    for name, g in results["groups"].items():
        print(f"{name:<20}{g['planted']:>9}{g['leaked']:>8}{_fmt(g['recall']):>9}{g['threshold']:>8}  "
              f"{'pass' if g['pass'] else 'FAIL'}")
    o = results["over_redaction"]
    print(f"\nover-redaction: {o['removed']} of {o['tokens']} non-identifying tokens removed = {o['rate']:.4f} "
          f"(needs < {o['threshold']})  {'pass' if o['pass'] else 'FAIL'}")
    if o["top_removed"]:
        print("most often removed: " + ", ".join(f"{w['word']} {w['removed']}/{w['seen']}"
                                                   for w in o["top_removed"]))
    print(f"\noverall: {'pass' if results['pass'] else 'FAIL'}")


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="folder with notes.csv, people.csv and notes.jsonl")
    ap.add_argument("--out", type=Path, help="write the results as JSON here")
    ap.add_argument("--check", action="store_true", help="exit 1 unless every threshold is met")
    ap.add_argument("--deid-output", type=Path, help="score this JSONL instead of running casenotes deid")
    args = ap.parse_args()
    notes = read_truth(args.corpus)
    with tempfile.TemporaryDirectory() as work:
        out = args.deid_output or run_engine(args.corpus, Path(work))
        results = score(notes, read_output(out))
    results = {"corpus": str(args.corpus), "engine": str(args.deid_output or "casenotes deid"), **results}
    print_report(results)
    if args.out:
        args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.check and not results["pass"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
