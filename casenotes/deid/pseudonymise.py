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

Long because the four steps above share one span bookkeeping (claimed spans, case memory) that
would otherwise cross module boundaries; each step's detection lives in its own module.
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
from casenotes.deid.identifiers import DATE, KEEP, load_patterns, find_identifiers
from casenotes.deid.lexicon import COMMON, UNKNOWN, Lexicon, common_word, default_lexicon, word_like
from casenotes.deid.names import NameDetector, detector_files
from casenotes.deid.labels import LabelRules
from casenotes.deid.people import (CaseNames, Match, People, PeopleIndex, known_words, load_name_forms,
                                   read_people)
from casenotes.deid.places import PlaceRules, find_places, school_tail
from casenotes.deid.sweep import Sweep
from casenotes.deid.text import Words, fold, recase, shape, words
from casenotes.errors import InputError

__all__ = ["Pseudonymiser", "PeopleIndex", "load_key", "pseudonymise_file", "read_people"]

KEY_BYTES = 32
_AGE_AFTER = re.compile(r"\s*\((?:aged?\s*)?\d{1,2}(?:\s*(?:yrs?|years?|months?|mths?|m|y|yo))?\)")
RARE_LOWER = -14.0
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
                and _AGE_AFTER.match(w.text, w.ends[i])}  # "Favour (2)", "Tia (7 yrs)"
        letters = _lone_letters(w, self.lexicon)  # "J showed me screenshots", "contact w G or kids"
        others = _extend_runs(w, sorted((set(detected) | aged | letters | self._known_words(w, freq)) - set(matched)),
                              {i for i, m in matched.items() if m.part == "surname"}, set(matched), freq, self.lexicon)
        # "CRIS 4203719/24": the system's name stays, and so does the same word elsewhere in the note ("copied from
        # MERLIN ... Merlin ref: 25MER1002218"); claimed as kept, no name remembered from another note takes it
        labels = self.labels.spans(w.text, found)
        label_words = {w.folded[i] for i in range(len(w)) if any(a <= w.starts[i] < b for a, b in labels)}
        memory.districts |= {f for i, f in enumerate(w.folded) if self._unlisted(f) and _district_slot(w, i, self.places)}
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
        found = find_identifiers(text, self.patterns)
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
                # a school is named again by its name alone ("attends Brackenwood"); an address's name alone is
                # the district or person it was named after ("Kingstanding Road" ... "lives in Kingstanding")
                memory.places[name if entity == "SCHOOL" else self._place_name(w, a, b, place_words=True)] = entity
        out = [(a, _town_after(w, b, claimed, self.lexicon, self.places) if r == "[SCHOOL]" else b, r) for a, b, r in out]
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
        for name, entity in memory.places.items():
            if not name:
                continue
            for i in range(len(w) - len(name) + 1):
                if not self._names_place(w.folded[i:i + len(name)], name) or not _capitalised_or_rare(w, i, self.lexicon) \
                        or (" ".join(name) in self.lexicon.towns and _town_slot(w, i, i + len(name) - 1, self.places)):
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
        return recase(self._pick(pool, original, "case", str(case_id), part, match.key), original)

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


def _capitalised_or_rare(w: Words, i: int, lexicon: Lexicon) -> bool:
    """Whether word ``i`` is written capitalised, or is rare in lower case (so it is the name, not the word)."""
    return not w.forms[i].islower() or lexicon.frequencies([w.folded[i]])[0, 0] < RARE_LOWER


_AND = frozenset({"and", "n"})
"""Words joining two people's names ("rose and alfie", "bay n summer")."""
_LETTERS = "ABCDEFGHJKLMNPRSTW"
"""Letters initials are replaced with (the commoner initials of English names)."""
_PARTICLES = frozenset({"o", "mac", "mc", "ni", "nic", "ui", "de", "da", "di", "do", "dos", "das", "du", "der",
                        "den", "del", "della", "van", "von", "ter", "ten", "le", "la", "al", "el", "bin", "binti",
                        "bint", "ibn", "ap", "st"})
