"""The people table: every part of every name of a case, however the table or the note writes it.

A table row's name is parsed (``Surname, Forename``, ``Forename SURNAME``, ``SURNAME Forename``, titles,
middle names, nicknames in quotes; via ``nameparser``), folded (so ``Zoë`` in a decomposed Mac export meets
``ZOE`` in a note) and expanded: each given name, middle name and surname part, the diminutives of the given
names (``diminutives.v1.yaml``: Elizabeth is also Liz, Lizzie, Beth) and the person's initials. A note's words
are then looked up one by one, so lower case, capitals, possessives and partial names all match.

Words that are also common English words (a surname ``Brown``, a first name ``Will``) are matched only when
written capitalised, so "she will attend" keeps its verb.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from casenotes.data import read_rule_yaml
from casenotes.deid.lexicon import Lexicon, common_word
from casenotes.deid.text import fold
from casenotes.errors import CasenotesWarning, InputError, RuleFileError

PARTS = ("first", "middle", "surname", "initials")
"""What a matched word is of its person: a given name (or its diminutive), a middle name, a surname part, or
the person's initials."""
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "al", "el",
                        "bin", "bint", "ibn", "ap", "mac", "st", "ter", "ten"})


@dataclass(frozen=True)
class NameParts:
    """A person's name split into parts (as written, NFC)."""

    given: tuple[str, ...]
    middle: tuple[str, ...]
    surname: tuple[str, ...]
    nicknames: tuple[str, ...] = ()


@lru_cache(maxsize=8192)
def parse_name(raw: str, placeholders: frozenset[str] = frozenset()) -> NameParts | None:
    """Split a people-table name into parts, or None for an empty cell or one of placeholders alone.

    Remembered for the last 8,192 names (the result is immutable): a batch job parses each chunk's rows of the
    people table, and a case's people again for every chunk its notes fall in.

    ``Okafor, Zara`` and ``Zara Okafor`` give the same parts; a name with one part in capitals and the others not
    (``Zara OKAFOR``, ``OKAFOR Zara``, ``Mrs Zara OKAFOR``) takes the capitals for the surname, as case systems
    write it; a title before it is dropped, and so are ``placeholders`` (folded words a table writes for a name not
    yet given, "Baby of Kelly Marsh", "SOUSA, baby", "Zahedi, baby girl"), with an "of" after one: the mother's name
    after it is still hers.
    """
    from nameparser import HumanName
    from nameparser.config import CONSTANTS

    kept = _without_placeholders(str(raw).split(), placeholders)
    text = " ".join(kept)
    if not text.replace(",", "").strip():
        return None
    if len(kept) == 1 and len(str(raw).split()) > 1:  # "Baby Thomas", "SOUSA, baby": the family's name
        return NameParts((), (), (kept[0].rstrip(","),))
    tokens = text.replace(",", " ").split()
    while len(tokens) > 1 and fold(tokens[0]).strip(".") in CONSTANTS.titles:
        tokens = tokens[1:]  # "Mrs Maureen TINDALE": the title is nobody's name (nameparser drops it too)
    caps = [t for t in tokens if len(t) > 1 and t.isupper()]
    if "," not in text and caps and len(caps) < len(tokens):
        given = [t for t in tokens if t not in caps]
        return NameParts((given[0],), tuple(given[1:]), tuple(caps))
    name = HumanName(text)
    first = tuple(name.first.split()) if name.first else ()
    middle = tuple(name.middle.split()) if name.middle else ()
    last = tuple(name.last.split()) if name.last else ()
    nick = tuple(name.nickname.split()) if name.nickname else ()
    if not first and not last:
        return NameParts(tuple(tokens[:1]), tuple(tokens[1:-1]), tuple(tokens[-1:]) if len(tokens) > 1 else ())
    return NameParts(first, middle, last, nick)


