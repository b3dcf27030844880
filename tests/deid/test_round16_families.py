"""Round 16 (issue #16, deid-v20): a date of birth after an age written with its unit or a spaced dash, and the
school-year shorthand "Yr" taken for a name (over-redaction), fixed by format rather than by any corpus's strings,
through the public API (conftest's ``deid``). Notes written for these tests; the guards must stay as written."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "secret"), [
    ("Child: Kit Lowe, 9 yrs (01/02/16), lives with dad.", "01/02/16"),
    ("Nan 71 years old - 3.9.1953 has the children weekends.", "3.9.1953"),
    ("Adult male OKONJO (37 - 11/02/88) was in the hallway.", "11/02/88"),
    ("Aunt (54 – 2.7.70) rang the duty line.", "2.7.70"),
])
def test_round16_family_is_replaced(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c161")


@pytest.mark.parametrize(("text", "kept"), [
    ("Pupil: Kit Lowe (Yr 4) was upset at lunch.", "Yr 4"),
    ("Brother seen in Yr 2 class, settled.", "Yr 2"),
    ("Open for 3 years, 12/06/2021 review due.", "12/06/2021"),
    ("Agenda for the meeting (3-14/02/2025) sent.", "14/02/2025"),
])
def test_round16_guard_stays(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c161")
