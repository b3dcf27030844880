"""Find the names of people who are not in the people table: siblings, new partners, teachers, GPs, police
officers, colleagues, written however practitioners write them (lower case, capitals, initials, possessives).

A logistic regression over hashed features of each *candidate* word: its shape, whether it is in the first-name
or surname lists, how common it is in English in lower case and capitalised (a name like "zara" is rare and
mostly capitalised; "will" is common and mostly lower case), its Brown cluster, and the words, shapes and
punctuation around it (after "Mr", before "'s mum", at the start of a line). Only candidates are scored:
capitalised words that are not on the never-a-name list, listed names written in lower case when they are not
common lower-case words, and single capitals written as initials. The model is trained by
``annotation/deid/train_name_detector.py`` on case-note sentences written for the purpose with names drawn from
the lists and invented ones (``casenotes.deid.training``), and saved without pickle (arrays and JSON).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression

from casenotes.data import data_path, sha256
from casenotes.deid.lexicon import CACHE_WORDS, UNKNOWN, Lexicon, common_word
from casenotes.deid.text import Words, shape, words
from casenotes.errors import ModelError, NotFittedError

FEATURES_VERSION = "names.features.v1"
"""Changes whenever the features change: a saved model with another version is refused."""
_SENTENCE_END = frozenset(".!?:;•*-\n")
_CONTRACTIONS = ("'d", "'ll", "'ve", "'re", "n't", "'m")


def _bin(value: float, edges: tuple[float, ...]) -> int:
    if value <= UNKNOWN:
        return -1
    return bisect.bisect_left(edges, value)


_FREQ_EDGES = (-18.0, -16.0, -14.0, -12.0, -10.0, -8.0)
_RATIO_EDGES = (-3.0, -1.0, 0.0, 1.0, 3.0)


def _gap_kind(gap: str) -> str:
    """The punctuation between two words, normalised (spaces dropped, line breaks ``N``, digits ``0``)."""
    out: list[str] = []
    for c in gap:
        if c == "\n":
            c = "N"
        elif c.isdigit():
            c = "0"
        elif c.isspace():
            continue
        if not out or out[-1] != c or c not in "0N":
            out.append(c)
    return "".join(out)[:4] or "_"


class _Info(NamedTuple):
    """What a word form's candidacy and features read that depends on the form alone (cached per form)."""

    folded: str
    shape: str
    gaz: str
    lower: float
    title: float
    upper: float
    cluster: int
    never: bool
    """On the never-a-name list, or a contraction ("DNA'd", "he'll")."""
    common: bool
    """A common English word (:func:`casenotes.deid.lexicon.common_word`)."""


def _infos(forms: list[str], folded: list[str], lex: Lexicon) -> list[_Info]:
    """Per word, its :class:`_Info`, remembered per form in ``lex.memo`` (a note's words are mostly seen before)."""
    memo = lex.memo.setdefault("names.info", {})
    missing = [i for i, form in enumerate(forms) if form not in memo]
    if missing:
        if len(memo) + len(missing) > CACHE_WORDS:
            memo.clear()
        new_folded = [folded[i] for i in missing]
        freq = _frequencies(new_folded, lex)
        for i, f, (lower, title, upper, cluster) in zip(missing, new_folded, freq.tolist()):
            memo[forms[i]] = _Info(f, shape(forms[i]), _listed(f, lex), lower, title, upper, int(cluster),
                                   f in lex.not_names or f.endswith(_CONTRACTIONS) or lex.joined_up(forms[i]),
                                   common_word(lower, title))
    return [memo[form] for form in forms]


def _doc_case(w: Words, info: list[_Info]) -> str:
    """``U`` when the text is written in capitals, ``L`` when nearly all words start in lower case, else ``M``."""
    if not len(w):
        return "M"
    if sum(len(x.folded) for x in info if x.shape in ("XX", "X")) > 0.8 * sum(len(x.folded) for x in info):
        return "U"
    if sum(f[0].islower() for f in w.forms) > 0.9 * len(w.forms):
        return "L"
    return "M"