def _without_placeholders(tokens: list[str], placeholders: frozenset[str]) -> list[str]:
    """``tokens`` less the placeholder words written after a comma or before "of", and that "of" ("Baby of Kelly
    Marsh" -> "Kelly Marsh", "SOUSA, baby girl" -> "SOUSA,"); one written before a name stays, as notes write it
    with the name ("Baby Thomas")."""
    out: list[str] = []
    dropped = False
    for k, token in enumerate(tokens):
        word = fold(token).strip(",.()")
        after = fold(tokens[k + 1]) if k + 1 < len(tokens) else ""
        placeholder = word in placeholders and ((k > 0 and (tokens[k - 1].endswith(",") or dropped)) or after == "of")
        if placeholder or (dropped and word == "of"):
            dropped = True
            if token.endswith(",") and out:
                out[-1] = out[-1].rstrip(",") + ","
            continue
        dropped = False
        out.append(token)
    return out


def load_diminutives(path: str | Path = "default") -> tuple[dict[str, frozenset[str]], Path]:
    """Folded name -> every name of its groups (itself included)."""
    file, raw = read_rule_yaml(path, "diminutives.v1.yaml", "E266")
    return _groups(file, raw), file


def load_name_forms(path: str | Path = "default") -> tuple[dict[str, frozenset[str]], Path, "Clipping"]:
    """The diminutives file read once: its groups (as :func:`load_diminutives`), the file, and its clipping (the
    ``clipped`` section: how listed given names are shortened)."""
    file, raw = read_rule_yaml(path, "diminutives.v1.yaml", "E266")
    return _groups(file, raw), file, _clipping(file, raw)


def _groups(file: Path, raw: dict) -> dict[str, frozenset[str]]:
    groups = raw.get("groups")
    if not isinstance(groups, list) or not all(isinstance(g, list) and all(isinstance(n, str) for n in g)
                                               for g in groups):
        raise RuleFileError(f"[E266] {file.name}: 'groups' must be a list of lists of names.")
    out: dict[str, set[str]] = {}
    for group in groups:
        folded = {fold(n) for n in group}
        for name in folded:
            out.setdefault(name, set()).update(folded)
    return {k: frozenset(v) for k, v in out.items()}


@dataclass(frozen=True)
class Clipping:
    """How a writer shortens a given name without a list (``clipped`` in ``diminutives.v1.yaml``): its first
    syllable with one of ``endings``, or with its last consonant doubled (or sounded alike) before one of
    ``doubled_endings``; every form has at least ``min_letters`` letters."""

    endings: tuple[str, ...] = ()
    doubled_endings: tuple[str, ...] = ()
    sounds_alike: tuple[tuple[str, str], ...] = ()
    min_letters: int = 4
    never_doubled: tuple[str, ...] = ()
    short_endings: tuple[str, ...] = ()
    """Endings put on the first syllable of a name only one letter longer, ending in a vowel ("rubes" for Ruby,
    "tobes" for Toby; round 28)."""

    @cached_property
    def _alike(self) -> dict[str, str]:
        """``sounds_alike`` as a mapping, built once (a cached property writes the instance's dict directly, which a
        frozen dataclass allows)."""
        return dict(self.sounds_alike)

    def forms(self, name: str) -> set[str]:
        """The clipped forms of a folded given name ("sadia": sadz, sads, sady, sadie, saddy, saddie, ...)."""
        m = _SYLLABLE.match(name)
        if m is None or not name.isalpha():
            return set()
        out: set[str] = set()
        alike = self._alike
        for clip in {m.group(1), m.group(0)}:
            if len(name) == len(clip) + 1 and name[-1] in "aeiouy":
                out |= {clip + e for e in self.short_endings}  # Ruby: "rubes"
            if len(name) < len(clip) + 2:
                continue  # Mark, Rose, Grace: nothing left to clip
            out |= {clip + e for e in self.endings}
        clip = m.group(1)
        if len(name) >= len(clip) + 2:
            last = clip[-1]
            for double in {last, alike.get(last, last)} - set(self.never_doubled):
                stem = clip[:-1] + double * 2
                out |= {stem + e for e in self.doubled_endings}
        return {f for f in out - {name} if len(f) >= self.min_letters and not _TRIPLE.search(f)}


