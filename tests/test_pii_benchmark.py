"""The adversarial leakage benchmark (benchmarks/pii): first the instrument is tested, then the engine is held to it.

The instrument tests score made-up outputs (the input unchanged, everything blanked, exactly the identifiers
replaced, a phone number half replaced) with `score.py --deid-output`, so a scorer that miscounts fails here
whatever the engine does. The engine tests run the installed `casenotes deid` on a 200-note corpus through
`score.py` and hold each group to the thresholds the project set; they fail until the engine meets them.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "pii"
TYPES = {"NAME_IN_TABLE", "NAME_NOT_IN_TABLE", "INITIALS", "PHONE", "NHS_NUMBER", "NI_NUMBER", "POSTCODE", "DOB",
         "EMAIL", "CASE_REF", "VEHICLE_REG", "SOCIAL_HANDLE", "SCHOOL", "ADDRESS"}
# The project's thresholds, written here as well as in score.py so that relaxing the scorer fails this test.
THRESHOLDS = {"structured": 0.99, "names": 0.95, "schools_addresses": 0.90}
OVER_REDACTION_MAX = 0.02
WORD = re.compile(r"\w+")


def run(script: str, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(BENCH / script), *map(str, args)], capture_output=True, text=True)


def read_notes(corpus: Path) -> list[dict]:
    with (corpus / "notes.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pii") / "corpus"
    done = run("generate.py", "--notes", 200, "--seed", 7, "--out", out)
    assert done.returncode == 0, done.stderr
    return out


def score_output(corpus: Path, work: Path, rewrite, *extra: str) -> tuple[int, dict]:
    """Score an output made by `rewrite(note) -> text` for every note, as if an engine had written it."""
    output = work / "output.jsonl"
    with output.open("w", encoding="utf-8") as fh:
        for note in read_notes(corpus):
            fh.write(json.dumps({"note_id": note["note_id"], "case_id": note["case_id"], "text": rewrite(note)}) + "\n")
    done = run("score.py", corpus, "--deid-output", output, "--out", work / "results.json", *extra)
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads((work / "results.json").read_text(encoding="utf-8"))


def replace_items(note: dict, replacement) -> str:
    """The note's text with each identifier replaced by `replacement(item)`."""
    text, out, pos = note["text"], [], 0
    for item in sorted(note["identifiers"], key=lambda i: i["start"]):
        out += [text[pos:item["start"]], replacement(item)]
        pos = item["end"]
    return "".join(out) + text[pos:]


# --- the generator -----------------------------------------------------------------------------------------------
def test_generator_offsets_are_exact_and_csv_matches_truth(corpus):
    notes = read_notes(corpus)
    assert len(notes) == 200
    for note in notes:
        for item in note["identifiers"]:
            assert note["text"][item["start"]:item["end"]] == item["text"]
            assert item["form"]
    with (corpus / "notes.csv").open(newline="", encoding="utf-8") as fh:
        rows = [(r["note_id"], r["case_id"] or None, r["text"]) for r in csv.DictReader(fh)]
    assert rows == [(n["note_id"], n["case_id"], n["text"]) for n in notes]


def test_generator_plants_every_type_and_messy_tables(corpus):
    notes = read_notes(corpus)
    assert {i["type"] for n in notes for i in n["identifiers"]} == TYPES
    assert any(not n["identifiers"] for n in notes), "some notes carry no identifier at all"
    assert any(n["case_id"] is None for n in notes), "some notes have no case"
    with (corpus / "people.csv").open(newline="", encoding="utf-8") as fh:
        people = list(csv.DictReader(fh))
    assert {p["role"] for p in people} <= {"NAP", "PCH", "CHILD", "PARENT", "PRACTITIONER", "OTHER"}
    assert any("," in p["name"] for p in people), "some names are written 'Surname, Forename'"
    assert any(p["name"] != p["name"].strip() for p in people), "some names carry extra spaces"


def test_generator_same_seed_same_bytes(corpus, tmp_path):
    done = run("generate.py", "--notes", 200, "--seed", 7, "--out", tmp_path)
    assert done.returncode == 0, done.stderr
    for name in ("notes.csv", "people.csv", "notes.jsonl"):
        assert (tmp_path / name).read_bytes() == (corpus / name).read_bytes(), name


