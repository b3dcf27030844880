"""Round 26 (issue #16, deid-v30): dates of birth given by their place in a line, exhibits' short references, a
list of house numbers before a street, and bodies and clubs named after their town. A full date alone in brackets
straight after a name is the person's date of birth whatever event the line tells of, and so is a date after the
name on a police notice's persons line ("V: <name>, <date>"); "DOBs" governs the dates after it; a date written in
words, its year too, after a name and a comma is a date of birth; an initial may stand between a name and its date
(``dates_of_birth`` and ``dob_words_after_name.v1`` in ``deid_patterns.v3.yaml``). An officer's initials, a slash
and a number after an exhibit's or a reference's word go (``exhibit_ref.v1``); "nos. 21, 25 and 27 <street>" goes
whole (``house_numbers_listed.v1``), and so do "at nos. 21, 25 and 27" (``house_numbers_at.v1``) and a street
written with a short form of its word ("62 pelham grv", "Ashby Mt": ``entities`` in ``places.v1.yaml``). A town before a children's service's or a sports club's word stays
(``bodies`` in ``places.v1.yaml``), and so do a council's housing teams (``exceptions``). Fixed by rules kept as
data, not by any corpus's strings. Notes written for these tests; the guards must stay as written."""

from __future__ import annotations

import pytest

_TABLE = ("Kayla Brennan", "Amir Haddad", "Jodie Marsh")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("Home visit to mother and baby Kayla Brennan (9th Sept 2023). Baby feeding well.", "9th Sept 2023"),
    ("Call with Jodie Marsh (3 November 1992) about the move.", "3 November 1992"),
    ("V: Jodie Marsh, 03/11/1992", "03/11/1992"),
    ("S: Amir Haddad, 14/02/1986\nAddr: not known", "14/02/1986"),
    ("Victim: Jodie MARSH, 03/11/1992 (recorded as DOB; exact date not known)", "03/11/1992"),
    ("Children thought to be Amir Haddad and Kayla Brennan (DOBs 21/02/2021 and 10/10/2023).", "21/02/2021"),
    ("Children thought to be Amir Haddad and Kayla Brennan (DOBs 21/02/2021 and 10/10/2023).", "10/10/2023"),
    ("Spoke to Kayla Brennan, ninth of September two thousand and twelve, at home.", "ninth of September"),
    ("Subject: HADDAD A - 14/02/86 - report request", "14/02/86"),
    # these passed on the round's start too, and must still go
    ("W1 - Kayla Brennan - 22/07/1979", "22/07/1979"),
    ("Visit to Amir Haddad (14/02/2016) at school, he was quiet.", "14/02/2016"),
    ("Jodie Marsh, 9th September 1992, lives with her mum.", "9th September 1992"),
])
def test_round26_date_of_birth_by_its_place_goes(family, text: str, secret: str) -> None:
    assert secret not in family(*_TABLE)(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: an event's date stays
    ("Seen Amir Haddad on 03/03/2024 at 10:00.", "03/03/2024"),
    ("Home visit with Jodie Marsh on (12/05/2024).", "12/05/2024"),
    ("Visit with Kayla Brennan (visit date 12/05/2024).", "12/05/2024"),
    ("Letter dated 12/05/2024 to Jodie Marsh.", "12/05/2024"),
    ("Visit of 12/05/2024 with Jodie Marsh, all well.", "12/05/2024"),
    ("V: Jodie Marsh, seen 03/11/2024 at the station", "03/11/2024"),
    ("visit with Kayla, 11/03/24, all well", "11/03/24"),
    ("Meeting with Amir Haddad (12 May) went well.", "12 May"),
    # failed on the round's start (the bracket after a weekday or an event's word was read as a date of birth)
    ("Seen on Monday (12/05/2024) at school.", "12/05/2024"),
    ("Home Visit (12/05/2024): all well.", "12/05/2024"),
])
def test_round26_event_date_stays(family, text: str, kept: str) -> None:
    assert kept in family(*_TABLE)(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start (the initials went, the number stayed)
    ("Exhibit CB/3 - messages from the suspect to the victim", "CB/3"),
    ("marked AB/3 and handed to the OIC", "AB/3"),
    ("Exh. MP/1 photographs of the bruising", "MP/1"),
    # passed on the round's start too
    ("produced as exhibit JS/12 at interview", "JS/12"),
])
def test_round26_exhibit_reference_goes(deid, text: str, secret: str) -> None:
    out = deid(text, "c261")
    assert secret not in out
    assert secret.split("/")[0] not in out.split() and "/" + secret.split("/")[1] not in out


