"""Round 30 (issue #16, deid-v34): city districts that are a school's name or a family's address, nicknames, surnames
in capitals and single-capital surnames, handles with no "@", group chats and what3words addresses. A school named
after a city district (``places_districts.v1.txt``, no post town) is named again by the district's whole name
("Rose Hill Primary" ... "the nurse at Rose Hill", "home late from Longhill") but for where a family's district
stands ("moved to Rose Hill", "lives in Longhill"); a district after words that say it is the family's home
(``district_homes`` in ``places.v1.yaml``: "Home visit to Nunsthorpe") is an address; English nicknames no list held
("Gaz", "Jonno", "Kath") are given names; a surname in capitals after a listed given name ("Lewis CRAY") and a
single capital before a spaced dash ("Ifeoluwa A - attendance") are surnames; a handle after "social media", after
"a Snapchat from", or before its platform in brackets, a WhatsApp group's name in quotes, and a what3words address
go. Fixed by rules and lists kept as data, written by hand from general knowledge, not by any corpus's strings.
Notes written for these tests; the guards must stay as written."""

from __future__ import annotations

import pytest


def _case(deid, texts: list[str]) -> list[str]:
    return deid.pseudonymise(texts, ["c30"] * len(texts))


@pytest.mark.parametrize(("texts", "secret"), [
    # each failed on the round's start: the school's district named alone in another note of the case
    (["Attends Rose Hill Primary School, Year 3.", "Note from Rose Hill about lateness."], "Hill"),
    (["Checked with Longhill High School on attendance.", "She got home late from Longhill again."], "Longhill"),
])
def test_round30_a_school_named_after_a_district_goes_by_its_name(deid, texts: list[str], secret: str) -> None:
    assert secret not in _case(deid, texts)[1]


@pytest.mark.parametrize(("texts", "kept"), [
    # guards: where a family's district stands, the district stays though a school of the case is named after it
    # (the first failed on the round's start: "Rose" alone was remembered for the school)
    (["Attends Rose Hill Primary School, Year 3.", "Nan moved to Rose Hill last year."], "Rose Hill"),
    (["Checked with Longhill High School on attendance.", "Dad still lives in Longhill with his brother."],
     "Longhill"),
])
def test_round30_a_district_where_a_family_lives_stays(deid, texts: list[str], kept: str) -> None:
    assert kept in _case(deid, texts)[1]


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("Home visit to Nunsthorpe (number on file). Mother present.", "Nunsthorpe"),
    ("HV to Paulsgrove this morning, nobody in.", "Paulsgrove"),
    ("The family are staying at Bransholme with friends.", "Bransholme"),
])
def test_round30_a_district_written_as_the_home_goes(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: a district anywhere else stays a place (and the post town after an address, as before)
    ("Mum grew up in Paulsgrove and still has friends there.", "Paulsgrove"),
    ("They moved to Nunsthorpe in 2019 after the eviction.", "Nunsthorpe"),
    ("Family live at 14 Hollybank Road, Paulsgrove, Portsmouth with gran.", "Paulsgrove, Portsmouth"),
])
def test_round30_districts_elsewhere_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ('Mum\'s boyfriend "Baz" threw the remote at the wall.', "Baz"),
    ("my mate jonno wants 2 meet u", "jonno"),
    ("DSL there (Kath Wain) informed by phone.", "Wain"),
    ("taken by ex-partner Lewis CRAY from the mooring.", "CRAY"),
    ("Subject: RE: Ifeoluwa A - attendance and appointments", "A - attendance"),
    # passed on the round's start too (the name detector took them), and must still go
    ("She said it was Robbo shouting outside the flat.", "Robbo"),
    ('Dad\'s mate "Tez" was at the house.', "Tez"),
])
def test_round30_nicknames_and_surnames_go(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: shorthand in capitals after a given name, letters before a dash, and ordinary words stay
    ("Referred Lewis to CAMHS; Emma PEP meeting on 12/03/2024.", "PEP meeting on 12/03/2024"),
    ("Kai ADHD assessment due in May.", "ADHD assessment"),
    ("Plan A - keep him at home; Year R - reception.", "Plan A - keep"),
    ("Mia got an A - well done.", "an A - well done"),
    ("Mum said the shell was found on the beach.", "the shell was found"),
])
def test_round30_shorthand_and_words_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("Also a Snapchat from xo.mazz last night. Mum frightened.", "mazz"),
    ("Social media: mollyy.r (TikTok).", "mollyy"),
    ('Network WhatsApp group "Smith Fam 4eva" set up for contact.', "Smith Fam"),
    ("Mum sent what3words ///filled.count.soap for the mooring.", "filled"),
    # passed on the round's start too (the sweep took it), and must still go
    ("Links found: jj.kayy (Instagram), nothing else.", "kayy"),
])
def test_round30_handles_groups_and_what3words_go(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: platforms with no handle, times and dates after them, and a group chat with no name stay
    ("A Snapchat from him at 10.30 pm on 04/05/2024 upset her.", "10.30 pm on 04/05/2024"),
    ("Social media use e.g. TikTok is limited at home.", "e.g. TikTok"),
    ("A WhatsApp group for parents was set up.", "WhatsApp group for parents"),
])
def test_round30_platform_words_without_a_handle_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")