def test_name_lists_are_long_enough():
    lexicon = yaml.safe_load((BENCH / "lexicon.yaml").read_text(encoding="utf-8"))
    firsts = {n for by_gender in lexicon["first_names"].values() for names in by_gender.values() for n in names}
    surnames = {s for names in lexicon["surnames"].values() for entry in names for s in entry.split("|")}
    assert len(firsts) >= 400 and len(surnames) >= 400
    assert len(lexicon["first_names"]) >= 15, "names from many origins"


# --- the scorer --------------------------------------------------------------------------------------------------
def test_unchanged_output_leaks_every_item_and_removes_nothing(corpus, tmp_path):
    code, results = score_output(corpus, tmp_path, lambda n: n["text"], "--check")
    assert code == 1
    assert set(results["types"]) == TYPES
    assert all(row["recall"] == 0.0 and row["leaked"] == row["planted"] > 0 for row in results["types"].values())
    assert results["over_redaction"]["rate"] == 0.0


def test_blanked_output_leaks_nothing_and_removes_everything(corpus, tmp_path):
    code, results = score_output(corpus, tmp_path, lambda n: WORD.sub("#", n["text"]), "--check")
    assert code == 1
    assert all(row["recall"] == 1.0 for row in results["types"].values())
    assert results["over_redaction"]["rate"] == 1.0
    assert results["over_redaction"]["top_removed"]


def test_exact_replacement_passes_the_check(corpus, tmp_path):
    code, results = score_output(corpus, tmp_path, lambda n: replace_items(n, lambda i: f"[{i['type']}]"),
                                 "--check")
    assert code == 0, results["groups"]
    assert all(row["recall"] == 1.0 for row in results["types"].values())
    assert results["over_redaction"]["rate"] == 0.0


def test_a_surviving_digit_group_leaks_and_a_surviving_title_does_not(corpus, tmp_path):
    def rewrite(item: dict) -> str:
        words = WORD.findall(item["text"])
        if item["type"] == "PHONE":
            return f"[PHONE] {words[-1]}"  # the last digit group stays where it was
        if item["form"] == "title_surname":
            return f"{words[0]} [NAME]"  # "Mr Okafor" -> "Mr [NAME]"
        return "[ID]"

    code, results = score_output(corpus, tmp_path, lambda n: replace_items(n, rewrite))
    assert code == 0  # without --check
    assert results["types"]["PHONE"]["recall"] == 0.0
    for kind in ("NAME_IN_TABLE", "NAME_NOT_IN_TABLE"):
        assert results["types"][kind]["by"]["form"]["title_surname"]["recall"] == 1.0


def test_scorer_rejects_a_corpus_whose_offsets_are_wrong(corpus, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    notes = read_notes(corpus)
    note = next(n for n in notes if n["identifiers"])
    note["identifiers"][0]["start"] += 1
    (broken / "notes.jsonl").write_text("".join(json.dumps(n) + "\n" for n in notes), encoding="utf-8")
    done = run("score.py", broken, "--deid-output", broken / "notes.jsonl")
    assert done.returncode != 0
    assert note["note_id"] in done.stderr and "offsets" in done.stderr


# --- the engine --------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def engine(corpus, tmp_path_factory) -> dict:
    """Results of the installed `casenotes deid` on the corpus (run by score.py as a subprocess)."""
    out = tmp_path_factory.mktemp("pii_engine") / "results.json"
    done = run("score.py", corpus, "--out", out)
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def test_engine_returns_every_note(engine):
    assert engine["notes_missing"] == []


@pytest.mark.parametrize("group", sorted(THRESHOLDS))
def test_engine_recall_per_group(engine, group):
    g = engine["groups"][group]
    per_type = {k: engine["types"][k]["recall"] for k in g["types"] if k in engine["types"]}
    assert g["threshold"] == THRESHOLDS[group]
    assert g["recall"] >= THRESHOLDS[group], f"{group} recall {g['recall']} < {THRESHOLDS[group]}: {per_type}"


def test_engine_over_redaction(engine):
    o = engine["over_redaction"]
    assert o["threshold"] == OVER_REDACTION_MAX
    assert o["rate"] < OVER_REDACTION_MAX, [w["word"] for w in o["top_removed"]]
