"""Pseudonymise notes: structured identifiers, places, the people table's names and other names, in that order.

1. Identifiers (``identifiers``): phone, NHS and NI numbers, postcodes, dates of birth, emails, links, handles,
   vehicle registrations and references become entity tokens (``[PHONE]``); dates, times and money are kept,
   except dates of birth (``births``: after a DOB cue or an age, beside a person's name, or the same day again);
   then the residual sweep (``sweep``) takes identifier-shaped tokens in formats no pattern knows.
2. Places (``places``): schools and nurseries become ``[SCHOOL]``, streets, blocks and estates ``[ADDRESS]``.
3. The people of the note's case (``people``): every word of their names, however written, becomes that
   person's pseudonym, the same for the person wherever the case's notes name them, so "Mr Okafor" stays a man
   with a surname and sentences keep their meaning.
4. Everyone else (``names``): words the name detector takes for names, and words of any name in the whole people
   table (a note without a case, a name from another case), become pseudonyms chosen by the name itself, so a
   sibling or a teacher keeps one pseudonym throughout a case.

Pseudonyms are chosen with a keyed hash (HMAC-SHA256 under a secret key kept beside the store), so nobody
without the key can confirm a guessed name by hashing it. The result is pseudonymised, not anonymised, data: see
SECURITY.md.

This module is the orchestration of the stage: the ``Pseudonymiser`` class (its four steps, pseudonym choice and
the case memory) and the file entry point. Each step's detection lives in its own module, and the helpers the steps
call live beside them: ``cues`` (initials, surnames after initials, single-capital surnames, particles, a lower-case
name before a person's verb), ``towns`` (a run of name words that is a town or district by its context) and
``spans`` (claimed spans and the rewrite).

Long because the ``Pseudonymiser`` class alone is about 360 lines: the four steps share one span bookkeeping (claimed
spans, case memory) that would otherwise cross module boundaries.
"""

from __future__ import annotations

import bisect
import hashlib
import hmac
import json
import os
import re
import secrets
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from casenotes.data import read_rule_yaml, sha256
from casenotes.deid.births import BirthRules, births
from casenotes.deid.cues import (_ARTICLES, _LETTERS, RARE_LOWER, _capitalised_or_rare, _collars, _dotted_run,
                                 _extend_runs, _lone_letters, _lower_person, _particle_start, _plain_word, _title)
from casenotes.deid.identifiers import DATE, KEEP, IdentifierPattern, all_needs, find_identifiers, load_patterns
from casenotes.deid.labels import LabelRules
from casenotes.deid.lexicon import UNKNOWN, Lexicon, common_word, default_lexicon
from casenotes.deid.names import NameDetector, detector_files
from casenotes.deid.people import CaseNames, Match, People, PeopleIndex, known_words, load_name_forms, read_people
from casenotes.deid.places import PlaceRules, find_places
from casenotes.deid.screens import Needs
from casenotes.deid.spans import _overlaps, _rewrite, _runs, _unclaimed, _with_school_tails
from casenotes.deid.sweep import Sweep
from casenotes.deid.text import Words, fold, recase, shape, words
from casenotes.deid.towns import (_AND, _district_slot, _home_districts, _home_slot, _institution, _localities, _placed,
                                  _school_district, _town, _town_after, _town_slot)
from casenotes.errors import InputError

__all__ = ["Pseudonymiser", "PeopleIndex", "load_key", "pseudonymise_file", "read_people"]

KEY_BYTES = 32
_AGE_AFTER = re.compile(r"\s*\((?:aged?\s*)?\d{1,2}(?:\s*(?:yrs?|years?|months?|mths?|m|y|yo))?\)")
"""A people-table name word written in lower case in a note not of its case is taken for the name only when it is
rarer than this in lower case in English."""


def load_key(path: str | Path) -> bytes:
    """The secret key at ``path``, created (random, readable by its owner only) if there is none yet.

    Whoever holds the key can re-identify nobody from the store alone, but can confirm a guessed name: keep it
    with the store, out of exports, and delete it when the store is destroyed.
    """
    path = Path(path)
    if path.is_file():
        key = path.read_bytes()
        if len(key) != KEY_BYTES:
            raise InputError(f"[E268] Key file '{path}' is not a casenotes key ({KEY_BYTES} bytes).")
        return key
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(KEY_BYTES)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)
    return key


