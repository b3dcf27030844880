"""Round 27 (issue #16, deid-v31): dates of birth and handles in a person's brackets, and places written with a
street word's short form or after a caravan's number. A nickname in quotes alone in brackets may stand between a
name and its date of birth on a persons line (``person_gap`` in ``deid_patterns.v3.yaml``); a date after a name and
a comma inside brackets that follow a person's initials is a date of birth (``dob_after_initials_bracket.v1``); a
handle in quotes before "on Snapchat" goes (``handle_quoted_platform.v1``); a house number before "Wk", "Wy"
and other short forms of a street's word (``entities`` in ``places.v1.yaml``) and the park's name after a
caravan's, pitch's or plot's number (``caravan_park_named.v1``) go. A district that is also a person's name stays
where only a place stands (``named_districts`` in ``places.v1.yaml``: "in Hanley", "Fenton family hub") and goes
as a name elsewhere. Fixed by rules kept as data, not by any
corpus's strings. Notes written for these tests; the guards must stay as written."""

from __future__ import annotations

import pytest

_TABLE = ("Kayla Brennan", "Amir Haddad", "Jodie Marsh")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ('Child: Kayla BRENNAN ("Kay"), 14/03/2012\nAddress: not known', "14/03/2012"),
    ("Child: Amir HADDAD ('Ami'), 02/09/2010", "02/09/2010"),
    ("For the intel log. KB (Kayla, 14.03.12) said the car is a grey Astra.", "14.03.12"),
    ("RP (Ryan, 11.08.09) was seen in the park with older males.", "11.08.09"),
    # passed on the round's start too, and must still go
    ("RP (Ryan Platt, 11/08/2009) was seen in the park with older males.", "11/08/2009"),
])
def test_round27_date_of_birth_in_a_persons_brackets_goes(family, text: str, secret: str) -> None:
    assert secret not in family(*_TABLE)(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: an event's date and a practitioner's abbreviation before a bracket stay
    ("GP (Dr Shah, 12.05.24) saw him about the rash.", "12.05.24"),
    ("SW (Anne, 03.04.24) visited the home.", "03.04.24"),
    ("DSL (Mrs Kaur, 03.04.24) rang.", "03.04.24"),
    ('Visit to Kayla ("Kay"), 14/03/2024, all well.', "14/03/2024"),
    ("Strategy meeting (Monday, 12/05/2024) was moved.", "12/05/2024"),
])
def test_round27_event_date_stays(family, text: str, kept: str) -> None:
    assert kept in family(*_TABLE)(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ('Phone seized (07700 900 123), "KLM_rico" on Snapchat. He says', "KLM_rico"),
    ('she added "DRX_keno" on Insta last night', "DRX_keno"),
    # passed on the round's start too, and must still go
    ('she added "Jaz.x07" on Insta last night', "Jaz.x07"),
])
def test_round27_quoted_handle_before_a_platform_goes(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    ('he said "hi" on Snapchat and nothing else', "hi"),
    ('posted "rip bro" on TikTok', "rip bro"),
])
def test_round27_quoted_words_before_a_platform_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("hv 12 Pendleford Wk - mum at door", "12 "),
    ("hv 9 Marlow Wy, no answer", "9 "),
    ("visited carvan 27 pen morva 2pm, cold inside", "morva"),
    ("visited caravan 14 trevassack, dog barking", "trevassack"),
])
def test_round27_short_street_words_and_caravan_park_go(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: a week, a count and an ordinary word after a caravan's number stay
    ("seen 2 wk ago, next visit in 3 wk", "3 wk"),
    ("caravan 27 last week, pitch 4 today", "last week"),
    ("pitch 4 today was muddy", "today"),
    ("site visit - Hinton Lane Site, plot 7, Ludlow SY8 2PW", "Ludlow"),
    ("keys to her Fiesta WK 14 OPZ in the drive", "Fiesta"),
    ("he drives a VW Golf, blue", "VW"),
])
def test_round27_weeks_and_ordinary_words_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # each failed on the round's start (the district went as a name)
    ("Stopped by police twice in Hanley after 11pm.", "Hanley"),
    ("Referred to Fenton family hub for parenting support.", "Fenton"),
    ("Allocated to the Bentilee locality team.", "Bentilee"),
    # passed on the round's start too, and must still stay
    ("Seen by the duty GP in Harlescott on Friday.", "Harlescott"),
])
def test_round27_district_named_like_a_person_stays_as_a_place(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # guards: the same words as people's names still go
    ("Fenton said he would call back after school.", "Fenton"),
    ("Present: Jess Fenton (YJS), family support worker.", "Fenton"),
    ("Mrs Hanley rang about the letter.", "Hanley"),
    ("Spoke to Newton about the plan.", "Newton"),
])
def test_round27_person_named_like_a_district_still_goes(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")
