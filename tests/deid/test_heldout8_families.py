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


@pytest.mark.parametrize("text,secrets", [
    ("Gives his age as 16 and says DOB 03/04/2009 (the port record has 3.4.2006, disputed)", ["2006"]),
    ("fille Zoé (née le 3/9/2018) vit avec sa mère", ["3/9/2018"]),
    ("baby girl born 02/01/2026 at 23.40 on the ward", ["23.40"]),
    ("Victim: Levan Beridze (44, 9.3.1981) said he was pushed", ["9.3.1981"]),
    ("says she is 15 (born 3 Hamle 2002 in that calendar, which is about 9 July 2010)", ["9 July 2010"]),
])
def test_dates_a_birth_cue_governs_go(deid, text, secrets):
    out = deid(text)
    assert not [s for s in secrets if s in out]


@pytest.mark.parametrize("text,kept", [
    ("DOB 01/01/2010, seen at school on 03/02/2025 with mum", "03/02/2025"),
    ("Born in Poland; came to the UK on 12/06/2015 with her parents", "12/06/2015"),
    ("DOB 8-10-2012, NHS no. 943 476 5919, admitted 01.06.25 with asthma", "01.06.25"),
])
def test_event_dates_after_a_birth_cue_stay(deid, text, kept):
    assert kept in deid(text)


@pytest.mark.parametrize("text,kept", [
    ("Taken to ED by ambulance, seen by the registrar", "ED"),
    ("Asked for a new SIM for his phone", "SIM"),
    ("Informed HO and the solicitor of the outcome", "HO"),
])
def test_service_words_in_capitals_stay(deid, text, kept):
    assert kept in deid(text)


@pytest.mark.parametrize("text,secret", [
    ("Spoke to TJ about school; TJ said it was fine", "TJ"),
    ("Statement taken by George HUNT at noon", "HUNT"),
])
def test_initials_and_surnames_in_capitals_still_go(deid, text, secret):
    assert secret not in deid(text)


@pytest.mark.parametrize("text,secret", [
    ("Seen at Flat 3 Ember Court Low Fold West Boston with mum", "West"),
    ("Schools: 7 Ferrand Row, Brindlecombe (with nan)", "Brindlecombe"),
    ("Actions: SA/KR to visit on Friday", "SA"),
])
def test_what_the_place_and_acronym_rules_leave_alone_still_goes(deid, text, secret):
    assert secret not in deid(text)


@pytest.mark.parametrize("text,secret", [
    ("Dr A Highfield reviewed him on the ward", "Highfield"),
    ("Referral logged by Mrs P Ashford, DSL", "Ashford"),
    ("Letter signed by Mrs H Sandwich", "Sandwich"),
])
def test_a_word_after_a_title_and_an_initial_is_a_surname(deid, text, secret):
    assert secret not in deid(text)


@pytest.mark.parametrize("text,secrets", [
    ('Phone held chats with the profile "Dee Marsh 1979" most nights', ["1979"]),
    ('She was added by a second account "Kez Bloom" on Friday', ["Kez Bloom", "Bloom"]),
])
def test_an_account_name_in_quotes_goes(deid, text, secrets):
    out = deid(text)
    assert not [s for s in secrets if s in out]
