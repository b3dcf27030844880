"""Round 28 (issue #16, deid-v32): names. A surname after a capital initial goes even when it is a word ("K. Salt",
"R. Lusted,"); a single capital after a name stands for a surname ("Chlo V:", "KAZLAUSKAS M."); capital initials go
where the note makes them a person (in brackets, signing a note off, before a role in brackets), never a
practitioner's abbreviation or initials that are a word (``initials_words`` and ``initials_roles`` in
``deid_names.v1.yaml``); a listed given name with a possessive "s" and no apostrophe goes ("at kaseys"); a people-
table given name written in lower case that is also a word goes before a person's verb (``weak_person_verbs``) or
alone in brackets after a family word, and then wherever the note writes it so; short forms made from a listed name
(``clipped`` in ``diminutives.v1.yaml``: "nati" for Natividad, "rubes" for Ruby) and -z forms ("Gaz" for Gary) go.
Fixed by rules and lists kept as data, written by hand, not by any corpus's strings. Notes written for these tests;
the guards must stay as written."""

from __future__ import annotations

import pytest

_TABLE = ("Patricia Hughes", "Jack Dunn", "Grace Mbeki", "Natividad Ruiz", "Ruby Cole", "Gary Walsh",
          "Chloe Vella", "Tomas KAZLAUSKAS")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("Minutes: R. Lusted, business support.", "Lusted"),
    ("Minutes: K. Fairweather | Apologies: GP", "Fairweather"),
    ("Assessor: K. Salt   Checked: M. Harrison", "Salt"),
    ("DSL action (H. Dart): referred to MASH.", "Dart"),
    ("Advised mum how to register with the surgery. K Haigh HV", "Haigh"),
])
def test_round28_surname_after_an_initial_goes(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: a sentence after an initial, a grade, a label's letter and a service's letters stay
    ("The report was written by J. Then she left the room.", "Then she left"),
    ("He got a B. Good effort in maths this term.", "Good effort"),
    ("Vitamin D Levels were low at the last check.", "Levels"),
    ("Referred to SALT. Speech assessment booked.", "SALT"),
])
def test_round28_words_after_a_letter_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("joint tenancy with KAZLAUSKAS M. | Reason for application", "M."),
    ('Husband shows as "Gaz W" on her phone', "Gaz"),
    # passed on the round's start too (the table's surname's letter), and must still go
    ("texts with Chloe (saved as Chlo V) | Chlo V: hiya sorry", "Chlo V"),
])
def test_round28_single_capital_for_a_surname_goes(family, text: str, secret: str) -> None:
    assert secret not in family(*_TABLE)(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("Contact through the midwife only.\nAHB (duty)", "AHB"),
    ("Action (SP, DSL): phoned mum via the interpreter.", "SP"),
    ("DSL informed verbally at 09:20 (HS). DSL checked the file.", "HS"),
    ("Reply Wed 21:44 (GA): Thanks for telling me.", "GA"),
    ("Passed to Doncaster duty for first thing. – MB, EDT", "MB"),
    ("Police and Early Help informed for info. KM", "KM"),
])
def test_round28_capital_initials_standing_for_a_person_go(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: abbreviations, an expanded acronym and initials that are words stay
    ("Referred for an Early Help Assessment (EHA) today.", "(EHA)"),
    ("Reviewed with the manager. NFA", "NFA"),
    ("Plan agreed at the meeting. CIN", "CIN"),
    ("Passed to DSL at 09:25 (verbal). CO to call the MASH.", "CO to call"),
    ("Child seen alone in school (GP) yesterday.", "(GP)"),
    ("Missed two lessons (PE) again this week.", "(PE)"),
])
def test_round28_abbreviations_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("tell her ur at kaseys lol", "kaseys"),
    ("need to update natalies no on LCS", "natalies"),
])
def test_round28_possessive_s_without_apostrophe_goes(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    ("the roses were left on the doorstep", "roses"),
    ("mum says the graces of the church helped", "graces"),
    ("Bills are paid up to date", "Bills"),
])
def test_round28_plural_words_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("shouting at the door. pat didnt let her in. pat v shaken after.", "pat"),
    ("jack went to the AA meeting at the church hall", "jack"),
    ("mum (grace - she spells it another way) calm, bruise on arm", "grace"),
    ("nati + adela settled, both off to new primary", "nati"),
    ("ur nothing without me. rubes will hate u for this", "rubes"),
])
def test_round28_lower_case_and_short_forms_of_table_names_go(family, text: str, secret: str) -> None:
    assert secret not in family(*_TABLE)(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: the same words as words stay
    ("a grace period was agreed with the landlord", "grace period"),
    ("the mark went away after a week", "the mark"),
    ("asked her to pat the dog gently", "pat the dog"),
    ("used the jack to change the tyre", "jack"),
    ("will is fine with the plan, she will call", "she will call"),
    ("Next visit 14/03/2025 at 10am.", "14/03/2025"),
])
def test_round28_words_named_like_table_people_stay(family, text: str, kept: str) -> None:
    assert kept in family(*_TABLE)(text, "c1")
