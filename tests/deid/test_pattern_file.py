"""The identifier patterns file: named regex pieces, the date-of-birth rules, and coded errors for a bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from casenotes.data import resolve
from casenotes.deid import Pseudonymiser
from casenotes.deid.births import BirthRules
from casenotes.deid.identifiers import load_patterns
from casenotes.errors import RuleFileError

GOOD = """version: 3
defines:
  D: '\\d\\d'
  DATE: '{D}/{D}/{D}'
dates_of_birth:
  person_gap: '^ \\Z'
  event_before: 'visit'
patterns:
  - id: x.v1
    entity: DOB
    regex: 'dob (?P<id>{DATE})'
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "patterns.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_named_pieces_are_expanded(tmp_path):
    patterns, _ = load_patterns(_write(tmp_path, GOOD))
    assert patterns[0].spans("dob 01/02/03") == [(4, 12)]


@pytest.mark.parametrize("old,new,code", [
    ("version: 3\n", "version: 3\nrules: []\n", "E540"),
    ("'dob (?P<id>{DATE})'", "'dob (?P<id>{DAY})'", "E541"),
    ("  event_before: 'visit'\n", "", "E542"),
    ("'^ \\Z'", "'(unclosed'", "E542"),
])
def test_a_bad_file_is_a_coded_error(tmp_path, old, new, code):
    path = _write(tmp_path, GOOD.replace(old, new))
    with pytest.raises(RuleFileError, match=rf"\[{code}\] patterns.yaml"):
        load_patterns(path)
        BirthRules.load(path)


def test_the_v2_file_still_loads():
    v2 = resolve("default", "deid_patterns.v2.yaml")
    deid = Pseudonymiser(patterns=v2, key=b"v" * 32)
    assert "[DOB]" in deid("DOB 04/11/2016, seen 05/11/2024")
