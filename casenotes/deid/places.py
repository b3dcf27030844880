"""Named places that say where a family lives or a child goes: schools and nurseries, streets, blocks,
estates, hostels and refuges.

A place is one to four *name words* before a *place word* from ``places.v1.yaml`` ("Oakfield Primary", "14 elm
road", "Flat 7, Marsh House", "St Aldhelm's C of E Junior School"), with the house or flat number before it.
Name words are not on the file's ``not_before`` list, and a name word in lower case must be an uncommon English
word (so "oakfield primary" is a place but "a busy road" is not). "St"/"Saint" before a capitalised name is a
place on its own ("attends St Mary's").

Long because the finder and its passes (Welsh-first names, saints, nurseries, cued and prefixed names, dwellings
above shops) are one grammar over the same word positions and the same ``PlaceRules``: split, each part would
reach into the others' private helpers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from casenotes.data import read_rule_yaml, sha256
from casenotes.deid.lexicon import COMMON, word_like
from casenotes.deid.text import Words, fold
from casenotes.errors import RuleFileError

_KEYS = {"version", "entities", "continues", "qualifiers", "not_before", "exceptions", "capitalised_only",
         "locatives", "welsh_before", "before_joiners", "titles", "services", "inner", "joiners", "saint_cues",
         "bodies", "compass", "inside", "institutions", "district_cues", "openers", "school_inner",
         "next_to_place", "numbered_only", "number_cues", "nursery_openers", "school_cues", "eponym_openers",
         "months", "activity_words", "person_titles", "town_parts",
         "town_locatives", "street_suffixes", "place_prefixes", "dwelling_words", "beside_words", "school_tails",
         "address_tails", "service_names", "service_places", "named_districts", "district_movers",
         "capitalised_always", "district_homes", "house_positions", "school_grades", "school_for", "school_before",
         "boat_words", "grade_phrases"}
_WORD_LISTS = _KEYS - {"version", "entities"}
"""The keys holding a list of words, each a :class:`PlaceRules` field of the same name."""
_NUMBER_BEFORE = re.compile(r"(?i)(?:\b(?:flat|apartment|apt|unit|room|block)\s*(?:\d{1,4}[a-z]?|[a-z])\b\s*,?\s*)?"
                            r"(?:\b(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|top|basement)\s+floor"
                            r"(?:\s+(?:flat|apartment|maisonette))?\s*,?\s*)?"
                            r"(?:(?<![\d./:\-])\b(?:no\.?\s*|number\s)?(?:\d{1,4}[a-z]?\s?[\-–&]\s?)?\d{1,4}[a-z]?\s*,?\s*)?$")
"""A house number before a street, also a range ("4-6 Mill Road", "12 & 14 Kay Street") or after "no"/"number"
("number 7 Kay Mead"), after a flat's and a floor ("Flat 24, 9th floor, Clydesdale Tower", "2nd floor flat, 27
Crown Road")."""
_SLASHED_NUMBER = re.compile(r"(?:^|[:,(\n]|\b(?P<cue>[a-z]+))[ \t]*"
                             r"(?P<number>(?<![\d./:\-])\b\d{1,3}[a-z]?/\d{1,4}[a-z]?[ \t]*,?[ \t]*)$", re.I)
