"""The families the eleventh held-out corpus found (issue #16, round 7): districts and suburbs that no name list
holds taken for people in one note of a case while another note of the case writes them where only a place stands
("in X", "near X", "the X area"), and a street's name remembered alone, so that the district or person it is named
after went wherever the case named it. Notes written for these tests, in formats the held-out corpora do not hold;
each failed before the round's change (the guards beside them pass on both)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("place_note", [
    "Outreach drop-in held in Wexcombe this week; mum came along.",
    "Dad grew up near Wexcombe and moved away at 16.",
    "Mum moved to the Wexcombe area in May.",
])
def test_a_district_named_where_only_a_place_stands_is_no_person_elsewhere_in_the_case(deid, place_note):
    out = deid.pseudonymise([place_note, "Wexcombe | Y5 | attendance 91% | no new concerns"], ["c7", "c7"])
    assert "Wexcombe" in out[0]
    assert out[1].startswith("Wexcombe |")


def test_a_district_taken_for_a_name_in_a_heading_stays_where_the_case_places_it(deid):
    notes = ["Cafe trip with Tansy.\nOxbarrow | family support | session 4",
             "Dad said he grew up near Oxbarrow and moved away at 16."]
    out = deid.pseudonymise(notes, ["c9", "c9"])
    assert "near Oxbarrow" in out[1]


def test_a_streets_name_alone_is_not_the_street(deid):
    notes = ["Moved to 12 Fenwood Road last month.", "The Fenwood library runs a homework club"]
    out = deid.pseudonymise(notes, ["c8", "c8"])
    assert "12 Fenwood Road" not in out[0]
    assert out[1] == notes[1]


def test_a_street_named_again_still_goes(deid):
    """A guard: the street itself, named again without its number, is still the family's address."""
    out = deid.pseudonymise(["Moved to 12 Fenwood Road last month.", "Back at Fenwood Road today; no answer."],
                            ["c8", "c8"])
    assert "Fenwood" not in out[1]


def test_a_street_named_again_with_its_word_written_another_way_still_goes(deid):
    """A guard: "Larkhill Rd" in one note and "larkhill road" in another are one street."""
    out = deid.pseudonymise(["Staying at 5 Larkhill Rd for now.", "seen outside larkhill road again"], ["c13", "c13"])
    assert "larkhill" not in out[1]


def test_a_person_named_in_a_heading_still_goes(deid):
    """A guard: a name in a heading of a case that names no district is still a name."""
    out = deid.pseudonymise(["Visit note.\nTansy Okereke-Bram | Y5 | attendance 91%"], ["c11"])
    assert "Okereke-Bram" not in out[0]


def test_a_surname_written_like_a_street_name_still_goes(deid):
    """A guard: a street's name is no evidence that the same word elsewhere is a district ("Pellow Road" and the
    teacher Mr Pellow are both removed)."""
    notes = ["Moved to 12 Pellow Road last month.", "Spoke to Mr Pellow | class teacher"]
    out = deid.pseudonymise(notes, ["c12", "c12"])
    assert "Pellow" not in out[1]


@pytest.mark.parametrize("text,secret", [
    ("They live at 4-6 Kelso Road now.", "4-6"),
    ("Moved in with her aunt, 10-12 Bryony Close, last week.", "10-12"),
])
def test_a_house_number_range_goes_with_its_street(deid, text, secret):
    """A range of house numbers was read as a kept shape (a score or a date), so it stayed before "[ADDRESS]"."""
    out = deid(text)
    assert secret not in out and "[ADDRESS]" in out


@pytest.mark.parametrize("text,kept", [
    ("Meeting 10:30 Kelso Road", "10:30"),
    ("Seen 3/4 Kelso Road", "3/4"),
    ("She scored 4-6 on the scale at the Kelso Road clinic", "4-6"),
])
def test_a_time_or_score_before_a_street_stays(deid, text, kept):
    """A guard: only a house number written straight before the street goes with it."""
    assert kept in deid(text)
