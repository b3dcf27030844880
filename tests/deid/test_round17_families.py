"""Round 17 (issue #16, deid-v21): dates of birth given by a persons list's role letter, an age with its unit or
"is", an estimate and the record it came from; police logs with their day after "incident" or a force's code; a
reference with a one-letter start after an agency's code; and nationality and community words taken for names
(over-redaction), fixed by format and by a word list kept as data, not by any corpus's strings, through the public
API (conftest's ``deid``). Notes written for these tests; the guards must stay as written."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "secret"), [
    ("Persons: Dana REID (V) 03/04/1990; Lee COLE (S) 21/09/1987", "03/04/1990"),
    ("Persons: Dana REID (V) 03/04/1990; Lee COLE (S) 21/09/1987", "21/09/1987"),
    ("Spoke to the GP about Idris. Idris is 15 (9 Mar 2011) and", "9 Mar 2011"),
    ("Child: PRICE, OWEN  12yrs  04-Feb-2014\nMother: PRICE, JO", "04-Feb-2014"),
    ("Name: Ali HUSSAINI | DOB unknown - est. 2012, Home Office records 01/01/2012", "01/01/2012"),
    ("Visitor: Nora Platt, 51 - 07/07/1974 at the door", "07/07/1974"),
    ("Police incident 4127 19/12. Mum rang after.", "19/12"),
    ("Note from police log TVP 2206 08/09 says", "08/09"),
    ("Previous call to Kent 2024 (CAD 512 02/05/24). Plan", "02/05/24"),
    ("Home Office ref HO B2238491. Interpreter booked", "B2238491"),
])
def test_round17_family_is_replaced(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c171")


@pytest.mark.parametrize(("text", "kept"), [
    ("Mum is from a Goan family and speaks Konkani.", "Goan"),
    ("They are Chagossian and came via Crawley.", "Chagossian"),
    ("Dad is Sylheti speaking; Bengali interpreter booked.", "Bengali"),
    ("Incident on 12/03 at 1400, no log number yet.", "12/03"),
    ("Meeting with Tom (SW) 14/02/2025 at the office.", "14/02/2025"),
    ("Seen for 3 years 12/06/2021 was the last review.", "12/06/2021"),
])
def test_round17_guard_stays(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c171")
