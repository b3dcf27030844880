"""Pseudonymisation: identifiers, places and names are replaced before storage, consistently per case, however
the note and the people table write them."""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casenotes.deid import Pseudonymiser, nhs_checksum, screen_for
from casenotes.deid.screens import Needs, lead_screen, lower_alike, skips_ahead
from casenotes.deid.identifiers import load_patterns
from casenotes.deid.text import fold, words

KEY = b"k" * 32


@pytest.fixture(scope="module")
def deid() -> Pseudonymiser:
    return Pseudonymiser(key=KEY)


def _family(deid: Pseudonymiser, *names: str, case: str = "c1") -> Pseudonymiser:
    deid.use_people(pd.DataFrame({"case_id": case, "name": list(names)}))
    return deid


def _survivors(out: str, secrets: list[str]) -> list[str]:
    """The secrets still in the output as whole words (folded)."""
    left = set(words(out).folded)
    return [s for s in secrets if fold(s) in left]


def test_nhs_checksum():
    assert nhs_checksum("943 476 5919")
    assert not nhs_checksum("943 476 5918")


def test_identifiers_are_replaced(deid):
    text = ("NHS no 943 476 5919, NI JK 12 34 56 C, lives at 14 Acacia Avenue, SE15 4QT, mob 07700 900123, "
            "email jo.bloggs@example.org, DOB: 03/04/2015, LCS 1234567.")
    out = deid(text)
    for secret in ("943 476 5919", "JK 12 34 56 C", "Acacia Avenue", "SE15 4QT", "07700 900123", "jo.bloggs",
                   "03/04/2015", "1234567"):
        assert secret not in out
    for token in ("[NHS_NUMBER]", "[NI_NUMBER]", "[ADDRESS]", "[POSTCODE]", "[PHONE]", "[EMAIL]", "[DOB]", "[CASE_REF]"):
        assert token in out


@pytest.mark.parametrize("text,secret", [
    ("mob 07700-900-123", "900"), ("call (020) 7946 0958", "7946"), ("tel +44 (0)7700 900123", "900123"),
    ("on 0044 7700 900 123", "7700"), ("NHS 485-777-3457 (digit wrong)", "3457"), ("nhs no 48 57 77 34 56", "34"),
    ("ni number ab 12 34 56 c", "ab"), ("postcode se15 4rt", "4rt"), ("born on 3rd March 2015", "March"),
    ("date of birth is 04/11/2016", "04/11/2016"), ("d.o.b. 4.11.16", "4.11.16"),
    ("Mosaic ID 1234567", "1234567"), ("EHM ref 98765", "98765"), ("crime ref 5122/23", "5122/23"),
    ("a silver car ab12 cde", "cde"), ("snap: zaraok", "zaraok"), ("msg @zara_ok22", "zara_ok22"),
    ("email zara at gmail dot com", "gmail"), ("attends St Aldhelm's Primary School", "Aldhelm"),
    ("goes to oakfield primary", "oakfield"), ("Flat 7, Marsh House", "Marsh"), ("lives on elm road", "elm"),
    ("moved to the Brookfield Estate", "Brookfield"),
])
def test_identifiers_in_everyday_formats_are_removed(deid, text, secret):
    assert secret not in deid(text)


@pytest.mark.parametrize("text", [
    "Visit on 03/04/2025 at 10.30am.", "She will attend the CP conference on Tuesday with Mum.",
    "Mark the date: hope is not a plan.", "Police attended; the Family Court listed a hearing for May.",
    "Referred to CAMHS and Women's Aid; MARAC on Friday.", "He paid £250 and has 3 children aged 4, 7 and 9.",
    "Mum's house is near the main road; the children walked to their primary school.",
])
def test_ordinary_text_is_left_alone(deid, text):
    _family(deid, "Zara Okafor")
    assert deid(text, "c1") == text


def test_people_names_replaced_consistently_within_a_case(deid):
    deid.use_people(pd.DataFrame({"case_id": ["c1", "c1", "c2"], "name": ["Aisha Begum", "Tomasz Nowak", "Aisha Begum"]}))
    a = deid("Aisha said Tomasz Nowak came round. Ms Begum called police.", "c1")
    assert not _survivors(a, ["Aisha", "Tomasz", "Nowak", "Begum"])
    assert deid("Aisha seen.", "c1").split()[0] == a.split()[0]
    assert "Ms " in a  # titles stay, so the sentence keeps its shape
    assert "Aisha" not in deid("Aisha seen.", "c2")