class _Doc:
    """What the features of one text need, worked out once per text (punctuation between words only where a
    candidate reads it)."""

    def __init__(self, w: Words, lexicon: Lexicon, known: frozenset[str]) -> None:
        self.w = w
        self._lexicon = lexicon
        self.info = _infos(w.forms, w.folded, lexicon)
        self.known = known
        self.case = _doc_case(w, self.info)
        self._gaps: dict[int, str] = {}
        self.candidate = [self._is_candidate(i) for i in range(len(w))]

    def gap(self, i: int) -> str:
        """The punctuation before word ``i`` (:func:`_gap_kind`)."""
        kind = self._gaps.get(i)
        if kind is None:
            kind = self._gaps[i] = _gap_kind(self.w.gap(i))
        return kind

    def _is_candidate(self, i: int) -> bool:
        info = self.info[i]
        f = info.folded
        if len(f) == 1:  # an initial: "Z. Okafor", "Z.O.", "A A", "m.c." (even "A" and "I", when spelled so)
            return self._initial(i)
        if info.never:
            return False
        if info.shape != "x":
            # a capitalised word starting a sentence that is no listed name and is mostly written in lower case
            # ("Visited", "Discussed") is that word, not a name
            return not (info.gaz == "g0" and info.lower > info.title + 2.0 and self._sentence_start(i))
        if f in self.known:
            return True
        if len(f) <= 3 and not info.common and self.gap(i + 1).startswith("("):
            return True  # initials in shorthand before a role or an age: "kd (mum)", "ry (2)"
        if info.lower <= UNKNOWN and info.title <= UNKNOWN:
            # in no list of English words: a name, or (more often, in notes typed in a hurry) a typo; only where the
            # words around it say a name is coming: "hv rilain", "rang leyla's nan"
            return self._name_context(i)
        return info.gaz != "g0" and not info.common

    def _sentence_start(self, i: int) -> bool:
        return i == 0 or any(c in _SENTENCE_END for c in self.w.gap(i))

    def _initial(self, i: int) -> bool:
        """A single letter that is part of initials: followed by a full stop, or next to another single letter."""
        w, n = self.w, len(self.w)
        after, before = self.gap(i + 1), self.gap(i)
        if self.info[i].shape == "x":  # lower-case initials only with full stops: "m.c.", "j.r" (not "d.o.b")
            dotted = (after.startswith(".") and i + 1 < n and len(w.forms[i + 1]) == 1) or \
                (before == "." and i > 0 and len(w.forms[i - 1]) == 1)
            return dotted and self._dotted_run(i) not in self._lexicon.dotted_words
        run = self._dotted_run(i)
        if len(run) > 1 and run in self._lexicon.dotted_words:
            return False  # "N.I.", "D.O.B." in capitals: the abbreviation, not someone's initials
        single = lambda j: 0 <= j < n and len(w.forms[j]) == 1 and w.forms[j].isupper()  # noqa: E731
        return after.startswith(".") or (single(i + 1) and after == "_") or (single(i - 1) and before in ("_", ".")) \
            or (i > 0 and w.folded[i - 1] in self._lexicon.titles and before == "_")  # "Mr O"

    def _dotted_run(self, i: int) -> str:
        """The single letters joined by full stops around word ``i`` ("d.o.b" -> "dob")."""
        w, start, end = self.w, i, i
        while start > 0 and len(w.forms[start - 1]) == 1 and self.gap(start) == ".":
            start -= 1
        while end + 1 < len(w) and len(w.forms[end + 1]) == 1 and self.gap(end + 1) == ".":
            end += 1
        return "".join(w.folded[start:end + 1])

    def _name_context(self, i: int) -> bool:
        w, lex = self.w, self._lexicon
        return (i > 0 and (w.folded[i - 1] in lex.titles or w.folded[i - 1] in lex.cues)) or w.possessive[i] \
            or self.gap(i + 1).startswith("(")

    def features(self, i: int, lex: Lexicon) -> list[str]:
        w, info = self.w, self.info
        f, s = info[i].folded, info[i].shape
        n = len(w)
        lower, title, upper, cluster = info[i].lower, info[i].title, info[i].upper, info[i].cluster
        lb, tb = _bin(lower, _FREQ_EDGES), _bin(title, _FREQ_EDGES)
        ratio = "u" if lower <= UNKNOWN and title <= UNKNOWN else str(_bin(title - lower, _RATIO_EDGES))
        gap_before, gap_after = self.gap(i), self.gap(i + 1)
        start = self._sentence_start(i)
        p1 = w.folded[i - 1] if i > 0 else "<s>"
        p2 = w.folded[i - 2] if i > 1 else "<s>"
        n1 = w.folded[i + 1] if i + 1 < n else "</s>"
        n2 = w.folded[i + 2] if i + 2 < n else "</s>"
        p1s = info[i - 1].shape if i > 0 else "<s>"
        n1s = info[i + 1].shape if i + 1 < n else "</s>"
        g, dc = info[i].gaz, self.case
        out = [
            f"w={f}", f"s={s}", f"dc|s={dc}{s}", f"st|s={int(start)}{s}", f"len={min(len(f), 9)}",
            f"suf3={f[-3:]}", f"suf2={f[-2:]}", f"pre3={f[:3]}", f"g={g}", f"lb={lb}", f"tb={tb}", f"cr={ratio}",
            f"s|g={s}{g}", f"s|lb={s}{lb}", f"g|lb={g}{lb}", f"s|cr={s}{ratio}", f"dc|g|lb={dc}{g}{lb}",
            f"st|lb={int(start)}{lb}", f"st|g={int(start)}{g}", f"pg={gap_before}", f"ng={gap_after}",
            f"p1={p1}", f"n1={n1}", f"p2={p2}", f"n2={n2}", f"p1s={p1s}", f"n1s={n1s}", f"s|n1s={s}{n1s}",
            f"p1s|s={p1s}{s}", f"p1|s={p1}{s}", f"n1|s={n1}{s}", f"pg|s={gap_before}{s}", f"ng|s={gap_after}{s}",
            f"poss={int(w.possessive[i])}",
        ]
        if s == "XX":
            out.append(f"ub={_bin(upper, _FREQ_EDGES)}")
            out.append(f"XXlen={min(len(f), 5)}")
        if cluster:
            bits = int(cluster).bit_length()
            out += [f"c{d}={int(cluster) >> (bits - d)}" for d in (4, 6, 8, 10, 12) if bits >= d]
        else:
            out.append("c=none")
        if f in self.known:
            out.append("known")
        if p1 in lex.titles:
            out.append("p1title")
            out.append(f"p1title|s={s}")
        if p2 in lex.titles:
            out.append("p2title")
        if p1 in lex.cues:
            out.append("p1cue")
        if i > 0:
            out.append(f"p1g={info[i - 1].gaz}")
            out.append(f"p1cand={int(self.candidate[i - 1])}{gap_before}")
        if i + 1 < n:
            out.append(f"n1g={info[i + 1].gaz}")
            out.append(f"n1cand={int(self.candidate[i + 1])}{gap_after}")
        return out


