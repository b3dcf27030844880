"""Linear backend: word and character n-gram TF-IDF, one calibrated logistic regression per label.

Optionally adds the rules backend's four log-odds as features, so the transparent rules and the learned
weights can be combined, and scope features: the words inside a negation, marked (``classify/scope.py``), so that
refuted blame ("no evidence that she failed to protect") is not the plain n-grams of blame.
Training also sees each sentence with genders, names and family terms swapped
(counterfactual augmentation): the labels do not depend on who is male or female, and the model should not
learn that they do. Decision thresholds are tuned per label on out-of-fold predictions of the training data.

Long because the fitted state is saved and loaded as data, never pickled (vectorizers, regressions and the
scope marks each written out and rebuilt), and evidence attributes every feature block back to the words.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from joblib import Parallel, delayed
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from casenotes.classify.base import (Evidence, Sentence, SentenceClassifier, fit_labels, logit, sentence_text,
                                     symmetric_proba, tune_threshold, with_swapped_copies, check_evidence_mode)
from casenotes.classify.explain import WORD, phrases, words
from casenotes.classify.ngrams import FastTfidf
from casenotes.classify.output import Classified
from casenotes.classify.scope import ScopeMarker, load_scope_marks
from casenotes.classify.registry import BACKENDS
from casenotes.data import sha256
from casenotes.errors import InputError, ModelError
from casenotes.schemas import LABELS

_CHUNK = re.compile(r"\S+")
"""What a ``char_wb`` vectorizer takes its character n-grams from: the text's whitespace-separated chunks."""
_DEFAULTS = BACKENDS["linear.v1"].defaults
_RULE_FEATURES = len(LABELS)
"""With ``rule_features``, the rules backend's log-odds are features: one per label it predicts (LABELS)."""