"""A flat's number and the house's joined by a slash before a street ("Property: 6/21 Kay Street"), read so only
after a colon, comma, bracket or the line's start or a ``number_cues`` word or locative: elsewhere "3/4" is a date
or a score ("Seen 3/4 Kelso Road")."""
_HOUSE_NUMBER = re.compile(r"(?<![\d./:\-])\b\d{1,4}[a-z]?\s*,?\s*$", re.I)
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
    capitalised_only: frozenset[str]
    locatives: frozenset[str]
    welsh_before: frozenset[str]
    before_joiners: frozenset[str]
    titles: frozenset[str]
    services: frozenset[str]
    inner: frozenset[str]
    joiners: frozenset[str]
    saint_cues: frozenset[str]
    bodies: frozenset[str]
    compass: frozenset[str]
    inside: frozenset[str]
    file: Path
    institutions: frozenset[str] = frozenset()
    district_cues: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()
    school_inner: frozenset[str] = frozenset()
    next_to_place: frozenset[str] = frozenset()
    numbered_only: frozenset[str] = frozenset()
    number_cues: frozenset[str] = frozenset()
    nursery_openers: frozenset[str] = frozenset()
    school_cues: frozenset[str] = frozenset()
    eponym_openers: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    activity_words: frozenset[str] = frozenset()
    person_titles: frozenset[str] = frozenset()
    town_parts: frozenset[str] = frozenset()
    town_locatives: frozenset[str] = frozenset()
    street_suffixes: frozenset[str] = frozenset()
    place_prefixes: frozenset[str] = frozenset()
    dwelling_words: frozenset[str] = frozenset()
    beside_words: frozenset[str] = frozenset()
    school_tails: frozenset[str] = frozenset()
    address_tails: frozenset[str] = frozenset()
    service_names: frozenset[str] = frozenset()
    service_places: frozenset[str] = frozenset()
    named_districts: frozenset[str] = frozenset()
    district_movers: frozenset[str] = frozenset()
    capitalised_always: frozenset[str] = frozenset()
    district_homes: frozenset[str] = frozenset()
    house_positions: frozenset[str] = frozenset()
    school_grades: frozenset[str] = frozenset()
    school_for: frozenset[str] = frozenset()
    school_before: frozenset[str] = frozenset()
    boat_words: frozenset[str] = frozenset()
    grade_phrases: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: str | Path = "default") -> "PlaceRules":
        file, raw = read_rule_yaml(path, "places.v1.yaml", "E267")
        unknown = set(raw) - _KEYS
        if unknown or not isinstance(raw.get("entities"), dict):
            raise RuleFileError(f"[E267] {file.name}: keys {sorted(raw)}; allowed {sorted(_KEYS)}, and "
                                "'entities' must map an entity to its place words.")
        for key, value in [*raw["entities"].items(), *((k, raw.get(k, [])) for k in _WORD_LISTS)]:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise RuleFileError(f"[E267] {file.name}: '{key}' must be a list of words (quote words YAML reads "
                                    "as true/false, such as \"on\" and \"no\").")
        entity_of = {fold(w): entity for entity, words_ in raw["entities"].items() for w in words_}
        lists = {k: frozenset(fold(str(w)) for w in raw.get(k, [])) for k in _WORD_LISTS}
        return cls(entity_of, file=file, **lists)

    @property
    def files(self) -> dict[str, str]:
        return {self.file.name: sha256(self.file)}


def find_places(w: Words, freq: list[list[float]], rules: PlaceRules, towns: frozenset[str] = frozenset(),
                first_names: frozenset[str] = frozenset(), not_names: frozenset[str] = frozenset()
                ) -> list[tuple[int, int, str]]:
    """The places in a text, as (start, end, entity); ``freq``: each word's lower-case and capitalised log-probabilities
    (:meth:`Lexicon.frequencies`); ``towns``: listed towns, folded ("St Helens" is a town, not a saint's school);
    ``first_names``, ``not_names``: listed first names and words that are never names (languages, communities),
    folded: never the lone name of a street or school."""
    text, folded, n = w.text, w.folded, len(w)
    out: list[tuple[int, int, str]] = []
    taken_until = 0
    i = 0
    while i < n:
        entity = rules.entity_of.get(folded[i]) or rules.entity_of.get(_ampersand_word(w, i))
        if entity is None:
            i += 1
            continue
        first, loose = _name_start(w, i, freq, rules), False
        if first is None and w.forms[i].islower():
            first, loose = _name_start(w, i, freq, rules, loose=True), True
        if first is None:
            i += 1
            continue
        # a place whose name holds a place found just before ("Castle View Short Stay School") is one place
        merged = out[-1] if out and w.starts[first] < taken_until else None
        last, entity = _place_end(w, i, rules, entity)
        phrase = " ".join(folded[first:last + 1])
        if any(phrase == e or phrase.endswith(" " + e) for e in rules.exceptions) or _named_service(w, first, i, rules):
            i = last + 1
            continue
        start = w.starts[first]
        number_start, numbered = _house_number(text, start, rules) if entity == "ADDRESS" else (None, False)
        if folded[i] in rules.numbered_only and not numbered:
            i += 1  # "est. 2012", "Mr Ho": "Est", "Ho" are an estate's and a house's only after a number; a
            continue  # school may still end there ("Willow Bank Primary")
        if folded[i] in rules.capitalised_only and not w.forms[i][:1].isupper() and not numbered and (
                loose or folded[i] in rules.capitalised_always
                or all(word_like(*freq[j][:2]) for j in range(first, i) if w.forms[j].islower())):
            i = last + 1  # "the risk is high", "at meeting point": very common place words need a proper name
            continue
        if not numbered and ((entity == "ADDRESS" and _title_before_name(w, i, rules)) or _service(w, last, rules)):
            i = last + 1  # "GP Dr Qadir", "Dear Dr Islam"; "Grange Road Surgery" is the surgery's, not a home's,
            continue  # and "Homerton University Hospital" a hospital, not a school
        if number_start is not None:
            start = number_start
        if entity == "ADDRESS":
            start = _building_before(w, start)
        if merged is not None:
            start = min(start, out.pop()[0])
        out.append((start, w.ends[last], entity))
        taken_until = w.ends[last]
        i = last + 1
    _add_welsh_addresses(w, rules, out)
    _add_saint_names(w, rules, out, towns)
    _add_nursery_names(w, freq, rules, out)
    _add_cued_names(w, freq, rules, out, towns, first_names, not_names)
    _add_prefixed_names(w, freq, rules, out, towns, first_names, not_names)
    _add_tier_schools(w, freq, rules, out, towns, first_names, not_names)
    _add_boat_names(w, rules, out)
    return sorted(_with_dwelling(w, rules, out))


