"""People-table names that are also common English words, written in lower case: taken for the name only where
something says it is one. Notes written for these tests."""

from __future__ import annotations


def test_a_common_word_name_with_a_possessive_an_age_or_a_sibling_goes(family):
    deid = family("Faith CORNISH", "Dawn Cornish", "Tobias Cornish")
    out = deid("faith's nan was there. dawn (4) asleep. dawn and tobias ate tea. we had faith in the plan.", "c1")
    assert "faith's" not in out and "dawn (4)" not in out and "dawn and" not in out
    assert "had faith in the plan" in out


def test_no_name_word_of_the_cases_people_comes_back_as_a_pseudonym():
    """A pseudonym's first name drawn from the pool may be the person's real surname ("Dean Hollis" shown as "Hollis
    Yardley") or another person's of the case: over many keys, no name word of the case's people comes back."""
    import pandas as pd

    from casenotes.deid.pseudonymise import Pseudonymiser

    people = pd.DataFrame({"case_id": "c1", "name": ["HOLLIS, Dean", "Ellis Marley"]})
    for seed in range(150):
        deid = Pseudonymiser(people, key=seed.to_bytes(32, "big"), detector=None, sweep=None)
        out = deid("Partner Dean Hollis left. Ellis Marley rang.", "c1").lower()
        assert not {"dean", "hollis", "ellis", "marley"} & set(out.replace(".", " ").split()), (seed, out)
