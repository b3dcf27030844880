"""Words that identify nobody stay: titles (only the name after one goes), languages, nationalities, family words,
measures and services, and the town after an address. Notes written for these tests."""

from __future__ import annotations

import pytest


def test_a_title_in_the_people_table_is_nobodys_name(deid):
    deid.use_known(["Mrs Agnieszka WOLSKA", "Dr Tomasz Wolski"])
    try:
        out = deid("Spoke to Mrs Pilkington and Dr Amadi; Mrs said she would call back.")
    finally:
        deid.use_known([])
    assert out.count("Mrs") == 2 and "Dr " in out
    assert "Pilkington" not in out and "Amadi" not in out


def test_a_title_before_a_case_persons_name_stays(family):
    deid = family("Mrs Agnieszka WOLSKA")
    out = deid("Re: Mrs Agnieszka WOLSKA, seen with her GP.", "c1")
    assert out.startswith("Re: Mrs ") and "Agnieszka" not in out and "WOLSKA" not in out


@pytest.mark.parametrize("word", ["Tigrinya", "Hakka", "Lingala", "Tagalog", "Malayalam", "Krio", "Sylheti"])
def test_languages_stay(deid, word):
    assert word in deid(f"Interpreter booked ({word}). Mum speaks {word} at home.")


@pytest.mark.parametrize("text,kept", [
    ("EPDS 14 at booking, repeat at 6 weeks.", "EPDS"),
    ("Now NEET since Easter; referred to the youth hub.", "NEET"),
    ("SDQ and RCADS sent to school.", "RCADS"),
    ("Folic acid and Ventolin prescribed.", "Ventolin"),
    ("She asked for ANI at the pharmacy counter.", "ANI"),
    ("Nanna and Babcia both came to the review.", "Babcia"),
])
def test_measures_medicines_and_family_words_stay(deid, text, kept):
    assert kept in deid(text)


def test_a_town_after_an_address_stays(deid):
    out = deid("New tenancy at 3 Quarry Bank Crescent, Morpeth NE61 2XX from Monday.")
    assert "Quarry" not in out and "Morpeth" in out


@pytest.mark.parametrize("text,kept", [
    ("Family came from Tbilisi last year.", "Tbilisi"),
    ("Mum's sister came from Asmara last year.", "Asmara"),
    ("They flew from Accra in June.", "Accra"),
])
def test_places_abroad_stay(deid, text, kept):
    assert kept in deid(text)


def test_a_town_that_is_also_a_first_name_stays_after_a_street(deid):
    out = deid("Moved to 9 Larch Walk, Bradford BD9 4QP with the children.")
    assert "Bradford" in out and "Larch" not in out


def test_a_town_taken_for_a_name_once_is_not_a_name_all_over_the_case(family):
    deid = family("SANDHU, Gurpreet", "Kuldeep Singh Bains")
    out = deid("plan: G + kids to Leicester tonight w/ Kuldeep. school told. Leicester CSC informed (Sam, duty).", "c1")
    assert "to Leicester tonight" in out


@pytest.mark.parametrize("text,kept", [("Benefit check, N.I. RT 40 55 12 B, on file.", "N.I."),
                                        ("d.o.b. 2/2/2012; n.i. no. pending", "n.i.")])
def test_dotted_abbreviations_are_not_initials(deid, text, kept):
    assert kept in deid(text)