MAX_PARTICLES = 2
"""Particles a surname may start with ("van der Berg", "de la Cruz")."""


def _particle_start(w: Words, i: int, spans: list[tuple[int, int, str | None]]) -> int:
    """Where a surname starts with the particles written before it ("Ó Súilleabháin", "van der Berg", "Ni
    Bhriain", "da Silva"): in lower case before any surname, capitalised only before a capitalised one; a
    particle already replaced (as a word of the people table, "DOS SANTOS") is left to that."""
    start = i
    while start > 0 and i - start < MAX_PARTICLES and w.folded[start - 1] in _PARTICLES and w.gap(start) == " " \
            and (w.forms[start - 1].islower() or w.forms[i][:1].isupper()) \
            and not _overlaps(spans, w.starts[start - 1], w.ends[start - 1]):
        start -= 1
    return w.starts[start]


def _town(w: Words, run: list[int], lexicon: Lexicon, matched: dict[int, Match], places: PlaceRules, *,
          after_place: bool = False) -> bool:
    """Whether a run of name words is a place name written on its own: not after a title, no word of it a
    people-table name, and a listed first name only after a locative or a street, set apart by punctuation as a
    heading's or an aside's place, or beside what only a place has (:func:`_beside_place`: "from Bradford", "52
    Cranmore Street, Bradford", "hotel (Preston)", "Session 4 – Preston.", "Preston Hospital", "Kent Intake", "East
    Kent"; not "Bradford said"). A place no list holds (a village, a district) is one only where a person cannot
    stand: after "in" or "near" (not with a possessive) or beside what only a place has, and only when it is
    capitalised and no word of it is a listed first name or surname ("in Bredhurst", "Thanet duty"); after an
    address it stays with the address (some councils count the locality in it)."""
    if any(i in matched for i in run) or (run[0] > 0 and w.folded[run[0] - 1] in lexicon.titles
                                          and w.gap(run[0]).strip() in ("", ".")):
        return False
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
            or any(w.folded[j] in places.district_cues or w.folded[j] in places.service_places
                   for j in range(run[-1] + 1, min(run[-1] + 3, len(w))))
    if name in lexicon.towns:
        return after_place or before in places.locatives or _set_apart(w, run) or beside \
            or not (len(run) == 1 and name in lexicon.first)
    unlisted = all(w.forms[i][:1].isupper() and len(w.forms[i]) > 2 and w.folded[i] not in lexicon.first
                   and w.folded[i] not in lexicon.surname for i in run)  # not "Rd S", "P.W." or "hillside farm"
    inside = before in places.inside and not w.possessive[run[-1]]
    return unlisted and (inside or beside)


def _lower_person(w: Words, i: int, lexicon: Lexicon) -> bool:
    """Whether a people-table given name written in lower case that is also a word is the person (round 28): before
    a person's verb that does not follow things as often ("pat didnt let her in", "jack went to the meeting"; not
    "is", "was", "will": ``weak_person_verbs``), not after an article ("the mark went"); or alone in brackets after
    a family word ("mum (grace - ...", "nan (pat)")."""
    before = w.folded[i - 1] if i > 0 else ""
    if before in lexicon.cues and w.gap(i).strip() == "(" and w.forms[i - 1].isalpha():
        return True
    if i + 1 >= len(w) or w.gap(i + 1) != " " or before in _ARTICLES:
        return False
    after = w.folded[i + 1]
    return after in lexicon.person_verbs and after not in lexicon.weak_person_verbs


