"""Round 14 (issue #16, deid-v18): structured-identifier families seen on text the engine was not built on, fixed
by mechanism or format rather than by any corpus's strings. Notes written for these tests; 11 of the 12 cases
failed before the round's change (the guards beside them pass on both, but for "school.Me", which the start
took for an e-mail)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("note", "gone"), [
    ("contact via her new address: mira.t @ sample.hr from today", "sample"),  # spaces round the @, a country's end
    ("Email: weiling77 at sample dot cn (given by dad)", "sample"),  # "at ... dot" to a country's domain
    ("Re: Joel PRICE  NHS 703 21l 5586 on the discharge letter", "5586"),  # l typed for a 1 after the NHS cue
    ("Re: Joel PRICE  nhs no 7O3 2I1 5586", "7O3"),  # O and I typed for 0 and 1
    ("uncle drives a Skoda with Slovak plates, 3BK 7720, most days", "7720"),  # a plate abroad, cue before
    ("seen in the blue car TM 38 RXV (Romanian plate) at pick-up", "RXV"),  # a plate abroad, "plate" after
    ("a man in a white van (K 64 3RD? - she was not sure) waited", "3RD"),  # a partial plate in a van
    ("Checked the car on PNC WK21 RTD, no markers.", "RTD"),  # a UK plate after a system's name, whole
])
def test_structured_identifiers_in_these_forms_go(deid, note, gone):
    assert gone not in deid(note, "c141")


@pytest.mark.parametrize("note", [
    # a sentence ending in a closing quote or bracket ends the clause: the meeting told of before it is not the
    # event the next sentence's date belongs to
    'Dad called the review a "waste of time". Nell (4) and Otis (2) - Nell\'s DOB 03/02/2021, Otis\'s 19/07/2023.',
    "Report came through the MASH (MW). Tamsin REEVE 11-9-1990 is known to probation.",
])
def test_a_date_of_birth_after_a_sentence_closed_by_a_quote_or_bracket_goes(family, note):
    out = family("Nell Ward", "Otis Ward", "Tamsin Reeve")(note, "c1")
    assert "19/07/2023" not in out and "11-9-1990" not in out


@pytest.mark.parametrize(("note", "gone"), [
    ("Kyle (16 in March - 02/03/2010) has started at college.", "02/03/2010"),  # an age and the month it comes
    ("Kyle (turns 16 on 2nd March) 02/03/2010 per his mum.", "02/03/2010"),
])
def test_a_date_of_birth_after_an_age_and_its_month_goes(family, note, gone):
    assert gone not in family("Kyle Moss")(note, "c1")


@pytest.mark.parametrize(("note", "kept"), [
    ("she was at school.Me and him went to the shop", "school.Me"),  # a sentence starts, no e-mail's dot (was taken)
    ("we met at home.It went well", "home.It"),
    ("NHS 612 44 lots of forms to do", "612 44 lots"),  # an NHS cue and letters that are a word
    ("dad drives a black Audi A3 YX19 ABC now", "Audi A3"),  # a car model before a UK plate is no plate
    ("in the car PC 4410 told her to wait", "PC"),  # a rank before a collar number
    ("car seat for a Y2 SEN pupil", "Y2 SEN"),  # one digit is no plate
    ("Meeting with Nell (4). She drew 03/02/2025 on the card.", "03/02/2025"),  # an event's clause, a date stays
    ("Meeting with Nell (5 in May - 14/03/2025) at school.", "14/03/2025"),  # an event before the name
])
def test_words_and_event_dates_stay(family, note, kept):
    assert kept in family("Nell Ward")(note, "c1")