class LinearClassifier(SentenceClassifier):
    """Linear backend (``linear.v1``).

    Args:
        C: inverse regularisation strength of each logistic regression.
        word_ngrams: word n-gram range.
        char_ngrams: character n-gram range (``char_wb``), robust to typos and abbreviations.
        min_df: minimum document frequency of an n-gram.
        rule_features: add the rules backend's per-label log-odds as features.
        scope_features: add word 1-2-grams over the sentence's words with those inside a negation scope marked
            (``scope_marks.v1.json``); only n-grams holding a marked word are kept.
        augment: also train on gender-swapped copies of each sentence.
        symmetric: predict the mean of a sentence's and its gender-swapped copy's probabilities, so that a
            prediction cannot depend on genders alone.
        cv: folds for calibration and threshold tuning.
        n_jobs: labels fitted in parallel.
    """

    def __init__(self, *, C: float = _DEFAULTS["C"], word_ngrams: tuple[int, int] = _DEFAULTS["word_ngrams"],
                 char_ngrams: tuple[int, int] = _DEFAULTS["char_ngrams"], min_df: int = _DEFAULTS["min_df"],
                 rule_features: bool = _DEFAULTS["rule_features"],
                 scope_features: bool = _DEFAULTS["scope_features"], augment: bool = _DEFAULTS["augment"],
                 symmetric: bool = _DEFAULTS["symmetric"], cv: int = _DEFAULTS["cv"],
                 n_jobs: int = _DEFAULTS["n_jobs"]) -> None:
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.rule_features = rule_features
        self.scope_features = scope_features
        self.augment = augment
        self.symmetric = symmetric
        self.cv = cv
        self.n_jobs = n_jobs

    @property
    def reads_annotations(self) -> bool:  # type: ignore[override]
        """Text only, unless the rules' log-odds are features (the rules read roles and ConText on spans)."""
        return self.rule_features

    # -- features --------------------------------------------------------------------------------------------
    def _rules(self):
        if not hasattr(self, "rules_model_"):
            from casenotes.classify.rules import RulesClassifier

            self.rules_model_ = RulesClassifier().fit()
        return self.rules_model_

    def _fast(self) -> tuple[FastTfidf, FastTfidf]:
        """Fast transforms of the fitted vectorizers (same output as theirs), built once per fit or load."""
        if getattr(self, "fast_", (None,))[0] is not self.word_:
            self.fast_ = (self.word_, FastTfidf(self.word_), FastTfidf(self.char_))
        return self.fast_[1], self.fast_[2]

    def _fast_scope(self) -> FastTfidf:
        """The fast transform of the fitted scope vectorizer, built once per fit or load."""
        if getattr(self, "fast_scope_", (None,))[0] is not self.scope_:
            self.fast_scope_ = (self.scope_, FastTfidf(self.scope_))
        return self.fast_scope_[1]

    def _marked(self, texts: list[str]) -> list[list[str]]:
        """Each text's words with those in a scope marked (``ScopeMarker.mark``)."""
        return [self.scope_marker_.mark(text) for text in texts]

    def _features(self, texts: list[str], X: Sequence[Sentence] | None = None) -> list[sparse.csr_matrix]:
        """The feature matrix in blocks: word n-grams, character n-grams, scope n-grams, and the rules' log-odds."""
        word, char = self._fast()
        parts = [word.transform(texts), char.transform(texts)]
        if self.scope_features:
            parts.append(self._fast_scope().transform_tokens(self._marked(texts))[0])
        if self.rule_features:
            rules = self._rules().predict_proba(list(X) if X is not None else texts)
            parts.append(sparse.csr_matrix(logit(rules, eps=1e-4) / 4.0))
        return parts

    def _weights(self) -> tuple[np.ndarray, np.ndarray]:
        """All labels' coefficients as one features x labels matrix, and their intercepts (once per fit or load)."""
        if getattr(self, "weights_", (None,))[0] is not self.models_:
            self.weights_ = (self.models_, np.column_stack([lr.coef_[0] for lr, _ in self.models_]),
                             np.array([lr.intercept_[0] for lr, _ in self.models_]))
        return self.weights_[1], self.weights_[2]

    def fit(self, X: Sequence[Sentence], Y: np.ndarray, *, labels: Sequence[str] | None = None) -> "LinearClassifier":
        """Fit on sentences X and an n x len(labels) 0/1 matrix Y whose columns ``labels`` names (default: LABELS).

        Per label: out-of-fold decision scores (folds keep a sentence and its swapped copy together) fit a
        Platt calibrator and choose the F1-best threshold; the regression is then refitted on everything.
        """
        texts = [sentence_text(x) for x in X]
        names = fit_labels(labels, Y, rows=len(texts))
        Y = np.asarray(Y, dtype=int)
        groups = np.arange(len(texts))
        if self.augment:
            texts, Y, groups = with_swapped_copies(texts, Y)
        self.word_ = TfidfVectorizer(ngram_range=tuple(self.word_ngrams), min_df=self.min_df, sublinear_tf=True,
                                     lowercase=True, token_pattern=WORD.pattern)
        self.char_ = TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(self.char_ngrams), min_df=self.min_df,
                                     sublinear_tf=True, lowercase=True, max_features=200_000)
        self.word_.fit(texts)
        self.char_.fit(texts)
        if self.scope_features:
            self._fit_scope(texts, load_scope_marks())
        features = sparse.hstack(self._features(texts)).tocsr()
        folds = list(GroupKFold(n_splits=self.cv).split(features, groups=groups))
        fitted = Parallel(n_jobs=self.n_jobs)(delayed(_fit_label)(features, Y[:, j], folds, self.C)
                                              for j in range(len(names)))
        self.models_ = [(lr, platt) for lr, platt, _ in fitted]
        self.thresholds_ = {label: t for label, (_, _, t) in zip(names, fitted)}
        self.labels_ = names
        return self

    def _fit_scope(self, texts: list[str], marker: ScopeMarker) -> None:
        """Fit the scope vectorizer: the 1-2-grams of the marked words that hold a marked word (the others are the
        word vectorizer's already) and occur in ``min_df`` sentences.

        Raises:
            InputError: no training sentence has a word in a scope (E612).
        """
        self.scope_marker_ = marker
        marked = [" ".join(tokens) for tokens in self._marked(texts)]
        counts = CountVectorizer(ngram_range=(1, 2), min_df=self.min_df, lowercase=False, token_pattern=WORD.pattern)
        try:
            counts.fit(marked)
        except ValueError:  # sklearn: no n-gram reaches min_df
            counts.vocabulary_ = {}
        kept = sorted(g for g in counts.vocabulary_ if any(marker.is_marked(t) for t in g.split(" ")))
        if not kept:
            raise InputError(f"[E612] scope_features: no word of the {len(texts)} training sentences is in a "
                             f"scope of scope_marks.v1.json in {self.min_df} or more "
                             f"sentences; train without scope_features or add such sentences.")
        self.scope_ = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, lowercase=False,
                                      token_pattern=WORD.pattern, vocabulary=kept).fit(marked)

    def _proba(self, texts: list[str], X: Sequence[Sentence] | None = None) -> np.ndarray:
        blocks = self._features(texts, X)
        # all labels' decision functions as one sparse product per block of features (stacking the blocks into
        # one matrix first copied them all), then each label's calibrator
        coef, intercept = self._weights()
        ends = np.cumsum([block.shape[1] for block in blocks])
        decision = sum(block @ coef[end - block.shape[1]:end] for block, end in zip(blocks, ends)) + intercept
        return np.column_stack([platt.predict_proba(decision[:, [j]])[:, 1]
                                for j, (_, platt) in enumerate(self.models_)])

    def predict_proba(self, X: Sequence[Sentence]) -> np.ndarray:
        self._check_fitted()
        if len(X) == 0:
            return np.zeros((0, len(self.labels_)))
        texts = [sentence_text(x) for x in X]
        proba = self._proba(texts, X)
        if self.symmetric:
            proba = symmetric_proba(texts, self._proba, proba=proba)
        return proba

    def classify_batch(self, X: Sequence[Sentence], *, evidence: str = "fast") -> Classified:
        """As the base class, but phrases are looked for only for the labels each sentence is given."""
        check_evidence_mode(evidence)
        proba = self.predict_proba(X)
        return self._classified(proba, self._evidence(X, self._given(proba)))

    def evidence(self, X: Sequence[Sentence], *, mode: str = "fast") -> list[list[Evidence]]:
        """Per label, the phrases of the sentence that contributed most to it (and rule matches, when they are
        features); every mode costs the same."""
        check_evidence_mode(mode)
        return self._evidence(X, None)

    def _evidence(self, X: Sequence[Sentence], only: np.ndarray | None) -> list[list[Evidence]]:
        """Per sentence, rule matches (when they are features), then for each label (all, or those ``only`` flags
        for the sentence, a sentences x labels matrix) the phrases whose words contributed most to the label's
        decision function for this sentence (``word_contributions``, cut into phrases by ``explain.phrases``)."""
        self._check_fitted()
        out: list[list[Evidence]] = [list(rules) for rules in
                                     (self._rules().evidence(X) if self.rule_features else [[] for _ in X])]
        wanted: list[int] = list(range(len(X))) if only is None else np.flatnonzero(only.any(axis=1)).tolist()
        if not wanted:
            return out
        texts = [sentence_text(X[k]) for k in wanted]
        settings = self._evidence_settings()
        for k, text, (spans, scores) in zip(wanted, texts, self.word_contributions(texts)):
            for j, label in enumerate(self.labels_):
                if only is None or only[k, j]:
                    out[k] += phrases(text, spans, scores[:, j], label=label, rule="linear", settings=settings)
        return out

    def word_contributions(self, texts: list[str]) -> list[tuple[list[tuple[int, int]], np.ndarray]]:
        """Each word's share of each label's decision function for its sentence.

        An n-gram feature contributes its coefficient x its TF-IDF value in the sentence, split evenly over its
        occurrences and, within one, over the words it spans; a character n-gram is spread over the words of the
        whitespace chunk it comes from. (The rules' log-odds, when they are features, are not words: their
        matches are evidence of their own.) Attributions are of the sentence as written, not of its
        gender-swapped copy that ``symmetric`` averages in.

        Returns:
            Per text, its words' character spans (``explain.words``) and a words x labels array.
        """
        self._check_fitted()
        word, char = self._fast()
        coef = self._weights()[0]
        n_word = len(self.word_.vocabulary_)
        spans = [words(text) for text in texts]
        counts = np.fromiter(map(len, spans), dtype=np.int64, count=len(spans))
        offset = np.cumsum(counts) - counts  # each text's first word, counted over all texts
        scores = np.zeros((int(counts.sum()), coef.shape[1]))
        # word n-grams: the scorer's own lookup, over the words as evidence cuts them
        _add_gram_shares(scores, offset, word, [[text[a:b].lower() for a, b in sp] for text, sp in zip(texts, spans)],
                         coef)
        if self.scope_features:  # the same words, marked: one token per word, so n-grams point at their words
            start = n_word + len(self.char_.vocabulary_)
            _add_gram_shares(scores, offset, self._fast_scope(), self._marked(texts),
                             coef[start:start + len(self.scope_.vocabulary_)])
        # character n-grams: each whitespace chunk's, spread evenly over the chunk's words
        chunk_cols: list[np.ndarray] = []
        chunk_text: list[int] = []
        chunk_ends: list[int] = []  # positions counted over all texts, one after another
        word_starts: list[int] = []
        at = 0
        for i, (text, sp) in enumerate(zip(texts, spans)):
            chunks = list(_CHUNK.finditer(text))
            chunk_cols += [char.chunk_columns(m.group()) for m in chunks]
            chunk_text += [i] * len(chunks)
            chunk_ends += [at + m.end() for m in chunks]
            word_starts += [at + a for a, _ in sp]
            at += len(text) + 1
        # a word's chunk: the first that ends after the word starts
        word_chunk = np.searchsorted(chunk_ends, word_starts, side="right")
        lengths = np.fromiter(map(len, chunk_cols), dtype=np.int64, count=len(chunk_cols))
        if lengths.sum() and len(scores):
            cols = np.concatenate(chunk_cols).astype(np.int64)
            of_chunk = np.repeat(np.arange(len(chunk_cols)), lengths)
            weight = _per_occurrence(char.transform(texts), np.asarray(chunk_text)[of_chunk], cols)
            per_chunk = np.column_stack([np.bincount(of_chunk, weights=weight * coef[n_word + cols, j],
                                                     minlength=len(chunk_cols)) for j in range(coef.shape[1])])
            words_in = np.bincount(word_chunk, minlength=len(chunk_cols))
            scores += per_chunk[word_chunk] / words_in[word_chunk][:, None]
        return [(sp, scores[o:o + n]) for sp, o, n in zip(spans, offset.tolist(), counts.tolist())]

    def describe(self) -> str:
        """How the model decides (for the model card)."""
        return ("Word (1-3) and character (2-5, within word boundaries) TF-IDF n-grams"
                + (", word 1-2-grams with the words inside a negation scope marked (scope_marks.v1.json)"
                   if self.scope_features else "")
                + (", plus the rules backend's four log-odds" if self.rule_features else "")
                + "; one class-balanced logistic regression per label, sigmoid-calibrated with cross-validation; "
                "per-label thresholds tuned for F1 on out-of-fold predictions"
                + ("; trained also on gender-swapped copies of each sentence." if self.augment else "."))

    def _save_files(self, path: Path) -> dict[str, str]:
        """The fitted state as data, never as a pickle (loading a pickle runs whatever code it names): the
        vectorizers' parameters and vocabularies and the regressions' parameters in ``linear.json``, their
        numbers (idf, coefficients, intercepts, classes) in ``linear.npz``."""
        arrays: dict[str, Any] = {}  # numpy types savez_compressed's **kwds as its allow_pickle flag
        state = {"vectorizers": {name: _vectorizer_state(name, vec, arrays)
                                 for name, vec in self._vectorizers()},
                 "labels": [{role: _regression_state(f"{j}.{role}", lr, arrays)
                             for role, lr in (("regression", model), ("calibrator", platt))}
                            for j, (model, platt) in enumerate(self.models_)]}
        (path / _STATE).write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        np.savez_compressed(path / _ARRAYS, **arrays)
        files = [_STATE, _ARRAYS]
        if self.scope_features:  # the model keeps the marks it was trained with, whatever the shipped file becomes
            (path / _SCOPE).write_text(self.scope_marker_.source, encoding="utf-8")
            files.append(_SCOPE)
        return {name: sha256(path / name) for name in files}

    def _vectorizers(self) -> list[tuple[str, TfidfVectorizer]]:
        """The fitted vectorizers by name, in the order of their feature blocks."""
        return [("word", self.word_), ("char", self.char_)] + ([("scope", self.scope_)] if self.scope_features else [])

    def _load_files(self, path: Path, meta: dict[str, Any]) -> None:
        """Rebuild the fitted vectorizers and regressions from ``linear.json`` and ``linear.npz``, which hold data
        only (the arrays are read with ``allow_pickle=False``)."""
        if not (path / _STATE).is_file() or not (path / _ARRAYS).is_file():
            pickled = (" It holds linear.joblib, a pickle, which casenotes no longer loads (unpickling a file runs "
                       "code it names); retrain the model with `casenotes train`."
                       if (path / "linear.joblib").exists() else "")
            raise ModelError(f"[E322] '{path}' is not a complete linear model: {_STATE} and {_ARRAYS} are "
                             f"required.{pickled}")
        if self.scope_features and not (path / _SCOPE).is_file():
            raise ModelError(f"[E613] '{path}' is a linear model with scope features but lacks {_SCOPE}, the scope "
                             f"marks it was trained with; restore the file or retrain the model.")
        try:
            state = json.loads((path / _STATE).read_text(encoding="utf-8"))
            with np.load(path / _ARRAYS, allow_pickle=False) as npz:
                arrays = {key: npz[key] for key in npz.files}
            vectorizers = {name: _vectorizer_from_state(name, state["vectorizers"][name], arrays)
                           for name in ("word", "char", "scope")[:3 if self.scope_features else 2]}
            self.word_, self.char_ = vectorizers["word"], vectorizers["char"]
            if self.scope_features:
                self.scope_ = vectorizers["scope"]
                self.scope_marker_ = load_scope_marks(path / _SCOPE)
            self.models_ = [tuple(_regression_from_state(f"{j}.{role}", label[role], arrays)
                                  for role in ("regression", "calibrator")) for j, label in enumerate(state["labels"])]
        except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
            raise ModelError(f"[E323] '{path}': {_STATE} / {_ARRAYS} cannot be read as a linear model "
                             f"({exc.__class__.__name__}); retrain or re-save it.") from None
        n_features = (sum(len(vec.vocabulary_) for _, vec in self._vectorizers())
                      + (_RULE_FEATURES if self.rule_features else 0))
        if len(self.models_) != len(self.labels_) or any(lr.coef_.shape != (1, n_features) for lr, _ in self.models_):
            raise ModelError(f"[E323] '{path}': {_ARRAYS} holds coefficients for other features than its "
                             f"vocabularies ({n_features}) or another number of labels; retrain or re-save it.")