def _plain_word(w: Words, run: list[int], freq: np.ndarray, lexicon: Lexicon, known: frozenset[str],
                names: CaseNames | None) -> bool:
    """Whether a single capitalised word the name finder took for a person is rather a common English word ("Frank
    discussion", "Grace under pressure", "Will use the office"): common in lower case, named by no people table,
    with no name cue (a title or a cue word before it, a possessive, a capitalised word before it) and followed by a
    lower-case word that is not a person's verb (``person_verbs``, or any word in -ed: "Grace said", "Con
    arrested")."""
    i = run[0]
    if len(run) != 1 or len(w.forms[i]) < 3 or not w.forms[i].istitle() or freq[i, 0] <= COMMON or w.folded[i] in known \
            or (names is not None and w.folded[i] in names.words) \
            or w.possessive[i] or i + 1 >= len(w) or w.gap(i + 1) != " " or not w.forms[i + 1].islower():
        return False
    after, before = w.folded[i + 1], w.folded[i - 1] if i > 0 else ""
    if after in lexicon.person_verbs or after.endswith("ed"):
        return False  # "Grace said", "Sue will", "Con arrested"
    return before not in lexicon.titles and before not in lexicon.cues and not (i > 0 and w.forms[i - 1].istitle()
                                                                                and w.gap(i) == " ")


def _institution(w: Words, run: list[int], places: PlaceRules) -> bool:
    """Whether a run of name words is (the start of) an institution's name: a capitalised institution word ends it
    or follows it ("Bradford Royal Infirmary", "Calderdale Royal", "Kingdom Life Assembly")."""
    last = run[-1]
    if w.folded[last] in places.institutions and w.forms[last][:1].isupper():
        return True
    return last + 1 < len(w) and w.gap(last + 1) == " " and w.folded[last + 1] in places.institutions \
        and w.forms[last + 1][:1].isupper()


def _title(w: Words, i: int, lexicon: Lexicon) -> bool:
    """Whether word ``i`` is a title written before a capitalised name ("Pastor Olu", "Qari Abdul Wahid") or after
    an article as a role ("the Imam has been asked"), not itself a surname after a title ("Mrs Bishop")."""
    if w.folded[i] not in lexicon.titles or (i > 0 and w.folded[i - 1] in lexicon.titles):
        return False
    return (i > 0 and w.folded[i - 1] in _ARTICLES and w.gap(i) == " ") or (
        i + 1 < len(w) and w.gap(i + 1) in (" ", ". ") and w.forms[i + 1][:1].isupper())


_ARTICLES = frozenset({"the", "a", "an", "their", "his", "her", "our", "its"})
"""Words before a title that make it a role ("the Imam", "their Pastor"), not a name."""


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


_APOSTROPHE_INITIAL = re.compile(r"[A-Z]['’][A-Z]\.?\Z")
"""An initialled surname with an apostrophe ("O'D" for O'Donnell)."""


def _lone_letters(w: Words, lexicon: Lexicon) -> set[int]:
    """Capital letters standing alone for people: not the article, the pronoun or M/F shorthand, not labels ("Plan
    B", "Q&A", "B)"), not in text written in capitals; and the initial of a surname with an apostrophe straight
    after an initial and a full stop ("R.O'D", "K. O'N"; round 26)."""
    out = set()
    n = len(w)
    for i, form in enumerate(w.forms):
        if _APOSTROPHE_INITIAL.match(form) and i > 0 and w.gap(i).strip() == "." and len(w.forms[i - 1]) == 1 \
                and w.forms[i - 1].isupper():
            out.add(i)
            continue
        if len(form) != 1 or not form.isupper() or w.folded[i] in lexicon.letters_not_names \
                or _dotted_run(w, i) in lexicon.dotted_words:  # "N.I.", "D.O.B."
            continue
        after, before = w.gap(i + 1), w.gap(i)
        if after.startswith(("&", ")", "/", "-", "'", "’")) or before.endswith(("&", "/", "-")) \
                or (i > 0 and w.folded[i - 1] in lexicon.letter_labels):
            continue
        neighbours = [w.forms[j] for j in (i - 1, i + 1) if 0 <= j < n and len(w.forms[j]) > 1]
        if neighbours and all(f.isupper() for f in neighbours):
            continue  # "HOME VISIT A" and the like: capitals everywhere
        out.add(i)
    return out | _cued_initials(w, lexicon)