@pytest.mark.parametrize("table,note,secrets", [
    ("Zara Okafor", "rang zara's mum; CP plan for ZARA OKAFOR; ZO presented as withdrawn", ["zara", "okafor", "ZO"]),
    ("Okafor, Zara", "Zara Okafor and Ms Okafor", ["Zara", "Okafor"]),
    ("Zara OKAFOR", "Okafor family; zara", ["Okafor", "zara"]),
    ("Zara Amina Okafor", "Amina (middle name) was seen", ["Amina"]),
    ("Elizabeth Smith-Jones", "Lizzie and Mrs Jones; the Smith-Jones family", ["Lizzie", "Jones", "Smith-Jones"]),
    (unicodedata.normalize("NFD", "Zoë Brennan"), "Zoë attended with ZOE's nan", ["Zoë", "ZOE"]),
    ("Siobhán O'Neill", "siobhan o'neill and O’Neill", ["siobhan", "o'neill"]),
])
def test_table_names_are_found_however_they_are_written(deid, table, note, secrets):
    out = _family(deid, table)(note, "c1")
    assert not _survivors(out, secrets), out


def test_names_not_in_the_table_are_found(deid):
    _family(deid, "Zara Okafor")
    note = ("Discussed with SW Hannah Price and PC 1234 Jones; her new partner Dean and sister Precious were "
            "present, and teacher Mrs Begum rang.")
    out = deid(note, "c1")
    assert not _survivors(out, ["Hannah", "Price", "Jones", "Dean", "Precious", "Begum"]), out


@pytest.mark.parametrize("note,secrets", [
    ("tc mum - J showed screenshots, no contact w G or kids. PC to speak to R re harassment.", ["J", "G", "R"]),
    ("Reported by: A Pearson (Head of Year); probation (M. Dearden) to update.", ["A", "Pearson", "M", "Dearden"]),
    ("Printed (2 copies) | WHITELY, Dominic | Service Manager", ["WHITELY", "Dominic"]),
    ("Children: Chiamaka (13), David (8) and Favour (2).", ["Chiamaka", "David", "Favour"]),
])
def test_initials_and_names_in_records_are_found(deid, note, secrets):
    out = _family(deid, "Zara Okafor")(note, "c1")
    before, after = words(note), words(out)
    assert len(before) == len(after), out  # each name word is replaced by one pseudonym word
    kept = [b for b, a in zip(before.forms, after.forms) if b in secrets and a == b]
    assert not kept, out


@pytest.mark.parametrize("text", [
    "The family moved from Bradford to Milton Keynes in June.", "Plan B agreed; Vitamin D prescribed; Q&A at school.",
    "M and F both present; A&E attendance noted.",
])
def test_towns_and_labels_are_not_taken_for_people(deid, text):
    assert _family(deid, "Zara Okafor")(text, "c1") == text


def test_a_practitioner_sharing_the_mothers_first_name_is_not_given_her_pseudonym(deid):
    _family(deid, "Hannah Okafor")
    mum = deid("Hannah said she is scared.", "c1").split()[0]
    worker = deid("Discussed with SW Hannah Price today.", "c1").split()[3]
    assert mum != "Hannah" and worker != "Hannah" and worker != mum


def test_a_note_without_a_case_still_loses_the_tables_names(deid):
    deid.use_people(None)
    deid.use_known(["Zara Okafor", "Kai Mensah"])
    out = deid("Zara Okafor and kai were seen.")
    assert not _survivors(out, ["Zara", "Okafor", "kai"])
    deid.use_known([])


def test_common_words_in_the_table_stay_words_in_lower_case(deid):
    _family(deid, "Will Brown", "Grace Hope")
    out = deid("She will attend; hope is not a plan; a brown coat. Will Brown and Grace rang.", "c1")
    assert out.startswith("She will attend; hope is not a plan; a brown coat.")
    assert not _survivors(out, ["Grace"]) and "Will Brown" not in out


def test_pseudonyms_depend_on_the_key():
    people = pd.DataFrame({"case_id": ["c1"], "name": ["Zara Okafor"]})
    note = "Zara Okafor seen."
    a, b = (Pseudonymiser(people, key=k)(note, "c1") for k in (b"a" * 32, b"b" * 32))
    again = Pseudonymiser(people, key=b"a" * 32)(note, "c1")
    assert a == again and a != b


_NAMES = ["Ann", "Anne Lee", "O'Neil", "Smith-Jones", "Zoë Ann", "Okafor, Zara", "Kai MENSAH", "Łukasz Nowak"]
_PIECES = ["Ann", "anne", "LEE", "O'Neil", "o’neil", "Smith-Jones", "Jones", "Zoe", "ZOË", "zara's", "Okafor", "KAI",
           "mensah", "Lukasz", "nowak", " ", ".", ", ", "'", "-", "9", "\n", "Mr ", "the ", "said "]


@given(names=st.lists(st.sampled_from(_NAMES), min_size=1, max_size=4, unique=True),
       pieces=st.lists(st.sampled_from(_PIECES), max_size=25))
