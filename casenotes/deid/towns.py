"""Place context around a run of name words: whether it is a town or a district written on its own ("from
Bradford", "in Hanley", "Fenton family hub"), the town after an address, and the localities of an address.

Moved out of ``pseudonymise`` in round 29 unchanged; the stage calls them from ``Pseudonymiser._spans`` and
``Pseudonymiser._places``.
"""

from __future__ import annotations

import bisect

from casenotes.deid.cues import _collared, _surname_first
from casenotes.deid.lexicon import Lexicon
from casenotes.deid.people import Match
from casenotes.deid.places import PlaceRules
from casenotes.deid.spans import _overlaps
from casenotes.deid.text import Words, fold


_AND = frozenset({"and", "n"})
"""Words joining two people's names ("rose and alfie", "bay n summer")."""


def _town(w: Words, run: list[int], lexicon: Lexicon, matched: dict[int, Match], places: PlaceRules, *,
          after_place: bool = False) -> bool:
    """Whether a run of name words is a place name written on its own: not after a title, no word of it a
    people-table name, and a listed first name only after a locative or a street, set apart by punctuation as a
    heading's or an aside's place, or beside what only a place has (:func:`_beside_place`: "from Bradford", "52
    Cranmore Street, Bradford", "hotel (Preston)", "Session 4 – Preston.", "Preston Hospital", "Kent Intake", "East
    Kent"; not "Bradford said"). A place no list holds (a village, a district) is one only where a person cannot
    stand: after "in" or "near" (not with a possessive) or beside what only a place has, and only when it is
    capitalised and no word of it is a listed first name or surname ("in Bredhurst", "Thanet duty"); after an
    address it stays with the address (some councils count the locality in it). A surname written first
    (:func:`_surname_first`: "MOSS, Rachel"), the given name after it ("NOLAN, Barry") and a surname after a rank
    and a collar number ("PC 21187 Shaw") are a person's (round 31)."""
    if any(i in matched for i in run) or (run[0] > 0 and w.folded[run[0] - 1] in lexicon.titles
                                          and w.gap(run[0]).strip() in ("", ".")):
        return False
    if len(run) == 1 and (_surname_first(w, run[0], lexicon) or (run[0] > 0 and _surname_first(w, run[0] - 1, lexicon))
                          or _collared(w, run[0], lexicon)):
        return False  # a person written surname first ("MOSS, Rachel", "NOLAN, Barry"), "PC 21187 Shaw" (round 31)
    whole, run = run, _place_core(w, run, places, after_place=after_place)  # "Kent Intake", "Medway North": the place and its body
    if " ".join(w.folded[i] for i in whole) in lexicon.towns:
        run = whole  # "Somers Town", "White City": a listed place whose last word is a body's or a town's
    name = " ".join(w.folded[i] for i in run)
    if any(fold(w.text[w.starts[run[0] - k]:w.ends[run[-1]]]) in lexicon.towns for k in (1, 2) if run[0] >= k):
        return True  # the end of a town's name whose first words are no name ("King's Lynn", "Stoke on Trent")
    before = w.folded[run[0] - 1] if run[0] > 0 else ""
    beside = run != whole or _beside_place(w, run, lexicon, places)
    if name in places.named_districts:  # "in Hanley", "Fenton family hub"; not "Fenton said" (round 27)
        return (before in places.inside and w.gap(run[0]) == " " and not w.possessive[run[-1]]) or beside \
            or _moved(w, run[0], places) \
            or any(w.folded[j] in places.district_cues or w.folded[j] in places.service_places
                   for j in range(run[-1] + 1, min(run[-1] + 3, len(w))))
    if name in lexicon.towns:
        return after_place or before in places.locatives or _set_apart(w, run) or beside \
            or not (len(run) == 1 and name in lexicon.first)
    unlisted = all(w.forms[i][:1].isupper() and len(w.forms[i]) > 2 and w.folded[i] not in lexicon.first
                   and w.folded[i] not in lexicon.surname for i in run)  # not "Rd S", "P.W." or "hillside farm"
    inside = before in places.inside and not w.possessive[run[-1]]
    return unlisted and (inside or beside)


def _moved(w: Words, i: int, places: PlaceRules) -> bool:
    """Whether word ``i`` follows "to" or "from" after a word of a move ("moved to Brent", "coming from Bispham";
    not "spoke to Fenton"), not with a possessive (round 29)."""
    return i > 1 and w.folded[i - 1] in places.town_locatives and w.folded[i - 2] in places.district_movers \
        and w.gap(i) == " " and w.gap(i - 1) == " " and not w.possessive[i]


