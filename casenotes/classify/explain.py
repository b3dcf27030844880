"""Evidence spans from word attributions, shared by the backends that attribute: words a reader recognises as the
reason for a label, joined into phrases, never a function word alone.

A backend scores each word of a sentence for a label (the linear backend: coefficient x feature value of the
n-grams over the word; the transformer: the drop in the label's log-odds when the word is left out); this module
keeps the strongly attributed content words, joins neighbours into phrases and ranks the phrases. What counts as a
function word and how phrases are cut is data: ``casenotes/data/evidence.v1.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from casenotes.classify.output import Evidence
from casenotes.data import resolve
from casenotes.errors import RuleFileError

DEFAULT_FILE = "evidence.v1.toml"
WORD = re.compile(r"(?u)\b\w[\w'-]*\b")
"""A word, as the linear backend's word vectorizer tokenises (its token pattern) and as evidence is measured."""
_LETTER = re.compile(r"[^\W\d_]")
_PHRASE_KEYS = {"min_share": float, "bridge": int, "max_phrases": int}


@dataclass(frozen=True)
class EvidenceSettings:
    """How attributions become spans (``evidence.v1.toml``).

    Attributes:
        stopwords: function words, lower case: never a span on their own.
        min_share: a word is kept when its attribution is positive and at least this share of the largest.
        bridge: kept words are joined across at most this many words in between.
        max_phrases: phrases per label, largest summed attribution first.
        source: the file read (its name is recorded beside the spans' rule name).
    """

    stopwords: frozenset[str]
    min_share: float
    bridge: int
    max_phrases: int
    source: str

    def is_content(self, word: str) -> bool:
        """Whether a word can carry evidence: it has a letter and is not a function word."""
        return bool(_LETTER.search(word)) and word.lower() not in self.stopwords


def load_settings(path: str | Path = "default") -> EvidenceSettings:
    """Read the evidence settings (``"default"``: the shipped ``evidence.v1.toml``).

    Raises:
        RuleFileError: a file that is not TOML, lacks a key, has an unknown one or a value out of range (E470).
    """
    file = resolve(path, DEFAULT_FILE)
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"[E470] {file.name}: not valid TOML ({exc}).") from None
    phrases, stop = raw.get("phrases", {}), raw.get("stopwords", {})
    if set(raw) != {"phrases", "stopwords"} or set(phrases) != set(_PHRASE_KEYS) or set(stop) != {"words"}:
        raise RuleFileError(f"[E470] {file.name}: expected tables [phrases] with keys {sorted(_PHRASE_KEYS)} and "
                            f"[stopwords] with key 'words'; found {sorted(raw)}.")
    values = {key: phrases[key] for key in _PHRASE_KEYS}
    if (any(not isinstance(values[k], (int, float)) or isinstance(values[k], bool) for k in values)
            or not 0 < values["min_share"] <= 1 or values["bridge"] < 0 or values["max_phrases"] < 1
            or not isinstance(stop["words"], str)):
        raise RuleFileError(f"[E470] {file.name}: [phrases] min_share must be in (0, 1], bridge >= 0, max_phrases "
                            ">= 1, and [stopwords] words a string of words.")
    return EvidenceSettings(frozenset(w.lower() for w in stop["words"].split()), float(values["min_share"]),
                            int(values["bridge"]), int(values["max_phrases"]), file.name)


def words(text: str) -> list[tuple[int, int]]:
    """Each word's character span in ``text``."""
    return [m.span() for m in WORD.finditer(text)]


def phrases(text: str, spans: list[tuple[int, int]], scores: np.ndarray, *, label: str, rule: str,
            settings: EvidenceSettings) -> list[Evidence]:
    """The phrases of one sentence that carry ``label``, ranked by summed attribution.

    Args:
        text: the sentence.
        spans: its words' character spans (``words``).
        scores: one attribution per word for the label (positive: for the label).
        label, rule: what the evidence records name.
        settings: stopwords and how phrases are cut.

    Returns:
        Evidence records; each starts and ends with a content word, so none is function words alone.
    """
    content = np.array([settings.is_content(text[s:e]) for s, e in spans], dtype=bool)
    scores = np.asarray(scores, dtype=float)
    if not content.any() or not (scores[content] > 0).any():
        return []
    top = scores[content].max()
    kept = np.flatnonzero(content & (scores > 0) & (scores >= settings.min_share * top))
    runs: list[list[int]] = []
    for k in kept.tolist():
        if runs and k - runs[-1][-1] - 1 <= settings.bridge:
            runs[-1].append(k)
        else:
            runs.append([k])
    ranked = sorted(runs, key=lambda run: (-scores[run[0]:run[-1] + 1].sum(), run[0]))[:settings.max_phrases]
    return [{"label": label, "start": spans[run[0]][0], "end": spans[run[-1]][1],
             "text": text[spans[run[0]][0]:spans[run[-1]][1]], "rule": rule} for run in ranked]