class Pseudonymiser:
    """Replace people's names and identifiers in note text.

    Args:
        people: optional people table (``case_id``, ``name``) with the people of the notes' cases; a batch job
            passes each chunk its own cases' rows with :meth:`use_people`.
        key: the secret key pseudonyms are chosen with (see :func:`load_key`); without one a random key is made
            for this object, so its pseudonyms are stable only within it.
        known: folded name words of the whole people table (:func:`casenotes.deid.people.known_words`), found in
            any note.
        patterns, pseudonyms, names, places, diminutives: data files, ``"default"`` or a path.
        sweep: the residual sweep's file (:mod:`casenotes.deid.sweep`), ``"default"``, a path, or None for none.
        detector: the name detector, ``"default"``, a path, or None to find only the people table's names.
    """

    def __init__(self, people: pd.DataFrame | None = None, *, key: bytes | None = None,
                 known: frozenset[str] = frozenset(), patterns: str | Path = "default",
                 pseudonyms: str | Path = "default", names: str | Path = "default", places: str | Path = "default",
                 diminutives: str | Path = "default", detector: str | Path | None = "default",
                 sweep: str | Path | None = "default") -> None:
        self.patterns, self.patterns_file = load_patterns(patterns)
        self._needs: tuple[list[IdentifierPattern] | None, Needs] = (None, Needs.of(frozenset()))
        self.sweep = Sweep.load(sweep) if sweep is not None else None
        self.births = BirthRules.load(patterns)
        self.labels = LabelRules.load(patterns)
        self.pseudonyms_file, pool = read_rule_yaml(pseudonyms, "pseudonyms.v1.yaml", "E548")
        self._first: list[str] = pool["first_names"]
        self._last: list[str] = pool["surnames"]
        self.lexicon = default_lexicon() if str(names) == "default" else Lexicon.load(names)
        self.places = PlaceRules.load(places)
        self.diminutives, self.diminutives_file, self.clipping = load_name_forms(diminutives)
        self.detector = NameDetector.load(detector) if detector is not None else None
        self.detector_files = {} if detector is None else _detector_files(detector)
        self.key = key if key is not None else secrets.token_bytes(KEY_BYTES)
        self.known = known
        self.people = People(None, diminutives=self.diminutives)
        if people is not None:
            self.use_people(people)

    @property
    def data_files(self) -> dict[str, str]:
        """Data files in force and their SHA-256, for the run record."""
        files = {p.name: sha256(p) for p in (self.patterns_file, self.pseudonyms_file, self.diminutives_file)}
        swept = self.sweep.files if self.sweep is not None else {}
        return {**files, **self.lexicon.files, **self.places.files, **self.detector_files, **swept}

    read_people = staticmethod(read_people)

    def use_people(self, people: pd.DataFrame | None) -> None:
        """Find these people-table rows' names from now on (a batch job passes each chunk its own cases')."""
        self.people = People(people, diminutives=self.diminutives, placeholders=self.lexicon.placeholders,
                             clipping=self.clipping)

    def use_known(self, names: Iterable[object]) -> None:
        """Find the words of these names (a whole people table's) in every note, whatever its case."""
        self.known = known_words(names, self.lexicon)

    def text_digest(self, text: str) -> str:
        """A keyed digest of a note's original text (stored to tell versions of a note apart; without the key it
        cannot be used to confirm a guessed text)."""
        return hmac.new(self.key, text.encode("utf-8"), hashlib.sha256).hexdigest()[:40]

    def person_words(self, name: str, case_id: str | None) -> list[str]:
        """The pseudonyms a people-table name's words get in its case's notes (for the role tagger's hints)."""
        names = self.people.cases.get(str(case_id)) if case_id is not None else None
        if names is None:
            return []
        out = []
        for word in words(name).forms:
            match = names.words.get(fold(word))
            if match is not None:
                out.append(self._for_person(names, match, case_id, word))
        return out

    # -- the steps ---------------------------------------------------------------------------------------------
    def pseudonymise(self, texts: Sequence[str], case_ids: Sequence[str | None] | None = None) -> list[str]:
        """The pseudonymised texts (``case_ids``: each text's case, or None).

        Texts given together share what was found in each: a school or a person named in full in one note of a
        case ("Brackenwood Primary", "Chun Kit Lam") is also removed where another note of the case names it
        briefly ("at Brackenwood", "Chun said"). A batch job gives a chunk of notes at once.
        """
        # round 25: every rule reads the text with each tab one space (a reader's column break, or a tab given as
        # written), but for the table reading, which reads the columns; one character for one, so spans agree,
        # and the text is rewritten as given
        layouts = [unicodedata.normalize("NFC", t) for t in texts]
        texts = [t.replace("\t", " ") for t in layouts]
        ids = [None if c is None or (isinstance(c, float) and np.isnan(c)) else str(c)
               for c in (case_ids if case_ids is not None else [None] * len(texts))]
        ws = [words(t) for t in texts]
        scores = self.detector.scores(ws, self.lexicon, self.known) if self.detector is not None else [{} for _ in ws]
        found = [self._spans(w, c, d, layout) for w, c, d, layout in zip(ws, ids, scores, layouts)]
        memory: dict[str, _Memory] = {}
        for (_, remembered), case_id in zip(found, ids):
            if case_id is not None:
                memory.setdefault(case_id, _Memory()).update(remembered)
        out = []
        for w, c, (spans, remembered), layout in zip(ws, ids, found, layouts):
            case = memory[c] if c is not None else remembered
            # a word the detector alone took for a name that the case writes elsewhere as a district stays
            spans = [s for s in spans if remembered.guesses.get(s[:2]) not in case.districts]
            spans = spans + self._remembered(w, c, spans, case)
            out.append(_rewrite(layout, _with_school_tails(w.text, spans, self.places)))
        return out

    def __call__(self, text: str, case_id: str | None = None) -> str:
        """Return the pseudonymised text of one note."""
        return self.pseudonymise([text], [case_id])[0]

    def apply(self, notes: pd.DataFrame) -> pd.DataFrame:
        """Pseudonymise the ``text`` column of a notes chunk (returns a copy)."""
        out = notes.copy()
        case_ids = out["case_id"].tolist() if "case_id" in out else None
        out["text"] = self.pseudonymise(out["text"].tolist(), case_ids)
        return out

    def _spans(self, w: Words, case_id: str | None, scores: dict[int, float], layout: str | None = None
               ) -> tuple[list[tuple[int, int, str | None]], "_Memory"]:
        """What to replace in one text (start, end, replacement; None keeps a claimed span as written), and the
        place and name words found, for the other texts of its case (``scores``: the name detector's
        probabilities for the text's candidate words; ``layout``: the text with its tabs, for the table reading)."""
        threshold = self.detector.threshold if self.detector is not None else 1.0
        detected = [i for i, p in scores.items() if p >= threshold]
        memory = _Memory()
        found = self.labels.widen(w.text, self._identifiers(w.text))
        spans: list[tuple[int, int, str | None]] = [
            (a, b, None if entity in (KEEP, DATE) else f"[{entity}]") for a, b, entity in found]
        person_ends: list[int] = []
        freq = self.lexicon.frequencies(w.folded) if len(w) else np.zeros((0, 4))
        spans = self._places(w, freq, spans, memory)
        spans += [(a, b, "[ADDRESS]") for a, b in _localities(w, spans, self.lexicon)]
        names = self.people.cases.get(case_id) if case_id is not None else None
        matched, plural = self._table_words(w, names, freq, scores, threshold) if names is not None else ({}, set())
        for i, match in matched.items():
            end = w.ends[i] - (i in plural)  # "dans sister": the name without the possessive s written without '
            start = _particle_start(w, i, spans) if match.part == "surname" else w.starts[i]
            if names is not None and not _overlaps(spans, start, end):  # names is set where words matched
                spans.append((start, end, self._for_person(names, match, case_id, w.forms[i][:end - w.starts[i]])))
                person_ends.append(end)
        aged = {i for i in range(len(w)) if w.forms[i][:1].isupper() and w.folded[i] not in self.lexicon.not_names
                and _AGE_AFTER.match(w.text, w.ends[i])} if "(" in w.text else set()  # "Favour (2)", "Tia (7 yrs)"
        letters = _lone_letters(w, self.lexicon) | _collars(w, self.lexicon)  # "J showed me", "PC 21187 Shaw"
        others = _extend_runs(w, sorted((set(detected) | aged | letters | self._known_words(w, freq)) - set(matched)),
                              {i for i, m in matched.items() if m.part == "surname"}, set(matched), freq, self.lexicon)
        # "CRIS 4203719/24": the system's name stays, and so does the same word elsewhere in the note ("copied from
        # MERLIN ... Merlin ref: 25MER1002218"); claimed as kept, no name remembered from another note takes it
        labels = self.labels.spans(w.text, found)
        label_words = {w.folded[i] for i in range(len(w)) if labels and any(a <= w.starts[i] < b for a, b in labels)}
        memory.districts |= {f for i, f in enumerate(w.folded) if _district_slot(w, i, self.places) and self._unlisted(f)}
        spans += [(a, b, None) for a, b in labels if not _overlaps(spans, a, b)]
        # words inside a place or identifier found already name nothing more ("66 Newcomen Terrace Redcar": the
        # street is an address, and the town after it stays a town), nor do the letters of "N.I." or "D.O.B."
        others = [i for i in others if not _overlaps(spans, w.starts[i], w.ends[i])
                  and w.folded[i] not in label_words and not _title(w, i, self.lexicon)
                  and (len(w.forms[i]) > 1 or _dotted_run(w, i) not in self.lexicon.dotted_words)]
        for run in (r for r in _runs(w, others) if not _plain_word(w, r, freq, self.lexicon, self.known, names)):
            if _town(w, run, self.lexicon, matched, self.places, after_place=_placed(w, run, spans)) \
                    or _institution(w, run, self.places):
                memory.districts |= {w.folded[i] for i in run if self._unlisted(w.folded[i])}
                continue  # "moved from Bradford", "in Milton Keynes": a place the detector took for a name
            for i, pool in zip(run, _pools(w, run, self.lexicon)):
                start = _particle_start(w, i, spans) if pool != "initials" else w.starts[i]
                if not _overlaps(spans, start, w.ends[i]):
                    # a namesake of a person of the case (practitioner and mother both Hannah) gets another pseudonym
                    twin = names.words.get(w.folded[i]) if names is not None else None
                    avoid = self._for_person(names, twin, case_id, w.forms[i]) if names and twin else ""
                    avoid = "".join(w.forms[j] for j in run) if pool == "initials" else avoid
                    spans.append((start, w.ends[i], self._for_other(case_id or "", w.forms[i], pool, avoid=avoid)))
                    person_ends.append(w.ends[i])
                    memory.guesses[(start, w.ends[i])] = w.folded[i]
                    if pool != "initials" and len(w.forms[i]) > 2 and not common_word(freq[i, 0], freq[i, 1]) \
                            and w.folded[i] not in self.lexicon.towns:  # "Leicester CSC" is no reason to take
                        memory.names[w.folded[i]] = pool  # "to Leicester" elsewhere for a name
        born = set(births(w.text, [(a, b) for a, b, e in found if e == DATE], [(a, b) for a, b, e in found if e == "DOB"],
                          person_ends, self.births, layout=layout))
        return [(a, b, "[DOB]" if (a, b) in born and r is None else r) for a, b, r in spans], memory

    def _identifiers(self, text: str) -> list[tuple[int, int, str]]:
        """The identifier patterns' spans, then the residual sweep's: identifier-shaped tokens in formats no
        pattern knows. A kept year or time may be part of one ("tomas.k.1986"), so the sweep reads through kept
        spans, its own kept shapes keeping one that stands alone."""
        if self._needs[0] is not self.patterns:  # the needs of the patterns in force, worked out once
            self._needs = (self.patterns, all_needs(self.patterns))
        found = find_identifiers(text, self.patterns, self._needs[1])
        if self.sweep is None:
            return found
        return sorted(found + self.sweep.find(text, [s for s in found if s[2] != KEEP]))

    def _places(self, w: Words, freq: np.ndarray, spans: list[tuple[int, int, str | None]], memory: "_Memory"
                ) -> list[tuple[int, int, str | None]]:
        """``spans`` with the schools and addresses of a text outside them, each remembered (in ``memory``) for
        the case's other texts; not a town's service named after it ("Lambeth Housing", "Kent Police"), nor a listed
        district whose name holds a place word, written alone with no house number ("Hyson Green"). A house
        number read as a kept shape ("4-6 Kelso Road": a range, not a score or a date) is the address's."""
        claimed = [s for s in spans if s[2] is not None]
        out: list[tuple[int, int, str | None]] = []
        for a, b, entity in find_places(w, freq.tolist(), self.places, self.lexicon.towns,
                                               self.lexicon.first, self.lexicon.not_names):
            name = self._place_name(w, a, b)
            if " ".join(name) in self.lexicon.towns and w.folded[bisect.bisect_right(w.ends, b) - 1] in self.places.bodies:
                continue
            if entity == "ADDRESS" and fold(w.text[a:b]) in self.lexicon.districts:
                continue  # "Hyson Green", "Orchard Park", "on Hessle Road": a listed district, with no house number
            pieces = _unclaimed(claimed + out, a, b, w.text)  # "Flat 7" already claimed: "Marsh House" still goes
            out += [(x, y, f"[{entity}]") for x, y in pieces]
            if pieces:
                # a school is named again by its name alone ("attends Brackenwood"), a district's whole name when
                # it is named after one ("Rose Hill Primary" ... "at Rose Hill"); an address's name alone is the
                # district or person it was named after ("Kingstanding Road" ... "lives in Kingstanding")
                memory.places[_school_district(w, a, b, name, self.lexicon) if entity == "SCHOOL"
                              else self._place_name(w, a, b, place_words=True)] = entity
        out = [(a, _town_after(w, b, claimed, self.lexicon, self.places) if r == "[SCHOOL]" else b, r) for a, b, r in out]
        # a city district written as the family's home ("Home visit to Nunsthorpe"; round 30)
        out += [(a, b, "[ADDRESS]") for a, b in _home_districts(w, claimed + out, self.lexicon, self.places)]
        return [s for s in spans if s[2] is not None or not _overlaps(out, s[0], s[1])] + out

    def _place_name(self, w: Words, start: int, end: int, *, place_words: bool = False) -> tuple[str, ...]:
        """The words of a place that name it (not its qualifiers or house number, nor its place words unless
        ``place_words``): "Brackenwood" of "Brackenwood Primary School", "dulwich road" of "14 Dulwich Road"."""
        rules = self.places
        inside = [f for s, f in zip(w.starts, w.folded) if start <= s < end]
        name = [f for f in inside if f not in rules.entity_of and f not in rules.qualifiers
                and f not in rules.continues and len(f) > 2]
        return tuple(name + [f for f in inside[inside.index(name[-1]) + 1:] if f in rules.entity_of]
                     if place_words and name else name)

    def _remembered(self, w: Words, case_id: str | None, spans: list[tuple[int, int, str | None]],
                    memory: "_Memory") -> list[tuple[int, int, str | None]]:
        """Spans for the places and names found elsewhere in the case, where this text names them again."""
        out: list[tuple[int, int, str | None]] = []
        if not memory.places and not memory.names:
            return out
        taken = list(spans)
        starts = self._place_starts(w) if memory.places else {}
        for name, entity in memory.places.items():
            if not name:
                continue
            for i in starts.get(None if name[0] in self.places.entity_of else name[0], ()):
                if i > len(w) - len(name) or not self._names_place(w.folded[i:i + len(name)], name) \
                        or not _capitalised_or_rare(w, i, self.lexicon):
                    continue
                if entity == "SCHOOL" and " ".join(name) in self.lexicon.local_districts:
                    if _home_slot(w, i, self.places):
                        continue  # "moved to Longhill", "lives in Rose Hill": the district; "home from Longhill": the school
                elif " ".join(name) in self.lexicon.towns and _town_slot(w, i, i + len(name) - 1, self.places):
                    continue  # "in Canterbury", "Leicester CSC" are the town, whatever school of the case is named after it
                a, b = w.starts[i], w.ends[i + len(name) - 1]
                if not _overlaps(taken, a, b):
                    taken.append((a, b, f"[{entity}]"))
                    out.append(taken[-1])
        for i, f in enumerate(w.folded):
            pool = memory.names.get(f)
            if pool is None or f in memory.districts or f in self.lexicon.not_names \
                    or not _capitalised_or_rare(w, i, self.lexicon):
                continue
            if not _overlaps(taken, w.starts[i], w.ends[i]):
                taken.append((w.starts[i], w.ends[i], self._for_other(case_id or "", w.forms[i], pool)))
                out.append(taken[-1])
        return out

    def _place_starts(self, w: Words) -> dict[str | None, list[int]]:
        """Where a remembered place's name can start in a text, in text order: each folded word's positions, and
        under None those of every place word (a place word stands for any other, :meth:`_names_place`), so only
        those positions are tried, not every word of the text for every place of the case."""
        out: dict[str | None, list[int]] = {None: []}
        for i, f in enumerate(w.folded):
            out.setdefault(f, []).append(i)
            if f in self.places.entity_of:
                out[None].append(i)
        return out

    def _names_place(self, folded: list[str], name: tuple[str, ...]) -> bool:
        """Whether words name a remembered place: the same words, a place word standing for any other ("Harbour
        Pt" for "harbour point")."""
        return all(f == n or (f in self.places.entity_of and n in self.places.entity_of) for f, n in zip(folded, name))

    def _unlisted(self, folded: str) -> bool:
        """Whether a word is on no list of first names or surnames and no people table (so, beside what only a
        place has, a district's or village's name), longer than an initial and no number."""
        return len(folded) > 2 and folded not in self.lexicon.first and folded not in self.lexicon.surname \
            and folded not in self.known and not folded.isdigit()

    def _known_words(self, w: Words, freq: np.ndarray) -> set[int]:
        """Words of names anywhere in the people table (``known``): capitalised, or in lower case when they are
        rare in lower case ("zara", not "frank"); and a listed given name rare in lower case, written in lower case
        with a possessive "s" and no apostrophe ("at kaseys", "natalies no"; round 28; not "robins", "lorries"), where
        that is in no list of words and no name of its own."""
        lex = self.lexicon
        out = {i for i, f in enumerate(w.folded) if f in self.known
               and not (w.forms[i].islower() and freq[i, 0] > RARE_LOWER)}
        owners = [i for i, f in enumerate(w.folded) if len(f) > 4 and w.forms[i].endswith("s") and w.forms[i].islower()
                  and f[:-1] in lex.first and f not in lex.first and f not in lex.surname
                  and f[:-1] not in lex.not_names and freq[i, 0] <= UNKNOWN and freq[i, 1] <= UNKNOWN]
        stems = lex.frequencies([w.folded[i][:-1] for i in owners]).tolist() if owners else []
        return out | {i for i, (lower, title, *_) in zip(owners, stems) if lower < RARE_LOWER
                      and not common_word(lower, title)}

    def _table_words(self, w: Words, names: CaseNames, freq: np.ndarray, scores: dict[int, float],
                     threshold: float) -> tuple[dict[int, Match], set[int]]:
        """The words naming the case's people, and which of them end in a possessive s written without an
        apostrophe ("dans sister"). A common English word in lower case counts only where the detector takes it
        for a name, with a possessive or an age ("rang grace's mum", "summer (7)"; not "a grace period") or
        joined by "and" to another of the case's people ("rose and alfie"), or where the note names the person so in
        lower case elsewhere ("pat didnt ... pat v shaken"; round 28), initials only in capitals, and
        a given name not when a capitalised name of someone else follows it ("SW Hannah Price" is not the mother,
        Hannah Okafor)."""
        detected_set = {i for i, p in scores.items() if p >= threshold}
        found: dict[int, Match] = {}
        plural: set[int] = set()
        common: dict[int, Match] = {}  # common words in lower case, held back until something says they are names
        confirmed: set[str] = set()  # such words a person's verb or a family word in brackets showed to be names
        for i, f in enumerate(w.folded):
            match = names.words.get(f)
            if match is None and len(f) > 3 and f.endswith("s") and w.forms[i].islower():
                match = names.words.get(f[:-1])
                if match is not None:
                    plural.add(i)
            if match is None:
                continue
            form = w.forms[i]
            if form.islower() and common_word(freq[i, 0], freq[i, 1]) and i not in detected_set:
                plural.discard(i)
                if match.part == "first" and _lower_person(w, i, self.lexicon):
                    found[i] = match  # "pat didnt", "mum (grace": the person, wherever else the note writes it so
                    confirmed.add(f)
                elif w.possessive[i] or _AGE_AFTER.match(w.text, w.ends[i]):
                    found[i] = match  # "hope's mam", "summer (7)": the person
                elif i not in plural:
                    common[i] = match
                continue
            if match.part == "initials" and not form.isupper():
                continue
            found[i] = match
        confirmed -= self.lexicon.person_verbs
        for i, match in common.items():  # "rose and alfie": joined by "and" to one of the case's people
            if (w.folded[i] in confirmed and (i == 0 or w.folded[i - 1] not in _ARTICLES)) or any(j in found and w.folded[k] in _AND and w.gap(min(i, j) + 1).strip() == "" == w.gap(max(i, j)).strip()
                   for j, k in ((i - 2, i - 1), (i + 2, i + 1)) if 0 <= j < len(w)):
                found[i] = match
        for i, match in list(found.items()):
            nxt = i + 1
            if match.part != "first" or nxt >= len(w) or w.gap(nxt) != " " or nxt in found:
                continue
            # a given name of the case followed by a surname that is no one's in the case: someone else
            if w.forms[nxt][:1].isupper() and w.folded[nxt] not in self.lexicon.not_names and (
                    nxt in detected_set or i in detected_set):
                found.pop(i)
        return found, plural

    def _pick(self, pool: list[str] | str, original: str, *key: str, avoid: Iterable[str] = ()) -> str:
        """An item of ``pool`` chosen by the keyed hash of ``key``, never ``original`` itself (nor one of
        ``avoid``, while the pool holds anything else)."""
        digest = hmac.new(self.key, "\x1f".join(key).encode("utf-8"), hashlib.sha256).digest()
        i = int.from_bytes(digest[:8], "big") % len(pool)
        banned = {fold(original), *map(fold, avoid)}
        for _ in range(len(pool)):  # never "replace" a name (or an initial) by itself
            if fold(pool[i]) not in banned:
                break
            i = (i + 1) % len(pool)
        return pool[i]

    def _for_person(self, names: CaseNames, match: Match, case_id: str | None, original: str) -> str:
        if match.part == "initials":
            person = names.persons[match.person]
            parts = [person.given[:1], person.middle[:1] if len(match.key) > 2 else (), person.surname[-1:]]
            letters: list[str] = []
            for words_, pool, part in zip(parts, (self._first, self._first, self._last), ("first", "first", "surname")):
                for word in words_:
                    letter = self._pick(pool, word, "case", str(case_id), part, fold(word))[0]
                    if fold(letter) in fold(original):  # no letter of the initials stays, in any place
                        letter = self._pick(_LETTERS, letter, "case", str(case_id), "initial", fold(word),
                                            avoid=original)
                    letters.append(letter)
            return recase("".join(letters), original)
        pool, part = (self._last, "surname") if match.part == "surname" else (self._first, "first")
        # no name word of the case's people comes back as a pseudonym ("Dean Hollis" is never "Hollis Yardley", nor
        # is his partner); the same words are avoided for every mention, so a name keeps one pseudonym
        return recase(self._pick(pool, original, "case", str(case_id), part, match.key, avoid=names.words),
                      original)

    def _for_other(self, scope: str, original: str, pool: str, *, avoid: str = "") -> str:
        """A pseudonym for a name no people table holds; initials (``avoid``: the other letters of their run, as
        "K.W.") draw letters none of which is one of the originals, so no letter survives in another place."""
        if pool == "initials":
            letters = [self._pick(_LETTERS, c, "initial", scope, fold(original), str(k), avoid=original + avoid)
                       for k, c in enumerate(original)]
            return recase("".join(letters), original)
        names = self._last if pool == "surname" else self._first
        return recase(self._pick(names, original, "name", scope, pool, fold(original), avoid=(avoid,)), original)


