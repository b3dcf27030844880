"""Structured identifiers: pattern recognisers from a data file (``deid_patterns.v3.yaml``).

Phone, NHS and NI numbers, postcodes, dates of birth, emails (also written out: "name at gmail dot com"),
web links, social media handles, vehicle registrations and case-system and police references, in the formats
practitioners and systems really write them. Each pattern claims spans in file order; a later pattern leaves a
claimed span alone. ``KEEP`` patterns claim dates, times and money without replacing them, ``DATE`` patterns claim
whole dates the same way (kept unless :mod:`casenotes.deid.births` finds them to be dates of birth), and a
catch-all takes any other run of six or more digits (a mistyped NHS number is still an identifier).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path

from casenotes.data import read_rule_yaml
from casenotes.deid.screens import Needs, lead_screen, lower_alike, screen_for, skips_ahead
from casenotes.errors import RuleFileError

KEEP = "KEEP"
"""The entity of patterns that claim a span and leave it as written."""
DATE = "DATE"
"""The entity of patterns that claim a whole date and leave it as written unless it is a date of birth."""

_FILE_KEYS = {"version", "defines", "dates_of_birth", "reference_labels", "patterns"}
_DEFINED = re.compile(r"\{([A-Z_]+)\}")

_PATTERN_KEYS = {"id", "entity", "regex", "needs", "near_digits", "validator", "note", "examples", "counterexamples"}


def nhs_checksum(digits: str) -> bool:
    """Modulus-11 check of a ten-digit NHS number (ignoring spaces and hyphens)."""
    d = [int(c) for c in digits if c.isdigit()]
    if len(d) != 10:
        return False
    check = 11 - sum(w * x for w, x in zip(range(10, 1, -1), d[:9])) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == d[9]


def at_least_six_digits(text: str) -> bool:
    """Six or more digits: shorter numbers are counts, ages and house numbers."""
    return sum(c.isdigit() for c in text) >= 6


def digits_with_letter_o(text: str) -> bool:
    """A ten- or eleven-figure number (NHS, phone) with the letter O typed for a zero: at least one O and six or
    more real digits (a mobile typed with every zero an O, "077OO 9OO 2O9", keeps six), so no word of o's and no
    short count is taken; fewer digits only when the o's read as zeros make a UK number."""
    figures = sum(c.isdigit() or c in "Oo" for c in text)
    digits = sum(c.isdigit() for c in text)
    if not 10 <= figures <= 11 or digits >= figures:
        return False
    if digits >= 6:
        return True
    # a mobile typed in a chat with lower-case o's ("o77oo 9oo 3o1") keeps fewer real digits; read the o's as
    # zeros, it still has a UK number's shape and length (round 13), which no word of o's has
    read = "".join("0" if c in "Oo" else c for c in text if c.isdigit() or c in "Oo")
    return digits >= 3 and re.fullmatch(r"0[1-9]\d{8,9}", read) is not None and uk_phone_length(read)


def uk_phone_length(text: str) -> bool:
    """A UK number's length: 10 or 11 digits from a leading 0, or 9 or 10 after +44 / 0044 (and any "(0)")."""
    digits = "".join(c for c in text if c.isdigit())
    if digits.startswith("0044"):
        digits = digits[4:]
    elif text.lstrip().startswith("+") and digits.startswith("44"):
        digits = digits[2:]
    else:
        return 10 <= len(digits) <= 11
    if "(0)" in text.replace(" ", ""):
        digits = digits[1:]
    return 9 <= len(digits) <= 10


_SPOKEN_DIGITS = {"oh": 1, "zero": 1, "nought": 1, "one": 1, "two": 1, "three": 1, "four": 1, "five": 1, "six": 1,
                  "seven": 1, "eight": 1, "nine": 1, "double": 1, "triple": 2, "treble": 2}
"""How many digits each spoken word adds ("double" repeats the next digit: one more than it says itself)."""
_SPOKEN_WORD = re.compile(r"[a-z]+")


def spoken_uk_phone_length(text: str) -> bool:
    """A UK number's length (10 or 11 digits) with some digits read out in words: the figures and the words'
    digits together, and at least one word (a number all in figures is the plain phone patterns' to judge)."""
    words = _SPOKEN_WORD.findall(text.lower())
    if not words or any(w not in _SPOKEN_DIGITS for w in words):
        return False
    return 10 <= sum(c.isdigit() for c in text) + sum(_SPOKEN_DIGITS[w] for w in words) <= 11


