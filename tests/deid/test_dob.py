"""Dates of birth however they are written, and the dates that are not dates of birth (kept for the chronology).

The notes here are written for these tests, in formats the held-out corpora do not hold."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,secret", [
    ("Child's DoB - 9th of June 2018, lives with mum.", "9th"),
    ("D.O.B.: 2 Nov 07 per the school roll.", "Nov 07"),
    ("dob:21.3.2014 confirmed", "21.3.2014"),
    ("date of birth is the twenty-third of April 2016", "twenty-third"),
    ("Date of birth: November 3rd, 2012", "3rd"),
    ("born 30-1-99 in Leeds", "30-1-99"),
    ("She was born on the fourteenth of March", "fourteenth"),
    ("the baby's DOB as written by the hospital: 2019/08/14", "2019/08/14"),
    ("US paperwork gives his date of birth as 12/31/2010", "12/31/2010"),
    ("Kai is aged 4 (12/06/21) and", "12/06/21"),
    ("half-sister, age 11 - 02.10.2013 - lives with dad", "02.10.2013"),
    ("Dob for the youngest per mum 5/5/17.", "5/5/17"),
    ("b. 17 Feb 2011, Poland", "17 Feb"),
])
def test_dates_of_birth_go(deid, text, secret):
    assert secret not in deid(text)


def test_dates_beside_a_person_are_dates_of_birth(family):
    deid = family("Orla KEANE", "Fintan Keane")
    out = deid("Household: Orla KEANE 14.02.1990, Fintan 6 July 2015 (son). Visit booked 21/03/2025.", "c1")
    assert "1990" not in out and "2015" not in out
    assert "21/03/2025" in out  # an appointment stays for the chronology


def test_a_table_row_date_after_name_and_role_is_a_date_of_birth(family):
    deid = family("Orla KEANE")
    out = deid("| KEANE, Orla | Mother | 14/02/1990 | NFA |", "c1")
    assert "14/02/1990" not in out


def test_the_same_date_written_again_is_still_the_date_of_birth(deid):
    out = deid("DOB 3/14/2011 (US order on the passport, i.e. 14/03/2011). Seen at home on 02/05/2025.")
    assert "3/14/2011" not in out and "14/03/2011" not in out
    assert "02/05/2025" in out


@pytest.mark.parametrize("text,kept", [
    ("Home visit 14/03/2025 at 10:00, next review 02.06.2025.", ["14/03/2025", "02.06.2025"]),
    ("Incident on 3rd March 2024; strategy meeting the 5th of March.", ["3rd March 2024", "5th of March"]),
    ("The birth mother attended contact; review booked 12/05/2025.", ["12/05/2025"]),
    ("Conference 09/01/2025. Mum born and raised in Hull.", ["09/01/2025"]),
    ("Dad's NI number: QQ 12 34 56 B.\n05/05/2025 | Dad rang the duty line.", ["05/05/2025"]),
])
def test_other_dates_stay(deid, text, kept):
    out = deid(text)
    for date in kept:
        assert date in out


@pytest.mark.parametrize("text", ["Visit to Orla 08/07/24. Fintan at school.", "Created | KEANE, Orla\n2024-03-12 09:15",
                                  "Home visit with Orla, 11/03/2024, IDVA present."])
def test_an_event_date_after_a_name_stays(family, text):
    deid = family("Orla KEANE")
    out = deid(text, "c1")
    assert any(d in out for d in ("08/07/24", "2024-03-12", "11/03/2024"))