_SIGN_OFF_BEFORE = re.compile(r"[.!?|:\n–—-]\s*\Z")
"""What may stand before a sign-off's initials (besides the text's start): a line break, a sentence's end, a bar or a
dash."""


def _cued_initials(w: Words, lexicon: Lexicon) -> set[int]:
    """Capital initials (two or three capitals) that the note makes a person (round 28): two alone in brackets after a
    role or a time, or with a role there ("DSL (AW)", "at 09:20 (HS)", "Action (SP, DSL):"; not after a name, where
    they are the person's role: "Laura (MW)"), not the letters of the capitalised words before them ("Early
    Help Assessment (EHA)"); signing the note off, with only roles, titles, dates or times after them to its end ("...
    for info. KM", "| NB 12/06/24", "– MB, EDT"); or before a role in brackets ("TC (stepfather)", "AHB (duty)").
    Never a practitioner's or a service's abbreviation (``not_names``, ``titles``, ``dotted_words``: GP, SW, DSL,
    MASH, CIN, ...) nor initials that are an English word (CO, TO, IS)."""
    out = set()
    n = len(w)
    for i, form in enumerate(w.forms):
        f = w.folded[i]
        if not 2 <= len(form) <= 3 or not form.isupper() or not form.isalpha() or f in lexicon.not_names \
                or f in lexicon.titles or f in lexicon.dotted_words or f in lexicon.initials_words:
            continue
        before, after = w.gap(i), w.gap(i + 1) if i + 1 < n else ""
        rest = range(i + 1, n)
        opened = before.rstrip().endswith("(")
        if opened and after == ", " and i + 1 < n and _role(w, i + 1, lexicon) and w.gap(i + 2).startswith(")") \
                and not _acronym(w, i):
            out.add(i)  # "Action (SP, DSL):"
        elif opened and after.startswith(")") and len(form) == 2 and i > 0 and (
                _role(w, i - 1, lexicon) or w.forms[i - 1].isdigit()) and not _acronym(w, i):
            out.add(i)  # "DSL (AW)", "at 09:20 (HS)"; not "Laura (MW)", "Room 4, ... (HMO)"
        elif opened and i > 0 and (w.folded[i - 1] in lexicon.initials_roles or w.folded[i - 1] in lexicon.titles) \
                and after.startswith(")") and not _acronym(w, i):
            out.add(i)
        elif (i == 0 or (_SIGN_OFF_BEFORE.search(before) and not _after_name_line(w, i))) and all(_role(w, j, lexicon) or w.forms[j].isdigit() for j in rest):
            out.add(i)
        elif after.strip() == "(" and i + 1 < n and _role(w, i + 1, lexicon) and w.gap(i + 2).startswith(")"):
            out.add(i)
    return out


def _after_name_line(w: Words, i: int) -> bool:
    """Whether word ``i`` starts a line straight after a line ending in a capitalised word (a signature's name, the
    role's letters below it: "Alison Prowse\nUWO | 01632 ...")."""
    gap = w.gap(i)
    return i > 0 and "\n" in gap and not any(c in gap for c in ".!?|:–—-") and w.forms[i - 1][:1].isupper()


def _role(w: Words, i: int, lexicon: Lexicon) -> bool:
    """Whether word ``i`` names a role or a team rather than anyone (after initials: "(stepfather)", "EDT", "Duty")."""
    f = w.folded[i]
    return f in lexicon.initials_roles or f in lexicon.titles or (f in lexicon.not_names and not f.isdigit())


def _acronym(w: Words, i: int) -> bool:
    """Whether capitals in brackets are the first letters of the capitalised words straight before them ("Early Help
    Assessment (EHA)", "Child in Need (CIN)": small words may be left out)."""
    letters = w.folded[i]
    firsts = [w.folded[j][0] for j in range(max(0, i - 6), i) if w.forms[j][:1].isupper()]
    return len(firsts) >= len(letters) and "".join(firsts[-len(letters):]) == letters


