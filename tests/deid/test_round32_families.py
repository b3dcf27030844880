"""Round 32 (issue #16, deid-v36): houses and flats, schools and nurseries, and districts no list held. A house
number and one or two lower-case words no English word after a home visit's shorthand or "went" ("hv 41 copperas
brook"); a neighbour's house by its number alone after a person and "from", a going and "to", "door of", "attend"
or "possibly"; a home placed against a shop before a building and its street ("flat 2 over the Spar, Kay Road") or
singled out on its street ("the end house on Kay Row"); a school's word written short ("Acad.", "Sch", "J&I", "JMI")
and a first or middle school ("Lowfold Ings First School"); a nursery's name with the place it is at ("Tiny Wrens
at Kelvedon Hatch"); and districts of north London, Slough, Windsor and Bracknell, the Fylde and Southampton no list
held, which stay as written ("Palmers Green", "Harmans Water"). Fixed by rules and lists kept as data, written by
hand from general knowledge, not by any corpus's strings. Notes written for these tests; the guards must stay as
written."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("hv 41 copperas brook - dad in, baby asleep", "41"),
    ("hv 9 quennell. nobody in, card left", "hv 9"),
    ("went 22 tredwick. mum in with the twins", "tredwick"),
    ("out on his scooter with the boys from number 18 till dark.", "18"),
    ("Kian went next door to no. 7 when it kicked off.", "7 when"),
    ("someone banging on the door of no. 15 at 2am", "15"),
    ("Bail: not to attend no. 6 or contact the victim.", "6 or"),
    ("The flat is on Corvell Walk - possibly no. 23 - referrer unsure.", "23"),
])
def test_round32_houses_by_number_go(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("Released to flat 2 over the Spar, Kettlewell Road, where his cousin lives.", "over"),
    ("A caller said a family at the end house on Pellow Row have no heating.", "end house"),
])
def test_round32_homes_placed_on_their_street_go(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: counts, times, dates and distances after the same cues; a list's or a chart's numbers
    ("hv 3 times this month, always the same.", "hv 3 times"),
    ("went 2 weeks ago and again today", "went 2 weeks ago"),
    ("visit 12 nov with the SW", "visit 12 nov"),
    ("went 3 miles away on his bike", "went 3 miles away"),
    ("The song went to number 1 in the charts.", "number 1 in the charts"),
    ("He is possibly number 2 on the list.", "number 2 on the list"),
    ("the house on Kettlewell Road", "the house on"),
    ("at the end of the road", "at the end of the road"),
])
def test_round32_counts_times_and_lists_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("Year 9 at Hollin Bank Acad. Attendance 81%.", "Hollin"),
    ("Riya is at Thackley J&I, Reception class.", "J&I"),
    ("Pupil: Mia - Year 1 - Lowfold Ings First School / Reported by the DSL", "First"),
    ("Her brother (4) goes to Tiny Wrens at Kelvedon Hatch three mornings a week.", "Kelvedon"),
])
def test_round32_schools_and_nurseries_go(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: a child's first school, a nursery's party on a feast day, a nursery's session on a weekday
    ("It was her first school trip.", "her first school trip"),
    ("Review held at Moorgate Customer First Centre today.", "Moorgate Customer First Centre"),
    ("Photos from the party at Christmas were shared.", "at Christmas"),
    ("He loved Busy Bees at Christmas time.", "at Christmas"),
])
def test_round32_school_words_in_ordinary_use_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")


@pytest.mark.parametrize("district", ["Palmers Green", "Arnos Grove", "Crouch End", "Harmans Water", "Golders Green",
                                      "Anchorsholme", "Bevois Valley", "Muswell Hill", "Cox Green", "Dedworth"])
def test_round32_districts_stay(deid, district: str) -> None:
    # each was taken for an address or a person at the round's start (or is a district of the same kind)
    assert district in deid(f"Mum has moved to {district} with the children.", "c1")
    assert district in deid(f"The review was held in {district} library.", "c1")


def test_round32_numbered_address_in_a_district_still_goes(deid) -> None:
    # a listed district with a house number or a street is still an address
    out = deid("She now lives at 14 Palmers Green, N13.", "c1")
    assert "14 Palmers Green" not in out
