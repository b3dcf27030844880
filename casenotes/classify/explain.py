"""Evidence spans from word attributions, shared by the backends that attribute: words a reader recognises as the
reason for a label, joined into phrases, never a function word alone.

A backend scores each word of a sentence for a label (the linear backend: coefficient x feature value of the
n-grams over the word; the transformer: the drop in the label's log-odds when the word is left out); this module
keeps the strongly attributed content words, joins neighbours into phrases, widens each phrase towards the edges
of its clause (people mark "allowed Mr B back into the property", not "allowed" and "back") and ranks the phrases.
What counts as a function word, what ends a clause and how phrases are cut is data: ``casenotes/data/evidence.v2.toml``
(``evidence.v1.toml``, without widening, reproduces the evidence of earlier cards).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

import numpy as np

from casenotes.classify.output import Evidence
from casenotes.data import resolve
from casenotes.errors import RuleFileError

DEFAULT_FILE = "evidence.v2.toml"
WORD = re.compile(r"(?u)\b\w[\w'-]*\b")
"""A word, as the linear backend's word vectorizer tokenises (its token pattern) and as evidence is measured."""
_LETTER = re.compile(r"[^\W\d_]")
_PHRASE_KEYS = {"min_share": float, "bridge": int, "max_phrases": int}
_V2_KEYS = {"reach"}
"""[phrases] keys of version 2 files, which also have a [clauses] table (words, punctuation)."""


@dataclass(frozen=True)
class EvidenceSettings:
    """How attributions become spans (``evidence.v2.toml``).

    Attributes:
        stopwords: function words, lower case: never a span on their own.
        min_share: a word is kept when its attribution is positive and at least this share of the largest.
        bridge: kept words are joined across at most this many words in between.
        max_phrases: phrases per label, largest summed attribution first.
        source: the file read (its name is recorded beside the spans' rule name).
        reach: a phrase widens by up to this many words on each side, within its clause (0: not at all).
        clause_words: words, lower case, that open a new clause (a phrase never widens across one).
        clause_marks: punctuation that ends a clause when it stands between two words.
    """

    stopwords: frozenset[str]
    min_share: float
    bridge: int
    max_phrases: int
    source: str
    reach: int = 0
    clause_words: frozenset[str] = frozenset()
    clause_marks: str = ""

    def is_content(self, word: str) -> bool:
        """Whether a word can carry evidence: it has a letter and is not a function word."""
        return bool(_LETTER.search(word)) and word.lower() not in self.stopwords


def load_settings(path: str | Path = "default") -> EvidenceSettings:
    """Read the evidence settings (``"default"``: the shipped ``evidence.v2.toml``); version 1 files (no
    ``reach``, no ``[clauses]``) still load, and cut phrases as they did.

    Raises:
        RuleFileError: a file that is not TOML, lacks a key, has an unknown one or a value out of range (E470);
            a version 2 file whose [clauses] table is not two strings, words and punctuation (E622).
    """
    file = resolve(path, DEFAULT_FILE)
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"[E470] {file.name}: not valid TOML ({exc}).") from None
    phrases, stop = raw.get("phrases", {}), raw.get("stopwords", {})
    v2 = "reach" in phrases
    tables = {"phrases", "stopwords"} | ({"clauses"} if v2 else set())
    if set(raw) != tables or set(phrases) != set(_PHRASE_KEYS) | (_V2_KEYS if v2 else set()) or set(stop) != {"words"}:
        raise RuleFileError(f"[E470] {file.name}: expected tables [phrases] with keys {sorted(_PHRASE_KEYS)} (and "
                            f"'reach' with a [clauses] table) and [stopwords] with key 'words'; found {sorted(raw)}.")
    values = {key: phrases[key] for key in set(_PHRASE_KEYS) | (_V2_KEYS if v2 else set())}
    if (any(not isinstance(values[k], (int, float)) or isinstance(values[k], bool) for k in values)
            or not 0 < values["min_share"] <= 1 or values["bridge"] < 0 or values["max_phrases"] < 1
            or values.get("reach", 0) < 0 or not isinstance(stop["words"], str)):
        raise RuleFileError(f"[E470] {file.name}: [phrases] min_share must be in (0, 1], bridge >= 0, max_phrases "
                            ">= 1, reach >= 0, and [stopwords] words a string of words.")
    clauses = raw.get("clauses", {"words": "", "punctuation": ""})
    if set(clauses) != {"words", "punctuation"} or not all(isinstance(v, str) for v in clauses.values()):
        raise RuleFileError(f"[E622] {file.name}: [clauses] must have exactly the keys 'words' (a string of words) "
                            f"and 'punctuation' (a string of marks); found {sorted(clauses)}.")
    return EvidenceSettings(frozenset(w.lower() for w in stop["words"].split()), float(values["min_share"]),
                            int(values["bridge"]), int(values["max_phrases"]), file.name, int(values.get("reach", 0)),
                            frozenset(w.lower() for w in clauses["words"].split()),
                            "".join(clauses["punctuation"].split()))


