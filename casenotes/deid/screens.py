"""Screens: an identifier pattern without the assertions it starts with, found where the pattern could match
(:func:`screen_for`), and whether such a screen is worth running first (:func:`skips_ahead`).

A screen finds nothing in a text where its pattern finds nothing, so running it first never changes what is found;
it only saves time where ``re`` can skip over most of a text looking for where the screen could start (a digit, a
capital, an "@"). A screen that can start at any lower-case letter or space is tried at almost every position, and
without the pattern's leading ``\b`` or lookbehind it is tried in the middle of words too: it then costs more than
the pattern itself (up to nearly five times, measured on the bench and held-out notes, HISTORY 2026-12-07 evening).
"""

from __future__ import annotations

import re
from typing import Any
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's opcodes (stdlib, private)
from re import _parser  # type: ignore[attr-defined]


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsu]+\)")


def screen_for(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """``regex`` without the assertions it starts with (``\\b``, lookaheads, lookbehinds), or None if it starts
    with none (or is verbose, or cannot be read so).

    Every match of ``regex`` is a match of the screen at the same place, so a text in which the screen finds
    nothing needs no substitution. And where the screen starts with an uncommon character (:func:`skips_ahead`)
    it is found several times faster: ``re`` jumps ahead to a character that can start a pattern, which a leading
    assertion prevents, so a pattern written readably (``\\bAB12...``) would otherwise be tried at every position
    of every note.
    """
    src = regex.pattern
    flags = _INLINE_FLAGS.match(src)
    start = i = flags.end() if flags else 0
    if regex.flags & re.VERBOSE:
        return None
    while True:
        if src.startswith("\\b", i):
            i += 2
        elif src.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            end = _group_end(src, i)
            if end is None:
                return None
            i = end
        else:
            break
    if i == start:
        return None
    try:
        screen = re.compile(src[:start] + src[i:], regex.flags)
    except re.error:
        return None
    # a group inside a removed assertion would renumber the rest (and a back-reference would change meaning)
    return screen if screen.groups == regex.groups else None


def _group_end(src: str, i: int) -> int | None:
    """Where the group opened at ``src[i]`` ends (just past its ``)``), skipping escapes and character classes."""
    depth, j = 0, i
    while j < len(src):
        c = src[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j += 1
            if src.startswith("^", j):
                j += 1
            if src.startswith("]", j):  # a ] first in a class is a literal
                j += 1
            while j < len(src) and src[j] != "]":
                j += 2 if src[j] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return None


def skips_ahead(screen: re.Pattern[str]) -> bool:
    """Whether every match of ``screen`` starts with a character that is neither a lower-case letter (in any case
    under ``(?i)``) nor a space, so that ``re`` skips ahead through ordinary words to the places it could start."""
    try:
        parsed = _parser.parse(screen.pattern, screen.flags & ~re.UNICODE)
    except re.error:
        return False
    return not _may_start_common(list(parsed), bool(screen.flags & re.IGNORECASE))[0]


def _may_start_common(items: list, icase: bool) -> tuple[bool, bool]:
    """For a sequence of parsed items: whether it may start with a common character, and whether it may match
    nothing (so what follows it may start the match)."""
    for op, av in items:
        common, empty = _item_may_start_common(op, av, icase)
        if common or not empty:
            return common, False
    return False, True


def _item_may_start_common(op: object, av: Any, icase: bool) -> tuple[bool, bool]:
    """:func:`_may_start_common` of one parsed item; anything not understood may start with anything."""
    if op is sre.LITERAL:
        return _common(chr(av), icase), False
    if op is sre.IN:
        return _set_may_be_common(av, icase), False
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return False, True  # zero width: the next item starts the match
    if op is sre.SUBPATTERN:
        _, add, remove, sub = av
        return _may_start_common(list(sub), (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
    if op is sre.ATOMIC_GROUP:
        return _may_start_common(list(av), icase)
    if op is sre.BRANCH:
        branches = [_may_start_common(list(b), icase) for b in av[1]]
        return any(c for c, _ in branches), any(e for _, e in branches)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, sub = av
        common, empty = _may_start_common(list(sub), icase)
        return common, empty or low == 0
    return True, False


def _set_may_be_common(items: list, icase: bool) -> bool:
    """Whether a character set (``[...]``, ``\\w``, ``\\s``) may hold a lower-case letter or a space."""
    for op, av in items:
        if op is sre.LITERAL and not _common(chr(av), icase):
            continue
        if op is sre.RANGE and not any(_common(chr(c), icase) for c in range(av[0], min(av[1], 127) + 1)):
            continue
        if op is sre.CATEGORY and av in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT):
            continue
        return True  # a common character, a negated set, or a category holding letters or spaces
    return False


def _common(c: str, icase: bool) -> bool:
    return c.isspace() or "a" <= c <= "z" or (icase and "A" <= c <= "Z")