def _place_end(w: Words, i: int, rules: PlaceRules, entity: str) -> tuple[int, str]:
    """The last word of the place whose place word is word ``i``, and its entity (the last place word's): the words
    that continue it ("Oakfield Primary School", "Holy Rood Catholic School and Sixth Form", "Kidderminster College
    of Technology"), a street's point of the compass ("Station Road North"; not "High Street North Shields") and a
    yard's or site's word in lower case after a capitalised street ("Marsh Lane yard")."""
    folded, n = w.folded, len(w)
    last = i + (folded[i] not in rules.entity_of)  # "B&B" is two words
    while last + 1 < n and _joined(w, last + 1) and (w.forms[last + 1][:1].isupper() or w.forms[i].islower()) and (
            folded[last + 1] in rules.continues
            or (folded[last + 1] in rules.qualifiers and last + 2 < n and folded[last + 2] in rules.continues
                and _joined(w, last + 2))):
        last += 1
    while last + 2 < n and folded[last + 1] in rules.joiners and _joined(w, last + 1) \
            and _joined(w, last + 2) and folded[last + 2] in rules.continues and w.forms[last + 2][:1].isupper():
        last += 2
    if last + 2 < n and (folded[last + 1] == "of" or (folded[last + 1] == "for" and folded[last + 2] in
                                                         rules.school_for)) \
            and _joined(w, last + 1) and _joined(w, last + 2) and w.forms[last + 2][:1].isupper():
        last += 2  # "Kidderminster College of Technology", "Bowdon Vale Grammar School for Girls"
    entity = rules.entity_of.get(folded[last], entity)
    if entity == "ADDRESS" and last + 1 < n and folded[last + 1] in rules.street_suffixes \
            and w.forms[last + 1][:1].isupper() and _joined(w, last + 1) \
            and not (last + 2 < n and _joined(w, last + 2) and w.forms[last + 2][:1].isupper()):
        last += 1
    if entity == "ADDRESS" and last + 1 < n and folded[last + 1] in rules.address_tails and _joined(w, last + 1) \
            and w.forms[i][:1].isupper():
        last += 1  # "Marsh Lane yard": a yard or site known by its lane's name
    return last, entity


def _named_service(w: Words, first: int, place: int, rules: PlaceRules) -> bool:
    """Whether the place is a service or project named by a word of hope or shelter ("the Hope Centre", "Phoenix
    House", "Beacon Project"): its name words all ``service_names``, capitalised, its place word a
    ``service_places`` word, and no house number before it."""
    return w.folded[place] in rules.service_places and all(
        w.folded[j] in rules.service_names and w.forms[j][:1].isupper() for j in range(first, place)) \
        and not _HOUSE_NUMBER.search(w.text, max(0, w.starts[first] - 8), w.starts[first])


def _house_number(text: str, start: int, rules: PlaceRules) -> tuple[int | None, bool]:
    """Where the house or flat number before an address starting at ``start`` begins (None: no number), and whether
    it holds a digit; a slashed number ("Property: 6/21 Kay Street") only after a cue, a locative or nothing (not
    "Seen 3/4 Kelso Road", a score)."""
    number = _NUMBER_BEFORE.search(text, max(0, start - 24), start)
    number_start = number.start() if number else None
    slashed = _SLASHED_NUMBER.search(text, max(0, start - 40), start)
    if slashed is not None and (slashed.group("cue") is None or fold(slashed.group("cue")) in rules.number_cues
                                or fold(slashed.group("cue")) in rules.locatives):
        number_start = slashed.start("number")
    return number_start, bool(number and any(c.isdigit() for c in number.group()))


def _add_if_free(out: list[tuple[int, int, str]], start: int, end: int, entity: str) -> None:
    """Add the place ``start``-``end`` to ``out`` unless it overlaps one found already: the passes after the main
    finder only fill gaps, so a place found by its place word keeps its own extent."""
    if not any(start < b and a < end for a, b, _ in out):
        out.append((start, end, entity))


def _ampersand_word(w: Words, i: int) -> str:
    """Two letters joined by "&" as one folded word ("B&B" -> "b&b"), or "" where word ``i`` starts none."""
    return f"{w.folded[i]}&{w.folded[i + 1]}" if len(w.folded[i]) == 1 and i + 1 < len(w) \
        and w.gap(i + 1) == "&" and len(w.folded[i + 1]) == 1 else ""