@pytest.mark.parametrize(("text", "kept"), [
    ("took 1/2 tablet at night", "1/2"),
    ("exhibit 12/03/2024 listed", "12/03/2024"),
    ("marked 5/10 on the spelling test", "5/10"),
    ("dose 5/10 mg twice a day", "5/10"),
    ("the exhibits were bagged and sealed", "exhibits"),
])
def test_round26_fraction_date_or_dose_stays(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c262")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("Leaflets delivered to nos. 21, 25 and 27 Brook Mount on Tuesday.", "21"),
    ("Leaflets delivered to nos. 21, 25 and 27 Brook Mount on Tuesday.", "25"),
    ("Bins are in a yard shared with the neighbours at nos. 21, 25 and 27.", "21"),
    ("Bins are in a yard shared with the neighbours at nos. 21, 25 and 27.", "27"),
    ("She lives at 62 pelham grv with her mum.", "pelham"),
    ("Dad is at 4 Ashby Mt now.", "Ashby"),
    ("they were at brackley mt last night", "brackley"),
])
def test_round26_listed_house_numbers_and_short_street_words_go(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c263")


@pytest.mark.parametrize(("text", "kept"), [
    ("questions nos. 3 and 4 were not answered", "3 and 4"),
    ("numbers 4 and 6 on the list", "4 and 6"),
    ("came in at numbers 3 and 4 on the list", "3 and 4"),
    ("The Mt Everest poster was on the wall.", "Everest"),
])
def test_round26_listed_numbers_not_houses_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c264")


@pytest.mark.parametrize(("text", "kept"), [
    # each failed on the round's start
    ("Dad plays for Wakefield Trinity at weekends.", "Wakefield Trinity"),
    ("He watches Bristol Rovers with his uncle.", "Bristol Rovers"),
    ("Chester Children's Services were told on Monday.", "Chester Children's Services"),
    ("Mum was referred to Private Sector Housing about the damp.", "Private Sector Housing"),
    # passed on the round's start too
    ("Referral passed to Bradford Children's Front Door on Monday.", "Bradford Children's Front Door"),
    ("Housing Options have offered a room.", "Housing Options"),
])
def test_round26_body_club_or_team_stays(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c265")


@pytest.mark.parametrize(("names", "text", "secret"), [
    # guards: a person whose name is a town's still goes before a family word or a possessive
    (("Chester Lee",), "Chester's children were seen at home.", "Chester"),
    (("Trinity Marsh",), "Trinity Marsh attends the nursery.", "Trinity"),
    (("Preston Ward",), "Preston Ward came to the meeting.", "Preston"),
])
def test_round26_person_named_like_a_town_still_goes(family, names: tuple[str, ...], text: str, secret: str) -> None:
    assert secret not in family(*names)(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    ("Initials R.O'D noted on the form.", "O'D"),  # failed on the round's start (the R went, the O'D stayed)
    ("Letter signed K. O'N, duty manager.", "O'N"),  # passed on the round's start too
])
def test_round26_initialled_surname_with_an_apostrophe_goes(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c266")


def test_round26_apostrophe_initial_alone_stays(deid) -> None:
    assert "O'D" in deid("She said O'D was there.", "c267")  # no initial before it: as on the round's start