def words(text: str) -> list[tuple[int, int]]:
    """Each word's character span in ``text``."""
    return [m.span() for m in WORD.finditer(text)]


def clauses(text: str, spans: list[tuple[int, int]], settings: EvidenceSettings) -> list[int]:
    """Each word's clause number: a new clause starts after clause punctuation between two words, and at a
    clause word (``settings.clause_words``: "because", "whereas", ...)."""
    marks = frozenset(settings.clause_marks)
    opens = [k > 0 and (not marks.isdisjoint(text[spans[k - 1][1]:a]) or text[a:b].lower() in settings.clause_words)
             for k, (a, b) in enumerate(spans)]
    return list(accumulate(opens, initial=0))[1:]


def phrases(text: str, spans: list[tuple[int, int]], scores: np.ndarray, *, label: str, rule: str,
            settings: EvidenceSettings) -> list[Evidence]:
    """The phrases of one sentence that carry ``label``, ranked by summed attribution.

    Strongly attributed content words are joined across ``bridge`` words, then each phrase widens by up to
    ``reach`` words on each side without leaving its clause, and phrases that come to touch are merged. Ends are
    then trimmed back to content words.

    Args:
        text: the sentence.
        spans: its words' character spans (``words``).
        scores: one attribution per word for the label (positive: for the label).
        label, rule: what the evidence records name.
        settings: stopwords, clause boundaries and how phrases are cut.

    Returns:
        Evidence records; each starts and ends with a content word, so none is function words alone.
    """
    # plain lists: a sentence has tens of words, too few for numpy's cost per call to pay off
    content = [settings.is_content(text[s:e]) for s, e in spans]
    scores = np.asarray(scores, dtype=float)
    values = scores.tolist()
    top = max((v for v, c in zip(values, content) if c), default=0.0)
    if top <= 0:  # no content word, or none attributed to the label
        return []
    floor = settings.min_share * top
    runs: list[list[int]] = []  # [first word, last word]
    for k, (v, c) in enumerate(zip(values, content)):
        if not (c and v > 0 and v >= floor):
            continue
        if runs and k - runs[-1][1] - 1 <= settings.bridge:
            runs[-1][1] = k
        else:
            runs.append([k, k])
    # ranked by the attribution of the words joined, not of the words a phrase widens over
    found = [(first, last, float(scores[first:last + 1].sum())) for first, last in runs]
    if settings.reach:
        found = _widened(found, content, clauses(text, spans, settings), settings.reach)
    ranked = sorted(found, key=lambda run: (-run[2], run[0]))[:settings.max_phrases]
    return [{"label": label, "start": spans[first][0], "end": spans[last][1],
             "text": text[spans[first][0]:spans[last][1]], "rule": rule} for first, last, _ in ranked]


def _widened(runs: list[tuple[int, int, float]], content: list[bool], clause: list[int], reach: int
             ) -> list[tuple[int, int, float]]:
    """Phrases (first word, last word, weight), in order, each widened by up to ``reach`` words on each side within
    its clause and trimmed back to content words; phrases that come to overlap or touch are merged, weights added."""
    out: list[tuple[int, int, float]] = []
    for first, last, weight in runs:
        lo = max(first - reach, bisect_left(clause, clause[first]))
        hi = min(last + reach, bisect_right(clause, clause[last]) - 1)
        while not content[lo]:  # first and last are content words, so both loops stop at them at the latest
            lo += 1
        while not content[hi]:
            hi -= 1
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi), out[-1][2] + weight)
        else:
            out.append((lo, hi, weight))
    return out