_TRIPLE = re.compile(r"(.)\1\1")
_SYLLABLE = re.compile(r"([^aeiouy]*[aeiouy]+[^aeiouy])[^aeiouy]?")
"""A folded name's first syllable: group 1 up to the first consonant after its first vowels, the whole match with
the consonant after that one too ("harp" of Harpreet)."""


def _clipping(file: Path, raw: dict) -> Clipping:
    """The ``clipped`` section of the diminutives file (no clipping when it has none)."""
    rule = raw.get("clipped") or {}
    try:
        return Clipping(endings=tuple(rule.get("endings", ())), doubled_endings=tuple(rule.get("doubled_endings", ())),
                        sounds_alike=tuple(sorted(dict(rule.get("sounds_alike", {})).items())),
                        min_letters=int(rule.get("min_letters", 4)),
                        never_doubled=tuple(rule.get("never_doubled", ())),
                        short_endings=tuple(rule.get("short_endings", ())))
    except (TypeError, ValueError, AttributeError):
        raise RuleFileError(f"[E266] {file.name}: 'clipped' must hold endings, doubled_endings, never_doubled, "
                            f"short_endings (lists), "
                            f"sounds_alike (a mapping) and min_letters (a number).") from None


@dataclass(frozen=True)
class Match:
    """A word of a note that names someone in the people table."""

    person: int
    part: str
    key: str
    """The folded name the pseudonym is chosen by (a diminutive is keyed by the given name it stands for)."""
    clipped: bool = field(default=False, compare=False)
    """A clipped form made without a list (``Clipping``): any name put later for the same word replaces it."""


class CaseNames:
    """The names of one case's people, looked up word by word."""

    def __init__(self) -> None:
        self.words: dict[str, Match] = {}
        self.persons: list[NameParts] = []

    def add(self, parts: NameParts, diminutives: dict[str, frozenset[str]], clipping: Clipping | None = None) -> None:
        person = len(self.persons)
        self.persons.append(parts)
        for word in (*parts.given, *parts.nicknames):
            for piece in _pieces(word):
                self._put(piece, Match(person, "first", piece))
                for other in diminutives.get(piece, ()):
                    self._put(other, Match(person, "first", piece))
                for short in clipping.forms(piece) if clipping is not None else ():
                    if short not in self.words:  # round 25: "Sadz" for Sadia; any listed name comes first
                        self._put(short, Match(person, "first", piece, clipped=True))
            letters = _hyphen_letters(word)
            if letters:  # round 22: "TJ" for Tyler-Jay, keyed by the whole given name
                self._put(letters, Match(person, "first", fold(word).strip("'-.")), weak=True)
        for word in parts.middle:
            for piece in _pieces(word):
                self._put(piece, Match(person, "middle", piece))
        whole = fold("-".join(parts.surname)) if len(parts.surname) > 1 else None
        for word in parts.surname:
            for piece in _pieces(word):
                if piece not in _PARTICLES:
                    self._put(piece, Match(person, "surname", piece))
        if whole:
            self._put(whole, Match(person, "surname", whole))
        if parts.given and parts.surname:
            first, last = fold(parts.given[0])[:1], fold(parts.surname[-1])[:1]
            middle = "".join(fold(m)[:1] for m in parts.middle)
            for initials in {first + last, first + middle + last}:
                if len(initials) > 1:
                    self._put(initials, Match(person, "initials", initials), weak=True)

    def _put(self, word: str, match: Match, *, weak: bool = False) -> None:
        """First come, first kept: a given name beats the same word as another person's diminutive or initials."""
        if len(word) < 2:
            return
        if word not in self.words or (not weak and (self.words[word].part == "initials" or self.words[word].clipped)):
            self.words[word] = match