def _institution(w: Words, run: list[int], places: PlaceRules) -> bool:
    """Whether a run of name words is (the start of) an institution's name: a capitalised institution word ends it
    or follows it ("Bradford Royal Infirmary", "Calderdale Royal", "Kingdom Life Assembly")."""
    last = run[-1]
    if w.folded[last] in places.institutions and w.forms[last][:1].isupper():
        return True
    return last + 1 < len(w) and w.gap(last + 1) == " " and w.folded[last + 1] in places.institutions \
        and w.forms[last + 1][:1].isupper()


def _town_slot(w: Words, first: int, last: int, places: PlaceRules) -> bool:
    """Whether words ``first`` to ``last`` stand where a town does: after "in", "near", "to" or "from" ("moved to
    Leicester") or before a body or service named after it ("Leicester CSC", "Hereford sites")."""
    before = w.folded[first - 1] if first > 0 else ""
    after = w.folded[last + 1] if last + 1 < len(w) and w.gap(last + 1) == " " else ""
    return before in places.inside or before in places.town_locatives or _body(w, last + 1, places) \
        or after in places.services


def _body(w: Words, i: int, places: PlaceRules) -> bool:
    """Whether word ``i``, straight after a place's name, is a body's or a club's word named after it; a possessive
    is a body's word only as listed with its "'s" ("Chester Children's Services"; round 26)."""
    if i >= len(w) or w.gap(i) != " ":
        return False
    return w.folded[i] + "'s" in places.bodies if w.possessive[i] else w.folded[i] in places.bodies


def _place_core(w: Words, run: list[int], places: PlaceRules, *, after_place: bool) -> list[int]:
    """A run of name words less the bodies, points of the compass and town words the name finder took in with a
    place's name ("Kent Intake", "East Kent", "Medway North", "Bristol City"); a point of the compass straight after an address is the
    address's ("Main Ridge West Boston")."""
    core = list(run)
    while len(core) > 1 and (w.folded[core[-1]] in places.bodies or w.folded[core[-1]] in places.compass
                             or w.folded[core[-1]] in places.town_parts):
        core.pop()
    while len(core) > 1 and w.folded[core[0]] in places.compass and not after_place:
        core.pop(0)
    return core


def _beside_place(w: Words, run: list[int], lexicon: Lexicon, places: PlaceRules) -> bool:
    """Whether what is written beside a run of words says it is a place: a body or service named after it
    follows ("Kent Intake", "Swale CP Team", "Preston Hospital"), a point of the compass is written capitalised
    before or after it ("East Kent", "Medway North"), or "and" or "&" joins it to a listed place ("Devon and
    Cornwall Police", "Brighton & Hove")."""
    first, last, n = run[0], run[-1], len(w)
    if last + 1 < n and w.gap(last + 1) == " ":
        after = w.folded[last + 1]
        capitalised = w.forms[last + 1][:1].isupper()
        if _body(w, last + 1, places) or (capitalised and (after in places.services or after in places.compass)):
            return True
    if first > 0 and w.gap(first) == " " and w.folded[first - 1] in places.compass and w.forms[first - 1][:1].isupper():
        return True
    return _joined_to_town(w, last, lexicon, later=True) or _joined_to_town(w, first, lexicon, later=False)


_OPENS = ("(", "[", "–", "—", "-", ",", "|", ":", "/")


_CLOSES = (")", "]", "–", "—", "-", ",", "|", ".", ";", "/")


def _set_apart(w: Words, run: list[int]) -> bool:
    """Whether a run of words stands alone between punctuation (or a line's ends), as the place of a heading or
    an aside does ("Welfare – hotel (Preston).", "care leaver, Preston. Sessions"): no verb or other name beside it
    says it is a person."""
    before, after = w.gap(run[0]).rstrip(" \t"), w.gap(run[-1] + 1).lstrip(" \t")
    opened = run[0] == 0 or before.endswith(_OPENS) or "\n" in before
    closed = run[-1] + 1 == len(w) or after.startswith(_CLOSES) or after.startswith("\n")
    return opened and closed and not w.possessive[run[-1]]


def _district_slot(w: Words, i: int, places: PlaceRules) -> bool:
    """Whether word ``i`` is capitalised where only a place stands: after "in" or "near" (not with a possessive:
    "in Sara's room") or before a district's cue word in lower case ("the Wexcombe area", "Oxbarrow ward")."""
    return w.forms[i][:1].isupper() and not w.possessive[i] and (
        (i > 0 and w.folded[i - 1] in places.inside and w.gap(i) == " ")
        or (i + 1 < len(w) and w.forms[i + 1] in places.district_cues and w.gap(i + 1) == " "))


