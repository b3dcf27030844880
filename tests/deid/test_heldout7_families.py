"""The families of identifier that the seventh held-out corpus found leaking (issue #16, round 4): dates of
birth known only by their year or written with spaces, numbers half read out, mobiles typed with every zero an O,
Eircodes, PO boxes, passport numbers in brackets and continental plates with hyphens. Notes written for these
tests, in formats the held-out corpora do not hold; each failed before the round's patterns."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,secrets", [
    ("Father: Tomasz WRONA, d.o.b. - approx 1979, works nights", ["1979"]),
    ("date of birth circa 1991 (no papers), speaks Dari", ["1991"]),
    ("DOB given on the phone as 7 11 2012, to be checked", ["7 11 2012", "2012"]),
])
def test_dates_of_birth_known_by_year_or_spaced_go(deid, text, secrets):
    out = deid(text)
    assert not [s for s in secrets if s in out]


@pytest.mark.parametrize("text,secrets", [
    ("new number 07911 four two eight, double seven one (she read it)", ["07911", "four two eight"]),
    ("she texted it as 07OO8 9OO 3O1 from the shelter", ["07OO8", "3O1"]),
])
def test_phones_half_in_words_or_with_letter_o_go(deid, text, secrets):
    out = deid(text)
    assert not [s for s in secrets if s in out]


@pytest.mark.parametrize("text,secrets", [
    ("gran lives outside Ennis, V95 T6K3, and has a spare room", ["V95", "T6K3"]),
    ("post for dad goes to PO Box 2291 while he is in the hostel", ["2291"]),
    ("letters to P.O. Box 88 only", ["88"]),
])
def test_eircodes_and_post_office_boxes_go(deid, text, secrets):
    out = deid(text)
    assert not [s for s in secrets if s in out]


@pytest.mark.parametrize("text,secrets", [
    ("uncle holds her passport (K4R 881203) and her bank card", ["K4R", "881203"]),
])
def test_document_numbers_go(deid, text, secrets):
    out = deid(text)
    assert not [s for s in secrets if s in out]


@pytest.mark.parametrize("text,secrets", [
    ("a Skoda with Czech plates PL-713 KD outside", ["PL-713", "KD"]),
])
def test_continental_plates_go(deid, text, secrets):
    out = deid(text)
    assert not [s for s in secrets if s in out]



@pytest.mark.parametrize("text,town", [
    ("Night visit – hostel (Douglas). Boy presenting as 15, no papers", "Douglas"),
    ("Strategy discussion held with Teesside Police and the school nurse", "Teesside"),
    ("Mum was born in Mirpur and came over in 2009", "Mirpur"),
    ("CIN review – Leigh.\nPresent: the school nurse and the class teacher", "Leigh"),
    ("Older brother is at the Preston Hospital site on the ward", "Preston"),
])
def test_towns_and_counties_stay_as_context(deid, text, town):
    assert town in deid(text)


@pytest.mark.parametrize("text,name", [
    ("Douglas said he would bring the baby back by six", "Douglas"),
    ("Leigh told me she has been sleeping at her nan's", "Leigh"),
])
def test_a_town_that_is_a_first_name_still_goes_as_a_person(deid, text, name):
    assert name not in deid(text)


@pytest.mark.parametrize("text,nickname", [
    ("Present: uncle Declan Moran (\"Dec\") and the maternal aunt", "Dec"),
    ("Child: Rebecca LOWE   Also known as: Bex   Lives with mum", "Bex"),
    ("the older lad, nicknamed Skinny at school, was there", "Skinny"),
])
def test_nicknames_given_with_a_name_or_after_a_cue_go(deid, text, nickname):
    assert nickname not in deid(text)


@pytest.mark.parametrize("text,kept", [
    ("the Safe Sleep (\"Back to Sleep\") leaflet was given", "Back to Sleep"),
    ("the flat is known as the Hub by the lads", "Hub"),
])
def test_quoted_titles_and_known_as_phrases_stay(deid, text, kept):
    assert kept in deid(text)
