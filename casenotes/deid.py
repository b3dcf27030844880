"""Pseudonymise people and identifiers before anything reaches the store.

Two passes: names from a per-case people table (or name columns) become stable pseudonyms, the same within a
case, so that "Mr Okafor" stays a man with a surname and the sentence keeps its labels; then pattern recognisers
from a data file replace UK identifiers (NHS number with checksum, NI number, postcode, phone, email, DOB,
address, case references) with bracketed entity tokens.
"""

from __future__ import annotations

import hashlib
import re
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from casenotes.data import resolve, sha256
from casenotes.errors import InputError, RuleFileError

_PATTERN_KEYS = {"id", "entity", "regex", "validator", "note"}


def nhs_checksum(digits: str) -> bool:
    """Modulus-11 check of a ten-digit NHS number (ignoring spaces and hyphens)."""
    d = [int(c) for c in digits if c.isdigit()]
    if len(d) != 10:
        return False
    check = 11 - sum(w * x for w, x in zip(range(10, 1, -1), d[:9])) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == d[9]


VALIDATORS: dict[str, Callable[[str], bool]] = {"nhs_checksum": nhs_checksum}


@dataclass(frozen=True)
class IdentifierPattern:
    id: str
    entity: str
    regex: re.Pattern[str]
    validator: Callable[[str], bool] | None
    screen: re.Pattern[str] | None = None
    """``regex`` without the zero-width assertions it starts with (see :func:`screen_for`), or None."""


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsu]+\)")


