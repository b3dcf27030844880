"""Addresses, temporary accommodation, sites and schools however they are written; the town after them, and
services named after a street, stay. Notes written for these tests, in formats the held-out corpora do not hold."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,secret", [
    ("Family moved into the Seaview Lodge Hotel, room 12, on Friday.", "Seaview"),
    ("placed at the Harbour Inn as emergency TA", "Harbour"),
    ("They live on Gull Island moorings, boat Kestrel.", "Gull"),
    ("Living at Lark of the Dales Caravan Park since May.", "Lark"),
    ("Pitch 4, Oakmere Holiday Park, no running water", "Oakmere"),
    ("enrolled at Marsh Lane Pupil Referral Unit after exclusion", "Marsh"),
    ("First year at Northumbria University, halls.", "Northumbria"),
    ("He goes to Moor & Dale College on Tuesdays.", "Moor"),
    ("School: Holy Rood Catholic School and Sixth Form", "Rood"),
    ("staying at the Brindley Refuge till the hearing", "Brindley"),
])
def test_places_go(deid, text, secret):
    assert secret not in deid(text)


@pytest.mark.parametrize("text,kept", [
    ("New address 12 Hawthorn Crescent, Darlington DL3 6QT.", "Darlington"),
    ("Moved to 4 Ash Grove, Morpeth last week", "Morpeth"),
    ("Lives at 7 Pottery Row Gateshead.", "Gateshead"),
    ("Seen by Dr Achebe at Lowfield Road Surgery.", "Lowfield Road Surgery"),
    ("Dear Dr Mensah, thank you for the referral.", "Dr"),
    ("GP Dr Okoro to review.", "GP Dr"),
])
def test_context_stays(deid, text, kept):
    assert kept in deid(text)


def test_a_school_named_after_a_street_is_one_school(deid):
    out = deid("Nadia is at Fenwick Vale Short Stay School two days a week.")
    assert "[SCHOOL]" in out and "[ADDRESS]" not in out and "Stay" not in out