def _dotted_run(w: Words, i: int) -> str:
    """The single letters joined by full stops around word ``i`` ("N.I." -> "ni"); one letter alone gives ""."""
    start, end = i, i
    while start > 0 and len(w.forms[start - 1]) == 1 and w.gap(start) == ".":
        start -= 1
    while end + 1 < len(w) and len(w.forms[end + 1]) == 1 and w.gap(end + 1) == ".":
        end += 1
    return "".join(w.folded[start:end + 1]) if end > start else ""


def _extend_runs(w: Words, names: list[int], surnames: set[int], matched: set[int], freq: np.ndarray,
                 lexicon: Lexicon) -> list[int]:
    """Add to the words taken for names their neighbours written the same way that can only be names too: a
    surname after a detected first name, a first name before a detected surname ("joanna mazur", "Chun Kit"),
    a capitalised first name before a people-table surname ("Favour OKAFOR": a sibling missing from the table)."""
    found = set(names)
    for i in sorted(found | surnames):
        # an initial before a name ("J Whitfield", "M. Dearden"); a surname in capitals before ", Forename"
        before = i - 1
        if before >= 0 and before not in matched and before not in found and len(w.forms[i]) > 1:
            gap = w.gap(i)
            if len(w.forms[before]) == 1 and w.forms[before].isupper() and gap in (" ", ". "):
                found.add(before)
            elif shape(w.forms[before]) == "XX" and gap == ", " and shape(w.forms[i]) == "Xx" \
                    and w.folded[before] not in lexicon.not_names:
                found.add(before)
        for j in (i - 1, i + 1):
            if not 0 <= j < len(w) or j in found or j in matched or w.gap(max(i, j)) not in (" ", ". "):
                continue
            form, other = w.forms[j], w.forms[i]
            if j == i + 1 and len(other) == 1 and i > 0 and w.folded[i - 1] in lexicon.titles \
                    and shape(form) in ("Xx", "XX") and w.folded[j] not in lexicon.not_names:
                found.add(j)  # "Mrs T Harrow", "DS R. Pound": after a title and an initial, a surname, whatever else
                continue  # it names (round 23: the initial's full stop too)
            if j == i + 1 and _initialled_surname(w, i, freq, lexicon):
                found.add(j)  # round 28: "K. Salt", "R. Lusted,", "L Cawood)": after an initial, even a word
                continue
            if w.gap(max(i, j)) != " ":
                continue
            both_capitalised = shape(form) in ("Xx", "XX") and shape(other) in ("Xx", "XX")  # "Favour OKAFOR"
            if (shape(form) != shape(other) and not both_capitalised) or w.folded[j] in lexicon.not_names \
                    or len(form) < 2 or w.folded[j] in lexicon.titles:
                continue
            sentence_start = j == 0 or any(c in ".!?:\n" for c in w.gap(j))
            capitalised_name = (j > i and shape(form) == "Xx" and not sentence_start) or (j < i and both_capitalised and (
                i in surnames or w.folded[j] in lexicon.first))  # "Lead: Sue Greenhalgh"
            if capitalised_name or (not common_word(freq[j, 0], freq[j, 1]) and not word_like(freq[j, 0], freq[j, 1])):
                found.add(j)
    found |= {i + 1 for i in found | matched if _surname_letter(w, i, lexicon)}
    return sorted(found)


