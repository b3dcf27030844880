"""Round 8 (issue #16): families that leak on text the engine was not built on, fixed by mechanism rather than by
any corpus's strings. Notes written for these tests; each family failed before the round's change (the guards
beside them pass on both)."""

from __future__ import annotations

import re

import pytest


@pytest.mark.parametrize("note", [
    "Strategy outcome: P.V. (mother) to be offered refuge; D.Q.W. bailed.",
    "Present: T.N., the school nurse and me.",
    "Y.B. and F.Z. were both spoken to alone.",
])
def test_no_letter_of_dotted_initials_survives_anywhere_in_their_pseudonym(deid, note):
    out = deid(note, "c81")
    for original in re.findall(r"\b(?:[A-Z]\.){2,3}", note):
        start = note.index(original)
        replaced = out[start:start + len(original)]
        assert replaced != original
        assert not set(original.replace(".", "")) & set(replaced.replace(".", ""))


@pytest.mark.parametrize(("note", "initials"), [
    ("Actions: QV to contact the housing officer by Friday.", "QV"),
    ("Agreed: ZNB to book the parenting course.", "ZNB"),
    ("WTK has completed the first six sessions.", "WTK"),
    ("At the door YD will ring before each visit.", "YD"),
    ("KFQ had moved out before the hearing.", "KFQ"),
])
def test_initials_given_an_action_or_a_perfect_are_a_person(deid, note, initials):
    assert initials not in deid(note, "c82")


@pytest.mark.parametrize(("note", "kept"), [
    ("Actions: ASC to visit dad on Monday.", "ASC"),
    ("IP states he was pushed on the stairs.", "IP"),
    ("The SW to visit again next week.", "SW"),
    ("School to apply for an EHC needs assessment.", "EHC"),
    ("GP has referred her to the clinic.", "GP"),
    ("OOH to pass on to the day team.", "OOH"),
])
def test_service_shorthand_before_an_action_stays(deid, note, kept):
    assert kept in deid(note, "c83")