@settings(max_examples=150, deadline=None)
def test_no_word_of_a_table_name_survives(names, pieces):
    """Whatever the spacing, case, accents and punctuation, no word of a listed name is left in the note."""
    deid = Pseudonymiser(pd.DataFrame({"case_id": "c", "name": names}), key=KEY, detector=None)
    text = " ".join(pieces)
    table_words = {fold(p) for n in names for p in re.split(r"[\s,]+", n) if len(p) > 1}
    assert not set(words(deid(text, "c")).folded) & table_words


def test_every_pattern_finds_its_examples_and_not_its_counterexamples():
    patterns, _ = load_patterns()
    for pattern in patterns:
        for example in pattern.examples:
            assert pattern.spans(example), (pattern.id, example)
        for example in pattern.counterexamples:
            assert not pattern.spans(example), (pattern.id, example)


@pytest.mark.parametrize("pattern,screen", [
    (r"\b\d{3}", r"\d{3}"), (r"(?i)\bborn \d", r"(?i)born \d"), (r"\b(?!BG|GB)[A-Z]{2}", r"[A-Z]{2}"),
    (r"(?<![\w/])0\d", r"0\d"), (r"(?<!\))x", "x"), (r"(?<![)\]])x", "x"), (r"\bA|B", "A|B"),
    (r"[\b]x", None), (r"abc", None), (r"(?x) \b a", None), (r"(?=(a))(b)(c)\2", None), (r"(?=a)?b", None),
])
def test_a_screen_is_the_pattern_without_its_leading_assertions(pattern, screen):
    found = screen_for(re.compile(pattern))
    assert (found.pattern if found else None) == screen


@pytest.mark.parametrize("pattern,lead", [
    (r"(?i)\b(?:case|child)\s*ref", "case|child"), (r"\b(?:no\.?|number)\d", "no|number"), (r"(?<!x)Flat \d", "flat\\ "),
    (r"\b(?:at|attend|ab?)\b", None), (r"(?:id|Id)+", None), (r"\bx\d", None), (r"[A-Z]{2}", None), (r"(?:é|ab)c", None), (r"(?:Mr|Mrs)\.?\bX", "mr"), (r"ab\bc?d", "ab"),
    (r"(?x) case", None), (r"(?i)(?:street|st)\b", "st"),
])
def test_a_lead_screen_is_the_words_every_match_starts_with(pattern, lead):
    found = lead_screen(re.compile(pattern))
    assert (found.pattern if found else None) == lead


def test_a_text_is_lowered_for_lead_screens_only_where_each_character_reads_alike():
    assert lower_alike("Case REF 12") == "case ref 12" and lower_alike("ÇELİK ref") is None
    assert lower_alike("ſnap") is None and lower_alike("Kik: Zoë") == "kik: zoë"


@given(st.text(alphabet="abno rf.", max_size=40))
@settings(max_examples=300, deadline=None)
def test_needs_are_held_all_at_once_as_each_in_turn(text):
    """One search of the needs' trie finds the needs a text holds: those inside another, overlapping or sharing
    its start too."""
    words = frozenset({"no", "nob", "ob", "b", "ref", "re", "f.", " r", "on ", "bb", "a"})
    assert Needs.of(words).held(text) == {w for w in words if w in text}


@pytest.mark.parametrize("screen,skips", [
    (r"\d{3}", True), (r"[A-Z]{2}\d", True), (r"@\w+", True), (r"(?:\+44|0)\d", True), (r"[A-Z]?\d", True),
    (r"(?i)born \d", False), (r"x", False), (r"\s\d", False), (r"[A-Z]|b", False), (r"\w+@", False),
    (r"(?i)[A-Z]{2}", False), (r"[^A-Z]\d", False),
])
def test_a_screen_is_run_first_only_where_it_starts_with_an_uncommon_character(screen, skips):
    """A screen that may start with a lower-case letter or a space is tried almost everywhere, mid-word too, and
    costs more than its pattern: only one whose every match starts elsewhere (a digit, a capital, "@") runs first."""
    assert skips_ahead(re.compile(screen)) is skips


_ID_PIECES = ["943 476 5919", "9434765919", "JK 12 34 56 C", "JK123456C", "14 Acacia Avenue", "2b High Street",
              "PC 1234", "Flat 7", "crime ref CR/0038812/24", "0417 of 14/04/24", "NHS no 48 57 77 34 56", "b. 2017",
              "LA-2291", "snap: zaraok", "kez.w_07", "zara at gmail dot com", "ID 7654321", "Mosaic 1234567",
              "SE15 4QT", "GIR 0AA", "07700 900123", "+44 (0) 7700 900123", "jo.bloggs@example.org", "DOB: 03/04/2015",
              "d.o.b 1.2.20", "Born 3-4-2019", "LCS 1234567", "Case ref 99999", "MOSAIC#123456", "A", "x", "Road", "_",
              "9", "0", " ", "/", "-", "(", ")", ".", ":", "\n", "é", "İ", "ı", "ſ", "K", "child ", "Case No ", "at no. 4",
              "Flat ", "snap ", "ID "]


