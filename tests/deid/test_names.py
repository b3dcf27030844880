"""People-table names that are also common English words, written in lower case: taken for the name only where
something says it is one. Notes written for these tests."""

from __future__ import annotations


def test_a_common_word_name_with_a_possessive_an_age_or_a_sibling_goes(family):
    deid = family("Faith CORNISH", "Dawn Cornish", "Tobias Cornish")
    out = deid("faith's nan was there. dawn (4) asleep. dawn and tobias ate tea. we had faith in the plan.", "c1")
    assert "faith's" not in out and "dawn (4)" not in out and "dawn and" not in out
    assert "had faith in the plan" in out
