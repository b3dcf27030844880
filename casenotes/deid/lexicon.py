"""The word lists behind name finding: first names, surnames, titles, cues, words that are never names, and how
common each word is in English in lower case and capitalised.

All are data files in ``casenotes/data`` (built by ``annotation/deid/build_lexicon.py`` where they come from
public sources); a researcher may point at edited copies. Lists are held as folded forms (see
:func:`casenotes.deid.text.fold`); the frequency lexicon as sorted 64-bit keys with parallel arrays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from casenotes.data import read_rule_yaml, resolve, sha256
from casenotes.deid.text import fold, keys64
from casenotes.errors import RuleFileError

_CONFIG_KEYS = {"version", "titles", "cues", "not_names", "letters_not_names", "letter_labels", "dotted_words",
                "person_verbs", "weak_person_verbs", "name_prefixes", "placeholders", "initials_words",
                "initials_roles"}
_WORD_LISTS = _CONFIG_KEYS - {"version"}
"""The config keys holding a list of words, each a :class:`Lexicon` field of the same name."""
_JOINED_UP = re.compile(r"([A-Z][a-z]+)(?:[A-Z][a-z]+)+")
"""A word of capitalised parts written together ("MyConcern", "SystmOne", "McDonald")."""
UNKNOWN = -99.0
"""Log-probability given to a form the lexicon does not hold."""
CACHE_WORDS = 200_000
"""Word forms whose frequencies a lexicon remembers (then it starts again: notes are full of one-off strings)."""
COMMON = -12.5
"""Log-probability (lower case) above which a word is a common English word."""
ATTESTED = -16.0
"""Log-probability (lower case) above which a word is in ordinary English use at all."""


def common_word(lower: float, title: float) -> bool:
    """A common English word, written in lower case at least as often as capitalised ("will", "grace", "joy"):
    in lower case it is the word, not the name."""
    return lower > COMMON and lower >= title - 0.5


def word_like(lower: float, title: float) -> bool:
    """An English word in ordinary use, mostly written in lower case ("graded", "remains"; not "elm", "jubilee",
    "frank" which are mostly capitalised): a lower-case name word of a place must not be one."""
    return lower > ATTESTED and lower >= title - 0.5


def _read_list(path: Path) -> frozenset[str]:
    """A one-name-per-line file (``#`` comments) as folded forms."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(fold(line))
    return frozenset(out)


@dataclass
class Lexicon:
    """Name lists, cue lists and English word frequencies for the name steps.

    Attributes:
        first, surname: folded first names and surnames (Faker's locales plus the project's own lists).
        titles: words written before a name (Mr, PC, SW...); cues: words often just before a name.
        not_names: capitalised words never taken for a name (Mum, Monday, CAMHS...).
        letters_not_names, letter_labels: a capital letter on its own is a person ("J said"), except these letters
            and after these words ("Plan B"); dotted_words: lower-case letters with full stops that spell an
            abbreviation ("d.o.b"), not initials.
        person_verbs: words that, straight after a capitalised common word, say it is a person ("Grace said",
            "Sue will"), not the word ("Frank discussion").
        name_prefixes: the first parts of surnames written with an inner capital ("Mc", "Mac", "De"): any other
            word written so is a product's or a service's name, never a person's (:meth:`joined_up`).
        placeholders: words a people table writes in place of a name not yet given ("Baby of Kelly Marsh",
            "SOUSA, baby", "ROWE, Unborn"): no part of anyone's name.
        towns: folded place names (one or more words) of the UK and, for large places, the world, which a name
            found on its own is not.
        files: data files in force and their SHA-256, for the run record.
        districts: folded names of cities' districts from the hand-written list (also in ``towns``): one whose
            name holds a place word ("Hyson Green", "Orchard Park") written alone is the district, not an address.
    """

    first: frozenset[str]
    surname: frozenset[str]
    titles: frozenset[str]
    cues: frozenset[str]
    not_names: frozenset[str]
    letters_not_names: frozenset[str]
    letter_labels: frozenset[str]
    dotted_words: frozenset[str]
    towns: frozenset[str]
    keys: np.ndarray
    lower: np.ndarray
    title: np.ndarray
    upper: np.ndarray
    cluster: np.ndarray
    files: dict[str, str] = field(default_factory=dict)
    districts: frozenset[str] = frozenset()
    person_verbs: frozenset[str] = frozenset()
    weak_person_verbs: frozenset[str] = frozenset()
    """Of ``person_verbs``, those that follow a thing as often as a person ("is", "was", "will", "to"): enough after a
    capitalised word, not after a given name written in lower case that is also a word (round 28)."""
    name_prefixes: frozenset[str] = frozenset()
    initials_words: frozenset[str] = frozenset()
    """Two or three letters that, in capitals, are an English word or a common shorthand before they are anyone's
    initials ("CO to call", "IS", "TO"): never taken for initials on a cue alone (round 28)."""
    initials_roles: frozenset[str] = frozenset()
    """Words of a role or a duty that say capital initials beside them are a person ("AHB (duty)", "TC
    (stepfather)", "MB, EDT" at a note's end; round 28), beside the titles and the never-a-name list."""
    placeholders: frozenset[str] = frozenset()
    local_districts: frozenset[str] = frozenset()
    """Of ``districts``, those no list of the UK's or the world's towns holds (a city's district or estate, not a
    post town): after a family's street address in the same comma run, or as a school's name, part of that address
    or school (round 30, deid-v34)."""
    _rows: dict[str, tuple[float, float, float, float]] = field(default_factory=dict, repr=False)
    memo: dict[str, dict] = field(default_factory=dict, repr=False)
    """Per-form results the name steps work out from these lists (cached here, as they change with the lists)."""

    def joined_up(self, form: str) -> bool:
        """Whether ``form`` is a product's or service's name written as capitalised parts run together
        ("MyConcern", "SystmOne", "LanguageLine"), which people's names are only after a surname prefix
        ("McDonald", "DeShawn")."""
        m = _JOINED_UP.fullmatch(form)
        return m is not None and fold(m.group(1)) not in self.name_prefixes

    @classmethod
    def load(cls, config: str | Path = "default", *, first: str | Path = "default",
             surname: str | Path = "default", lexicon: str | Path = "default", towns: str | Path = "default",
             world: str | Path = "default", communities: str | Path = "default",
             districts: str | Path = "default") -> "Lexicon":
        """Load the lists (``"default"`` or a path for each; ``towns`` and ``world`` are the UK's places and the
        rest of the world's, held together as ``towns`` with ``districts``, the cities' districts and the short
        names towns go by that no GeoNames list holds; ``communities`` the nationalities, peoples and faiths that
        join ``not_names``)."""
        config_file, raw = read_rule_yaml(config, "deid_names.v1.yaml", "E260")
        unknown = set(raw) - _CONFIG_KEYS
        if unknown:
            raise RuleFileError(f"[E260] {config_file.name}: unknown keys {sorted(unknown)}; allowed "
                                f"{sorted(_CONFIG_KEYS)}.")
        lists: dict[str, Any] = {}  # frozensets, for the fields of the same names
        for key in sorted(_WORD_LISTS):
            value = raw.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise RuleFileError(f"[E261] {config_file.name}: '{key}' must be a list of words.")
            lists[key] = frozenset(fold(v) for v in value)
        first_file = resolve(first, "names_first.v1.txt")
        surname_file = resolve(surname, "names_surname.v1.txt")
        lexicon_file = resolve(lexicon, "name_lexicon.v1.npz")
        towns_file = resolve(towns, "places_uk.v1.txt")
        world_file = resolve(world, "places_world.v1.txt")
        communities_file = resolve(communities, "communities.v1.txt")
        districts_file = resolve(districts, "places_districts.v1.txt")
        lists["not_names"] |= _read_list(communities_file)  # "a Goan family": never a name on its own
        with np.load(lexicon_file, allow_pickle=False) as arrays:
            keys, lower, title, upper, cluster = (arrays[k] for k in ("keys", "lower", "title", "upper", "cluster"))
        districts_ = _read_list(districts_file)
        towns_ = _read_list(towns_file) | _read_list(world_file)
        places = towns_ | districts_
        places |= {"st " + p.removeprefix("saint ") for p in places if p.startswith("saint ")}  # "St Blazey"
        return cls(first=_read_list(first_file), surname=_read_list(surname_file), keys=keys, lower=lower,
                   title=title, upper=upper, cluster=cluster, towns=places, districts=districts_,
                   local_districts=districts_ - towns_,
                   files={f.name: sha256(f) for f in (config_file, first_file, surname_file, lexicon_file, towns_file,
                                                      world_file, communities_file, districts_file)},
                   **lists)

    def frequencies(self, folded: list[str]) -> np.ndarray:
        """Per form, ``[lower, capitalised, upper-case]`` log-probabilities (``UNKNOWN`` where not held) and the
        Brown cluster (0 where not held), as an n x 4 float array.

        Rows are remembered per form (a note's vocabulary is mostly words seen before), up to ``CACHE_WORDS``."""
        cache = self._rows
        missing = [f for f in dict.fromkeys(folded) if f not in cache]
        if missing:
            if len(cache) + len(missing) > CACHE_WORDS:
                cache.clear()
            for form, row in zip(missing, self._lookup(missing)):
                cache[form] = row
        if not folded:
            return np.full((0, 4), UNKNOWN)
        return np.array([cache[f] for f in folded])

    def _lookup(self, folded: list[str]) -> list[tuple[float, float, float, float]]:
        out = np.full((len(folded), 4), UNKNOWN, dtype=np.float64)
        out[:, 3] = 0
        if not folded:
            return []
        keys = keys64(folded)
        at = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        found = self.keys[at] == keys
        rows = at[found]
        out[found, 0] = self.lower[rows]
        out[found, 1] = self.title[rows]
        out[found, 2] = self.upper[rows]
        out[found, 3] = self.cluster[rows]
        return [(a, b, c, d) for a, b, c, d in out.tolist()]


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lists, loaded once per process (they are read-only)."""
    return Lexicon.load()