class NameDetector(BaseEstimator):
    """Which words of a text are parts of people's names.

    Args:
        C: inverse regularisation strength of the logistic regression.
        n_features: size of the hashed feature space.
        threshold: probability from which a candidate is taken for a name (set from the dev split by training).
    """

    def __init__(self, *, C: float = 0.5, n_features: int = 2 ** 20, threshold: float = 0.5) -> None:
        self.C = C
        self.n_features = n_features
        self.threshold = threshold

    def _hasher(self) -> FeatureHasher:
        return FeatureHasher(n_features=self.n_features, input_type="string", alternate_sign=False)

    def candidates(self, texts: Sequence[Words], lexicon: Lexicon, known: frozenset[str] = frozenset()
                   ) -> tuple[list[_Doc], list[tuple[int, int]], list[list[str]]]:
        """Per text (given as its words) what the features read; the (text, word) positions of the candidates;
        and their features."""
        docs = [_Doc(w, lexicon, known) for w in texts]
        where, feats = [], []
        for d, doc in enumerate(docs):
            for i, is_candidate in enumerate(doc.candidate):
                if is_candidate:
                    where.append((d, i))
                    feats.append(doc.features(i, lexicon))
        return docs, where, feats

    def fit(self, texts: Sequence[str], names: Sequence[Sequence[tuple[int, int]]], lexicon: Lexicon) -> "NameDetector":
        """Fit on texts and, per text, the character spans of the names in it."""
        docs = [words(t) for t in texts]
        _, where, feats = self.candidates(docs, lexicon)
        y = np.array([_inside(docs[d].starts[i], docs[d].ends[i], names[d]) for d, i in where], dtype=int)
        X = self._hasher().transform(feats)
        self.model_ = LogisticRegression(C=self.C, max_iter=5000, solver="liblinear").fit(X, y)
        self.coef_ = self.model_.coef_[0]
        self.intercept_ = float(self.model_.intercept_[0])
        return self

    def predict_proba_features(self, feats: list[list[str]]) -> np.ndarray:
        """Probability that each candidate (given by its features) is part of a name."""
        if not hasattr(self, "coef_"):
            raise NotFittedError("This NameDetector is not fitted yet; call fit() or load() first.")
        if not feats:
            return np.zeros(0)
        X: sparse.csr_matrix = self._hasher().transform(feats)
        return 1.0 / (1.0 + np.exp(-(X @ self.coef_ + self.intercept_)))

    def scores(self, texts: Sequence[Words], lexicon: Lexicon, known: frozenset[str] = frozenset()
               ) -> list[dict[int, float]]:
        """Per text (given as its words), each candidate's position and probability of being part of a name."""
        _, where, feats = self.candidates(texts, lexicon, known)
        proba = self.predict_proba_features(feats)
        found: list[dict[int, float]] = [{} for _ in texts]
        for (d, i), p in zip(where, proba.tolist()):
            found[d][i] = p
        return found

    def find(self, texts: Sequence[Words], lexicon: Lexicon, known: frozenset[str] = frozenset()
             ) -> list[list[int]]:
        """Per text (given as its words), the positions of the words taken for parts of names."""
        return [[i for i, p in found.items() if p >= self.threshold] for found in self.scores(texts, lexicon, known)]

    # -- files (no pickle: arrays and JSON) -----------------------------------------------------------------
    def save(self, path: str | Path, **card: Any) -> Path:
        """Write ``<path>.npz`` (non-zero weights) and ``<path>.json`` (settings and the training card)."""
        if not hasattr(self, "coef_"):
            raise NotFittedError("This NameDetector is not fitted yet; call fit() or load() first.")
        meta_file, weights_file = detector_files(path)
        nonzero = np.flatnonzero(self.coef_)
        np.savez_compressed(weights_file, index=nonzero.astype(np.int64), weight=self.coef_[nonzero].astype(np.float64),
                            intercept=np.array([self.intercept_]))
        meta = {"features": FEATURES_VERSION, "params": self.get_params(), "weights_sha256": sha256(weights_file),
                **card}
        meta_file.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        return Path(path)

    @classmethod
    def load(cls, path: str | Path = "default") -> "NameDetector":
        """Load a saved detector (``"default"``: the shipped one)."""
        meta_file, weights_file = detector_files(path)
        base = meta_file.with_suffix("")
        if not meta_file.is_file() or not weights_file.is_file():
            raise ModelError(f"[E262] Name detector '{base}' not found (.json and .npz).")
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        if meta.get("features") != FEATURES_VERSION:
            raise ModelError(f"[E263] Name detector '{base.name}' was trained with features "
                             f"'{meta.get('features')}'; this code computes '{FEATURES_VERSION}'. Retrain it.")
        if sha256(weights_file) != meta.get("weights_sha256"):
            raise ModelError(f"[E264] Name detector '{base.name}': weights do not match their recorded SHA-256.")
        model = cls(**meta["params"])
        with np.load(weights_file, allow_pickle=False) as arrays:
            model.coef_ = np.zeros(model.n_features)
            model.coef_[arrays["index"]] = arrays["weight"]
            model.intercept_ = float(arrays["intercept"][0])
        model.card_ = meta
        return model