_PARTS = re.compile(r" ?/ ?|-")
_PREFIX = re.compile(r"^[A-Z]{2,5} ")
_MONTH = re.compile(r"(?i)jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_QUANTITY = re.compile(r"(?i)\d+(?:am|pm|hrs?|mins?|yrs?|mths?|wks?|kg|g|mg|ml|cm|mm|m|km|st|nd|rd|th|s|x)")
"""A number with a unit or time of day ("10am", "500mg", "3rd"): letters that do not make a reference."""


def compound_reference(text: str) -> bool:
    """Parts joined by / or - that make a reference: three or more digits in all, and either a part with letters
    beside a part with digits or a run of five or more digits (not a date, range or score)."""
    text = _PREFIX.sub("", text, count=1)  # "VPRF 24-55102": the reference is what follows the system's name
    parts = _PARTS.split(text)
    if any(_MONTH.fullmatch(p) for p in parts):
        return False  # 09-Dec-1993 is a date
    digits = sum(c.isdigit() for c in text)
    lettered = any(any(c.isalpha() for c in p) and not _QUANTITY.fullmatch(p) for p in parts)
    numbered = any(any(c.isdigit() for c in p) for p in parts)
    longest = max((len(run) for run in _DIGITS.findall(text)), default=0)
    return digits >= 3 and ((lettered and numbered) or longest >= 5)


def not_an_english_word(text: str) -> bool:
    """The match's last word is not an English word in ordinary use (a handle, not "with" or "stories")."""
    from casenotes.deid.lexicon import common_word, default_lexicon, word_like
    from casenotes.deid.text import fold

    last = fold(text.split()[-1].lstrip("@"))
    lower, title = default_lexicon().frequencies([last])[0, :2]
    return not word_like(lower, title) and not common_word(lower, title)


def initials_not_a_label(text: str) -> bool:
    """The match's last word is no word that names no one ("nfa", "tbc", "sw", "dsl") and no title: where the
    context already says a person is meant ("logged by LB"), capitals that happen to spell a word are initials."""
    from casenotes.deid.lexicon import default_lexicon
    from casenotes.deid.text import fold

    last = fold(text.split()[-1])
    lexicon = default_lexicon()
    return last not in lexicon.not_names and last not in lexicon.titles


def initials_not_a_word(text: str) -> bool:
    """As :func:`initials_not_a_label`, and the last word is no common English word either: a writer's initials
    ("jd", "sm"), not "ok" or "yes"."""
    from casenotes.deid.lexicon import common_word, default_lexicon
    from casenotes.deid.text import fold

    lower, title = default_lexicon().frequencies([fold(text.split()[-1])])[0, :2]
    return initials_not_a_label(text) and not common_word(lower, title)


def names_before_initials(text: str) -> bool:
    """The words before the brackets hold a listed first name or surname that is no common English word ("Dawn
    Fisher (DF)", "Kayleigh (KT)"): the brackets hold a person's initials, not an acronym ("Child Protection
    (CP)", "Independent Reviewing Officer (IRO)") nor a role the name lists hold as a title ("Sophie Chambers (SW)",
    "Hannah Lister (HV)")."""
    from casenotes.deid.lexicon import common_word, default_lexicon
    from casenotes.deid.text import fold

    lexicon = default_lexicon()
    if fold(text.rsplit("(", 1)[-1].strip(" ).")) in lexicon.titles:
        return False  # "Sophie Chambers (SW)", "Mrs D Pearce (DSL)": a role, not initials ("Colin Pascoe (CP)" are)
    words = [fold(w) for w in _LETTER_RUNS.findall(text.split("(", 1)[0])]
    freq = lexicon.frequencies(words)
    return any((w in lexicon.first or w in lexicon.surname) and not common_word(freq[i, 0], freq[i, 1])
               for i, w in enumerate(words))


_LETTER_RUNS = re.compile(r"[^\W\d_]+")

VALIDATORS: dict[str, Callable[[str], bool]] = {
    "nhs_checksum": nhs_checksum, "at_least_six_digits": at_least_six_digits, "uk_phone_length": uk_phone_length,
    "digits_with_letter_o": digits_with_letter_o, "names_before_initials": names_before_initials,
    "initials_not_a_word": initials_not_a_word, "initials_not_a_label": initials_not_a_label,
    "spoken_uk_phone_length": spoken_uk_phone_length,
    "not_an_english_word": not_an_english_word, "compound_reference": compound_reference}


@dataclass(frozen=True)
class IdentifierPattern:
    id: str
    entity: str
    regex: re.Pattern[str]
    validator: Callable[[str], bool] | None
    screen: re.Pattern[str] | None = None
    """``regex`` without the zero-width assertions it starts with (see :func:`screen_for`), or None (also where
    such a screen costs more than it saves: :func:`casenotes.deid.screens.skips_ahead`)."""
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    """The pattern can only match a text holding one of these (lower case)."""
    near_digits: bool = False
    """Every match holds a digit: only the stretches of text around digits need scanning."""
    lead: re.Pattern[str] | None = None
    """Where there is no ``screen``: the words every match starts with, lower-cased (:func:`lead_screen`), or None."""

    def may_match(self, present: AbstractSet[str]) -> bool:
        """Whether the text holds anything the pattern needs (``present``: those of the needs of all patterns that
        the text, lower-cased, holds: :func:`needs_held`)."""
        return not self.needs or not present.isdisjoint(self.needs)

    def spans(self, text: str, windows: list[tuple[int, int]] | None = None, lowered: str | None = None
              ) -> list[tuple[int, int]]:
        """Where the pattern finds an identifier in ``text`` (its ``id`` group, if it has one), validated; with
        ``windows`` (:func:`digit_windows`), a ``near_digits`` pattern looks only there. ``lowered``: ``text``'s
        :func:`lower_alike`, where already known."""
        if self.lead is not None and lowered is None:
            lowered = lower_alike(text)
        if self.near_digits:
            windows = digit_windows(text) if windows is None else windows
        else:
            windows = [(0, len(text))]
        out = []
        group = "id" if "id" in self.regex.groupindex else 0
        for pos, endpos in windows:
            if self.screen is not None:  # no match can start where the screen finds nothing, nor before its first
                first = self.screen.search(text, pos, endpos)
                if first is None:
                    continue
                pos = first.start()
            matches = self.regex.finditer(text, pos, endpos) if self.lead is None or lowered is None \
                else self._led(text, lowered, pos, endpos)
            for m in matches:
                if self.validator is not None and not self.validator(m.group(0)):
                    continue
                start, end = m.span(group)
                if start < end:
                    out.append((start, end))
        return out

    def _led(self, text: str, lowered: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """What ``regex.finditer(text, pos, endpos)`` finds, trying the pattern only where ``lead`` finds one of
        its words in ``lowered``: every match starts with one, so the leftmost of those tried is the one a search
        finds, and as none is empty the next is looked for from its end."""
        assert self.lead is not None
        while (word := self.lead.search(lowered, pos, endpos)) is not None:
            m = self.regex.match(text, word.start(), endpos)
            if m is None:
                pos = word.start() + 1
                continue
            yield m
            pos = m.end()


def load_patterns(path: str | Path = "default") -> tuple[list[IdentifierPattern], Path]:
    """Load and validate identifier patterns; unknown keys or validators raise RuleFileError."""
    file, raw = read_pattern_file(path)
    defines = _defines(file, raw.get("defines") or {})
    patterns = []
    for i, item in enumerate(raw.get("patterns", []), start=1):
        unknown = set(item) - _PATTERN_KEYS
        if unknown or not {"id", "entity", "regex"} <= set(item):
            raise RuleFileError(f"[E030] {file.name} pattern {i} ({item.get('id', '?')}): keys {sorted(item)}; "
                                f"allowed {sorted(_PATTERN_KEYS)}, required id/entity/regex.")
        validator = item.get("validator")
        if validator is not None and validator not in VALIDATORS:
            raise RuleFileError(f"[E031] {file.name} pattern {item['id']}: unknown validator '{validator}'; "
                                f"expected one of {sorted(VALIDATORS)}.")
        try:
            compiled = re.compile(expand(item["regex"], defines, file, item["id"]))
        except re.error as exc:
            raise RuleFileError(f"[E032] {file.name} pattern {item['id']}: bad regex ({exc}).") from None
        screen = screen_for(compiled)
        screen = screen if screen is not None and skips_ahead(screen) else None
        patterns.append(IdentifierPattern(item["id"], item["entity"], compiled,
                                          VALIDATORS[validator] if validator else None, screen,
                                          tuple(item.get("examples", ())), tuple(item.get("counterexamples", ())),
                                          tuple(str(n).lower() for n in item.get("needs", ())),
                                          bool(item.get("near_digits", False)),
                                          lead_screen(compiled) if screen is None else None))
    return patterns, file


def read_pattern_file(path: str | Path = "default") -> tuple[Path, dict]:
    """The patterns file (``"default"`` or a path) and its contents; an unknown top-level key raises."""
    file, raw = read_rule_yaml(path, "deid_patterns.v3.yaml", "E030")
    if set(raw) - _FILE_KEYS:
        raise RuleFileError(f"[E540] {file.name}: keys {sorted(raw)}; allowed {sorted(_FILE_KEYS)}.")
    return file, raw


def expand(regex: str, defines: dict[str, str], file: Path, rule: str) -> str:
    """``regex`` with each ``{NAME}`` replaced by its definition (a named piece the file's patterns share)."""
    def piece(m: re.Match[str]) -> str:
        if m.group(1) not in defines:
            raise RuleFileError(f"[E541] {file.name} {rule}: {{{m.group(1)}}} is not defined; defined: "
                                f"{sorted(defines)}.")
        return defines[m.group(1)]
    return _DEFINED.sub(piece, regex)


def _defines(file: Path, raw: dict) -> dict[str, str]:
    """The file's named regex pieces, each expanded with those defined before it."""
    out: dict[str, str] = {}
    for name, regex in raw.items():
        if not isinstance(regex, str) or not _DEFINED.fullmatch("{" + str(name) + "}"):
            raise RuleFileError(f"[E541] {file.name} defines: '{name}' must be a NAME in capitals mapped to a "
                                "regex string.")
        out[name] = expand(regex, out, file, f"defines {name}")
    return out


_DIGITS = re.compile(r"\d+")
WINDOW = 48
"""Characters scanned on each side of a run of digits by ``near_digits`` patterns (more than any such pattern's
cue and number together), widened to the nearest whitespace."""


def digit_windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` within ``WINDOW`` characters of a digit, widened to whitespace and merged: a
    pattern whose every match holds a digit finds the same matches there as in the whole text."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for m in _DIGITS.finditer(text):
        start, end = max(0, m.start() - WINDOW), min(n, m.end() + WINDOW)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < n and not text[end].isspace():
            end += 1
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
_MASK = "\x00"
"""What a claimed span's characters become for the patterns after it: neither a word character nor a space, so
no later pattern reads into a claimed span or joins the text on either side of it."""


def find_identifiers(text: str, patterns: list[IdentifierPattern], needs: Needs | None = None
                     ) -> list[tuple[int, int, str]]:
    """The identifiers in ``text`` as (start, end, entity), ``KEEP`` spans included, in text order. Each pattern
    sees the text with the spans earlier patterns claimed masked out, so a date of birth claimed first cannot
    hide the NHS number written after it. ``needs``: :func:`all_needs` of ``patterns``, where already known."""
    claimed: list[tuple[int, int, str]] = []
    masked = text
    windows = digit_windows(text)
    lowered = lower_alike(text)
    present = needs_held(text, all_needs(patterns) if needs is None else needs, lowered)
    for pattern in patterns:
        if (pattern.near_digits and not windows) or not pattern.may_match(present):
            continue
        found = pattern.spans(masked, windows, lowered)
        for start, end in found:
            claimed.append((start, end, pattern.entity))
        if found:
            masked = mask(masked, found)
            lowered = lower_alike(masked)
    return sorted(claimed + _repeated(text, masked, claimed))


def needs_held(text: str, needs: Needs, lowered: str | None = None) -> set[str]:
    """Those of ``needs`` (:func:`all_needs`) that ``text`` (lower-cased) holds: each need, which patterns share
    ("dob", "ref"), looked for once, and all of them at once (:class:`Needs`). ``lowered``: ``text.lower()``, where
    already known."""
    return needs.held(text.lower() if lowered is None else lowered)


def all_needs(patterns: list[IdentifierPattern]) -> Needs:
    """Every need of ``patterns``."""
    return Needs.of(frozenset(n for p in patterns for n in p.needs))


REPEATED = {"HANDLE": 3, "INITIALS": 2}
"""Entities found again wherever the note writes the same string once more without its cue ("also uses xkarimx
and TikTok @xkarimx", "Kayleigh (KT) ... KT reports"), with the fewest characters a string must have for that."""


def _repeated(text: str, masked: str, claimed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Other whole-word occurrences, in the unclaimed text, of the handles claimed in it."""
    seen = {text[a:b].lstrip("@"): entity for a, b, entity in claimed if entity in REPEATED}
    out = []
    for value, entity in seen.items():
        if len(value) < REPEATED[entity]:
            continue
        out += [(m.start(), m.end(), entity) for m in re.finditer(r"(?<![\w@.])" + re.escape(value) + r"(?![\w@])",
                                                                   masked)]
    return out


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` (disjoint) replaced by ``_MASK``, its length unchanged."""
    out: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        out += (text[pos:start], _MASK * (end - start))
        pos = end
    out.append(text[pos:])
    return "".join(out)