@given(st.lists(st.sampled_from(_ID_PIECES), max_size=25))
@settings(max_examples=200, deadline=None)
def test_screened_patterns_replace_exactly_what_the_patterns_do(pieces):
    """Each identifier pattern runs only where its screen finds something (or, led by cue words, only where one of
    them stands), on texts holding what it needs, near digits when every match has one: the output must not
    change."""
    deid, unscreened = _screened_and_not()
    text = "".join(pieces)
    assert sum(p.screen is not None for p in deid.patterns) >= 6 and sum(p.lead is not None for p in deid.patterns) >= 6
    assert deid(text) == unscreened(text)


@functools.cache
def _screened_and_not() -> tuple[Pseudonymiser, Pseudonymiser]:
    """Two engines built once for every example (each text is pseudonymised on its own; building is most of the
    cost): the shipped one, and one whose patterns run everywhere, with no screen, need or digit window."""
    deid, unscreened = Pseudonymiser(key=KEY), Pseudonymiser(key=KEY)
    unscreened.patterns = [dataclasses.replace(p, screen=None, needs=(), near_digits=False, lead=None)
                           for p in unscreened.patterns]
    return deid, unscreened


def test_deid_command_reconciles_and_keeps_its_key(tmp_path):
    """Through the installed console script: every row written or rejected, the same pseudonyms on a re-run."""
    notes = tmp_path / "notes.csv"
    pd.DataFrame({"note_id": ["a", "b", ""], "case_id": ["c1", "", "c1"],
                  "text": ["Zara Okafor rang 07700 900123.", "zara seen", "no id"]}).to_csv(notes, index=False)
    people = tmp_path / "people.csv"
    pd.DataFrame({"case_id": ["c1"], "name": ["Okafor, Zara"]}).to_csv(people, index=False)
    exe = Path(sys.executable).with_name("casenotes")
    out = tmp_path / "out.jsonl"
    runs = []
    for _ in range(2):
        done = subprocess.run([exe, "deid", notes, "-o", out, "--people", people], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        runs.append([json.loads(line) for line in out.read_text().splitlines()])
    assert runs[0] == runs[1] and len(runs[0]) == 2
    assert "Zara" not in runs[0][0]["text"] and "07700" not in runs[0][0]["text"] and "zara" not in runs[0][1]["text"]
    assert "missing_note_id" in (tmp_path / "out_rejects.csv").read_text()
    assert (tmp_path / "out.jsonl.key").stat().st_mode & 0o077 == 0


_DIGIT_PIECES = ["DOB", "born on", "NHS no", "07700 900123", "485 777 3457", "ref", "Mosaic ID", "12/03/2024", "3rd March",
                 "2015", "AB12 CDE", "SE15 4RT", "ab 12 34 56 c", "PC", "1234", "£250", "14:30", " ", "\n", ".", ",",
                 "the visit was long and careful and nothing much happened for a while", "x" * 60, "(", ")"]


@given(st.lists(st.sampled_from(_DIGIT_PIECES), max_size=30))
@settings(max_examples=200, deadline=None)
def test_digit_patterns_find_the_same_near_digits_as_in_the_whole_text(pieces):
    """Patterns marked near_digits scan only the text around digits: they must find what a whole-text scan finds."""
    text = " ".join(pieces)
    for pattern in load_patterns()[0]:
        if pattern.near_digits:
            whole = dataclasses.replace(pattern, near_digits=False, screen=None)
            assert pattern.spans(text) == whole.spans(text), pattern.id


def test_a_people_table_that_names_nobody_in_the_export_is_a_warning(tmp_path):
    """Valid but probably a mistake (issue #17, item 8): its case ids are not the export's (W004)."""
    import warnings

    from casenotes.deid import pseudonymise_file
    from casenotes.errors import CasenotesWarning

    export = tmp_path / "notes.csv"
    export.write_text("note_id,case_id,text\nN1,C001,Mum seen at home.\nN2,C002,Visit booked.\n")
    people = tmp_path / "people.csv"
    people.write_text("case_id,name,role\n1,Jane Smith,NAP\n2,Tom Smith,CHILD\n")
    with pytest.warns(CasenotesWarning, match=r"\[W004\] People table people.csv names nobody in the cases of "
                                              r"notes.csv"):
        pseudonymise_file(export, tmp_path / "out.jsonl", people=people)
    people.write_text("case_id,name,role\nC001,Jane Smith,NAP\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error", CasenotesWarning)
        pseudonymise_file(export, tmp_path / "out.jsonl", people=people)