_STATE = "linear.json"
_ARRAYS = "linear.npz"
_SCOPE = "scope_marks.json"
_VECTORIZER_PARAMS = ("analyzer", "binary", "dtype", "lowercase", "max_df", "max_features", "min_df", "ngram_range",
                      "norm", "smooth_idf", "stop_words", "strip_accents", "sublinear_tf", "token_pattern", "use_idf")
"""The ``TfidfVectorizer`` parameters a saved model keeps: all that shape its output from a text. (Not ``input``,
``preprocessor`` or ``tokenizer``: a model file could otherwise make the vectorizer read files or call code.)"""
_REGRESSION_ARRAYS = ("coef_", "intercept_", "classes_", "n_iter_")


def _vectorizer_state(name: str, vectorizer: TfidfVectorizer, arrays: dict[str, np.ndarray]) -> dict[str, Any]:
    """A fitted vectorizer's parameters and vocabulary (terms in the dictionary's order, with their columns)
    for JSON; its idf and the columns go into ``arrays``."""
    params = vectorizer.get_params()
    state = {key: params[key] for key in _VECTORIZER_PARAMS}
    state["dtype"] = np.dtype(state["dtype"]).name
    state["ngram_range"] = list(state["ngram_range"])
    arrays[f"{name}.idf_"] = vectorizer.idf_
    arrays[f"{name}.columns"] = np.fromiter(vectorizer.vocabulary_.values(), dtype=np.int64,
                                           count=len(vectorizer.vocabulary_))
    return {"params": state, "vocabulary": list(vectorizer.vocabulary_)}