def _after_place(w: Words, i: int, spans: list[tuple[int, int, str | None]]) -> bool:
    """Whether word ``i`` follows an address or a school with nothing but a comma between ("14 Dulwich Road,
    Kingstanding")."""
    return any(r in ("[ADDRESS]", "[SCHOOL]") and b <= w.starts[i] and not w.text[b:w.starts[i]].strip(" ,")
               for _, b, r in spans)


def _placed(w: Words, run: list[int], spans: list[tuple[int, int, str | None]]) -> bool:
    """Whether a run of words stands straight after an address or a school, or straight before a postcode."""
    return _after_place(w, run[0], spans) or _before_postcode(w, run[-1], spans)


def _before_postcode(w: Words, i: int, spans: list[tuple[int, int, str | None]]) -> bool:
    """Whether word ``i`` stands straight before a postcode on its line, with nothing but spaces or a comma
    between ("..., Allerton, Bradford BD15 ..."): the post town, even when it is also a listed name (round 25)."""
    return any(r == "[POSTCODE]" and a >= w.ends[i] and not w.text[w.ends[i]:a].strip(" ,\t")
               for a, _, r in spans)


MAX_TOWN_WORDS = 3
"""Words of a listed town written straight after a place, at most ("St Joseph's Primary, Milton Keynes")."""


def _town_after(w: Words, end: int, claimed: list[tuple[int, int, str | None]], lexicon: Lexicon,
                places: PlaceRules) -> int:
    """Where a place ending at ``end`` ends with the listed town written straight after it, on its line, with a
    space or a comma between ("5 Old Road, Conisbrough", "Caedmon College Whitby"): with the street or the school
    it says where the family is, on its own it does not (the town alone stays anywhere). A town before a body
    or service named after it ("Hillside Primary, Leeds City Council") is the body's, and stays."""
    first = bisect.bisect_left(w.starts, end)
    if first >= len(w) or w.text[end:w.starts[first]] not in (" ", ", ", ","):
        return end
    for last in range(min(first + MAX_TOWN_WORDS, len(w)) - 1, first - 1, -1):
        words_ = range(first, last + 1)
        if all(w.forms[i][:1].isupper() and (i == first or w.gap(i) == " ") for i in words_) \
                and fold(w.text[w.starts[first]:w.ends[last]]) in lexicon.towns \
                and not _overlaps(claimed, w.starts[first], w.ends[last]) \
                and not (last + 1 < len(w) and w.gap(last + 1) == " "
                         and (w.folded[last + 1] in places.bodies or w.folded[last + 1] in places.services)):
            return w.ends[last]
    return end


MAX_LOCALITY_WORDS = 5
"""Capitalised words between an address and its postcode taken for its locality, at most."""


def _localities(w: Words, spans: list[tuple[int, int, str | None]], lexicon: Lexicon) -> list[tuple[int, int]]:
    """The localities of the addresses in ``spans``: the capitalised words between an address and the postcode
    after it on the same line, but for a listed town ending them ("14 Orchard Way, Fox Corner, Bath BA1 2XX":
    "Fox Corner" is part of the address, "Bath" the post town, kept like a town anywhere) and for a listed town or
    district between commas ("27 Elm Close, Bransholme, Hull HU7": a city's district stays, as it does anywhere)."""
    out = []
    for start, _end, entity in spans:
        if entity != "[POSTCODE]":
            continue
        before = [b for a, b, e in spans if e == "[ADDRESS]" and b <= start and "\n" not in w.text[b:start]]
        if not before:
            continue
        run = [i for i in range(len(w)) if max(before) <= w.starts[i] and w.ends[i] <= start]
        if not run or len(run) > MAX_LOCALITY_WORDS or any(not w.forms[i][:1].isupper() for i in run) \
                or any(w.gap(i).strip(" ,\t") or _overlaps(spans, w.starts[i], w.ends[i]) for i in run) \
                or w.text[w.ends[run[-1]]:start].strip(" ,\t"):
            continue
        kept = next((k for k in range(len(run)) if fold(w.text[w.starts[run[k]]:w.ends[run[-1]]]) in lexicon.towns),
                    len(run))
        parts: list[list[int]] = []  # the locality's parts between commas: "Bransholme, Hull"
        for i in run[:kept]:
            if not parts or "," in w.gap(i):
                parts.append([])
            parts[-1].append(i)
        out += [(w.starts[part[0]], w.ends[part[-1]]) for part in parts
                if fold(w.text[w.starts[part[0]]:w.ends[part[-1]]]) not in lexicon.towns]
    return out