def _add_welsh_addresses(w: Words, rules: PlaceRules, out: list[tuple[int, int, str]]) -> None:
    """Add Welsh, Cornish and Gaelic addresses, the place word first ("Heol y Capel", "Chy an Gwel"), and faith
    schools named after their kind first (``school_before``: "Yeshiva Beis Shmuel", "Madrasa Noor"), to ``out``
    where they overlap nothing found already."""
    folded, n = w.folded, len(w)
    for i in range(n - 1):
        if folded[i] in rules.welsh_before and w.forms[i][:1].isupper():
            last = i
            while last + 1 < n and last - i < 3 and _joined(w, last + 1) and (
                    w.forms[last + 1][:1].isupper() or folded[last + 1] in rules.before_joiners):
                last += 1
            start = w.starts[i]
            number = _HOUSE_NUMBER.search(w.text, max(0, start - 8), start)
            start = number.start() if number else start
            if last > i:
                _add_if_free(out, start, w.ends[last], "ADDRESS")
        elif folded[i] in rules.school_before and w.forms[i][:1].isupper():
            last = _capitalised_run(w, i, rules, 4)  # a faith school named after its kind ("Talmud Torah ...")
            if last > i:
                _add_if_free(out, w.starts[i], w.ends[last], "SCHOOL")


def _add_saint_names(w: Words, rules: PlaceRules, out: list[tuple[int, int, str]],
                     towns: frozenset[str] = frozenset()) -> None:
    """Add "St"/"Saint" and a capitalised or possessive name where no place word follows ("attends St Mary's")
    to ``out`` as a school, where it overlaps nothing found already: a possessive name, or one ending in s, is a
    school ("St Mary's", "St Josephs"), another only after a school's cue ("attends St Bede"; "RAF St Athan" and
    "from St Blazey" name towns). A listed town or district written so ("St Helens", "St Albans", "St Ives", "St
    Pauls") is the place unless a school's cue comes before it; one written as a possessive only after "in" or
    "near" or a comma ("lives in St Ann's", "21 Cranmer Walk, St Ann's,"; "both at St Werburgh's" is a school)."""
    for i in range(len(w) - 1):
        if w.folded[i] not in _SAINT:
            continue
        cued = i > 0 and w.folded[i - 1] in rules.saint_cues
        if w.possessive[i + 1]:  # "lives in St Ann's"
            town = f"st {w.folded[i + 1]}'s" in towns and i > 0 and (
                w.folded[i - 1] in rules.inside or w.gap(i).strip() == ",")
        else:
            town = f"st {w.folded[i + 1]}" in towns
        if (w.forms[i + 1][:1].isupper() or w.possessive[i + 1]) and _joined(w, i + 1) \
                and (cued or (not town and (w.possessive[i + 1] or w.folded[i + 1].endswith("s")))):
            start, end = w.starts[i], w.ends[i + 1] + (2 if w.possessive[i + 1] else 0)
            _add_if_free(out, start, end, "SCHOOL")


_NUMBERED_GAP = re.compile(r"([ \t]*[,:(.–]?[ \t]*)(\d{1,4}[a-z]?) ", re.I)
"""The text between a cue and a name that holds only a house number ("attended 12 Bedgrove", "home, 64 Pegasus",
"review – 58 Marlpit –", "ASC. 16 Sycamore.")."""
MIN_LOWER_STREET = 5
"""Letters of a street's name typed in lower case after a house number and a cue word ("visit 112 carnarvon"), at
least: shorter words are shorthand ("3 mths", "2 hrs")."""
MAX_LONE_WORDS = 3
"""Capitalised words of a street or school named with no place word, at most."""


def _add_nursery_names(w: Words, freq: list[list[float]], rules: PlaceRules, out: list[tuple[int, int, str]]
                       ) -> None:
    """Add nurseries named in the usual way, a word of ``nursery_openers`` and a capitalised plural ("Little
    Acorns", "Busy Bees", "Tiny Steps"), to ``out`` as schools where they overlap nothing found already."""
    for i in range(len(w) - 1):
        nxt = w.forms[i + 1]
        if w.folded[i] in rules.nursery_openers and w.forms[i][:1].isupper() and nxt[:1].isupper() \
                and not nxt.isupper() and w.folded[i + 1].endswith("s") and len(nxt) > 3 \
                and not w.possessive[i + 1] and w.gap(i + 1) == " " \
                and not (i + 2 < len(w) and w.gap(i + 2) == " " and w.folded[i + 2] in rules.activity_words):
            start, end = w.starts[i], w.ends[_nursery_site(w, i + 1, freq, rules)]
            out[:] = [p for p in out if not (start <= p[0] and p[1] <= end and p[2] == "ADDRESS")]  # "Kelvedon Hatch"
            _add_if_free(out, start, end, "SCHOOL")