def screen_for(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """``regex`` without the assertions it starts with (``\\b``, lookaheads, lookbehinds), or None if it starts
    with none (or is verbose, or cannot be read so).

    Every match of ``regex`` is a match of the screen at the same place, so a text in which the screen finds
    nothing needs no substitution. And the screen is found several times faster: ``re`` jumps ahead to a
    character that can start a pattern, which a leading assertion prevents, so a pattern written readably
    (``\\bAB12...``) would otherwise be tried at every position of every note.
    """
    src = regex.pattern
    flags = _INLINE_FLAGS.match(src)
    start = i = flags.end() if flags else 0
    if regex.flags & re.VERBOSE:
        return None
    while True:
        if src.startswith("\\b", i):
            i += 2
        elif src.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            end = _group_end(src, i)
            if end is None:
                return None
            i = end
        else:
            break
    if i == start:
        return None
    try:
        screen = re.compile(src[:start] + src[i:], regex.flags)
    except re.error:
        return None
    # a group inside a removed assertion would renumber the rest (and a back-reference would change meaning)
    return screen if screen.groups == regex.groups else None


def _group_end(src: str, i: int) -> int | None:
    """Where the group opened at ``src[i]`` ends (just past its ``)``), skipping escapes and character classes."""
    depth, j = 0, i
    while j < len(src):
        c = src[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j += 1
            if src.startswith("^", j):
                j += 1
            if src.startswith("]", j):  # a ] first in a class is a literal
                j += 1
            while j < len(src) and src[j] != "]":
                j += 2 if src[j] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return None


def load_patterns(path: str | Path = "default") -> tuple[list[IdentifierPattern], Path]:
    """Load and validate identifier patterns; unknown keys or validators raise RuleFileError."""
    file = resolve(path, "deid_patterns.v1.yaml")
    raw = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
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
            compiled = re.compile(item["regex"])
        except re.error as exc:
            raise RuleFileError(f"[E032] {file.name} pattern {item['id']}: bad regex ({exc}).") from None
        patterns.append(IdentifierPattern(item["id"], item["entity"], compiled,
                                          VALIDATORS[validator] if validator else None, screen_for(compiled)))
    return patterns, file


def _is_word(char: str) -> bool:
    """What ``\\w`` matches in Python's ``re``: letters, digits (Unicode) and the underscore."""
    return char.isalnum() or char == "_"


def _replace_names(text: str, keys: list[str], replacements: dict[str, str]) -> str:
    """Replace whole-word occurrences of a case's names in one left-to-right pass.

    ``keys`` is the case's names longest first (a full name before its parts): where several start at the same
    place the first in that order wins, and a pseudonym put in is never itself replaced again. This is what
    ``re.sub(r"\b(?:key1|key2|...)\b", ...)`` does, without compiling a pattern for every case (that cost
    more than the whole scan when a chunk holds thousands of cases)."""
    found: list[tuple[int, int, str]] = []
    for order, key in enumerate(keys):
        at = text.find(key)
        while at >= 0:
            end = at + len(key)
            if ((at > 0 and _is_word(text[at - 1])) != _is_word(key[0])
                    and (end < len(text) and _is_word(text[end])) != _is_word(key[-1])):
                found.append((at, order, key))
            at = text.find(key, at + 1)
    if not found:
        return text
    found.sort()
    out, pos = [], 0
    for at, _, key in found:
        if at >= pos:
            out += (text[pos:at], replacements[key])
            pos = at + len(key)
    out.append(text[pos:])
    return "".join(out)


class Pseudonymiser:
    """Replace people's names and identifiers in note text.

    Args:
        people: optional table with columns ``case_id`` and ``name`` (full name as recorded; first names and
            surnames are derived) listing who is named in each case. Names are replaced case by case.
        patterns: identifier pattern file, ``"default"`` or a path.
        names: pseudonym pool file, ``"default"`` or a path.
    """

    def __init__(self, people: pd.DataFrame | None = None, *, patterns: str | Path = "default",
                 names: str | Path = "default") -> None:
        self.patterns, self.patterns_file = load_patterns(patterns)
        self.names_file = resolve(names, "pseudonyms.v1.yaml")
        pool = yaml.safe_load(self.names_file.read_text(encoding="utf-8"))
        self._first: list[str] = pool["first_names"]
        self._last: list[str] = pool["surnames"]
        self._people: dict[str, dict[str, str]] = {}
        self._keys: dict[str, list[str]] = {}
        if people is not None:
            self.use_people(people)

    @property
    def data_files(self) -> dict[str, str]:
        """Data files in force and their SHA-256, for the run record."""
        return {p.name: sha256(p) for p in (self.patterns_file, self.names_file)}

    @staticmethod
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

    def _pick(self, pool: list[str], case_id: str, key: str) -> str:
        digest = hashlib.sha256(f"{case_id}\x1f{key}".encode()).digest()
        return pool[int.from_bytes(digest[:4], "big") % len(pool)]

    def use_people(self, people: pd.DataFrame) -> None:
        """Replace names with the people of these rows' cases from now on (a batch run passes each chunk the
        people of its own cases, so no process holds a whole authority's people table as an index)."""
        self._people = {}
        # as lists: a Parquet table's string columns are Arrow arrays, slow to iterate cell by cell
        for case, name in zip(people["case_id"].astype(str).tolist(), people["name"].tolist()):
            if not isinstance(name, str):
                if name is None or pd.isna(name):
                    continue
                name = str(name)
            parts = name.split()
            if not parts:
                continue
            replacements = self._people.setdefault(case, {})
            first = self._pick(self._first, case, parts[0].lower())
            replacements.setdefault(parts[0], first)
            if len(parts) > 1:
                last = self._pick(self._last, case, parts[-1].lower())
                replacements.setdefault(parts[-1], last)
                replacements.setdefault(name, f"{first} {last}")
        self._keys = {case: sorted(names, key=lambda k: (-len(k), k)) for case, names in self._people.items()}

    def names(self, text: str, case_id: str | None) -> str:
        """Replace only the case's names (no identifier patterns)."""
        replacements = self._people.get(str(case_id)) if case_id is not None else None
        if replacements is None:
            return text
        whole = replacements.get(text)
        if whole is not None and _is_word(text[0]) and _is_word(text[-1]):
            # the text is one of the names (the people table's own rows, for role hints): the scan would find it
            # whole at the start, and nothing it holds could start earlier or be longer
            return whole
        return _replace_names(text, self._keys[str(case_id)], replacements)

    def __call__(self, text: str, case_id: str | None = None) -> str:
        """Return the pseudonymised text of one note."""
        text = self.names(text, case_id)
        for pat in self.patterns:
            if pat.screen is None or pat.screen.search(text):
                text = pat.regex.sub(lambda m, p=pat: self._replace(m, p), text)
        return text

    @staticmethod
    def _replace(match: re.Match[str], pattern: IdentifierPattern) -> str:
        if pattern.validator is not None and not pattern.validator(match.group(0)):
            return match.group(0)
        return f"[{pattern.entity}]"

    def apply(self, notes: pd.DataFrame) -> pd.DataFrame:
        """Pseudonymise the ``text`` column of a notes chunk (returns a copy)."""
        out = notes.copy()
        case_ids: Iterable[str | None] = out["case_id"] if "case_id" in out else [None] * len(out)
        out["text"] = [self(t, c) for t, c in zip(out["text"], case_ids)]
        return out


class PeopleIndex:
    """The people table, read once by the batch job, handing each chunk the rows of its own cases."""

    def __init__(self, path: str | Path) -> None:
        self.table = Pseudonymiser.read_people(path).astype({"case_id": str}).reset_index(drop=True)
        self.rows = self.table.groupby("case_id", sort=False).indices

    def for_cases(self, case_ids: pd.Series) -> pd.DataFrame:
        found = [self.rows[c] for c in pd.unique(case_ids.astype(str)) if c in self.rows]
        return self.table.iloc[np.concatenate(found) if found else []]


def pseudonymise_file(input_path: str | Path, output: str | Path, *, mapping: str | Path | None = None,
                      people: str | Path | None = None, rejects: str | Path | None = None) -> dict[str, int]:
    """Pseudonymise an export without scoring it: one JSON line ``{"note_id", "case_id", "text"}`` per accepted
    row, in input order, and every other row in the rejects CSV with its reason (what ``casenotes score`` would
    store, for an information-governance check of the de-identification alone).

    Returns the counts: ``rows_read``, ``notes_written``, ``rows_rejected`` (they reconcile).
    """
    from casenotes.export import write_csv
    from casenotes.ingest import Mapping, NoteReader

    reader = NoteReader(input_path, Mapping.load(mapping))
    index = PeopleIndex(people) if people else None
    deid = Pseudonymiser()
    output = Path(output)
    rejects_path = Path(rejects) if rejects else output.with_name(output.stem + "_rejects.csv")
    written = 0
    with output.open("w", encoding="utf-8") as out, rejects_path.open("w", encoding="utf-8", newline="") as rej:
        rej.write("source,row,note_id,column,reason,detail\n")
        for notes, chunk_rejects in reader:
            if chunk_rejects:
                write_csv(pd.DataFrame([r.as_dict() for r in chunk_rejects]), rej, header=False)
            deid.use_people(index.for_cases(notes["case_id"]) if index is not None
                            else pd.DataFrame(columns=["case_id", "name"]))
            for note_id, case_id, text in zip(notes["note_id"], notes["case_id"], deid.apply(notes)["text"]):
                case = None if case_id is None or pd.isna(case_id) else str(case_id)
                out.write(json.dumps({"note_id": note_id, "case_id": case, "text": text}, ensure_ascii=False) + "\n")
                written += 1
    return {"rows_read": reader.stats.rows, "notes_written": written, "rows_rejected": reader.stats.rejected_total}
