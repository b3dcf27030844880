"""The families the eighth held-out corpus found (issue #16, round 5): place names taken for people (a county
before the body named after it, a district by a point of the compass, a village after "in", two places joined by
"&", a town a school or office is named after, a country that is also a surname), and the identifiers it found
leaking. Notes written for these tests, in formats the held-out corpora do not hold; each failed before the
round's change."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,kept", [
    ("Kent CP Team manager agreed to the plan", ["Kent"]),
    ("Emailed West Kent Youth about the referral", ["Kent"]),
    ("From: Poole & Swanage Duty", ["Swanage", "Duty"]),
    ("She was found in Throwley by the police", ["Throwley"]),
    ("Nan has a caravan in Stelling Minnis", ["Stelling", "Minnis"]),
    ("Dad has gone back to Ireland and the boys stay with nan", ["Ireland"]),
    ("Stepdad rang from Georgia last night", ["Georgia"]),
])
def test_places_written_alone_stay(deid, text, kept):
    out = deid(text)
    assert [k for k in kept if k in out] == kept


@pytest.mark.parametrize("texts,kept", [
    (["Tyler started at Cheltenham College in September", "We met in Cheltenham on Friday"], "Cheltenham"),
    (["Letter from Lambeth Housing about the rent", "The family moved out of Lambeth in May"], "Lambeth"),
])
def test_a_place_named_after_a_town_does_not_remove_the_town_elsewhere(deid, texts, kept):
    out = deid.pseudonymise(texts, ["c1", "c1"])
    assert kept in out[1]


@pytest.mark.parametrize("text,secret", [
    ("Kent rang again and said he would come", "Kent"),
    ("I spoke with Sabawoon in the kitchen", "Sabawoon"),
    ("Seen at 41 Quarry Rd S. Mum and Tia present", "41"),
])
def test_people_and_addresses_near_places_still_go(deid, text, secret):
    assert secret not in deid(text)
