"""Round 21 (issue #16, deid-v25): structured identifiers, places and over-redaction. A reference code of six
capitals or of one capital hyphened to a code; a crime number of a year, a star and a
serial; a date after a listed name when an event is told of before a subject label ("Strategy discussion re:");
a street typed in lower case after a house number and a cue word; a house number and a name after a dash or a
sentence's end; a yard or site known by its lane; services named by a word of hope or shelter ("the Hope
Centre") and a people table's placeholder for a name not yet given ("Baby of ...") kept. Fixed by format and by
word lists kept as data (``deid_patterns.v3.yaml``, ``places.v1.yaml``, ``deid_names.v1.yaml``), not by any
corpus's strings, through the public API (conftest's ``deid`` and ``family``). Notes written for these tests; the
guards must stay as written."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "secret"), [
    # references with unusual prefixes and separators
    ("Referred on; ref QMARAC 25/1184 for the panel.", "QMARAC"),
    ("Passed to the front door, ref D-MASH 25/40217.", "D-MASH"),
    ("Incident 25*307711 / Crime to follow.", "25*"),
    # dates of birth after listed names, past an event told of before a subject label
    ("Strategy meeting re: Kacper NOWAK 14/08/2016, Lena NOWAK 02/01/2019 | Present: TM", "14/08/2016"),
    ("Strategy meeting re: Kacper NOWAK 14/08/2016, Lena NOWAK 02/01/2019 | Present: TM", "02/01/2019"),
    # places
    ("home visit 47 wendlebury done at 3, mum in", "wendlebury"),
    ("Review – 231 Quarnford – cancelled, rebooked", "231"),
    ("Saw Dad at work. 917 Thornwaite. Kids at school.", "917"),
    ("Loc: Cotter Lane yard, trailer at the back", "yard"),
])
def test_round21_family_is_replaced(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c211")


@pytest.mark.parametrize(("text", "kept"), [
    ("Mum goes to the drop in at the Hope Centre on Tuesdays.", "Hope Centre"),
    ("Mum goes to the Brook Centre clinic on Tuesdays.", "Brook Centre"),
])
def test_round21_named_service_stays(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c211")


@pytest.mark.parametrize(("name", "text", "kept"), [
    ("Baby of Kerry Walsh", "Baby was born at 34 weeks; Baby is feeding well.", "Baby is feeding"),
    ("WALSH, baby", "Baby born 03:10, Baby WALSH on the unit.", "Baby born"),
    ("Walsh, baby girl", "Baby girl seen by the midwife.", "Baby girl"),
])
def test_round21_placeholder_baby_stays(family, name: str, text: str, kept: str) -> None:
    assert kept in family(name)(text, "c1")


@pytest.mark.parametrize(("name", "text", "secret"), [
    ("Baby of Kerry Walsh", "Kerry Walsh attended with the baby.", "Walsh"),
    ("WALSH, baby", "Baby WALSH on the unit.", "WALSH"),
])
def test_round21_placeholder_keeps_the_family_name(family, name: str, text: str, secret: str) -> None:
    assert secret not in family(name)(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    ("Meeting with Tom (SW) 14/02/2025 at the office.", "14/02/2025"),
    ("visited 3 mths ago, at 4 kids", "3 mths"),
    ("Seen. 3 Children. Scored 12 Points.", "3 Children"),
    ("moved to the road site nearby", "road site"),
    ("MOSAIC 7654321 on file", "MOSAIC"),
    ("Referred to the Beacon Project for the group work.", "Beacon Project"),
    ("She lives at 12 Hope House now.", "lives at"),
    ("Mum and baby moved to Hope House refuge on Monday.", "moved to"),
    ("Tyler attends Oakfield Centre.", "attends"),
])
def test_round21_guard_stays(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c211")


@pytest.mark.parametrize(("text", "secret"), [
    ("She lives at 12 Hope Centre Road now.", "12 Hope"),  # a house number: an address
    ("Mum and baby moved to Hope House on Monday.", "Hope House"),  # a refuge's house: where they live
    ("He is on the Acorn Centre (PRU) roll.", "Acorn"),  # a school's name
])
def test_round21_service_word_places_still_go(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c211")