def _surname_letter(w: Words, i: int, lexicon: Lexicon) -> bool:
    """Whether the word after name word ``i`` is the single capital written for a surname ("Chlo V:", "KAZLAUSKAS
    M.", "Sarah A,", "Gaz W]"; round 28): one capital after one space, then the end, a line's end or punctuation
    that closes the name (not "&", "/", "-" or an apostrophe, as in "Kai B&Q", "Mia A/B"), or a capitalised word;
    not a label's letter ("Year R"), nor a letter that is shorthand (``letters_not_names``) unless a full stop or a
    colon follows it, nor a persons line's next label ("S: <NAME>")."""
    j = i + 1
    if j >= len(w) or len(w.forms[i]) < 2 or not w.forms[i][:1].isupper() or w.gap(j) != " " \
            or len(w.forms[j]) != 1 or not w.forms[j].isupper() or w.folded[i] in lexicon.letter_labels:
        return False  # "Year R"
    if j + 1 >= len(w):
        return w.folded[j] not in lexicon.letters_not_names
    after = w.gap(j + 1)
    if w.folded[j] in lexicon.letters_not_names and after.lstrip(" ")[:1] not in (".", ":"):
        return False  # a table's "Y" column, "Tom A lot"; "KAZLAUSKAS M.", "Chlo V:" still go
    if after.lstrip(" ")[:1] == ":" and w.forms[j + 1][:1].isupper():
        return False  # "V: <name>  S: <NAME>": a persons line's next label
    return after.lstrip(" ")[:1] in tuple(".,:;)]|\n") or (after == " " and w.forms[j + 1][:1].isupper())


def _initialled_surname(w: Words, i: int, freq: np.ndarray, lexicon: Lexicon) -> bool:
    """Whether the word after a capital initial ``i`` is that person's surname, whatever else it names ("K. Salt",
    "R. Lusted,", "L Cawood)", "D. ROSENTHAL"; round 28): capitalised, of two letters or more, not a title, a role, a
    person's verb or one of ``initials_words``; not on the never-a-name list unless written "Xx" after the initial's
    full stop and commoner in lower case than capitalised (a service's letters that are also a word and a surname:
    "K. Salt", "H. Dart"; not "G Monday"); not a label's word ("Year", "Plan"), nor a common word with another word
    straight after it ("S Phone call"); not after digits (an NI number's letter) nor before a colon or a slash; and,
    after the initial's full stop (where a sentence may end: "seen by J. Then she ...", "a B. Good effort"), not
    followed by a word in lower case."""
    j = i + 1
    if len(w.forms[i]) != 1 or not w.forms[i].isupper() or j >= len(w) or w.gap(j) not in (" ", ". ") \
            or shape(w.forms[j]) not in ("Xx", "XX") or w.folded[j] in lexicon.titles \
            or _dotted_run(w, i) in lexicon.dotted_words or w.folded[j] in lexicon.initials_words \
            or w.folded[j] in lexicon.person_verbs or w.folded[j] in lexicon.initials_roles \
            or any(c.isdigit() for c in w.gap(i)) \
            or (j + 1 < len(w) and w.gap(j + 1).lstrip()[:1] in (":", "/")):
        return False  # not a label ("D. Suspect:"), an NI number's letter ("... 60 D. Lives"), "J. Ref", "J. Rank/Unit"
    if j + 1 < len(w) and w.gap(j + 1) == " " and (
            (w.folded[j + 1] in lexicon.not_names and w.folded[j + 1] not in lexicon.initials_roles)
            or (shape(w.forms[j + 1]) == "Xx" and w.folded[j + 1] in lexicon.initials_roles
                and common_word(freq[j, 0], freq[j, 1]))):
        return False  # a service or a role named after a place or a word: "N Somerset MASH", "S.K. Social Worker"
    if w.folded[j] in lexicon.letter_labels or (common_word(freq[j, 0], freq[j, 1]) and j + 1 < len(w)
                                                 and w.gap(j + 1) == " "):
        return False  # "L.W. Year 2", "C. Plan -"; a word running on ("Rokeya B Client ID", "S Phone call")
    if w.folded[j] in lexicon.not_names and not (w.gap(j) == ". " and shape(w.forms[j]) == "Xx"
                                                 and freq[j, 0] > UNKNOWN and freq[j, 0] >= freq[j, 1]):
        return False
    return w.gap(j) == " " or j + 1 >= len(w) or not (w.gap(j + 1) == " " and w.forms[j + 1][:1].islower())


