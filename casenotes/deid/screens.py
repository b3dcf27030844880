"""Screens: an identifier pattern without the assertions it starts with, found where the pattern could match
(:func:`screen_for`), and whether such a screen is worth running first (:func:`skips_ahead`).

A screen finds nothing in a text where its pattern finds nothing, so running it first never changes what is found;
it only saves time where ``re`` can skip over most of a text looking for where the screen could start (a digit, a
capital, an "@"). A screen that can start at any lower-case letter or space is tried at almost every position, and
without the pattern's leading ``\b`` or lookbehind it is tried in the middle of words too: it then costs more than
the pattern itself (up to nearly five times, measured on the bench and held-out notes, HISTORY 2026-12-07 evening).

A pattern led by cue words has no such screen; its lead screen (:func:`lead_screen`: the words, lower-cased, searched
in the lower-cased text) finds each place it could start, and the pattern is tried there alone (HISTORY 2026-12-07,
pass 4).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
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


_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def lead_screen(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """The words every match of ``regex`` starts with, lower-cased, as one alternation of plain literals to be
    searched in the lower-cased text (:func:`lower_alike`), or None where a match may start otherwise or a word
    is a single letter (met at almost every word, it would save nothing).

    A pattern led by cue words after a ``\\b`` (``\\b(?:case|child|file)\\s*ref``) is otherwise tried at every
    position of the text; ``re`` skips through the lower-cased text to the characters that can start such
    literals, so where none of them stands the pattern need not be tried there at all.
    """
    if regex.flags & re.VERBOSE:
        return None
    try:
        parsed = _parser.parse(regex.pattern, regex.flags & ~re.UNICODE)
    except re.error:
        return None
    words = _leading_words(list(parsed))
    if not words or min(len(w) for w in words) < 2:
        return None
    kept = sorted(w for w in words if not any(o != w and w.startswith(o) for o in words))
    return re.compile("|".join(re.escape(w) for w in kept))


def _leading_words(items: list) -> set[str] | None:
    """The lower-cased ASCII literals one of which starts every match of a sequence of parsed items (its
    zero-width assertions passed over), or None where one may start with anything else. Lower-casing makes them
    hold in any case, as a case-sensitive literal holds in the lower-cased text too."""
    word = ""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL and chr(av).isascii():
            word += chr(av).lower()
            continue
        # "case|child" is parsed as c(?:ase|hild): the words go on into the group
        rest = _leading_words(list(av[3])) if op is sre.SUBPATTERN else _branch_words(av[1]) if op is sre.BRANCH \
            else None
        if rest is None:
            break
        return {word + w for w in rest}
    return {word} if word else None


def _branch_words(branches: list) -> set[str] | None:
    """:func:`_leading_words` of each branch of an alternation, together; None if one has none."""
    out: set[str] = set()
    for branch in branches:
        words = _leading_words(list(branch))
        if not words:
            return None
        out |= words
    return out


def lower_alike(text: str) -> str | None:
    """``text.lower()`` where it reads as ``re`` reads ``text`` case-insensitively, character for character, or
    None: "İ" lowers to two characters (every later position would move), and ``(?i)`` reads "ı" and "ſ" (which
    stay as they are) as "i" and "s"."""
    lowered = text.lower()
    if len(lowered) != len(text) or (not text.isascii() and ("ı" in text or "ſ" in text)):
        return None
    return lowered


@dataclass(frozen=True)
class Needs:
    """The words identifier patterns need (a pattern is tried only on a text holding one of its own), looked for in
    a text all at once: one search of their trie finds the longest that starts at each place where one does, and
    the needs inside each one found are held too (3 times faster than looking for each in turn: pass 4)."""

    words: frozenset[str]
    trie: re.Pattern[str]
    inside: dict[str, frozenset[str]]
    """For each need, the needs it holds, itself too: those that start where it does are found only through it."""

    @classmethod
    def of(cls, words: frozenset[str]) -> "Needs":
        return cls(words, re.compile(_trie(words - {""})), {w: frozenset(v for v in words if v in w) for w in words})

    def held(self, lowered: str) -> set[str]:
        """The needs that ``lowered`` (a text, lower-cased) holds."""
        out = {""} & self.words
        pos = 0
        while (found := self.trie.search(lowered, pos)) is not None:
            out |= self.inside[found.group()]
            pos = found.start() + 1
        return out


def _trie(words: AbstractSet[str]) -> str:
    """A regex that matches, where one of ``words`` starts, the longest that does: a trie, each branch one
    character, greedy where a word ends and a longer one may go on."""
    root: dict = {}
    for word in words:
        node = root
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}

    def branch(node: dict) -> str:
        alternatives = [re.escape(c) + branch(child) for c, child in sorted(node.items()) if c]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body
    return branch(root) if words else "(?!)"
