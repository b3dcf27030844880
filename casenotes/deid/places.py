"""Named places that say where a family lives or a child goes: schools and nurseries, streets, blocks,
estates, hostels and refuges.

A place is one to four *name words* before a *place word* from ``places.v1.yaml`` ("Oakfield Primary", "14 elm
road", "Flat 7, Marsh House", "St Aldhelm's C of E Junior School"), with the house or flat number before it.
Name words are not on the file's ``not_before`` list, and a name word in lower case must be an uncommon English
word (so "oakfield primary" is a place but "a busy road" is not). "St"/"Saint" before a capitalised name is a
place on its own ("attends St Mary's").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from casenotes.data import resolve, sha256
from casenotes.deid.lexicon import UNKNOWN, Lexicon
from casenotes.deid.names import COMMON_LOWER
from casenotes.deid.text import Words, fold
from casenotes.errors import RuleFileError

_KEYS = {"version", "entities", "continues", "qualifiers", "not_before", "exceptions"}
_NUMBER_BEFORE = re.compile(r"(?i)(?:\b(?:flat|apartment|apt|unit|room|no\.?|number|block)\s*)?\b\d{1,4}[a-z]?\s*,?\s*$")
_SAINT = frozenset({"st", "saint", "st."})
MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class PlaceRules:
    """The place words (word -> entity), and the lists that decide what may come before and after them."""

    entity_of: dict[str, str]
    continues: frozenset[str]
    qualifiers: frozenset[str]
    not_before: frozenset[str]
    exceptions: frozenset[str]
    file: Path

    @classmethod
    def load(cls, path: str | Path = "default") -> "PlaceRules":
        file = resolve(path, "places.v1.yaml")
        raw = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        unknown = set(raw) - _KEYS
        if unknown or not isinstance(raw.get("entities"), dict):
            raise RuleFileError(f"[E267] {file.name}: keys {sorted(raw)}; allowed {sorted(_KEYS)}, and "
                                "'entities' must map an entity to its place words.")
        entity_of = {fold(w): entity for entity, words_ in raw["entities"].items() for w in words_}
        lists = {k: frozenset(fold(str(w)) for w in raw.get(k, [])) for k in ("continues", "qualifiers",
                                                                           "not_before", "exceptions")}
        return cls(entity_of, file=file, **lists)

    @property
    def files(self) -> dict[str, str]:
        return {self.file.name: sha256(self.file)}


def find_places(w: Words, freq_lower: list[float], rules: PlaceRules) -> list[tuple[int, int, str]]:
    """The places in a text, as (start, end, entity); ``freq_lower`` is each word's lower-case log-probability."""
    text, folded, n = w.text, w.folded, len(w)
    out: list[tuple[int, int, str]] = []
    taken_until = 0
    i = 0
    while i < n:
        entity = rules.entity_of.get(folded[i])
        first = _name_start(w, i, freq_lower, rules) if entity else None
        if entity is None or first is None or w.starts[first] < taken_until:
            i += 1
            continue
        last = i
        while last + 1 < n and folded[last + 1] in rules.continues and _joined(w, last + 1):
            last += 1
        phrase = " ".join(folded[first:last + 1])
        if any(phrase == e or phrase.endswith(" " + e) for e in rules.exceptions):
            i = last + 1
            continue
        start = w.starts[first]
        if entity == "ADDRESS":
            number = _NUMBER_BEFORE.search(text, max(0, start - 24), start)
            start = number.start() if number else start
        out.append((start, w.ends[last], entity))
        taken_until = w.ends[last]
        i = last + 1
    # "St"/"Saint" and a capitalised name, where no place word follows ("attends St Mary's")
    for i in range(n - 1):
        if folded[i] in _SAINT and w.forms[i + 1][:1].isupper() and _joined(w, i + 1):
            start, end = w.starts[i], w.ends[i + 1] + (2 if w.possessive[i + 1] else 0)
            if not any(start < b and a < end for a, b, _ in out):
                out.append((start, end, "SCHOOL"))
    return sorted(out)


def _joined(w: Words, i: int) -> bool:
    """Whether word ``i`` follows word ``i - 1`` with only spaces (or a hyphen or apostrophe) between."""
    gap = w.gap(i)
    if w.possessive[i - 1]:
        gap = gap[2:]  # the possessive ending of the word before ("St Aldhelm's Primary")
    return gap.strip(" -") == "" and "\n" not in gap


def _name_start(w: Words, place: int, freq_lower: list[float], rules: PlaceRules) -> int | None:
    """The first name word of the place whose place word is ``place``, or None if it has none."""
    first = None
    j = place - 1
    names = 0
    while j >= 0 and names < MAX_NAME_WORDS and _joined(w, j + 1):
        f = w.folded[j]
        if f in rules.qualifiers and first is not None and w.forms[j][:1].isupper():
            j -= 1
            continue
        if f in rules.not_before or f in rules.entity_of and not w.forms[j][:1].isupper():
            break
        form = w.forms[j]
        if form.islower() and not (freq_lower[j] <= UNKNOWN or freq_lower[j] < COMMON_LOWER):
            break
        if w.possessive[j] and j == place - 1 and not w.forms[place][:1].isupper():
            break  # "Zoe's school" is hers, not a school's name ("St Aldhelm's Primary" is)
        first = j
        names += 1
        if w.possessive[j] and j < place - 1:
            break
        j -= 1
    if first is None:
        return None
    # qualifiers between name and place word ("St Anne's C of E Primary") need a capitalised name before them
    while first < place and w.folded[first] in rules.qualifiers and not w.forms[first][:1].isupper():
        first += 1
    return first if first < place else None


def place_lexicon_lower(w: Words, lexicon: Lexicon) -> list[float]:
    """Each word's lower-case log-probability (what :func:`find_places` reads)."""
    return lexicon.frequencies(w.folded)[:, 0].tolist()
