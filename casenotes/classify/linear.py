"""Linear backend: word and character n-gram TF-IDF, one calibrated logistic regression per label.

Optionally adds the rules backend's four log-odds as features, so the transparent rules and the learned
weights can be combined. Training also sees each sentence with genders, names and family terms swapped
(counterfactual augmentation): the labels do not depend on who is male or female, and the model should not
learn that they do. Decision thresholds are tuned per label on out-of-fold predictions of the training data.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Sequence
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from joblib import Parallel, delayed
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from casenotes.classify.base import (Evidence, Sentence, SentenceClassifier, fit_labels, logit, sentence_text,
                                     symmetric_proba, tune_threshold, with_swapped_copies)
from casenotes.classify.ngrams import FastTfidf
from casenotes.classify.output import Classified
from casenotes.classify.registry import BACKENDS
from casenotes.data import sha256
from casenotes.errors import ModelError
from casenotes.schemas import LABELS

_WORD_BODY = r"\b\w[\w'-]*\b"
_WORD = re.compile(f"(?u){_WORD_BODY}")  # the word vectorizer's token pattern, as saved in trained models
_WORD_SPLIT = re.compile(f"({_WORD_BODY})")  # _WORD in a group: split() keeps the words, between the gaps
_Located = tuple[list[list[str]], tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]
"""Texts split by _WORD_SPLIT, and where their vocabulary word n-grams are (``FastTfidf.word_grams``)."""
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
        augment: also train on gender-swapped copies of each sentence.
        symmetric: predict the mean of a sentence's and its gender-swapped copy's probabilities, so that a
            prediction cannot depend on genders alone.
        cv: folds for calibration and threshold tuning.
        n_jobs: labels fitted in parallel.
    """

    def __init__(self, *, C: float = _DEFAULTS["C"], word_ngrams: tuple[int, int] = _DEFAULTS["word_ngrams"],
                 char_ngrams: tuple[int, int] = _DEFAULTS["char_ngrams"], min_df: int = _DEFAULTS["min_df"],
                 rule_features: bool = _DEFAULTS["rule_features"], augment: bool = _DEFAULTS["augment"],
                 symmetric: bool = _DEFAULTS["symmetric"], cv: int = _DEFAULTS["cv"],
                 n_jobs: int = _DEFAULTS["n_jobs"]) -> None:
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.rule_features = rule_features
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

    def _features(self, texts: list[str], X: Sequence[Sentence] | None = None, *, locate: bool = False
                  ) -> tuple[list[sparse.csr_matrix], _Located | None]:
        """The feature matrix in blocks (word n-grams, character n-grams, the rules' log-odds), and with ``locate``
        (when the word vectorizer tokenises as evidence does) each text's split into gaps and words with where its
        vocabulary n-grams are, for evidence to reuse."""
        word, char = self._fast()
        located = None
        if locate and word.mode == "word" and self.word_.lowercase and self.word_.token_pattern == _WORD.pattern:
            splits = [_WORD_SPLIT.split(t.lower()) for t in texts]
            word_X, grams = word.transform_tokens([parts[1::2] for parts in splits])
            located = (splits, grams)
        else:
            word_X = word.transform(texts)
        parts = [word_X, char.transform(texts)]
        if self.rule_features:
            rules = self._rules().predict_proba(list(X) if X is not None else texts)
            parts.append(sparse.csr_matrix(logit(rules, eps=1e-4) / 4.0))
        return parts, located

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
                                     lowercase=True, token_pattern=_WORD.pattern)
        self.char_ = TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(self.char_ngrams), min_df=self.min_df,
                                     sublinear_tf=True, lowercase=True, max_features=200_000)
        self.word_.fit(texts)
        self.char_.fit(texts)
        features = sparse.hstack(self._features(texts)[0]).tocsr()
        folds = list(GroupKFold(n_splits=self.cv).split(features, groups=groups))
        fitted = Parallel(n_jobs=self.n_jobs)(delayed(_fit_label)(features, Y[:, j], folds, self.C)
                                              for j in range(len(names)))
        self.models_ = [(lr, platt) for lr, platt, _ in fitted]
        self.thresholds_ = {label: t for label, (_, _, t) in zip(names, fitted)}
        self.labels_ = names
        return self

    def _proba(self, texts: list[str], X: Sequence[Sentence] | None = None, *, locate: bool = False
               ) -> tuple[np.ndarray, _Located | None]:
        blocks, located = self._features(texts, X, locate=locate)
        # all labels' decision functions as one sparse product per block of features (stacking the blocks into
        # one matrix first copied them all), then each label's calibrator
        coef, intercept = self._weights()
        ends = np.cumsum([block.shape[1] for block in blocks])
        decision = sum(block @ coef[end - block.shape[1]:end] for block, end in zip(blocks, ends)) + intercept
        return np.column_stack([platt.predict_proba(decision[:, [j]])[:, 1]
                                for j, (_, platt) in enumerate(self.models_)]), located

    def predict_proba(self, X: Sequence[Sentence]) -> np.ndarray:
        return self._predict(X)[0]

    def _predict(self, X: Sequence[Sentence], *, locate: bool = False) -> tuple[np.ndarray, _Located | None]:
        self._check_fitted()
        if len(X) == 0:
            return np.zeros((0, len(self.labels_))), None
        texts = [sentence_text(x) for x in X]
        proba, located = self._proba(texts, X, locate=locate)
        if self.symmetric:
            proba = symmetric_proba(texts, lambda copies: self._proba(copies)[0], proba=proba)
        return proba, located

    def classify_batch(self, X: Sequence[Sentence]) -> Classified:
        """As the base class, but evidence is looked up only for the labels each sentence is given, from the
        words and n-grams that scoring found."""
        proba, located = self._predict(X, locate=True)
        return self._classified(proba, self._evidence(X, self._given(proba), located))

    def evidence(self, X: Sequence[Sentence]) -> list[list[Evidence]]:
        """Per label, the words of the sentence with the largest positive contribution (and rule matches)."""
        return self._evidence(X, None)

    def _evidence(self, X: Sequence[Sentence], only: np.ndarray | None, located: _Located | None = None
                  ) -> list[list[Evidence]]:
        """Per sentence, rule matches (when they are features), then for each label (all, or those ``only`` flags
        for the sentence, a sentences x labels matrix) the two word n-grams with the largest positive
        coefficients, largest first (ties: the later span)."""
        self._check_fitted()
        out: list[list[Evidence]] = [list(rules) for rules in
                                     (self._rules().evidence(X) if self.rule_features else [[] for _ in X])]
        wanted: list[int] = list(range(len(X))) if only is None else np.flatnonzero(only.any(axis=1)).tolist()
        if not wanted:
            return out
        texts = [sentence_text(X[k]) for k in wanted]
        # each text as [gap, word, gap, word, ..., gap] (split runs in C; a match object per word cost more
        # than the rest): a word's offset is the length of the parts before it. Scoring's split of the lower-cased
        # text is reused where lower-casing cannot move a character (ASCII); the other texts are split here
        reuse = np.array([located is not None and text.isascii() for text in texts], dtype=bool)
        splits = [located[0][k] if again else _WORD_SPLIT.split(text)  # type: ignore[index]
                  for k, text, again in zip(wanted, texts, reuse.tolist())]
        fresh = np.flatnonzero(~reuse)
        row, gram, first, last = self._fast()[0].word_grams([list(map(str.lower, splits[i][1::2])) for i in fresh])
        row = fresh[row]
        if located is not None:
            at_wanted = np.full(len(X), -1)
            at_wanted[np.array(wanted)[reuse]] = np.flatnonzero(reuse)
            scored_row, *rest = located[1]
            reused = at_wanted[scored_row] >= 0
            row, gram, first, last = (np.concatenate([a, b[reused]]) for a, b in
                                      zip((row, gram, first, last), (at_wanted[scored_row], *rest)))
        # every wanted sentence's vocabulary n-grams at once, scored per label with numpy
        sizes = np.fromiter(map(len, chain.from_iterable(splits)), dtype=np.int64)
        at = np.cumsum(sizes) - sizes  # where each part starts, counted from the first text
        base = (np.cumsum([0, *map(len, splits)]) + 1)[row]  # the part holding each row's first word
        start = at[base + 2 * first] - at[base - 1]
        end = at[base + 2 * last] + sizes[base + 2 * last] - at[base - 1]
        picks: list[list[tuple[str, int, int]]] = [[] for _ in wanted]
        for j, (label, (lr, _)) in enumerate(zip(self.labels_, self.models_)):
            coef = lr.coef_[0][gram]
            keep = coef > 0
            if only is not None:
                keep &= only[wanted, j][row]
            r, c, s, e = row[keep], coef[keep], start[keep], end[keep]
            order = np.lexsort((-e, -s, -c, r))  # by sentence, then as heapq.nlargest orders (coef, start, end)
            r, s, e = r[order], s[order], e[order]
            top = _rank_in_runs(r) < 2
            for i, a, b in zip(r[top].tolist(), s[top].tolist(), e[top].tolist()):
                picks[i].append((label, a, b))
        for i, k in enumerate(wanted):
            out[k] += [{"label": label, "start": a, "end": b, "text": texts[i][a:b], "rule": "linear"}
                       for label, a, b in picks[i]]
        return out

    def describe(self) -> str:
        """How the model decides (for the model card)."""
        return ("Word (1-3) and character (2-5, within word boundaries) TF-IDF n-grams"
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
                                 for name, vec in (("word", self.word_), ("char", self.char_))},
                 "labels": [{role: _regression_state(f"{j}.{role}", lr, arrays)
                             for role, lr in (("regression", model), ("calibrator", platt))}
                            for j, (model, platt) in enumerate(self.models_)]}
        (path / _STATE).write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        np.savez_compressed(path / _ARRAYS, **arrays)
        return {name: sha256(path / name) for name in (_STATE, _ARRAYS)}

    def _load_files(self, path: Path, meta: dict[str, Any]) -> None:
        """Rebuild the fitted vectorizers and regressions from ``linear.json`` and ``linear.npz``, which hold data
        only (the arrays are read with ``allow_pickle=False``)."""
        if not (path / _STATE).is_file() or not (path / _ARRAYS).is_file():
            pickled = (" It holds linear.joblib, a pickle, which casenotes no longer loads (unpickling a file runs "
                       "code it names); retrain the model with `casenotes train`."
                       if (path / "linear.joblib").exists() else "")
            raise ModelError(f"[E322] '{path}' is not a complete linear model: {_STATE} and {_ARRAYS} are "
                             f"required.{pickled}")
        try:
            state = json.loads((path / _STATE).read_text(encoding="utf-8"))
            with np.load(path / _ARRAYS, allow_pickle=False) as npz:
                arrays = {key: npz[key] for key in npz.files}
            self.word_, self.char_ = (_vectorizer_from_state(name, state["vectorizers"][name], arrays)
                                      for name in ("word", "char"))
            self.models_ = [tuple(_regression_from_state(f"{j}.{role}", label[role], arrays)
                                  for role in ("regression", "calibrator")) for j, label in enumerate(state["labels"])]
        except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
            raise ModelError(f"[E323] '{path}': {_STATE} / {_ARRAYS} cannot be read as a linear model "
                             f"({exc.__class__.__name__}); retrain or re-save it.") from None
        n_features = (len(self.word_.vocabulary_) + len(self.char_.vocabulary_)
                      + (_RULE_FEATURES if self.rule_features else 0))
        if len(self.models_) != len(self.labels_) or any(lr.coef_.shape != (1, n_features) for lr, _ in self.models_):
            raise ModelError(f"[E323] '{path}': {_ARRAYS} holds coefficients for other features than its "
                             f"vocabularies ({n_features}) or another number of labels; retrain or re-save it.")


_STATE = "linear.json"
_ARRAYS = "linear.npz"
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


def _rank_in_runs(values: np.ndarray) -> np.ndarray:
    """Each element's position within its run of equal values (0 for the first of a run)."""
    at = np.arange(len(values))
    run_start = np.r_[True, values[1:] != values[:-1]] if len(values) else np.zeros(0, dtype=bool)
    return at - np.maximum.accumulate(np.where(run_start, at, 0))