def _unclaimed(spans: list[tuple[int, int, str | None]], start: int, end: int, text: str) -> list[tuple[int, int]]:
    """The parts of ``[start, end)`` no span claims, trimmed of spaces and punctuation, that hold a letter."""
    pieces, pos = [], start
    for a, b, _ in sorted(spans):
        if b <= pos or a >= end:
            continue
        pieces.append((pos, a))
        pos = max(pos, b)
    pieces.append((pos, end))
    out = []
    for a, b in pieces:
        while a < b and not text[a].isalnum():
            a += 1
        while b > a and not text[b - 1].isalnum():
            b -= 1
        if a < b and any(c.isalpha() for c in text[a:b]):
            out.append((a, b))
    return out


def _overlaps(spans: list[tuple[int, int, str | None]], start: int, end: int) -> bool:
    return any(start < b and a < end for a, b, _ in spans)


def _runs(w: Words, indexes: list[int]) -> list[list[int]]:
    """Consecutive words joined by a space, hyphen or initial's full stop: the words of one name."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and runs[-1][-1] == i - 1 and w.gap(i).strip() in ("", "-", "."):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _pools(w: Words, run: list[int], lexicon: Lexicon) -> list[str]:
    """For each word of a name: ``first``, ``surname`` or ``initials`` (what kind of pseudonym it gets)."""
    if all(len(w.forms[i]) == 1 or (shape(w.forms[i]) == "XX" and len(w.forms[i]) <= 3) for i in run):
        return ["initials"] * len(run)
    if len(run) == 1:
        after_title = run[0] > 0 and w.folded[run[0] - 1] in lexicon.titles
        return ["surname" if after_title else "first"]
    return ["first"] * (len(run) - 1) + ["surname"]


def _with_school_tails(text: str, spans: list[tuple[int, int, str | None]], places: PlaceRules
                       ) -> list[tuple[int, int, str | None]]:
    """``spans`` with each school's widened over a short form written after its name ("Ashgrove CP"), where no
    other span starts there."""
    starts = {a for a, _, _ in spans}
    out = []
    for a, b, r in spans:
        if r == "[SCHOOL]":
            end = school_tail(text, b, places)
            if end > b and not any(b < x < end for x in starts):
                b = end
        out.append((a, b, r))
    return out


def _rewrite(text: str, spans: list[tuple[int, int, str | None]]) -> str:
    out: list[str] = []
    pos = 0
    for a, b, replacement in sorted(spans):
        if replacement is None or a < pos:
            continue
        out += (text[pos:a], replacement)
        pos = b
    out.append(text[pos:])
    return "".join(out)


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
    from casenotes.export import write_csv
    from casenotes.ingest import Mapping, NoteReader, flat

    output = Path(output)
    reader = NoteReader(input_path, Mapping.load(mapping))
    index = PeopleIndex(people) if people else None
    deid = Pseudonymiser(key=load_key(key or output.with_name(output.name + ".key")))
    if index is not None:
        deid.use_known(index.table["name"].tolist())
    rejects_path = Path(rejects) if rejects else output.with_name(output.stem + "_rejects.csv")
    written = 0
    with output.open("w", encoding="utf-8") as out, rejects_path.open("w", encoding="utf-8", newline="") as rej:
        rej.write("source,row,note_id,column,reason,detail\n")
        for notes, chunk_rejects in reader:
            if chunk_rejects:
                write_csv(pd.DataFrame([r.as_dict() for r in chunk_rejects]), rej, header=False)
            deid.use_people(index.for_cases(notes["case_id"]) if index is not None else None)
            for note_id, case_id, text in zip(notes["note_id"], notes["case_id"], deid.apply(notes)["text"]):
                case = None if case_id is None or pd.isna(case_id) else str(case_id)
                out.write(json.dumps({"note_id": note_id, "case_id": case, "text": flat(text)}, ensure_ascii=False)
                          + "\n")  # the reader's column breaks (tabs, for the table rules) one space again
                written += 1
    if index is not None:
        index.warn_if_unmatched(Path(input_path).name)
    return {"rows_read": reader.stats.rows, "notes_written": written, "rows_rejected": reader.stats.rejected_total}
