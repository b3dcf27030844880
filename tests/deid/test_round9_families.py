"""Round 9 (issue #16): place families that leak on text the engine was not built on, fixed by mechanism rather
than by any corpus's strings. Notes written for these tests; each family failed before the round's change (the
guards beside them pass on both)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("note", "town"), [
    ("Ellis is on roll at Brimble Vale Academy, Kettering since May.", "Kettering"),
    ("School: Thornwick Community College Grantham; attendance 81%.", "Grantham"),
])
def test_a_listed_town_straight_after_a_school_goes_with_it(deid, note, town):
    assert town not in deid(note, "c91")


@pytest.mark.parametrize(("note", "kept"), [
    ("Mum lives at 12 Hartwell Road, Kettering and works nights.", "Kettering"),
    ("Ellis moved from Kettering to Corby in the summer.", "Kettering"),
])
def test_a_town_after_a_street_or_on_its_own_stays(deid, note, kept):
    assert kept in deid(note, "c92")


@pytest.mark.parametrize(("note", "gone"), [
    ("New address: Flat 16, 7th floor, Quarrendon Tower.", "7th"),
    ("They now rent a 1st floor flat, 58 Tenbury Road.", "1st"),
    ("Placed in Room 4, The Larches B&B, until Friday.", "Larches"),
    ("Solicitor's office: Pendle Chambers, 3 Mitre Square.", "Chambers"),
])
def test_floors_bed_and_breakfasts_and_chambers_are_addresses(deid, note, gone):
    assert gone not in deid(note, "c93")


@pytest.mark.parametrize(("note", "gone"), [
    ("Keira starts Reception at Our Lady of Lourdes RC Primary.", "Our"),
    ("Letter from Hemsby All Saints Academy about lateness.", "All"),
    ("He is on a level 2 course at Wensum and Yare College.", "and"),
    ("Sunday mornings at the Tawhid Saturday School are hard for him.", "Tawhid"),  # a guard: went before too
])
def test_names_of_schools_that_start_or_join_with_ordinary_words(deid, note, gone):
    assert gone not in deid(note, "c94").split()


@pytest.mark.parametrize(("note", "kept"), [
    ("Training dates: Tuesday and Thursday in the Resource Room.", "Tuesday and Thursday"),
    ("Mum takes her to the Polish Saturday school each week.", "Polish Saturday"),
    ("All schools in the area were closed; our school reopened first.", "All schools"),
    ("Went to the B&B to see her.", "the B&B"),
])
def test_ordinary_words_beside_place_words_stay(deid, note, kept):
    assert kept in deid(note, "c95")
