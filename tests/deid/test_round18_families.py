"""Round 18 (issue #16, deid-v22): places written without a place word or with a short one, found by their cue
and format, not by any corpus's strings, through the public API (conftest's ``deid``): a house number and a name
after a visit's or address's cue, a comma or a bracket; estates and houses written "Est" and "ho" after a number;
streets ending "Mount" or "Mead"; nurseries named the usual way ("Little ...", "Busy ..."); a school by its name
alone after "attends" or a "School:" label. Notes written for these tests; the guards must stay as
written."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "secret"), [
    ("Police attended 52 Thornwick, after a call from the neighbour.", "52"),
    ("Mum rang from the new flat (17 Larchmere) today.", "17"),
    ("Seen at home, 83 Quillbrook. Both children present.", "83"),
    ("the flat at 5 tolland ho was empty when we called", "tolland"),
    ("Officers went to 8 Calloway Est after the call.", "Calloway"),
    ("Stayed at 14 Oxley Mount with his aunt over Easter.", "Oxley"),
    ("Dad is at 22 Fennel Mead for now, near the park.", "Fennel"),
    ("Ruby goes to Little Saplings three days a week.", "Saplings"),
    ("Nursery: Busy Beavers. Manager says Ruby is settled.", "Beavers"),
    ("Jayden attends Wrenfield. Attendance is 88%.", "Wrenfield"),
    ("School: Sir Arnold Pettifer (Year 8)", "Sir"),
])
def test_round18_family_is_replaced(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c181")


@pytest.mark.parametrize(("text", "kept"), [
    ("DOB unknown, est. 2012 on the Home Office papers.", "est."),
    ("Seen on 12 March at the office with mum.", "12 March"),
    ("She stopped attending English classes in May.", "English"),
    ("Mum joined the Little Voices group at the hub.", "Little Voices"),
    ("We met on 3 Tuesday and again later.", "3 Tuesday"),
    ("School: Mrs Hale said he is settled.", "Mrs"),
    ("He attends CAMHS monthly with mum.", "CAMHS"),
    ("Happy Christmas from all of us at the team.", "Happy Christmas"),
])
def test_round18_guard_stays(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c181")