def _nursery_site(w: Words, last: int, freq: list[list[float]], rules: PlaceRules) -> int:
    """The last word of a nursery's name ending at word ``last`` once the place it is at is taken in ("Busy Bees
    at Kelvedon Hatch", "Tiny Wrens at Bridge End"): "at" and one or two capitalised words, the first no common word in
    either case, none a month, weekday or ``not_before`` word ("Busy Bees at Christmas", "Little Stars at Monday's
    session" stay as they are)."""
    n, k = len(w), last + 2
    if k >= n or w.folded[last + 1] != "at" or w.gap(last + 1) != " " or w.gap(k) != " " \
            or max(freq[k][0], freq[k][1]) > COMMON:
        return last
    end = last
    while k < n and k - last <= 3 and (k == last + 2 or w.gap(k) == " ") and w.forms[k][:1].isupper() \
            and not w.forms[k][1:2].isupper() and w.folded[k] not in rules.months \
            and w.folded[k] not in rules.next_to_place and w.folded[k] not in rules.not_before:
        end = k
        if w.possessive[k]:
            return last
        k += 1
    return end


def _lone_name(w: Words, k: int, freq: list[list[float]], rules: PlaceRules, towns: frozenset[str],
               first_names: frozenset[str], not_names: frozenset[str], *, opener: bool = False, lower: bool = False
               ) -> int | None:
    """The last word of a street's or school's name written with no place word from word ``k`` on: one to
    ``MAX_LONE_WORDS`` capitalised words joined by spaces, the first no English word in ordinary use, no listed first
    name, town, month or ``not_before`` word (an ``eponym_openers`` word may open it when ``opener``: "Sir John
    Cass"), then a comma, stop, bracket, line end or the text's end; None where there is none. When ``lower`` (a
    house number after a ``number_cues`` word), one word in lower case of ``MIN_LOWER_STREET`` letters or more that is no
    English word in ordinary use nor listed is the street's name, whatever follows ("visit 112 carnarvon done")."""
    n = len(w)
    if lower and k < n and w.forms[k].islower():
        if not _lower_street_word(w, k, freq, rules, towns, first_names, not_names):
            return None
        # a second such word goes with it ("hv 64 tanners brook"; not "hv 27 wykeham with mum")
        two = k + 1 < n and w.gap(k + 1) == " " and w.forms[k + 1].islower() and not w.possessive[k] \
            and _lower_street_word(w, k + 1, freq, rules, towns, frozenset(), not_names, shortest=4)
        return k + 1 if two else k
    if k >= n or not w.forms[k][:1].isupper() or w.forms[k][1:2].isupper() or w.possessive[k] \
            or w.folded[k] in not_names or w.folded[k] in rules.person_titles:
        return None  # "PPNs", "CAMHS"; "English classes"; "School: Mrs Radley"
    f = w.folded[k]
    if opener and f in rules.eponym_openers:
        if k + 1 >= n or w.gap(k + 1) != " " or not w.forms[k + 1][:1].isupper():
            return None
    elif _not_a_street(w, k, freq, rules, towns, first_names) or len(f) < 3:
        return None
    last = k
    while last + 1 < n and last + 1 - k < MAX_LONE_WORDS and w.gap(last + 1) == " " \
            and w.forms[last + 1][:1].isupper() and not w.forms[last + 1][1:2].isupper() \
            and w.folded[last + 1] not in rules.not_before and w.folded[last + 1] not in rules.months \
            and not w.possessive[last]:
        last += 1
    tail = w.gap(last + 1) if last + 1 < n else w.text[w.ends[last]:]
    if w.possessive[last] or tail.lstrip(" \t")[:1] not in ("", *",.;:()\n-–"):
        return None
    return last


def _lower_street_word(w: Words, k: int, freq: list[list[float]], rules: PlaceRules, towns: frozenset[str],
                       first_names: frozenset[str], not_names: frozenset[str], shortest: int = MIN_LOWER_STREET
                       ) -> bool:
    """Whether word ``k``, in lower case, may be a street's name typed after a house number and a cue: ``shortest``
    letters or more, no listed word and no English word in ordinary use."""
    f = w.folded[k]
    return len(f) >= shortest and f.isalpha() and f not in not_names and not w.possessive[k] \
        and not _not_a_street(w, k, freq, rules, towns, first_names)


def _not_a_street(w: Words, k: int, freq: list[list[float]], rules: PlaceRules, towns: frozenset[str],
                  first_names: frozenset[str]) -> bool:
    """Whether word ``k`` cannot open a street's or school's name written alone: a ``not_before`` word, a month, a
    listed first name or town, a place word or an English word in ordinary use."""
    f = w.folded[k]
    return f in rules.not_before or f in rules.months or f in first_names or f in towns or f in rules.entity_of \
        or word_like(freq[k][0], freq[k][1])


