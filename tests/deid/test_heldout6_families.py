"""The families of identifier that the sixth held-out corpus found leaking or over-redacted (issue #16, round 3):
plates read out letter by letter, phonetically or in lower case, and Irish plates; e-mail addresses with the @ and
dots written out in other ways and at any domain; postcodes broken over a line or a form's field; forces' postal
addresses; house and farm names, Celtic place names and localities of an address; initials beside a name, doing
what people do or after a word for a child; a surname's particles; and the saints, centres and counties that name
nobody. Notes written for these tests, in formats the held-out corpora do not hold."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,secrets", [
    ("a black Golf ld 68 vxp waits outside the school", ["vxp", "68"]),
    ("the Transit, Ky 19 Mdo, was on the verge again", ["Mdo", "Ky"]),
    ("the officer read the plate back as B-D-six-eight-N-X-Y.", ["N-X-Y", "six-eight"]),
    ("the car was k-y-1-9 p-o-w on the dashcam", ["p-o-w", "1-9"]),
    ("control gave it as Romeo Victor one nine Sierra Tango Papa, a Corsa", ["Sierra Tango", "Romeo Victor"]),
    ("mum wrote the van down as M D 2 1 K L T on the pad", ["K L T", "M D"]),
    ("an Irish-plated Octavia, 08 LH 23317, seen twice at the gate", ["23317"]),
    ("his jeep (152-MO-4471) came back on Friday", ["4471"]),
])
def test_plates_however_written_go(deid, text, secrets):
    out = deid(text)
    assert not [s for s in secrets if s in out]


@pytest.mark.parametrize("text,secrets", [
    ("reach her on k.byrne (at) dartmoor-farms (dot) invalid after 6", ["byrne", "dartmoor", "invalid"]),
    ("email lisa_m AT kernow-health DOT nhs DOT example for the minutes", ["lisa_m", "kernow", "example"]),
    ("contact r.kitto<at>mailbox<dot>org for the rota", ["kitto", "mailbox"]),
    ("his is tom dot pender -at- outlook -dot- com, he says", ["pender"]),
    ("write to gwen.h {at} ysgol-aber {dot} test", ["gwen", "ysgol", "test"]),
    ("she uses jaz @ moorside . com for school letters", ["jaz", "moorside"]),
])
def test_emails_however_written_go(deid, text, secrets):
    out = deid(text)
    assert not [s for s in secrets if s in out]


@pytest.mark.parametrize("text,secrets", [
    ("Address line 3: Liskeard\nPostcode: PL14\n4DJ\nTel: none", ["PL14", "4DJ"]),
    ("the letter went to 9 Fore Street, PL4 8\nAA, by mistake", ["PL4", "AA,"]),
    ("Post code | EX4 | 6PL | verified", ["EX4", "6PL"]),
])
def test_postcodes_split_by_a_line_or_a_field_go(deid, text, secrets):
    out = deid(text)
    assert not [s for s in secrets if s in out]


@pytest.mark.parametrize("text,secrets", [
    ("post reaches him via HMS Albion, BFPO 204 while deployed", ["Albion", "204"]),
    ("forces mail: BFPO 38, marked for the family officer", ["38"]),
    ("their US address is Unit 8420 Box 15, APO AE 09461 until summer", ["8420", "09461"]),
    ("letters go to PSC 41, Box 2230, FPO AP 96531 for now", ["2230", "96531"]),
])
def test_forces_addresses_go(deid, text, secrets):
    out = deid(text)
    assert not [s for s in secrets if s in out]


@pytest.mark.parametrize("text,secrets", [
    ("They rent Ivy Bank Cottage from the estate now.", ["Ivy Bank"]),
    ("Moved into Hillside Bungalow on the farm lane.", ["Hillside"]),
    ("The family were living at The Old Smithy, beside the green.", ["Smithy"]),
    ("The boat is on the Kennet and Avon Canal near the lock.", ["Kennet"]),
    ("Address: Ballachrink, Colby IM9 4BE\nGP: Castletown", ["Ballachrink"]),
    ("Home address - Nant yr Efail, Cwmcarn NP11 7XX", ["Efail"]),
    ("seen at 22 Chapel Row, Pentrebach Isaf, Merthyr Tydfil CF48 4BQ", ["Pentrebach Isaf"]),
    ("seen at 40 Vicarage Road, Fox Corner, Bath BA1 2XX today", ["Fox Corner"]),
    ("Address: Honey Pot, Little Petherick PL27 7XX\nGP: Padstow", ["Honey Pot"]),
    ("Home address | Sea Spray, Lower Town, Kilkhampton EX23 9XX", ["Sea Spray", "Lower Town"]),
])
def test_house_names_and_localities_go(deid, text, secrets):
    out = deid(text)
    assert not [s for s in secrets if s in out]


@pytest.mark.parametrize("text,joiner", [
    ("They live at Chy an Dowr now.", " an "),
    ("Moved to Tigh na Mara last week.", " na "),
    ("Staying at Hafod y Bryn with nan.", " y "),
    ("Living at Bod Hyfryd since May.", "Bod"),
])
def test_celtic_house_names_go_whole(deid, text, joiner):
    """Not only the words the name detector takes for names: the place word and the article joining them too."""
    out = deid(text)
    assert "[ADDRESS]" in out and joiner not in out


@pytest.mark.parametrize("text,kept", [
    ("seen at 40 Vicarage Road, Fox Corner, Bath BA1 2XX today", "Bath"),
    ("Address: withheld (refuge), so letters go via the office", "withheld"),
    ("Email address: none given at the meeting", "none given"),
])
def test_the_post_town_and_an_address_label_with_no_address_stay(deid, text, kept):
    assert kept in deid(text)


@pytest.mark.parametrize("text,secrets", [
    ("Chair: Mr Colin Pascoe (CP). CP said the plan stands.", ["(CP)"]),
    ("Minutes taken by Aisha Rahman-Bell (ARB), family support.", ["ARB"]),
    ("Report written by Gareth Lloyd (G.L.) on Monday", ["G.L."]),
    ("Call with Shanice (SK) about the move. SK says the keys came.", ["SK"]),
    ("Rosa-Lee (R-L) is settled; R-L's reading is better.", ["R-L"]),
    ("Nothing further tonight, handed to day team – jd", [" jd"]),
    ("Phone call at 4pm. RWB wants the meeting moved; RWB's nan agreed.", ["RWB"]),
    ("Plan for the boys: sons DK and LK stay with their aunt.", ["DK", "LK"]),
    ("Young person - HJT (15), placed out of area.", ["HJT"]),
])
def test_initials_beside_a_name_or_signing_off_go(deid, text, secrets):
    out = deid(text)
    assert not [s for s in secrets if s in out]


@pytest.mark.parametrize("text,kept", [
    ("Remains under Child Protection (CP) planning; CP review in May.", "CP review"),
    ("The Independent Reviewing Officer (IRO) chaired; the IRO agreed.", "the IRO"),
    ("Case closed – nfa", "nfa"),
    ("She has asked the IDVA for a copy of the non-mol.", "non-mol"),
    ("Call from Ms Jones (MGM): she will have the children.", "(MGM)"),
    ("MGM said she would have the children at the weekend.", "MGM said"),
    ("The SW rang back and the GP agreed to see her.", "GP agreed"),
    ("Client: DWP letter came about her claim.", "DWP"),
])
def test_acronyms_and_closing_words_stay(deid, text, kept):
    assert kept in deid(text)


@pytest.mark.parametrize("text,secrets", [
    ("Visit to Mr Pieter van der Linde at the flat.", ["van der", "Linde"]),
    ("Spoke with Ana Paula dos Reis Monteiro and her son.", ["dos Reis"]),
    ("The uncle, Hamid bin Rashid, collected them.", ["bin Rashid"]),
])
def test_surname_particles_go_with_the_surname(deid, text, secrets):
    out = deid(text)
    assert not [s for s in secrets if s in out]


def test_particles_go_with_a_people_table_surname(family):
    out = family("Rui DOS SANTOS", "Sanne van der Berg")("Rui dos Santos came; Mr van der Berg waited.", "c1")
    assert "dos" not in out and "van der" not in out


@pytest.mark.parametrize("text,kept", [
    ("Dad is posted to RAF St Athan this year", "St Athan"),
    ("The family moved from St Blazey to Bodmin", "St Blazey"),
    ("Referred to the Sexual Assault Referral Centre for a medical.", "Referral Centre"),
    ("Meeting held at the Civic Centre with housing.", "Civic Centre"),
    ("Mum goes to the Women's Centre on Tuesdays.", "Women's Centre"),
    ("Strategy discussion with Devon and Cornwall Police today.", "Devon"),
    ("Shared with Dorset & Wiltshire Fire this morning.", "Dorset"),
    ("She wrote the shopping list: milk, tea and a cottage pie.", "cottage pie"),
    ("The canal trip was cancelled because of rain.", "canal trip"),
    ("Her email was down, so she rang at ten.", "email was down"),
])
def test_ordinary_words_stay(deid, text, kept):
    assert kept in deid(text)