def _vectorizer_from_state(name: str, state: dict[str, Any], arrays: dict[str, np.ndarray]) -> TfidfVectorizer:
    """The fitted ``TfidfVectorizer`` that ``_vectorizer_state`` described (same vocabulary, order and idf)."""
    params = dict(state["params"])
    if set(params) != set(_VECTORIZER_PARAMS):
        raise ValueError(f"vectorizer parameters {sorted(params)}")
    params["dtype"] = np.dtype(params["dtype"]).type
    params["ngram_range"] = tuple(params["ngram_range"])
    vectorizer = TfidfVectorizer(**params)
    columns = arrays[f"{name}.columns"].tolist()
    if sorted(columns) != list(range(len(state["vocabulary"]))):
        raise ValueError("vocabulary columns")
    vectorizer.vocabulary_ = dict(zip(state["vocabulary"], columns, strict=True))
    vectorizer.idf_ = arrays[f"{name}.idf_"]  # sklearn's setter: builds the TF-IDF transformer, checks the length
    vectorizer._tfidf.n_features_in_ = len(columns)
    return vectorizer


def _regression_state(key: str, model: LogisticRegression, arrays: dict[str, np.ndarray]) -> dict[str, Any]:
    """A fitted logistic regression's parameters for JSON; its fitted arrays go into ``arrays``."""
    for attr in _REGRESSION_ARRAYS:
        arrays[f"{key}.{attr}"] = getattr(model, attr)
    return {"params": model.get_params()}