def _add_cued_names(w: Words, freq: list[list[float]], rules: PlaceRules, out: list[tuple[int, int, str]],
                    towns: frozenset[str], first_names: frozenset[str], not_names: frozenset[str]) -> None:
    """Add streets and schools written by their name alone where their cue says what they are: a house number
    after a ``number_cues`` word or a locative, a comma, colon or bracket ("attended 12 Bedgrove,", "at home,
    64 Pegasus.", "(14 Burrowmoor)") is a street's; a name after a ``school_cues`` word or a "School:" label
    ("attends Greenacre.", "School: Sir William Ramsay") is a school's. Only where they overlap nothing found."""
    for k in range(1, len(w)):
        gap = w.gap(k)
        number = _NUMBERED_GAP.fullmatch(gap) if len(gap) > 1 else None  # a number and its space at least
        if number:
            cue = number.group(1).strip(" \t")
            cued = cue == "" and w.folded[k - 1] in rules.number_cues  # "visit 112 carnarvon"; not "of 8 reparation"
            if not (cue in (",", ":", "(", "–", ".") or cued or (cue == "" and w.folded[k - 1] in rules.locatives)):
                continue
            last = _lone_name(w, k, freq, rules, towns, first_names, not_names, lower=cued)
            start, entity = w.ends[k - 1] + number.start(2), "ADDRESS"
        elif (w.folded[k - 1] in rules.school_cues and gap == " ") \
                or (w.folded[k - 1] in ("school", "schools") and gap.strip(" \t") == ":"):
            last = _lone_name(w, k, freq, rules, towns, first_names, not_names, opener=True)
            start, entity = w.starts[k], "SCHOOL"
        else:
            continue
        if last is None:
            continue
        end = w.ends[last]
        _add_if_free(out, start, end, entity)


_BUILDING = re.compile(r"(?:\b(?:[Tt]he\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}\s*,\s*)$")


def _building_before(w: Words, start: int) -> int:
    """Where an address starts with the named building or business written before it, comma-separated: "The
    Foundry, Cotterill Street", "Lotus Nails, 88 High Road" (one such line; a capitalised word that starts a
    sentence stays)."""
    m = _BUILDING.search(w.text, max(0, start - 40), start)
    if m is None:
        return start
    before = w.text[:m.start()].rstrip(" \t")
    return start if not before or before[-1] in ".!?\n" else m.start()


def _title_before_name(w: Words, place: int, rules: PlaceRules) -> bool:
    """Whether the place word is a title written before a capitalised name ("Dr Qadir"), not a street's."""
    return w.folded[place] in rules.titles and place + 1 < len(w) and _joined(w, place + 1) \
        and w.forms[place + 1][:1].isupper() and w.folded[place + 1] not in rules.entity_of


def _service(w: Words, last: int, rules: PlaceRules) -> bool:
    """Whether a service named after its street follows the place ("Grange Road Surgery")."""
    return last + 1 < len(w) and _joined(w, last + 1) and w.folded[last + 1] in rules.services \
        and w.forms[last + 1][:1].isupper()


def _joined(w: Words, i: int) -> bool:
    """Whether word ``i`` follows word ``i - 1`` with only spaces (or a hyphen or apostrophe) between."""
    gap = w.gap(i)
    if w.possessive[i - 1]:
        gap = gap[2:]  # the possessive ending of the word before ("St Aldhelm's Primary")
    inner = gap.strip(" -'’")  # "Highfield Girls' School"
    return "\n" not in gap and (inner == "" or (  # "Moor & Dale College"
        inner == "&" and w.forms[i][:1].isupper() and w.forms[i - 1][:1].isupper()))


