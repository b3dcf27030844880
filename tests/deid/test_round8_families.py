"""Round 8 (issue #16): families that leak on text the engine was not built on, fixed by mechanism rather than by
any corpus's strings. Notes written for these tests; each family failed before the round's change (the guards
beside them pass on both)."""

from __future__ import annotations


import pytest


PAIRS = ["K.W.", "S.R.", "T.M.", "H.K.", "D.J.", "P.L.", "R.T.", "M.B.", "J.N.", "L.S.", "B.H.", "W.D."]


@pytest.mark.parametrize("case", ["c81", "c86", "c87"])
def test_no_letter_of_dotted_initials_survives_anywhere_in_their_pseudonym(deid, case):
    note = " ".join(f"Present: {pair} (relative)." for pair in PAIRS)
    out = deid(note, case)
    assert len(out) == len(note)
    for k, pair in enumerate(PAIRS):
        start = note.index(pair)
        replaced = out[start:start + len(pair)]
        assert not set(pair.replace(".", "")) & set(replaced.replace(".", "")), k


@pytest.mark.parametrize(("note", "initials"), [
    ("Actions: QV to contact the housing officer by Friday.", "QV"),
    ("WTK has completed the first six sessions.", "WTK"),
    ("At the door YD will ring before each visit.", "YD"),
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


@pytest.mark.parametrize(("note", "dob"), [
    ("Siblings seen: Rafe (D/O/B 03/07/2016) and Isla.", "03/07/2016"),
    ("Father's d/o/b: 9.9.1989 per the PNC print.", "9.9.1989"),
    ("Adult: Noor, DOB not on file (born 07/2004, day unknown).", "07/2004"),
    ("PRICE, Tamsin (Mrs)   02-Feb-1991   home visit booked", "02-Feb-1991"),
])
def test_dates_of_birth_in_loose_but_general_formats(deid, note, dob):
    assert dob not in deid(note, "c84")


@pytest.mark.parametrize(("note", "kept"), [
    ("Seen 04/2019 at clinic with mum.", "04/2019"),
    ("Visit to Mr Hussain 12/03/2024 at home.", "12/03/2024"),
])
def test_dates_that_are_no_birth_stay(deid, note, kept):
    assert kept in deid(note, "c85")