def _regression_from_state(key: str, state: dict[str, Any], arrays: dict[str, np.ndarray]) -> LogisticRegression:
    """The fitted ``LogisticRegression`` that ``_regression_state`` described."""
    model = LogisticRegression(**state["params"])
    for attr in _REGRESSION_ARRAYS:
        setattr(model, attr, arrays[f"{key}.{attr}"])
    model.n_features_in_ = model.coef_.shape[1]
    return model


def _fit_label(features: sparse.csr_matrix, y: np.ndarray, folds: list[tuple[np.ndarray, np.ndarray]],
               C: float) -> tuple[LogisticRegression, LogisticRegression, float]:
    """Fit one label: out-of-fold scores -> Platt calibrator and F1-best threshold; final model on all rows."""
    oof = np.zeros(len(y))
    for train, test in folds:
        lr = LogisticRegression(C=C, class_weight="balanced", max_iter=4000).fit(features[train], y[train])
        oof[test] = lr.decision_function(features[test])
    platt = LogisticRegression(C=1e4, max_iter=1000).fit(oof.reshape(-1, 1), y)
    _, threshold = tune_threshold(y, platt.predict_proba(oof.reshape(-1, 1))[:, 1])
    final = LogisticRegression(C=C, class_weight="balanced", max_iter=4000).fit(features, y)
    return final, platt, threshold



