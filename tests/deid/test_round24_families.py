"""Round 24 (issue #16, deid-v28): structured identifiers. A table's row read as a unit: a line split into cells
on bars, tabs or runs of two or more spaces, whose date is a date of birth when the header names its column so,
when a cell tells of the birth, or when the row holds a person and no event (``casenotes.deid.tables``); a date
straight after "Name, " when it is set apart after it too; an NI number in its spaced shape with any prefix; a
handle closed or opened by an underscore, or joined by a dot after a platform's or an account's word; a police log's serial before a day in words. Fixed by rules kept as data
(``deid_patterns.v3.yaml``'s ``dates_of_birth`` and patterns), not by any corpus's strings, through the public API
(conftest's ``deid`` and ``family``). Notes written for these tests; the guards must stay as written."""

from __future__ import annotations

import pytest

_SPACED = ("CARE SUMMARY                     PERSON NO   DOB          GENDER\n"
           "MARSH, Kelly Anne                4418822     03-Oct-1991  F\n"
           "MARSH, Toby                      4418823     17-Jan-2016  M\n"
           "HOLT, Craig (not household)      4502117     21-Aug-1988  M\n")
_BARS = ("Row | Child | Source | D.O.B. | Summary\n"
         "2 | PEARCE, Lily | School | 09/09/2014 | bruise to arm, says she fell\n"
         "3 | Ollie Brennan | Police | 4/5/17 | DA at home, child present\n")
_CHRONOLOGY = ("Date       | Event                                   | Source\n"
               "30/03/2020 | Toby born, 36/40, low birth weight     | Midwifery\n"
               "11/02/2024 | Home visit, Toby well, flat cold         | SW\n")
_TABBED = "WALSH, Nora\t2207731\t05.06.1979\tGrandmother\n"


@pytest.mark.parametrize(("names", "text", "secret"), [
    (("Kelly Marsh", "Toby Marsh"), _SPACED, "03-Oct-1991"),
    (("Kelly Marsh", "Toby Marsh"), _SPACED, "17-Jan-2016"),
    (("Kelly Marsh", "Toby Marsh"), _SPACED, "21-Aug-1988"),
    ((), _BARS, "09/09/2014"),
    ((), _BARS, "4/5/17"),
    (("Toby Marsh",), _CHRONOLOGY, "30/03/2020"),
    ((), _TABBED, "05.06.1979"),
    # the command's reading makes every run of spaces one, so an aligned table reaches the engine single-spaced
    (("Kelly Marsh",), "MARSH, Kelly Anne 4418822 03-Oct-1991 F", "03-Oct-1991"),
    ((), "Adult at risk\nMr D. J. Fenwick, 14/02/1949, lives with his son.", "14/02/1949"),
])
def test_round24_date_of_birth_in_a_row_is_replaced(family, names: tuple[str, ...], text: str, secret: str) -> None:
    assert secret not in family(*names)(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    ("She gave her NI number as qq 48 20 17 c for the claim.", "qq"),
    ("She gave her NI number as qq 48 20 17 c for the claim.", "c for"),
    ("an account r.vibez_ keeps adding her", "r.vibez_"),
    ("she now follows _mo.b2 on there", "_mo.b2"),
    ("His Snapchat handle d4nny.k09 keeps messaging her", "k09"),
    ("a friend showed me the post (account tam.qqx) at school", "qqx"),
    ("Me: did police give you a log?\nHer: 0932 of 14th march", "0932"),
])
def test_round24_identifier_is_replaced(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c241")


@pytest.mark.parametrize(("names", "text", "kept"), [
    # guards: tables whose dates are events', and ordinary words and numbers
    (("Toby Marsh",), _CHRONOLOGY, "11/02/2024"),
    (("Kelly Marsh", "Toby Marsh"), "Date | Meeting | Attendees\n14/03/2024 | ICPC | Kelly Marsh, Toby Marsh\n",
     "14/03/2024"),
    (("Kelly Marsh",), "Date seen | Name | Notes\n02/05/2024 | Kelly Marsh | engaged well\n", "02/05/2024"),
    (("Kelly Marsh",), "Visit with Kelly, 11/03/2024, all well.", "11/03/2024"),
    (("Kelly Marsh",), "Kelly, 11/03/24, all well.", "11/03/24"),
    (("Kelly Marsh",), "Case note.\nK. Marsh, 24/05/2024", "24/05/2024"),
    (("Kelly Marsh",), "02/09/2024 | Kelly (13) tells school of a row | Academy", "02/09/2024"),
    (("Kelly Marsh",), "Date | Event\n-----|------\n02/09/2024 | Kelly (13) tells school | Academy | PPN", "02/09/2024"),
    ((), "We met 12 of 8th May's group.", "12"),
    ((), "Marked _urgent_ on the file.", "_urgent_"),
    ((), "Check her account e.g. the bank one.", "e.g."),
    ((), "Facebook account was closed at 10.30 today.", "10.30"),
])
def test_round24_guard_stays(family, names: tuple[str, ...], text: str, kept: str) -> None:
    assert kept in family(*names)(text, "c1")
