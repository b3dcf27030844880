"""Round 31 (issue #16, deid-v35): dates of birth in lists and persons tables, user names and display names,
people written surname first, and short forms of given names. One date of birth after two names with a word saying
it is both's ("Riley / Rylan both dd/mm/yyyy"), a date straight after a date of birth in a list of them ("... -
28.01.11 / 15.06.16"), a year alone after a "SURNAME, Given" persons row or after "DOB unknown - approx"; a user
name that is a given name and a surname joined by a dot, or a surname and an initial, after "Logged by:", "Added
by" or a worker's cell; an account's display name in quotes after "acct" or after a platform and "called"; a
surname in capitals before a given name or before ", Forename" or ", F" on a persons line or a system's row ("PICKUP
Liam", "MOSS, Rachel", "CARVALHO, R |"), a surname after a rank and a collar number ("PC 21187 Shaw"); and short
forms of given names no list held ("Dec", "daf", "mase", "gem", "con", "Shell", "Ol"). Fixed by rules and lists kept
as data, written by hand from general knowledge, not by any corpus's strings. Notes written for these tests; the
guards must stay as written."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("Children: KERR Ava / KERR Isla both 14/03/2020 - at nan's.", "14/03/2020"),
    ("Household: Ben (12) / Jess (9) - 02.02.13 / 19.07.16\nMum: Dawn (40)", "19.07.16"),
    ("FAMILY\nWARD, Sandra Mother 1986 PR: Y\nWARD, Toby Son 03/05/2015", "1986"),
    ("Perp: Lee Hart   DOB: unknown - approx 1979   no fixed abode", "1979"),
    ("DOB not known, c. 1991, per housing.", "1991"),
])
def test_round31_dates_of_birth_in_lists_and_rows_go(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: event dates in a list, a year told of with no person row, a year after an unknown date with no guess
    ("Visits 03/04/2024 / 05/04/2024 with mum.", "03/04/2024 / 05/04/2024"),
    ("Referral 2024 from school, seen 12/03/2024.", "Referral 2024"),
    ("DOB unknown, seen in 2019 at the clinic.", "seen in 2019"),
    ("WARD, Sandra Mother 2 children at home.", "2 children"),
    ("Review of Kai and Mia, both 10/05/2024 at school.", "10/05/2024"),
])
def test_round31_event_dates_and_counts_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("Concern ID 7731 | Pupil: Year 8 | Logged by: tom.quarmby", "quarmby"),
    ("| Outcome | NFA |\n| Worker | kendrew.p |", "p |"),
    ("Linked pupil: none\nAdded by kdenholm 03 Jun 2026 09:10", "kdenholm"),
    ('he msgd her on fb from a new acct "Dazza Kay II" which she showed me.', 'II"'),
    ('messaged on fb by someone called "Big Kel 77" all night.', '"Big'),
])
def test_round31_user_names_and_display_names_go(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: a label with no user name, a word after "Added by", quoted words that name no account
    ("Logged by: school office", "school office"),
    ("Added by mum to the list of contacts.", "Added by mum"),
    ('posted on fb "never again" after the row.', '"never again"'),
    ("a new acct was set up for the bills", "a new acct was set up"),
])
def test_round31_labels_and_quotes_without_an_account_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("Suspect: FIELD Liam (05-05-1992) - ex-partner, NFA", "FIELD"),
    ("Step: Contact   Worker: MOSS, Rachel   Team: Early Help", "MOSS"),
    ("08 | Police | BAKER, R | IDVA | 2", ", R |"),
    ("Suspect: neighbour NOLAN, Barry, no. 4, aged 60s", "Barry"),
    ("Suspect to be traced. Officer PC 21187 Shaw.", "Shaw"),
    ("| Perpetrator | Liam BATCH | 05/05/1992 | NFA |", "BATCH"),
    # passed on the round's start too (the name finder took it), and must still go
    ("Suspect: PICKETT Liam (05-05-1992) - ex-partner, NFA", "PICKETT"),
])
def test_round31_people_written_surname_first_go(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: services' shorthand before a comma, a common word in capitals before a name that runs on, a place
    ("Referral from CAMHS, Rachel said she would call.", "CAMHS"),
    ("MASH, Barry rang back about the strategy.", "MASH"),
    ("Action: CALL Liam back tomorrow.", "CALL"),
    ("Home visit to BARRY, Wales.", "BARRY, Wales"),
    ("Met at PC World after Year 10 Maths.", "PC World"),
])
def test_round31_shorthand_and_places_before_names_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")


@pytest.mark.parametrize(("names", "text", "secret"), [
    # each failed on the round's start
    (["BRENNAN, Declan"], "Dec came round at 6 and shouted.", "Dec"),
    (["PRICE, Dafydd"], "daf was upset after school.", "daf"),
    (["Mason LEE"], "mase and his mates were outside.", "mase"),
    (["Gemma WARD"], "gem said she would ring.", "gem"),
    (["Connor ROWE"], "con said he was fine.", "con"),
    (["ROWE, Michelle"], "Shell would not open the door.", "Shell"),
    (["PENNINGTON, Oliver"], "Ol was at nursery all day.", "Ol"),
])
def test_round31_short_forms_of_table_names_go(family, names: list[str], text: str, secret: str) -> None:
    assert secret not in family(*names)(text, "c1").split()


@pytest.mark.parametrize(("names", "text", "kept"), [
    # guards: the same letters as words or a month where no table name stands for them
    (["BRENNAN, Declan"], "Review on 3 Dec 2024 at the school.", "3 Dec 2024"),
    (["Connor ROWE"], "We weighed the pros and con of the move.", "pros and con"),
    (["ROWE, Michelle"], "the shell was on the beach.", "the shell was"),
])
def test_round31_words_like_short_forms_stay(family, names: list[str], text: str, kept: str) -> None:
    assert kept in family(*names)(text, "c1")
