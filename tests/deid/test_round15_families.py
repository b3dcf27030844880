"""Round 15 (issue #16, deid-v19): structured-identifier families seen on text the engine was not built on, fixed
by mechanism or format rather than by any corpus's strings, through the public API (conftest's ``deid``). Notes
written for these tests; the guards beside them must stay as written."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "secret"), [
    ("Children present: Tobiasz (2013), Wren (5). Police attended.", "2013"),
    ("Household: mum Gail ROWE (1987), Ezra ROWE (2016, age assessed)", "2016"),
    ("Related: PIKE Anna (Mother), Juno (Sibling, 04/2020)", "04/2020"),
    ("Health visit to Mel; baby Otis was born 14th March this year (2026) at home.", "this year"),
    ("Missing episode, seen in Reading. Handle tia.m0ss. Mum informed.", "tia.m0ss"),
    ("She goes by rae_xx online and on Snap.", "rae_xx"),
    ("Case held on the council system, HBK-LCS 0048817.", "HBK"),
])
def test_round15_family_is_replaced(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c151")


@pytest.mark.parametrize(("text", "kept"), [
    ("Duties under the Children Act (1989) apply to the family.", "1989"),
    ("Siblings: Ava (6), Leo (4) both well.", "(6)"),
    ("He can handle it. Username and password reset.", "handle it"),
    ("She goes by Jay with friends.", "goes by"),
    ("Seen at the clinic this year on 03/03/2026.", "03/03/2026"),
])
def test_round15_guard_stays(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c151")