def _add_gram_shares(scores: np.ndarray, offset: np.ndarray, fast: FastTfidf, tokens: list[list[str]],
                     coef: np.ndarray) -> None:
    """Add each word n-gram's contribution (coefficient x its value, split over its occurrences and, within one,
    evenly over the words it spans) to the words' rows of ``scores`` (texts' words one after another, each
    text's first at ``offset``); ``tokens`` has one entry per word of each text."""
    X, (row, gram, first, last) = fast.transform_tokens(tokens)
    share = _per_occurrence(X, row, gram)[:, None] * coef[gram] / (last - first + 1)[:, None]
    for step in range(int((last - first).max(initial=-1)) + 1):
        inside = first + step <= last
        np.add.at(scores, offset[row[inside]] + first[inside] + step, share[inside])


def _per_occurrence(X: sparse.csr_matrix, row: np.ndarray, col: np.ndarray) -> np.ndarray:
    """Each occurrence's share of its feature's value in its row (the value over the feature's count there); every
    (row, col) must be stored in X, as the n-grams a text's transform found are."""
    if not len(row):
        return np.zeros(0)
    coo = X.tocoo()
    stored = coo.row.astype(np.int64) * X.shape[1] + coo.col
    order = np.argsort(stored, kind="stable")
    # each occurrence's stored entry, and how many occurrences share it (counting by entry: no sort of occurrences)
    at = np.searchsorted(stored[order], row.astype(np.int64) * X.shape[1] + col)
    return coo.data[order][at] / np.bincount(at, minlength=len(stored))[at]
