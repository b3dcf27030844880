"""Span bookkeeping of the stage: claimed spans (start, end, replacement), their overlaps and gaps, runs of word
indexes, school tails, and the rewrite of a text from its spans.

Moved out of ``pseudonymise`` in round 29 unchanged.
"""

from __future__ import annotations

from casenotes.deid.places import PlaceRules, school_tail
from casenotes.deid.text import Words


def _unclaimed(spans: list[tuple[int, int, str | None]], start: int, end: int, text: str) -> list[tuple[int, int]]:
    """The parts of ``[start, end)`` no span claims, trimmed of spaces and punctuation, that hold a letter."""
    pieces, pos = [], start
    for a, b, _ in sorted(spans):
        if b <= pos or a >= end:
            continue
        pieces.append((pos, a))
        pos = max(pos, b)
    pieces.append((pos, end))
    out = []
    for a, b in pieces:
        while a < b and not text[a].isalnum():
            a += 1
        while b > a and not text[b - 1].isalnum():
            b -= 1
        if a < b and any(c.isalpha() for c in text[a:b]):
            out.append((a, b))
    return out


def _overlaps(spans: list[tuple[int, int, str | None]], start: int, end: int) -> bool:
    return any(start < b and a < end for a, b, _ in spans)


def _runs(w: Words, indexes: list[int]) -> list[list[int]]:
    """Consecutive words joined by a space, hyphen or initial's full stop: the words of one name."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and runs[-1][-1] == i - 1 and w.gap(i).strip() in ("", "-", "."):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _with_school_tails(text: str, spans: list[tuple[int, int, str | None]], places: PlaceRules
                       ) -> list[tuple[int, int, str | None]]:
    """``spans`` with each school's widened over a short form written after its name ("Ashgrove CP"), where no
    other span starts there."""
    starts = {a for a, _, _ in spans}
    out = []
    for a, b, r in spans:
        if r == "[SCHOOL]":
            end = school_tail(text, b, places)
            if end > b and not any(b < x < end for x in starts):
                b = end
        out.append((a, b, r))
    return out


def _rewrite(text: str, spans: list[tuple[int, int, str | None]]) -> str:
    out: list[str] = []
    pos = 0
    for a, b, replacement in sorted(spans):
        if replacement is None or a < pos:
            continue
        out += (text[pos:a], replacement)
        pos = b
    out.append(text[pos:])
    return "".join(out)
