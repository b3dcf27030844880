"""Which of a note's whole dates are dates of birth: the rule a council can state in a line.

A date introduced as one ("DOB", "born", an age) is found by the identifier patterns. Three more kinds are found
here, once the people are known: a date a birth cue earlier in its clause governs, with no event told of between
("says DOB 01/01/2010 (HO have him as 1.1.2005 ...)"); a date written straight after a person's name, with only punctuation, an age,
a DOB cue or a family role between ("Orla KEANE 14.02.1990", "KEANE, Orla | Mother | 14/02/1990"); a date that is a
cell of a table's row about a person (:mod:`casenotes.deid.tables`: "dd/mm/yyyy | Harvey born", a "DOB" column); and the same
day as a date of birth of the note written again another way ("DOB 7/22/1996 ... corrected to 22/07/1996").
Every other date (a visit, an incident, a hearing) stays: the chronology and the trends need them. The rules are
the ``dates_of_birth`` section of the identifier patterns file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from casenotes.deid.identifiers import read_pattern_file
from casenotes.deid.tables import TableRules, table_birth
from casenotes.errors import RuleFileError

_KEYS = {"person_gap", "event_before"}
_OPTIONAL = {"cue_before", "subject_label", "table_dob_header", "table_event_header", "table_birth_cell",
             "table_person_cell", "apposition_gap", "apposition_after", "bracket_gap", "bracket_after",
             "persons_line", "persons_gap", "date_list_gap"}
_NUMBER = re.compile(r"\d+")
_CLAUSE_END = re.compile(r"(?:(?<=[a-z]{3})|(?<=\w\w[\"'’”)]))[.!?](?=\s)|;")
"""The end of a sentence (not of "Dr." or "Mrs.") or a clause, also after a closing quote or bracket ('... a
"stitch up". Alfie ...', '... partner (LB). Police: ...'; round 14), so an event told of in the sentence before
does not reach a date of birth in the next."""
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_WORD = re.compile(r"(?i)\b(" + "|".join(_MONTHS) + r")[a-z]*")
NEVER = r"(?!)"
"""A regex that matches nothing."""
ANY_YEAR = 0
"""The year of a day key written without one ("March 2")."""
CENTURY_PIVOT = 30
"""A two-digit year up to this is 20xx, above it 19xx (a child's or a parent's year of birth)."""


@dataclass(frozen=True)
class BirthRules:
    """What may stand between a person's name and a date of birth (``person_gap``, matched against the whole text
    between them), what, found on the line before the name, makes the date an event's (``event_before``), and the
    birth cues that govern a whole date later in their clause (``cue_before``; an older file has none), and the
    label that opens a list of the people a note is about (``subject_label``, "re:"): an event told of before it
    is the note's, not the dates' after the names it lists ("Strategy discussion re: Zainab HUSSAIN 05/06/2015")."""

    person_gap: re.Pattern[str]
    event_before: re.Pattern[str]
    cue_before: re.Pattern[str] = re.compile(NEVER)
    subject_label: re.Pattern[str] = re.compile(NEVER)
    table_dob_header: re.Pattern[str] = re.compile(NEVER)
    table_event_header: re.Pattern[str] = re.compile(NEVER)
    table_birth_cell: re.Pattern[str] = re.compile(NEVER)
    table_person_cell: re.Pattern[str] = re.compile(NEVER)
    apposition_gap: re.Pattern[str] = re.compile(NEVER)
    apposition_after: re.Pattern[str] = re.compile(NEVER)
    bracket_gap: re.Pattern[str] = re.compile(NEVER)
    bracket_after: re.Pattern[str] = re.compile(NEVER)
    persons_line: re.Pattern[str] = re.compile(NEVER)
    persons_gap: re.Pattern[str] = re.compile(NEVER)
    date_list_gap: re.Pattern[str] = re.compile(NEVER)

    @property
    def table(self) -> TableRules:
        """The rules that read a table's row as a unit (``table_*``; an older file has none, and no row gives a
        date of birth): :mod:`casenotes.deid.tables`."""
        return TableRules(self.table_dob_header, self.table_event_header, self.table_birth_cell,
                          self.table_person_cell, self.event_before)

    @classmethod
    def load(cls, path: str | Path = "default") -> "BirthRules":
        file, raw = read_pattern_file(path)
        if "dates_of_birth" not in raw:  # an older patterns file (v1, v2): no date is a date of birth by its place
            return cls(re.compile(NEVER), re.compile(NEVER))
        rules = raw["dates_of_birth"]
        if not isinstance(rules, dict) or not _KEYS <= set(rules) <= _KEYS | _OPTIONAL \
                or not all(isinstance(v, str) for v in rules.values()):
            raise RuleFileError(f"[E542] {file.name} dates_of_birth: expected the keys {sorted(_KEYS)} (and "
                                f"optionally {sorted(_OPTIONAL)}) with a regex string each.")
        try:
            return cls(**{key: re.compile(value) for key, value in sorted(rules.items())})
        except re.error as exc:
            raise RuleFileError(f"[E542] {file.name} dates_of_birth: bad regex ({exc}).") from None


def day_key(date: str) -> tuple[int, frozenset[int]] | None:
    """A date's year and its other numbers (day and month, the month named or not), or None without a day: the
    same day written "7/22/1996", "22.07.96" or "22 July 1996" gives the same key. A day and a named month with no
    year ("March 2") gives the year ``ANY_YEAR``: a birthday written so is the date of birth it repeats."""
    numbers = [int(n) for n in _NUMBER.findall(date)]
    month = _MONTH_WORD.search(date)
    if month:
        numbers.append(_MONTHS.index(month.group(1).lower()) + 1)
    years = [n for n in numbers if n > 31] or ([numbers[2]] if len(numbers) >= 3 and not month else [])
    if not years:
        return (ANY_YEAR, frozenset(numbers)) if month and len(numbers) == 2 else None
    year = years[0]
    numbers.remove(year)
    if year < 100:
        year += 2000 if year <= CENTURY_PIVOT else 1900
    return year, frozenset(numbers)


def same_day(a: tuple[int, frozenset[int]], b: tuple[int, frozenset[int]]) -> bool:
    """Whether two day keys can be the same day (a month written in another language gives no number, so one
    key's numbers need only be among the other's; a day without a year needs its day and month both)."""
    if ANY_YEAR in (a[0], b[0]):
        return len(a[1]) == len(b[1]) == 2 and a[1] == b[1]
    return a[0] == b[0] and bool(a[1]) and bool(b[1]) and (a[1] <= b[1] or b[1] <= a[1])


def births(text: str, dates: list[tuple[int, int]], dobs: list[tuple[int, int]], person_ends: list[int],
           rules: BirthRules, *, layout: str | None = None) -> list[tuple[int, int]]:
    """The ``dates`` (whole dates kept so far, as spans of ``text``) that are dates of birth: written after the
    end of a person's name (``person_ends``) with only what ``rules.person_gap`` allows between, in a clause that
    tells of no event before the name (``rules.event_before``), or the same day as one of ``dobs`` (the note's
    dates of birth found by the patterns), or straight after a date of birth in a list of them (``date_list_gap``:
    "Liam / Poppy - 28.01.11 / 15.06.16"; round 31). ``layout`` is ``text`` with its tabs (column breaks), one character for
    one, which the table reading alone reads (round 25)."""
    found = [key for key in (day_key(text[a:b]) for a, b in dobs) if key is not None]
    out: list[tuple[int, int]] = []
    table = rules.table
    for a, b in dates:
        before = [end for end in person_ends if end <= a]
        listed = [end for _, end in dobs + out if end <= a]  # "... - 28.01.11 / 15.06.16" (round 31)
        if (before and (_placed(text, max(before), (a, b), rules) or (_after_name(text, max(before), (a, b), rules)
                and not rules.event_before.search(text, _event_start(text, max(before), rules), max(before))))) \
                or _cued(text, a, rules) or table_birth(layout or text, (a, b), person_ends, table) \
                or (listed and rules.date_list_gap.match(text[max(listed):a]) is not None):
            out.append((a, b))
            continue
        key = day_key(text[a:b])
        if key is not None and any(same_day(key, other) for other in found):
            out.append((a, b))
    return out


def _after_name(text: str, end: int, date: tuple[int, int], rules: BirthRules) -> bool:
    """Whether what stands between a name ending at ``end`` and ``date`` is a date of birth's gap: what
    ``person_gap`` allows, or a comma alone (``apposition_gap``) when the date is set apart as the name's after it
    too (``apposition_after``: "Mrs P. Hadley, 08/01/1958, lives alone"; round 24)."""
    gap = text[end:date[0]]
    return bool(rules.person_gap.match(gap)) \
        or bool(rules.apposition_gap.match(gap) and rules.apposition_after.match(text, date[1]))


def _placed(text: str, end: int, date: tuple[int, int], rules: BirthRules) -> bool:
    """Whether a date is a date of birth by its place after a name ending at ``end``, whatever event the line tells
    of (round 26): alone in brackets straight after the name, its year in full (``bracket_gap``, ``bracket_after``:
    "Visit to mother and baby <name> (9th Sept 2023)"; a bracket that says it is the event's date has words in it),
    or after the name on a persons line of a police notice or a case system (``persons_line``, matched from the
    line's start to the name's end, and ``persons_gap``: "V: <name>, dd/mm/yyyy", "W1 - <name> - dd/mm/yyyy")."""
    gap = text[end:date[0]]
    if rules.bracket_gap.match(gap) and rules.bracket_after.match(text, date[1]):
        return True
    line_start = text.rfind("\n", 0, end) + 1
    return bool(rules.persons_gap.match(gap) and rules.persons_line.fullmatch(text, line_start, end))


def _event_start(text: str, end: int, rules: BirthRules) -> int:
    """Where to look for an event before a name ending at ``end``: the clause's start, or after the last subject
    label in it ("Strategy discussion re: ..."; the discussion is the note's event, not the listed people's)."""
    start = _clause_start(text, end)
    labels = list(rules.subject_label.finditer(text, start, end))
    return labels[-1].end() if labels else start


def _cued(text: str, start: int, rules: BirthRules) -> bool:
    """Whether a birth cue earlier in the clause holding ``text[start]`` governs the date there: no word of an
    event between the last such cue and the date, nor a comma unless both are in one pair of brackets ("DOB
    01/01/2010 (HO have him as 1.1.2005)", "(born 12 Meskerem 2001, about 22 Sept 2008)"; not "DOB 01/01/2010,
    seen 03/04/2025" or "DOB 8-10-2012, NHS no. ..., admitted 01.06.25")."""
    cues = list(rules.cue_before.finditer(text, _clause_start(text, start), start))
    if not cues:
        return False
    cue, between = cues[-1], text[cues[-1].end():start]
    in_brackets = text.rfind("(", 0, cue.start()) > text.rfind(")", 0, cue.start()) and ")" not in between
    return not rules.event_before.search(between) and ("," not in between or in_brackets)


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding ``text[end]`` begins: after the last line break, sentence end or semicolon before
    it (the visit told of in an earlier sentence is not the event a later date belongs to)."""
    start = text.rfind("\n", 0, end) + 1
    for m in _CLAUSE_END.finditer(text, start, end):
        start = m.end()
    return start
