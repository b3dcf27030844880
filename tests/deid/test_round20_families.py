"""Round 20 (issue #16, deid-v24): structured identifiers and places. Police logs and crime numbers of digit groups
joined by slashes or a star; a date of birth after a person's name with an "aka" nickname, "jnr" or a bracketed sex
and age between; a flat's and a house's number joined by a slash; a point of the compass after a street's word;
"Bdwy", "Mkt" and "Pk" as place words; farms and hamlets opened by "Low", "Far" and the like; a house number alone
after "at" or "address"; caravans' and chalets' numbers; a home placed above a shop before its street; short forms
after a school's name. Fixed by format and by word lists kept as data (``deid_patterns.v3.yaml``,
``places.v1.yaml``), not by any corpus's strings, through the public API (conftest's ``deid``). Notes written for
these tests; the guards must stay as written."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "secret"), [
    # references with slashes and a star
    ("Checked logs 1843/12/07/25 and 0925/01/08/25 before the call.", "1843"),
    ("Checked logs 1843/12/07/25 and 0925/01/08/25 before the call.", "0925"),
    ("Police have recorded it as 25*0398164/25 and will interview.", "25*"),
    # a date of birth after a name, in a persons list
    ('OFFENDER: HOLT, Darren aka "Dazza" (14/03/1984) | ADDRESS', "14/03/1984"),
    ('Susp: KEMP Shane   (aka "Kempy")   02/08/1991 | Loc: x', "02/08/1991"),
    ("Victim: QUINN Abigail (f, 29) 17/10/1996. Cohabiting.", "17/10/1996"),
    ("Kids: Tyler jnr (4-6-2017) and baby.", "4-6-2017"),
    # addresses
    ("Housing: tenant at 3/17 Corbett Cres, since May", "17"),
    ("Moved into 4/9 ASHCOMBE CL last week", "4/9"),
    ("Mum now at 27 Tanfield Road West, Leeds with the children", "West"),
    ("Safe address given as 14 Morley Bdwy for now", "14"),
    ("Dad works the land at Low Gillrigg with his brother.", "Low"),
    ("The neighbour at no. 31 heard shouting again.", "31"),
    ("Address on file: Seacliff Holiday Pk, van 212 until March", "212"),
    ("She is staying in the flat above the launderette on Carrow Parade for now.", "launderette"),
    # a school's short form
    ("Tyler attends St Aidan's CP, Year 3.", "CP"),
    ("Year 9 at Dunmore Academy II, then college.", "II"),
])
def test_round20_family_is_replaced(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c201")


@pytest.mark.parametrize(("text", "kept"), [
    ("Seen 12/07/2025 at the office; review 2025/12/07.", "12/07/2025"),
    ("Care is 24/7 and she scored 3/10 on the scale.", "24/7"),
    ("Meeting with Tom (SW) 14/02/2025 at the office.", "14/02/2025"),
    ("Came in at number 3 on the list for housing.", "3"),
    ("Dad was in the van 3 times that week.", "3"),
    ("Tyler attends St Aidan's CP plan review today.", "CP plan"),
    ("EDT (North Yorks) and West Mercia Police both called.", "North Yorks"),
    ("Family on a low income; the High Court order stands.", "High Court"),
    ("Mum and the children went back to the house on Kay Street.", "house on"),
])
def test_round20_guard_stays(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c201")