def _joined_to_town(w: Words, i: int, lexicon: Lexicon, *, later: bool) -> bool:
    """Whether word ``i`` is joined by "and" or "&" to a listed place written after it (``later``) or before it:
    two counties or towns named together for one service ("Devon and Cornwall Police", "Brighton & Hove")."""
    n, step = len(w), 1 if later else -1
    near, far = i + step, i + 2 * step
    if 0 <= near < n and w.gap(max(i, near)).strip() == "&":
        other = near
    elif 0 <= far < n and w.folded[near] in _AND and w.gap(max(i, near)) == " " == w.gap(max(near, far)):
        other = far
    else:
        return False
    ends = range(other, min(other + 2, n)) if later else range(other, max(other - 2, -1), -1)
    return w.forms[other][:1].isupper() and any(
        fold(w.text[w.starts[min(other, j)]:w.ends[max(other, j)]]) in lexicon.towns for j in ends)


MAX_DISTRICT_WORDS = 3
"""Words of a city district's name read as one, at most (round 30)."""


def _school_district(w: Words, start: int, end: int, name: tuple[str, ...], lexicon: Lexicon) -> tuple[str, ...]:
    """The words a school is named again by: a city district's whole name when the school is named after one
    ("Rose Hill Primary": "rose hill", not "rose" alone; round 30) that holds all of ``name``, else ``name``."""
    inside = [i for i in range(bisect.bisect_left(w.starts, start), len(w)) if w.ends[i] <= end]
    if not name or not inside or name[0] not in w.folded[inside[0]:inside[-1] + 1]:
        return name
    first = w.folded.index(name[0], inside[0])
    for last in range(min(inside[-1], first + MAX_DISTRICT_WORDS - 1), first - 1, -1):
        district = tuple(w.folded[first:last + 1])
        if fold(w.text[w.starts[first]:w.ends[last]]) in lexicon.local_districts and district[:len(name)] == name:
            return district  # not "Kingstanding" alone for "Kingstanding Leadership Academy"
    return name


def _home_slot(w: Words, i: int, places: PlaceRules) -> bool:
    """Whether word ``i`` stands where a family's district does rather than a school: after "in" or "near", after a
    comma (an address's district: "3 Oak Road, Benchill"), or after a word of a move and "to" or "from" ("lives in
    Rose Hill", "moved to Longhill"; not "home late from Longhill", "the nurse at Rose Hill"); the move is
    ``_moved``'s, with its single spaces and no possessive (round 31)."""
    before = w.folded[i - 1] if i > 0 else ""
    return before in places.inside or "," in w.gap(i) or _moved(w, i, places)


def _home_districts(w: Words, spans: list[tuple[int, int, str | None]], lexicon: Lexicon, places: PlaceRules
                    ) -> list[tuple[int, int]]:
    """City districts (``lexicon.local_districts``) written as a family's address by the district alone, after words
    that say so (``places.district_homes``: "Home visit to Nunsthorpe", "living at Eastfield"; round 30); the same
    district elsewhere stays a place."""
    out: list[tuple[int, int]] = []
    heads = _district_heads(lexicon)
    for i in range(1, len(w)):
        if not w.forms[i][:1].isupper() or w.folded[i] not in heads or _overlaps(spans, w.starts[i], w.ends[i]):
            continue
        last = next((j for j in range(min(len(w), i + MAX_DISTRICT_WORDS) - 1, i - 1, -1)
                     if fold(w.text[w.starts[i]:w.ends[j]]) in lexicon.local_districts
                     and all(w.forms[k][:1].isupper() and w.gap(k) == " " for k in range(i + 1, j + 1))), None)
        if last is None or _overlaps(spans, w.starts[i], w.ends[last]):
            continue
        before = [fold(w.text[w.starts[k]:w.starts[i]]).strip() for k in range(max(0, i - 4), i)]
        if any(" ".join(b.split()) in places.district_homes for b in before):
            out.append((w.starts[i], w.ends[last]))
    return out


def _district_heads(lexicon: Lexicon) -> dict[str, None]:
    """The first words of ``lexicon.local_districts``, worked out once per lexicon: the words joined by single
    spaces that :func:`_home_districts` looks up fold word by word, so a district can start only at one of these."""
    heads = lexicon.memo.get("towns.district_heads")
    if heads is None:
        heads = lexicon.memo["towns.district_heads"] = dict.fromkeys(d.split(" ")[0] for d in lexicon.local_districts)
    return heads
