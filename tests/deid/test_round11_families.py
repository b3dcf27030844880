"""Round 11 (issue #16, deid-v15): structured identifiers and over-redaction families seen on text the engine was
not built on, fixed by format or mechanism rather than by any corpus's strings. Notes written for these tests;
each family failed before the round's change (the guards beside them pass on both)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("note", "gone"), [
    ("Aunt in Brno, Czech number 00420 731 222 819, rings on Sundays.", "819"),  # 00 opens a number abroad
    ("Dad's NI TN 14 07 91 M on the benefits form.", "M on"),  # HMRC's temporary reference
    ("Entered on MyConcern #51937 by the class teacher.", "51937"),
    ("Safeguarding concern #2023-0881 raised by school.", "0881"),
    ("Police informed, log 0517 19/08. Will ring mum later.", "19/08"),
    ("Incident log 0921 02/11/25 covers the same night.", "02/11/25"),
    ("Baby Kacper born 21/06 at 04:10, weighing 3.4kg.", "21/06"),
    ("Second baby born 03/10, mother and baby both well.", "03/10"),
    ('He now messages from a Facebook account under "Darren Kell 1979" most nights.', "1979"),
    ('The account is "Tomasz Lis 1991" according to mum.', "1991"),
    ('A new profile ("Big Kel 77") added her on Tuesday.', "77"),
    ("Staying at 14 orchard rd ls9 with her nan for now.", "ls9"),
    ("Family members:\nKELL Darren - dad - 03/04/1979\nKELL Mia - 11/02/2015 - Oak Primary", "03/04/1979"),
    ("Family members:\nKELL Darren - dad - 03/04/1979\nKELL Mia - 11/02/2015 - Oak Primary", "11/02/2015"),
])
def test_structured_identifiers_in_these_forms_go(deid, note, gone):
    assert gone not in deid(note, "c111")


@pytest.mark.parametrize(("note", "kept"), [
    ("Room #12 on the ward was free; the #1 priority is sleep.", "#12"),
    ("She was born 2/3 weeks early and is feeding well.", "2/3"),
    ("ICPC - children Ayla Kell and Mia Kell - 10/10/2024\nPresent: mum, SW, HV.", "10/10/2024"),  # a meeting's date
    ("Core Group on 22/7/24 at the school; mum will bring the letter.", "22/7/24"),
])
def test_counts_plates_and_meeting_dates_stay(deid, note, kept):
    assert kept in deid(note, "c112")


@pytest.mark.parametrize(("note", "kept"), [
    ("Concern logged on MyConcern by the class teacher and closed.", "MyConcern"),
    ("GP letter scanned into SystmOne; LanguageLine booked for Tuesday.", "LanguageLine"),
    ("Officers attended. V states the suspect came home drunk. V declined to support.", "V declined"),
    ("College confirmed the enrolment, ULN 4418203391. Phone later.", "ULN"),
])
def test_products_victims_and_number_names_stay(deid, note, kept):
    assert kept in deid(note, "c113")


@pytest.mark.parametrize(("note", "gone"), [
    ("Spoke with Mr McDonald at the door; he was calm.", "McDonald"),  # a surname prefix keeps it a name
    ("College confirmed the enrolment, ULN 4418203391. Phone later.", "4418203391"),
    ("J said she will call back; K stayed upstairs.", "K stayed"),  # other lone letters are still people
    ("Car: a Ford Focus ST PE67 JTY seen outside twice.", "JTY"),  # a plate is not an outward code and a rest
])
def test_names_and_numbers_beside_them_still_go(deid, note, gone):
    assert gone not in deid(note, "c114")


@pytest.mark.parametrize(("note", "gone"), [
    ("Dad rang twice; police informed and the file updated. CW", "CW"),
    ("She asked me not to pass this on. Worker GM.", "GM"),
    ("Old number to be removed from the record.\nRK/TH", "TH"),
    ("Passed to the day team for Monday. JRK duty SW.", "JRK"),
    ("Concern form | Logged by: KDP | pupil upset at lunch.", "KDP"),
    ("Outcome: early help assessment. Screened by A.McD.", "McD"),
])
def test_a_writers_initials_at_the_end_or_after_logged_by_go(deid, note, gone):
    assert gone not in deid(note, "c115")


@pytest.mark.parametrize(("note", "kept"), [
    ("Referred to MASH for a decision. NFA", "NFA"),
    ("Outcome recorded and reviewed by DSL.\nNext steps agreed.", "DSL"),
    ("Form checked by SW on the day.", "SW"),
])
def test_acronyms_where_initials_stand_stay(deid, note, kept):
    assert kept in deid(note, "c116")
