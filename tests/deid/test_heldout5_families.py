"""The families of identifier that the fifth held-out corpus found leaking or over-redacted (issue #16): plates
with no cue, North American phones, numbers typed with the letter O, references after a code, dates of birth
written out or repeated without a year, moorings and base housing; and the words that are no one's name. Notes
written for these tests, in formats the held-out corpora do not hold."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,secret", [
    ("a grey Astra, DY71 0LK, parked outside all evening", "0LK"),
    ("the van (ND 24 HFX) was back on the drive", "HFX"),
    ("neighbour saw a B 427 TWR Escort twice", "TWR"),
    ("his Ukrainian car, plates BC 9912 HM, is in the yard", "9912"),
    ("Latvian-registered Audi, plate-less reports say GKR 552 mostly", "GKR"),
    ("aunt in Ohio on (614) 555-0187 most evenings", "614"),
    ("grandad in Texas, +1 (702) 555-0164, rings Sundays", "702"),
    ("NHS number on the letter: 943 4O6 5919 (typo)", "4O6"),
    ("on the old system as LAS 5520418.", "LAS"),
    ("DOB checked with the school and the GP as 4 May 2016.", "4 May"),
    ("DOB: the second of March, twenty twelve (spelled out by mum)", "twenty twelve"),
    ("Kayden (DOB 14/06/2019) wants a party on June 14 with his class", "June 14"),
    ("the birth certificate still shows 12/09/2020 though", "12/09/2020"),
    ("living aboard at Barton Basin, mooring 31", "mooring 31"),
    ("housed in Bldg. 512, Apt 3C on the base", "512"),
    ("the man next door (Mr Pike, number 19) called police", "19"),
])
def test_identifier_families_go(deid, text, secret):
    assert secret not in deid(text)


@pytest.mark.parametrize("text", [
    "Dates of birth for the plan - Rowan's: 02.11.2015; Esme's: the 3rd of July 2018.",
    "Home visit went well. For the plan, Rowan's: 02.11.2015 and Esme's: the 3rd of July 2018.",
])
def test_a_possessive_name_before_a_date_makes_it_a_date_of_birth(family, text):
    """Also when an earlier sentence of the paragraph told of a visit: the event is not in the date's clause."""
    out = family("HOLT, Rowan", "HOLT, Esme")(text, "c1")
    assert "2015" not in out and "July" not in out


def test_a_date_after_an_event_in_its_own_sentence_stays(family):
    out = family("HOLT, Rowan")("Notes typed up. Visit to Rowan 08/07/24 went ahead.", "c1")
    assert "08/07/24" in out


@pytest.mark.parametrize("text,kept", [
    ("Interpreter booked: Tetun, for Mum and Nan", "Tetun"),
    ("NBV done, Wt 4.1kg, Imms due at 8 weeks", "Imms"),
    ("MSgt and TSgt from the squadron attended the FAP meeting", "TSgt"),
    ("case closed on nDelius and ChildView updated", "ChildView"),
    ("he drives an old Octavia now", "Octavia"),
    ("she moved to King's Lynn in 2022", "King's Lynn"),
    ("checked PNC 21/4471902X today", "PNC"),
    ("Session Weds 3pm with Mum", "Weds"),
])
def test_ordinary_words_stay(deid, text, kept):
    assert kept in deid(text)


@pytest.mark.parametrize("text,kept", [
    ("seen ON 12 MAY at school", "ON 12 MAY"),
    ("SATS in Y6 ABC group", "Y6 ABC"),
    ("called NHS 111 twice", "NHS 111"),
])
def test_capitals_and_numbers_that_are_no_plate_stay(deid, text, kept):
    """Guards for the plates found without a cue: a date, a class or a service number in capitals stays."""
    assert kept in deid(text)


def test_a_plate_shape_does_not_split_a_number(deid):
    """Guard: "DSN 226" looks like a three-letter, three-digit plate, but the number goes on and goes whole."""
    assert "0199" not in deid("the base advocate (DSN 226-0199) rang")
