"""Pseudonymise notes: structured identifiers, places, the people table's names and other names, in that order.

1. Identifiers (``identifiers``): phone, NHS and NI numbers, postcodes, dates of birth, emails, links, handles,
   vehicle registrations and references become entity tokens (``[PHONE]``); dates, times and money are kept.
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
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from casenotes.data import resolve, sha256
from casenotes.deid.identifiers import KEEP, load_patterns, find_identifiers
from casenotes.deid.lexicon import Lexicon
from casenotes.deid.names import NameDetector, detector_files
from casenotes.deid.people import CaseNames, Match, People, PeopleIndex, known_words, load_diminutives, read_people
from casenotes.deid.places import PlaceRules, find_places
from casenotes.deid.text import Words, fold, recase, shape, words
from casenotes.errors import InputError

__all__ = ["Pseudonymiser", "PeopleIndex", "load_key", "pseudonymise_file", "read_people"]

KEY_BYTES = 32


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
        detector: the name detector, ``"default"``, a path, or None to find only the people table's names.
    """

    def __init__(self, people: pd.DataFrame | None = None, *, key: bytes | None = None,
                 known: frozenset[str] = frozenset(), patterns: str | Path = "default",
                 pseudonyms: str | Path = "default", names: str | Path = "default", places: str | Path = "default",
                 diminutives: str | Path = "default", detector: str | Path | None = "default") -> None:
        self.patterns, self.patterns_file = load_patterns(patterns)
        self.pseudonyms_file = resolve(pseudonyms, "pseudonyms.v1.yaml")
        pool = yaml.safe_load(self.pseudonyms_file.read_text(encoding="utf-8"))
        self._first: list[str] = pool["first_names"]
        self._last: list[str] = pool["surnames"]
        self.lexicon = Lexicon.load(names)
        self.places = PlaceRules.load(places)
        self.diminutives, self.diminutives_file = load_diminutives(diminutives)
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
        return {**files, **self.lexicon.files, **self.places.files, **self.detector_files}

    read_people = staticmethod(read_people)

    def use_people(self, people: pd.DataFrame | None) -> None:
        """Find these people-table rows' names from now on (a batch job passes each chunk its own cases')."""
        self.people = People(people, diminutives=self.diminutives)

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
        out = []
        for word in words(name).forms:
            match = names.words.get(fold(word)) if names is not None else None
            if match is not None:
                out.append(self._for_person(names, match, case_id, word))
        return out

    # -- the steps ---------------------------------------------------------------------------------------------
    def pseudonymise(self, texts: Sequence[str], case_ids: Sequence[str | None] | None = None) -> list[str]:
        """The pseudonymised texts (``case_ids``: each text's case, or None)."""
        texts = [unicodedata.normalize("NFC", t) for t in texts]
        ids = list(case_ids) if case_ids is not None else [None] * len(texts)
        ws = [words(t) for t in texts]
        detected = self.detector.find(ws, self.lexicon, self.known) if self.detector is not None else [[] for _ in ws]
        return [self._one(w, None if c is None or (isinstance(c, float) and np.isnan(c)) else str(c), found)
                for w, c, found in zip(ws, ids, detected)]

    def __call__(self, text: str, case_id: str | None = None) -> str:
        """Return the pseudonymised text of one note."""
        return self.pseudonymise([text], [case_id])[0]

    def apply(self, notes: pd.DataFrame) -> pd.DataFrame:
        """Pseudonymise the ``text`` column of a notes chunk (returns a copy)."""
        out = notes.copy()
        case_ids = out["case_id"].tolist() if "case_id" in out else None
        out["text"] = self.pseudonymise(out["text"].tolist(), case_ids)
        return out

    def _one(self, w: Words, case_id: str | None, detected: list[int]) -> str:
        text = w.text
        spans: list[tuple[int, int, str | None]] = [
            (a, b, None if entity == KEEP else f"[{entity}]") for a, b, entity in find_identifiers(text, self.patterns)]
        freq = self.lexicon.frequencies(w.folded) if len(w) else np.zeros((0, 4))
        for a, b, entity in find_places(w, freq[:, 0].tolist(), self.places):
            if not _overlaps(spans, a, b):
                spans.append((a, b, f"[{entity}]"))
        names = self.people.cases.get(case_id) if case_id is not None else None
        matched = self._table_words(w, names, freq, detected) if names is not None else {}
        for i, match in matched.items():
            if not _overlaps(spans, w.starts[i], w.ends[i]):
                spans.append((w.starts[i], w.ends[i], self._for_person(names, match, case_id, w.forms[i])))
        others = sorted((set(detected) | {i for i, f in enumerate(w.folded) if f in self.known
                                          and not (w.forms[i].islower() and f in self.lexicon.not_names)})
                        - set(matched))
        scope = case_id or ""
        for run in _runs(w, others):
            for i, pool in zip(run, _pools(w, run, self.lexicon)):
                if not _overlaps(spans, w.starts[i], w.ends[i]):
                    spans.append((w.starts[i], w.ends[i], self._for_other(scope, w.forms[i], pool)))
        return _rewrite(text, spans)

    def _table_words(self, w: Words, names: CaseNames, freq: np.ndarray, detected: list[int]) -> dict[int, Match]:
        """The words naming the case's people: a common English word only when capitalised, initials only in
        capitals, and a given name not when a capitalised name of someone else follows it ("SW Hannah Price" is not
        the mother, Hannah Okafor)."""
        found: dict[int, Match] = {}
        for i, f in enumerate(w.folded):
            match = names.words.get(f)
            if match is None:
                continue
            form = w.forms[i]
            lower, title = freq[i, 0], freq[i, 1]
            if form.islower() and lower > -11.0 and lower >= title - 0.5:
                continue
            if match.part == "initials" and not form.isupper():
                continue
            found[i] = match
        detected_set = set(detected)
        for i, match in list(found.items()):
            nxt = i + 1
            if match.part != "first" or nxt >= len(w) or w.gap(nxt) != " ":
                continue
            other = found.get(nxt)
            if (other is None or other.person != match.person) and nxt in detected_set \
                    and w.forms[nxt][:1].isupper():
                del found[i]
                found.pop(nxt, None)
        return found

    def _pick(self, pool: list[str], original: str, *key: str) -> str:
        digest = hmac.new(self.key, "\x1f".join(key).encode("utf-8"), hashlib.sha256).digest()
        i = int.from_bytes(digest[:8], "big") % len(pool)
        if fold(pool[i]) == fold(original):  # never "replace" a name by itself
            i = (i + 1) % len(pool)
        return pool[i]

    def _for_person(self, names: CaseNames, match: Match, case_id: str | None, original: str) -> str:
        if match.part == "initials":
            person = names.persons[match.person]
            parts = [person.given[:1], person.middle[:1] if len(match.key) > 2 else (), person.surname[-1:]]
            letters = []
            for words_, pool, part in zip(parts, (self._first, self._first, self._last), ("first", "first", "surname")):
                for word in words_:
                    letters.append(self._pick(pool, word, "case", str(case_id), part, fold(word))[0])
            return recase("".join(letters), original)
        pool, part = (self._last, "surname") if match.part == "surname" else (self._first, "first")
        return recase(self._pick(pool, original, "case", str(case_id), part, match.key), original)

    def _for_other(self, scope: str, original: str, pool: str) -> str:
        if pool == "initials":
            letters = [self._pick(self._first + self._last, c, "initial", scope, fold(original), str(k))[0]
                       for k, c in enumerate(original)]
            return recase("".join(letters), original)
        names = self._last if pool == "surname" else self._first
        return recase(self._pick(names, original, "name", scope, pool, fold(original)), original)


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
    if all(shape(w.forms[i]) in ("X", "XX") and len(w.forms[i]) <= 3 for i in run):
        return ["initials"] * len(run)
    if len(run) == 1:
        after_title = run[0] > 0 and w.folded[run[0] - 1] in lexicon.titles
        return ["surname" if after_title else "first"]
    return ["first"] * (len(run) - 1) + ["surname"]


def _rewrite(text: str, spans: list[tuple[int, int, str | None]]) -> str:
    out, pos = [], 0
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
    Returns the counts: ``rows_read``, ``notes_written``, ``rows_rejected`` (they reconcile).
    """
    from casenotes.export import write_csv
    from casenotes.ingest import Mapping, NoteReader

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
                out.write(json.dumps({"note_id": note_id, "case_id": case, "text": text}, ensure_ascii=False) + "\n")
                written += 1
    return {"rows_read": reader.stats.rows, "notes_written": written, "rows_rejected": reader.stats.rejected_total}