def detector_files(path: str | Path) -> tuple[Path, Path]:
    """A saved detector's card and weights: ``PATH.json`` and ``PATH.npz`` (``"default"``: the shipped one)."""
    base = data_path("name_detector.v1.json").with_suffix("") if str(path) == "default" else Path(path)
    return base.with_name(base.name + ".json"), base.with_name(base.name + ".npz")


def _listed(folded: str, lex: Lexicon) -> str:
    """Which name lists hold a word (``gfs`` both, ``gf`` first names, ``gs`` surnames, ``g0`` neither); a
    hyphenated word is listed when all its parts are names (Tia-Louise, Smith-Jones; not x-ray)."""
    if "-" not in folded:
        first, surname = folded in lex.first, folded in lex.surname
    else:
        parts = [p for p in folded.split("-") if p]
        names = [(p in lex.first, p in lex.surname) for p in parts]
        if not all(f or s for f, s in names):
            return "g0"
        first, surname = any(f for f, _ in names), any(s for _, s in names)
    return "gfs" if first and surname else "gf" if first else "gs" if surname else "g0"


def _frequencies(folded: list[str], lex: Lexicon) -> np.ndarray:
    """:meth:`Lexicon.frequencies`, with a hyphenated word that the lexicon lacks taken as its rarest part."""
    freq = lex.frequencies(folded)
    for i in np.flatnonzero(freq[:, 0] <= UNKNOWN).tolist():
        if "-" in folded[i]:
            parts = lex.frequencies([p for p in folded[i].split("-") if p])
            if len(parts) and (parts[:, :3] > UNKNOWN).any(axis=1).all():
                freq[i, :3] = parts[:, :3].min(axis=0)
    return freq


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)
