"""Which whole dates in a table's row are dates of birth: the row read as a unit (round 24, deid-v28).

A case system's or a writer's table sets its cells apart by bars, tabs or runs of two or more spaces, and puts its
columns in any order ("Person ID | Name | DOB", "dd/mm/yyyy | Harvey born | Midwifery", "4 | CN-... | SURNAME,
Forename | dd/mm/yyyy | Police"), so where a date of birth sits is told by the row and its header, not by what is
written just before the date. A date that is a whole cell of its row is a date of birth when

- the header above the row names its column as one ("DOB", "D.O.B.", "Date of birth"), or
- a cell of the row tells of the birth ("Harvey born", "Baby born at 38/40"), or
- the header names no event for the column ("Date seen", "Visit", "Incident", "Date") and the row holds a person
  before the date (a name the note's people or the name finder gave, or a cell shaped "SURNAME, Forename") and no
  event word in any of its cells or its header's.

Meeting schedules, chronologies and incident logs keep their dates: their header names the date's column as an
event's, or their rows tell of one. The words are the ``table_*`` keys of ``dates_of_birth`` in the identifier
patterns file (:class:`casenotes.deid.births.BirthRules`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEPARATOR = re.compile(r"[ \t]*\|[ \t]*|[ \t]*\t[ \t]*|  +")
_DATE_CELL_EXTRA = re.compile(r"(?i)^[ \t(]*(?:dob|d\.o\.b\.?|born|b\.)?[ \t:]*$|^[ \t)]*$")


@dataclass(frozen=True)
class TableRules:
    """The header cell that names a date-of-birth column (``dob_header``), the header cell that names an event's
    date column (``event_header``), the cell that tells of a birth (``birth_cell``), the cell shaped as a person's
    name (``person_cell``) and the words of an event (``event``), each a compiled regex."""

    dob_header: re.Pattern[str]
    event_header: re.Pattern[str]
    birth_cell: re.Pattern[str]
    person_cell: re.Pattern[str]
    event: re.Pattern[str]


@dataclass(frozen=True)
class Row:
    """One line read as a table's row: its cells' spans in the text, and the separator kind ("|" for bars,
    " " for tabs or spaces)."""

    cells: list[tuple[int, int]]
    kind: str


def row_at(text: str, position: int) -> Row | None:
    """The table row on the line holding ``text[position]``, or None when the line has fewer than two cells."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return _row(text, start, len(text) if end < 0 else end)


def _row(text: str, start: int, end: int) -> Row | None:
    line = text[start:end]
    kind = "|" if "|" in line else " "
    cells, at = [], 0
    for m in _SEPARATOR.finditer(line):
        if kind == "|" and "|" not in m.group():
            continue  # a bar table's cell may hold runs of spaces ("CROSSLEY, Daniel      ")
        cells.append((at, m.start()))
        at = m.end()
    cells.append((at, len(line)))
    cells = [(start + a, start + b) for a, b in cells if line[a:b].strip()]
    return Row(cells, kind) if len(cells) >= 2 else None


def _header(text: str, row: Row) -> Row | None:
    """The header of the table holding ``row``: the nearest of the lines above it, one after another, that split
    into cells the same way (a blank line or a line of prose ends the table), whose cells hold words and no digit."""
    line_start = text.rfind("\n", 0, row.cells[0][0]) + 1
    while line_start > 0:
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        above = _row(text, prev_start, line_start - 1)
        if above is None or above.kind != row.kind:
            return None
        cells = [text[a:b] for a, b in above.cells]
        if not any(c.isdigit() for c in text[prev_start:line_start]) and any(c.isalpha() for c in "".join(cells)):
            return above  # not a rule of dashes under the header ("-----|-----")
        line_start = prev_start
    return None


def _column(text: str, header: Row, row: Row, index: int) -> str:
    """The header's cell over the row's cell ``index``: by position in the row when both have as many cells or
    the table's cells are set apart by bars (a header may leave a last column unnamed), else (a table aligned with
    spaces) the header cell whose span, to the next one's start, holds the cell's."""
    if len(header.cells) == len(row.cells) or (row.kind == "|" and index < len(header.cells)):
        a, b = header.cells[index]
        return text[a:b]
    if row.kind == "|":
        return ""
    line, head = text.rfind("\n", 0, row.cells[0][0]) + 1, text.rfind("\n", 0, header.cells[0][0]) + 1
    col = row.cells[index][0] - line
    starts = [a - head for a, _ in header.cells] + [10 ** 6]
    for (a, b), lo, hi in zip(header.cells, starts, starts[1:]):
        if lo - 2 <= col < hi:
            return text[a:b]
    return ""


def table_birth(text: str, date: tuple[int, int], person_ends: list[int], rules: TableRules) -> bool:
    """Whether the whole date ``date`` (a span of ``text``) is a date of birth by its table row's reading."""
    row = row_at(text, date[0])
    if row is None:
        return False
    index = next((i for i, (a, b) in enumerate(row.cells) if a <= date[0] and date[1] <= b), None)
    if index is None or not _DATE_CELL_EXTRA.match(text[row.cells[index][0]:date[0]]) \
            or not _DATE_CELL_EXTRA.match(text[date[1]:row.cells[index][1]]):
        return False  # a date inside a cell of prose is the prose's
    cells = [text[a:b].strip() for a, b in row.cells]
    others = [c for i, c in enumerate(cells) if i != index]
    if any(rules.birth_cell.search(c) for c in others):
        return True  # "12/06/2021 | Harvey born, 38/40 | Midwifery"
    header = _header(text, row)
    column = _column(text, header, row, index).strip() if header is not None else ""
    if rules.dob_header.search(column):
        return True
    if rules.event_header.search(column):
        return False
    heading = [text[a:b] for a, b in header.cells] if header is not None else []
    if any(rules.event.search(c) for c in others + heading):
        return False
    before = row.cells[:index]  # a row about a person names them before their date (a chronology's comes first)
    return any(a < end <= b for a, b in before for end in person_ends) \
        or any(rules.person_cell.search(cells[i]) for i in range(index))
