"""Round 10 (issue #16, deid-v14): over-redaction families seen on text the engine was not built on, fixed by
mechanism rather than by any corpus's strings. Notes written for these tests; each family failed before the
round's change (the guards beside them pass on both)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("note", "kept"), [
    ("Case transferred to the St Albans locality team on Monday.", "Albans"),
    ("Dad drove up from St Ives overnight.", "Ives"),
    ("Initial visit – St Neots. Nobody home, card left.", "Neots"),
])
def test_a_listed_saints_town_stays(deid, note, kept):
    assert kept in deid(note, "c101")


@pytest.mark.parametrize(("note", "gone"), [
    ("Marley attends St Bartholomew's and is settled.", "Bartholomew's"),
    ("Nomination for the choir at St Aldates; Marley attends St Ives in Year 4.", "Ives"),  # a school's cue first
])
def test_a_saints_school_still_goes(deid, note, gone):
    assert gone not in deid(note, "c102")


@pytest.mark.parametrize(("note", "kept"), [
    ("Staff were tired. Frank discussion needed about the rota next month.", "Frank"),
    ("The meeting ran long. Grace under pressure is still a strength of this team.", "Grace"),
    ("Mum has no phone of her own. Will use the school office to reach her.", "Will"),
])
def test_a_capitalised_common_word_with_no_name_cue_stays(deid, note, kept):
    assert kept in deid(note, "c103")


@pytest.mark.parametrize(("note", "gone"), [
    ("Visited the flat. Grace said the baby had slept well.", "Grace"),
    ("Carer review held. Sue will do the Thursday pick-ups from now on.", "Sue"),
    ("Police attended at 2am. Reece arrested and taken to custody.", "Reece"),
])
def test_a_common_word_doing_what_people_do_is_still_a_name(deid, note, gone):
    assert gone not in deid(note, "c104")
