"""Round 33 (issue #16, deid-v37): schools of three-tier areas and faith schools, homes on boats, a street's "Bk",
Chinese and Vietnamese names, and words taken for names that are none. A first or middle school written by
its name and tier with no "School" ("Oxbarrow Heath First", "Morrowfield Middle"), a school's safeguarding lead
before the school's name ("DSL Thornbury Middle"), a girls' or boys' school's "for Girls", a faith school named after
its kind first ("Talmud Torah ...", "Darul Uloom ..."); a narrowboat's name as a family's home; a street's "Bk" after a
house number, and "number 7" before a street; Cantonese, Mandarin and Vietnamese given names and
surnames the lists did not hold; and parents' words in Urdu, qualifications, formula brands, words of Jewish
observance and services' shorthand that the name finder took for names. Fixed by rules and lists kept as data,
written by hand from general knowledge, not by any corpus's strings. Notes written for these tests; the guards must
stay as written."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("Older sister is a pupil at Oxbarrow Heath First; the DSL was told.", "Oxbarrow"),
    ("Letter from Ashcombe Park Grammar School for Girls about her attendance.", "for Girls"),
])
def test_round33_schools_go(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: a service's name, a centre whose name holds "First", a region, a person with a given name listed,
    # a school's kind in ordinary use, a boat's trip
    ("Family First worker visited and Safety First was discussed.", "Family First worker visited and Safety First"),
    ("Review held at Moorgate Customer First Centre today.", "Moorgate Customer First Centre"),
    ("Dad worked in the Middle East for two years.", "the Middle East"),
    ("She goes to madrasa on Saturdays and to the Torah class.", "madrasa on Saturdays"),
    ("They went on a barge trip at Easter with the school.", "barge trip at Easter"),
    ("She asked the DSL about the referral.", "the DSL about the referral"),
    ("Ethnicity: Irish Traveller First language: English", "Irish Traveller First language"),
    ("Mum has done Paediatric First aid at the centre.", "Paediatric First aid"),
])
def test_round33_school_words_in_ordinary_use_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ('NFA - lives on the narrowboat "Heron\'s Nest", moored near the lock.', "Heron"),
    ("A narrowboat named Dunlin Star was seen by the towpath patrol.", "Star"),
])
def test_round33_homes_go(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # guards: a bank that is a bank, a river's bank, counts and times before "bank"
    ("Mum opened an account at Barclays Bank and went to the food bank.", "Barclays Bank and went to the food bank"),
    ("They walked along the river bank for 20 minutes.", "river bank for 20 minutes"),
    ("At 9 the bank opened; she paid 40 pounds in.", "At 9 the bank opened"),
    ("He is 7 years old and lives on a narrowboat.", "He is 7 years old and lives on a narrowboat."),
])
def test_round33_bank_and_boat_words_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # each failed on the round's start
    ("Nhung Truong, the interpreter, joined by phone.", "Truong"),
    ("Dad (Jiang Qiang) did not attend.", "Qiang"),
])
def test_round33_chinese_and_vietnamese_names_go(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")


@pytest.mark.parametrize(("text", "kept"), [
    # each was taken for a name at the round's start
    ("Child calls father abba and mother ammi.", "abba"),
    ("Letter signed Dr A. Rahman MBBS MRCGP.", "MBBS MRCGP"),
    ("Baby on Aptamil first milk, feeding well.", "Aptamil"),
    ("Family keep Shabbos; no visits from Friday evening.", "Shabbos"),
    ("She speaks Kreol and some English.", "Kreol"),
    ("Referral made to CAPVA for support with his behaviour.", "CAPVA"),
])
def test_round33_words_that_are_no_names_stay(deid, text: str, kept: str) -> None:
    assert kept in deid(text, "c1")


@pytest.mark.parametrize(("text", "secret"), [
    # checks: these went on the round's start too (taken for a person's name) and must still go
    ("Moved up to Morrowfield Middle in September and is settling.", "Middle"),
    ("He attends Talmud Torah Bnei Yosef daily.", "Yosef"),
    ("Mark Ellis, DSL Thornbury Middle, sent the chronology.", "Middle"),
    ("Letter sent to 34 Gorsefield Bk, copy to the school.", "Bk"),
    ("Thanh Trang came with her aunt to the appointment.", "Trang"),
])
def test_round33_checks_that_passed_on_both(deid, text: str, secret: str) -> None:
    assert secret not in deid(text, "c1")