@dataclass
class _Memory:
    """The place names (folded words -> entity) and other people's name words (folded -> pseudonym pool) found in
    a case's texts."""

    places: dict[tuple[str, ...], str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    districts: set[str] = field(default_factory=set)
    """Words no name list holds that a text of the case wrote where only a place stands ("in Kingstanding", "the
    Kingstanding area"): a district, not a person, wherever the case names it."""
    guesses: dict[tuple[int, int], str] = field(default_factory=dict)
    """The spans of one text replaced as someone's name on the detector's word alone (span -> folded word)."""

    def update(self, other: "_Memory") -> None:
        self.places.update(other.places)
        self.names.update(other.names)
        self.districts |= other.districts


def _pools(w: Words, run: list[int], lexicon: Lexicon) -> list[str]:
    """For each word of a name: ``first``, ``surname`` or ``initials`` (what kind of pseudonym it gets)."""
    if all(len(w.forms[i]) == 1 or (shape(w.forms[i]) == "XX" and len(w.forms[i]) <= 3) for i in run):
        return ["initials"] * len(run)
    if len(run) == 1:
        after_title = run[0] > 0 and w.folded[run[0] - 1] in lexicon.titles
        return ["surname" if after_title else "first"]
    return ["first"] * (len(run) - 1) + ["surname"]


def _detector_files(detector: str | Path) -> dict[str, str]:
    return {p.name: sha256(p) for p in detector_files(detector)}


def pseudonymise_file(input_path: str | Path, output: str | Path, *, mapping: str | Path | None = None,
                      people: str | Path | None = None, rejects: str | Path | None = None,
                      key: str | Path | None = None) -> dict[str, int]:
    """Pseudonymise an export without scoring it: one JSON line ``{"note_id", "case_id", "text"}`` per accepted
    row, in input order, and every other row in the rejects CSV with its reason (what ``casenotes score`` would
    store, for an information-governance check of the de-identification alone).

    ``key`` is the key file pseudonyms are chosen with (created if missing; default ``<output>.key``).
    Returns the counts: ``rows_read``, ``notes_written``, ``rows_rejected`` (they reconcile). Warns
    (CasenotesWarning, W004) when the people table names nobody in the export's cases.
    """
    from casenotes.ingest import Mapping, NoteReader, flat, rejects_csv
    from casenotes.private import open_private

    output = Path(output)
    reader = NoteReader(input_path, Mapping.load(mapping))
    index = PeopleIndex(people) if people else None
    deid = Pseudonymiser(key=load_key(key or output.with_name(output.name + ".key")))
    if index is not None:
        deid.use_known(index.table["name"].tolist())
    rejects_path = Path(rejects) if rejects else output.with_name(output.stem + "_rejects.csv")
    written = 0
    with (open_private(output, encoding="utf-8") as out,  # 0600: pseudonymised notes are personal data
          rejects_csv(rejects_path) as write_rejects):
        for notes, chunk_rejects in reader:
            write_rejects(chunk_rejects)
            deid.use_people(index.for_cases(notes["case_id"]) if index is not None else None)
            for note_id, case_id, text in zip(notes["note_id"], notes["case_id"], deid.apply(notes)["text"]):
                case = None if case_id is None or pd.isna(case_id) else str(case_id)
                out.write(json.dumps({"note_id": note_id, "case_id": case, "text": flat(text)}, ensure_ascii=False)
                          + "\n")  # the reader's column breaks (tabs, for the table rules) one space again
                written += 1
    if index is not None:
        index.warn_if_unmatched(Path(input_path).name)
    return {"rows_read": reader.stats.rows, "notes_written": written, "rows_rejected": reader.stats.rejected_total}