def _hyphen_letters(word: str) -> str:
    """The first letters of a hyphenated given name's parts ("tj" for Tyler-Jay, "am" for Anna-Marie), the short
    form families call such a child by; empty for a name of one part."""
    parts = [p for p in fold(word).strip("'-.").split("-") if p]
    return "".join(p[0] for p in parts) if len(parts) > 1 else ""


def _pieces(word: str) -> list[str]:
    """A name word folded, and the parts of a hyphenated one (Smith-Jones is also Smith and Jones)."""
    folded = fold(word).strip("'-.")
    pieces = [folded] if folded else []
    if "-" in folded:
        pieces += [p for p in folded.split("-") if len(p) > 1]
    return pieces


class PeopleIndex:
    """The people table, read once by a batch job, handing each chunk the rows of its own cases, and the folded
    name words of everyone in it (for notes with no case, or names of people of other cases).

    Attributes:
        cases_asked: case ids asked for so far (per chunk, so a case in two chunks counts twice).
        cases_named: of those, the ones the table has rows for.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.table = read_people(path).astype({"case_id": str}).reset_index(drop=True)
        self.rows = self.table.groupby("case_id", sort=False).indices
        self.cases_asked = self.cases_named = 0

    def for_cases(self, case_ids: pd.Series) -> pd.DataFrame:
        asked = pd.unique(case_ids.astype(str))
        found = [self.rows[c] for c in asked if c in self.rows]
        self.cases_asked += len(asked)
        self.cases_named += len(found)
        return self.table.iloc[np.concatenate(found) if found else []]

    def warn_if_unmatched(self, source: str) -> None:
        """Warn (W004) when the table had rows for none of the cases asked for (the notes of ``source``): its
        case ids are probably written differently from the export's, and each case's own names and roles went
        unused (names were still looked for as the table's words in every note)."""
        if self.cases_asked and not self.cases_named:
            warnings.warn(f"[W004] People table {self.path.name} names nobody in the cases of {source}: check that "
                          f"case_id is written the same way in both (e.g. leading zeros, prefixes).",
                          CasenotesWarning, stacklevel=2)


def read_people(path: str | Path) -> pd.DataFrame:
    """Read a people table (CSV/Parquet) with at least ``case_id`` and ``name``."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"[E033] People file '{path}' does not exist.")
    frame = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(
        path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    missing = {"case_id", "name"} - set(frame.columns)
    if missing:
        raise InputError(f"[E034] People file '{path.name}': missing column(s) {sorted(missing)}; "
                         f"found {list(frame.columns)}.")
    return frame


def known_words(names: Iterable[object], lexicon: Lexicon) -> frozenset[str]:
    """The folded name words of a whole people table that are worth finding anywhere: not common English words,
    at least three letters, not particles."""
    out: set[str] = set()
    for raw in names:
        if not isinstance(raw, str):
            continue
        parts = parse_name(raw, lexicon.placeholders)
        if parts is None:
            continue
        for word in (*parts.given, *parts.middle, *parts.surname, *parts.nicknames):
            out.update(p for p in _pieces(word) if len(p) > 2 and p not in _PARTICLES)
    candidates = sorted(out)
    freq = lexicon.frequencies(candidates)
    return frozenset(w for w, (lower, title) in zip(candidates, freq[:, :2].tolist())
                     if not common_word(lower, title) and w not in lexicon.not_names)


class People:
    """Per case, the names of its people (built from a chunk's rows of the people table)."""

    def __init__(self, rows: pd.DataFrame | None, *, diminutives: dict[str, frozenset[str]],
                 placeholders: frozenset[str] = frozenset(), clipping: Clipping | None = None) -> None:
        self.cases: dict[str, CaseNames] = {}
        if rows is None or rows.empty:
            return
        for case, raw in zip(rows["case_id"].astype(str).tolist(), rows["name"].tolist()):
            if not isinstance(raw, str):
                if raw is None or pd.isna(raw):
                    continue
                raw = str(raw)
            parts = parse_name(raw, placeholders)
            if parts is not None:
                self.cases.setdefault(case, CaseNames()).add(parts, diminutives, clipping)