def _name_start(w: Words, place: int, freq: list[list[float]], rules: PlaceRules, *, loose: bool = False
                ) -> int | None:
    """The first name word of the place whose place word is ``place``, or None if it has none.

    Name words in lower case must not be English words in ordinary use ("oakfield primary", not "graded high"),
    unless ``loose``: then up to two such words make a place when a locative word or a house number comes just
    before them ("staying at mill ln", "at 84 lavender grove"; never after a determiner: "at the mill").
    """
    j = place - 1
    # qualifiers next to the place word ("hillcrest children's centre", "St Anne's C of E Primary") belong to the
    # place but name nothing on their own ("the children's centre" is no place; "Church Court" is)
    while j >= 0 and _joined(w, j + 1) and w.folded[j] in rules.qualifiers:
        j -= 1
    if j < 0 or not _joined(w, j + 1) or w.folded[j] in rules.not_before:
        j = place - 1
    first, names = None, 0
    limit = 2 if loose else MAX_NAME_WORDS
    inner = rules.inner | rules.school_inner if rules.entity_of.get(w.folded[place]) == "SCHOOL" else rules.inner
    while j >= 0 and names < limit and _joined(w, j + 1):
        f, form = w.folded[j], w.forms[j]
        k = j
        while k > 0 and w.folded[k] in inner and w.forms[k].islower() and _joined(w, k):
            k -= 1
        if k < j and first is not None and w.forms[k][:1].isupper() and w.folded[k] not in rules.not_before:
            j = k  # "Flower of May Holiday Park", "Lark of the Dales Caravan Park", "Truro and Penwith College"
            continue
        if f in rules.not_before and not (form[:1].isupper() and (
                (first is not None and f"{f} {w.folded[first]}" in rules.openers)
                or (j == place - 1 and w.forms[place][:1].isupper() and (f in rules.next_to_place or (
                    f in rules.school_grades and w.folded[place] == "school"))))):
            break  # "the", "our", "all", "Friday"; but "Our Lady of Pity", "All Saints", "Iqra Saturday School"
        if form.islower() and word_like(freq[j][0], freq[j][1]) and not loose:
            break
        if w.possessive[j] and j == place - 1 and not w.forms[place][:1].isupper():
            break  # "Zoe's school" is hers, not a school's name ("St Aldhelm's Primary" is)
        first, names = j, names + 1
        j -= 1
    if loose and first is not None and not (first > 0 and w.folded[first - 1] in rules.locatives
                                            and _joined(w, first)) \
            and not _HOUSE_NUMBER.search(w.text, max(0, w.starts[first] - 8), w.starts[first]):
        return None
    return first


def _add_prefixed_names(w: Words, freq: list[list[float]], rules: PlaceRules, out: list[tuple[int, int, str]],
                        towns: frozenset[str], first_names: frozenset[str], not_names: frozenset[str]) -> None:
    """Add farms, hamlets and houses named by a ``place_prefixes`` word and a capitalised word no list holds ("Low
    Gillrigg", "Far Thwaite") to ``out`` as addresses, where they overlap nothing found already; not a listed town,
    first name or word in ordinary use ("Great Yarmouth", "Low Income", "East Kent")."""
    n = len(w)
    for i in range(n - 1):
        f, nxt = w.folded[i + 1], w.forms[i + 1]
        if w.folded[i] not in rules.place_prefixes or not w.forms[i][:1].isupper() or w.forms[i][1:2].isupper() \
                or not nxt[:1].isupper() or nxt[1:2].isupper() or w.gap(i + 1) != " " or w.possessive[i + 1] \
                or len(f) < 3 or f in first_names or f in towns or f in not_names or f in rules.entity_of \
                or f in rules.not_before or f in rules.months or f in rules.compass \
                or f"{w.folded[i]} {f}" in towns or word_like(freq[i + 1][0], freq[i + 1][1]):
            continue
        if i + 2 < n and w.gap(i + 2) == " " and w.forms[i + 2][:1].isupper():
            continue  # a longer name ("Great Ormond Street" is found by its place word)
        start, end = w.starts[i], w.ends[i + 1]
        _add_if_free(out, start, end, "ADDRESS")


