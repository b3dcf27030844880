"""Round 22 (issue #16, deid-v26): structured identifiers, places, names and over-redaction. A date of birth in a
pasted table's column after a case system's person number; a neighbour's house given by its number in brackets
after the words that place it, or after "at" with a floor after it; the letters of a hyphenated given name ("TJ"
for Tyler-Jay); districts no list held and the words children call their grandparents, aunts and uncles in other
languages kept. Fixed by format and by word lists kept as data (``deid_patterns.v3.yaml``,
``places_districts.v1.txt``, ``deid_names.v1.yaml``) and one rule in ``people.py``, not by any corpus's strings,
through the public API (conftest's ``deid`` and ``family``). Notes written for these tests; the guards must stay
as written."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "secret"), [
    ("| HOLT Kerry   | P0483150   | 30/11/1994 | Mother  | Y |", "30/11/1994"),
    ("| HOLT Darren | PN7731902 | 14/02/1979 | Father | N |", "14/02/1979"),
])
def test_round22_dob_after_person_number(family, text: str, secret: str) -> None:
    assert secret not in family("Kerry Holt", "Darren Holt")(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    ("Two reports from the flat below (no. 10) of shouting at night.", "10"),
    ("She says the house next door (number 7) has visitors all night.", "number 7"),
    ("the terrace with the red door (possibly no. 41 or 43) again", "41"),
    ("The woman at no. 31 on the 4th floor called it in.", "31"),
])
def test_round22_house_number_is_replaced(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c221")


@pytest.mark.parametrize(("text", "secret"), [
    ("tj at nans after school, TJ quiet.", "tj"),
    ("She is committed to TJ and to his brother.", "TJ"),
])
def test_round22_hyphenated_name_letters_are_replaced(family, text: str, secret: str) -> None:
    assert secret not in family("Tyler-Jay Holt", "Kerry Holt")(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    ("The family moved from Kinson to Penhill last spring.", "Kinson"),
    ("The family moved from Kinson to Penhill last spring.", "Penhill"),
    ("Mum grew up in Blackbird Leys and still has friends there.", "Blackbird Leys"),
    ("Housing officer from Spelthorne rang about the bidding.", "Spelthorne"),
    ("Bebe collects the children on Fridays.", "Bebe"),
    ("Amca and Teyze visited at the weekend.", "Amca"),
    ("Khala rang to say she would have the boys.", "Khala"),
])
def test_round22_district_and_kinship_word_stays(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c221")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: ordinary words and numbers that must stay
    ("Came in at number 3 on the list for housing.", "number 3"),
    ("See question (no. 4) on the form.", "no. 4"),
    ("The house (12 rooms) was cold.", "12 rooms"),
    ("Meeting with Tom 14/02/2025 at the office.", "14/02/2025"),
    ("Seen at home, visit 14/02/2025, all well.", "14/02/2025"),
    ("TJ Maxx vouchers given to mum.", "vouchers"),
])
def test_round22_guard_stays(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c221")


def test_round22_listed_name_with_district_still_goes(family) -> None:
    assert "Kinson" not in family("Darren Kinson")("Darren Kinson rang the office.", "c1")


def test_round22_letters_need_a_hyphenated_name(family) -> None:
    assert "TJ" in family("Tyler Holt", "Kerry Holt")("TJ Maxx vouchers given to Kerry.", "c1")
