"""Round 23 (issue #16, deid-v27): structured identifiers, places, names and over-redaction. One rule for where a
date of birth sits after a listed name (a comma and a space before an age, a sex letter or a role; a bare age
before the comma that closes the gap; "as"; a table cell of digits; more family roles), and what keeps a date
there an event's (a visit, a meeting, "as of"); a reference opened by capitals joined by "&"; a house number after
"outside", "opposite" and the like, "no" without a full stop too; a case system's user name after "logged by";
a surname after a title and an initial with a full stop; districts no list held. Fixed by format and by word lists
kept as data (``deid_patterns.v3.yaml``, ``places_districts.v1.txt``) and one condition in ``pseudonymise.py``,
not by any corpus's strings, through the public API (conftest's ``deid`` and ``family``). Notes written for these
tests; the guards must stay as written."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("names", "text", "secret"), [
    (("Linda Parr", "Jayden Parr"), "Adult at risk: PARR Linda, 68, 04/09/1956", "04/09/1956"),
    (("Linda Parr", "Jayden Parr"), "Suspect: PARR Jayden (grandson), 19, 11/12/2005", "11/12/2005"),
    (("Sara Nouri", "Omid Nouri"), "Victim: NOURI Sara, F, 17.06.1988   Tel: 07700 900 111", "17.06.1988"),
    (("Sara Nouri", "Omid Nouri"), "Suspect: NOURI Omid, M, 03.01.1981", "03.01.1981"),
    (("Dylan Shaw",), "Young person: Dylan SHAW, 15, 30/01/2010. Offence: theft", "30/01/2010"),
    (("Zofia Nowak", "Olek Nowak"), "NOWAK, Zofia    | 2208417   | 12-Mar-1990 | F | Parent", "12-Mar-1990"),
    (("Zofia Nowak", "Olek Nowak"), "NOWAK, Olek     | 2208418   | 05-Sep-2015 | M | Subject", "05-Sep-2015"),
    (("Mia Doyle", "Finn Doyle"), "Mum confirmed the details: I have Mia as 21/07/2019 and Finn as 3.2.22.", "21/07/2019"),
    (("Mia Doyle", "Finn Doyle"), "Mum confirmed the details: I have Mia as 21/07/2019 and Finn as 3.2.22.", "3.2.22"),
])
def test_round23_dob_after_listed_name(family, names: tuple[str, ...], text: str, secret: str) -> None:
    assert secret not in family(*names)(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    ("possible open case in Stockton under ref S&T 551902, to check", "S&T"),
    ("Neighbour says he was outside no 14 again on Sunday.", "14"),
    ("The car was parked opposite number 9 all night.", "9"),
    ("logged by: r.castellano (Westfield Academy)", "castellano"),
    ("Chronology printed 14/10/2025 by tgreenwood", "tgreenwood"),
    ("DSL (Mr A. Gill) phoned MASH at 11:20.", "Gill"),
    ("Present: DS R. Pound - police (report only)", "Pound"),
])
def test_round23_identifier_is_replaced(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c231")


@pytest.mark.parametrize(("text", "kept"), [
    ("The family moved from Warndon to Tuffley in the spring.", "Warndon"),
    ("The family moved from Warndon to Tuffley in the spring.", "Tuffley"),
    ("Mum grew up in Marsh Farm and still has friends there.", "Marsh Farm"),
    ("Dad moved to Whitleigh last month.", "Whitleigh"),
    ("Housing have offered a flat in the Forest of Dean.", "Forest of Dean"),
])
def test_round23_district_stays(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c231")


@pytest.mark.parametrize(("names", "text", "kept"), [
    # guards: a date after a listed name that is an event's, and ordinary words
    ((), "Visit with Grace, 11/03/24, all well.", "11/03/24"),
    (("Mia Doyle",), "Meeting with Mia Doyle, 12, 14/02/2025 at the office.", "14/02/2025"),
    (("Mia Doyle",), "Saw Mia as of 14/02/2025 weekly.", "14/02/2025"),
    (("Mia Doyle",), "Mia as at 14/02/2025 is on a CP plan.", "14/02/2025"),
    ((), "They went to A&E 2 hours later.", "A&E"),
    ((), "Stayed at a B&B 3 nights.", "B&B"),
    ((), "The referral was logged by phone at 10:00.", "phone"),
    ((), "Chronology printed by admin this morning.", "admin"),
])
def test_round23_guard_stays(family, names: tuple[str, ...], text: str, kept: str) -> None:
    assert kept in family(*names)(text, "c1")


def test_round23_listed_name_with_district_still_goes(family) -> None:
    assert "Tuffley" not in family("Darren Tuffley")("Darren Tuffley rang the office.", "c1")