def _with_dwelling(w: Words, rules: PlaceRules, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``out`` with each address that follows a home placed against a building ("the flat above the bakery on Mill
    Road", "Flat 4 above shop, 9 Kay Street") widened to start at the home's word: what locates the home is part of
    its address."""
    if not rules.dwelling_words:
        return out
    before = _dwelling_before(rules.dwelling_words, rules.beside_words, rules.house_positions)
    widened = []
    for a, b, entity in out:
        m = before.search(w.text, max(0, a - 60), a) if entity == "ADDRESS" else None
        if m is not None and not any(m.start() < y and x < a for x, y, _ in out if (x, y) != (a, b)):
            a = m.start()
        widened.append((a, b, entity))
    return widened


@lru_cache(maxsize=8)
def _dwelling_before(dwelling_words: frozenset[str], beside_words: frozenset[str],
                     house_positions: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """The words placing a home against a building just before an address ("the flat above the bakery on ", "flat
    2 over the Spar, "; or "flat 2 over " where the address starts with the building) or singling it out on its
    street ("the end house on "), built once per word lists rather than for every text."""
    homes = "|".join(re.escape(x) for x in sorted(dwelling_words))
    beside = "|".join(re.escape(x) for x in sorted(beside_words)) or "(?!)"
    placed = "|".join(re.escape(x) for x in sorted(house_positions)) or "(?!)"
    return re.compile(rf"(?i)(?:\b(?:{homes})\b(?:[ \t]+\d{{1,4}}[a-z]?)?[ \t]+(?:{beside})[ \t]+"
                      rf"(?:(?:(?:the|a)[ \t]+)?(?:[\w'’&]+(?:-[\w'’&]+)?[ \t]+){{0,2}}?[\w'’&]+(?:-[\w'’&]+)?"
                      rf"(?:[ \t]*,[ \t]*|[ \t]+on[ \t]+))?"
                      rf"|\b(?:{placed})[ \t]+(?:{homes})[ \t]+on[ \t]+)$")


_TAIL_WORD = re.compile(r"[ \t]+([A-Za-z]+(?:[ \t]?&[ \t]?[A-Za-z]+)?)\b")


def school_tail(text: str, end: int, rules: PlaceRules) -> int:
    """Where a school whose name ends at ``end`` ends once a short form written after it is taken in ("Ashgrove
    CP", "Kelsall J&I", "Moor Park Upper"): one capitalised ``school_tails`` word not followed by a word in lower
    case or a figure ("Oakfield Primary CP plan" is a child protection plan), or ``end`` where none follows."""
    m = _TAIL_WORD.match(text, end)
    if m is None or not m.group(1)[:1].isupper() or fold(m.group(1).replace(" ", "")) not in rules.school_tails:
        return end
    after = text[m.end():m.end() + 2].lstrip(" \t")
    if after[:1].islower() or after[:1].isdigit():
        return end  # "Oakfield Primary CP plan": child protection's, not the school's
    return m.end()


def _add_tier_schools(w: Words, freq: list[list[float]], rules: PlaceRules, out: list[tuple[int, int, str]],
                      towns: frozenset[str], first_names: frozenset[str], not_names: frozenset[str]) -> None:
    """Add first and middle schools of three-tier areas written by name and tier with no "School" ("Batchley Brook
    First", "Hillcrest Middle") to ``out`` where they overlap nothing found already: a capitalised ``school_grades``
    word after one to ``MAX_LONE_WORDS`` capitalised words, the first of which may open a lone name (no English word in ordinary
    use, listed first name or town: "Safety First", "Tom First" stay), none a word that is never a name (a people's
    or a language's: "Irish Traveller First language"), with no capitalised word after it ("Customer First Centre",
    "Middle East") nor a ``grade_phrases`` word ("First language", "First aid")."""
    n = len(w)
    for k in range(1, n):
        if w.folded[k] not in rules.school_grades or not w.forms[k][:1].isupper() or w.forms[k][1:2].isupper() \
                or (k + 1 < n and _joined(w, k + 1) and (w.forms[k + 1][:1].isupper()
                                                         or w.folded[k + 1] in rules.grade_phrases)):
            continue
        first = None
        for j in range(k - MAX_LONE_WORDS, k):
            if j >= 0 and all(_joined(w, m + 1) and w.forms[m][:1].isupper() and not w.forms[m][1:2].isupper()
                              and w.folded[m] not in rules.not_before and w.folded[m] not in not_names
                              and not w.possessive[m] for m in range(j, k)) \
                    and not _not_a_street(w, j, freq, rules, towns, first_names):
                first = j
                break
        if first is not None:
            _add_if_free(out, w.starts[first], w.ends[k], "SCHOOL")


_BOAT_GAP = re.compile(r"""[ \t]+(?:(?:named|called)[ \t]+)?["'‘“]?""")
"""Between a boat's word and its name: spaces, "named" or "called", an opening quote ('narrowboat "Wren's Rest"')."""


def _add_boat_names(w: Words, rules: PlaceRules, out: list[tuple[int, int, str]]) -> None:
    """Add a boat's name where the boat is a home ("lives on narrowboat Wren's Rest", 'the narrowboat "Kestrel"',
    "narrowboat named Dunlin Star") to ``out`` as an address where it overlaps nothing found already: a ``boat_words``
    word, then one to three capitalised words (a possessive may end the first: "Wren's Rest"), none a
    ``not_before`` word or month."""
    n = len(w)
    for i in range(n - 1):
        if w.folded[i] not in rules.boat_words:
            continue
        gap = w.text[w.ends[i]:w.starts[i + 1]]
        k = i + 1
        if w.folded[k] in ("named", "called") and k + 1 < n:
            gap, k = w.text[w.ends[i]:w.starts[k + 1]], k + 1
        if not _BOAT_GAP.fullmatch(gap) or not w.forms[k][:1].isupper() or w.folded[k] in rules.not_before \
                or w.folded[k] in rules.months:
            continue
        last = _capitalised_run(w, k, rules, 3)
        _add_if_free(out, w.starts[k], w.ends[last] + (2 if w.possessive[last] else 0), "ADDRESS")


def _capitalised_run(w: Words, k: int, rules: PlaceRules, most: int) -> int:
    """The last word of a run of at most ``most`` words from word ``k``: each after it joined to the one before,
    capitalised, and neither a ``not_before`` word nor a month (a faith school's or a boat's name)."""
    last = k
    while last + 1 < len(w) and last - k < most - 1 and _joined(w, last + 1) and w.forms[last + 1][:1].isupper() \
            and w.folded[last + 1] not in rules.not_before and w.folded[last + 1] not in rules.months:
        last += 1
    return last
