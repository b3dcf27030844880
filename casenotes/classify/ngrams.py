"""Fast TF-IDF transform for fitted scikit-learn ``TfidfVectorizer``s, with the same output.

Scoring a large export spends most of the linear backend's time in ``TfidfVectorizer.transform``: a Python
analyzer builds every n-gram string of every sentence, and each is looked up in the vocabulary. Character
n-grams within word boundaries (``char_wb``) depend on one word only, and words repeat (Zipf), so their
vocabulary indexes are computed once per distinct word and reused; word n-grams are looked up without building
the intermediate token lists. The counts then go through the vectorizer's own TF-IDF weighting and
normalisation, so the matrix equals ``vectorizer.transform`` (tested) and models need no re-training.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain, repeat

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

_CACHE_LIMIT = 100_000
"""Distinct words kept per vectorizer (~300 bytes each); beyond it the cache is cleared, so memory stays bounded
however many one-off words (typos, numbers) a corpus has."""


class FastTfidf:
    """``transform`` of a fitted ``TfidfVectorizer`` with per-word caching; other settings fall back to it."""

    def __init__(self, vectorizer: TfidfVectorizer) -> None:
        self.vectorizer = vectorizer
        self.vocab: dict[str, int] = vectorizer.vocabulary_
        self.min_n, self.max_n = vectorizer.ngram_range
        plain = (vectorizer.preprocessor is None and vectorizer.tokenizer is None and vectorizer.stop_words is None
                 and vectorizer.strip_accents is None and not vectorizer.binary)
        self.mode = vectorizer.analyzer if plain and vectorizer.analyzer in ("word", "char_wb") else "fallback"
        self.pattern = re.compile(vectorizer.token_pattern) if vectorizer.analyzer == "word" else None
        self.lowercase = vectorizer.lowercase
        self._words: dict[str, np.ndarray] = {}
        if vectorizer.analyzer == "word":
            self._index_word_grams()

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        if self.mode == "fallback":
            return self.vectorizer.transform(texts)
        if len(texts) == 0:
            return sparse.csr_matrix((0, len(self.vocab)))
        texts = [t.lower() for t in texts] if self.lowercase else list(texts)
        X = self._char_wb_matrix(texts) if self.mode == "char_wb" else self._word_matrix(texts)
        return self.vectorizer._tfidf.transform(X, copy=False)

    def _word_matrix(self, texts: list[str]) -> sparse.csr_matrix:
        """Counts of every sentence's word n-grams, looked up for the whole batch at once: the token ids of all
        sentences in one list, each n-gram window looked up in C (``map``), and windows that cross from one
        sentence into the next dropped."""
        tokens = [self.pattern.findall(t) for t in texts]  # type: ignore[union-attr]
        lengths = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
        flat = list(chain.from_iterable(tokens))
        row_of = np.repeat(np.arange(len(texts)), lengths)
        end_of = np.cumsum(lengths)[row_of]  # first position after each token's sentence
        ids = list(map(self.token_ids.get, flat))
        rows, cols = [], []
        for n in range(self.min_n, self.max_n + 1):
            # vocabulary index of each window, -1 where it is not in the vocabulary
            found = np.fromiter(map(self.grams.get, zip(*(ids[k:] for k in range(n))), repeat(-1)) if n > 1
                                else map(self.unigrams.get, flat, repeat(-1)),
                                dtype=np.int64, count=max(len(flat) - n + 1, 0))
            pos = np.flatnonzero(found >= 0)
            pos = pos[pos + n <= end_of[pos]]
            rows.append(row_of[pos])
            cols.append(found[pos])
        X = sparse.csr_matrix((np.ones(sum(map(len, rows))), (np.concatenate(rows), np.concatenate(cols))),
                              shape=(len(texts), len(self.vocab)))
        X.sum_duplicates()  # repeated n-grams become counts, and indexes are sorted, as CountVectorizer's are
        return X

    def _char_wb_matrix(self, texts: list[str]) -> sparse.csr_matrix:
        """Counts as (sentences x distinct words) @ (distinct words x n-grams): each word's n-grams are looked up
        once per batch (and cached across batches), and the sums run in scipy."""
        words = [t.split() for t in texts]  # sklearn collapses whitespace runs, then splits on whitespace
        flat = list(chain.from_iterable(words))
        distinct = list(dict.fromkeys(flat))
        local = {w: i for i, w in enumerate(distinct)}
        incidence = _csr(list(map(local.__getitem__, flat)), np.cumsum([0, *map(len, words)]),
                         (len(texts), len(distinct)))
        cache = self._words
        if len(cache) + len(distinct) > _CACHE_LIMIT:
            cache.clear()
        rows = list(map(cache.get, distinct))
        for i, w in enumerate(distinct):
            if rows[i] is None:
                rows[i] = cache[w] = self._char_wb_word(w)
        grams = _csr(np.concatenate(rows) if rows else [], np.cumsum([0, *map(len, rows)]),
                     (len(distinct), len(self.vocab)))
        # the product's indexes come unsorted; two linear bucket passes (to columns and back) sort them, where
        # sort_indices sorts each row and took a third of the time
        return (incidence @ grams).tocsc().tocsr()

    def _char_wb_word(self, word: str) -> np.ndarray:
        """The vocabulary indexes of one word's n-grams, as sklearn's ``_char_wb_ngrams`` generates them: every
        window of each length shorter than the padded word, then (once) the whole padded word if a length
        reaches it. (The order of a word's n-grams does not matter: they are counted.)"""
        w = " " + word + " "
        size = len(w)
        grams = [w[i:i + n] for n in range(self.min_n, min(self.max_n, size - 1) + 1) for i in range(size - n + 1)]
        if self.max_n >= size:
            grams.append(w)
        # compact: the cache holds up to _CACHE_LIMIT of these
        return np.array([i for i in map(self.vocab.get, grams) if i is not None], dtype=np.int32)

    def _index_word_grams(self) -> None:
        """Key every vocabulary n-gram by its tokens' ids, so a sentence's n-grams are found by tuple lookups
        (``zip`` of the id list with itself) instead of joined strings; a token in no vocabulary n-gram has no
        id, and a window holding it is in no key, as before."""
        self.token_ids: dict[str, int] = {}
        self.grams: dict[tuple[int | None, ...], int] = {}
        self.unigrams = {gram: idx for gram, idx in self.vocab.items() if " " not in gram}
        for gram, idx in self.vocab.items():
            self.grams[tuple(self.token_ids.setdefault(t, len(self.token_ids)) for t in gram.split(" "))] = idx

    def word_grams(self, sentences: Sequence[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Where each sentence's vocabulary n-grams are, for a batch of tokenised sentences, as parallel arrays:
        sentence, vocabulary index, first token and last token (positions within the sentence)."""
        lengths = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
        flat = list(chain.from_iterable(sentences))
        row_of = np.repeat(np.arange(len(sentences)), lengths)
        first_of = np.cumsum(lengths) - lengths  # each sentence's first position in the flat list
        ids = list(map(self.token_ids.get, flat))
        rows, grams, firsts, lasts = [], [], [], []
        for n in range(self.min_n, self.max_n + 1):
            found = np.fromiter(map(self.grams.get, zip(*(ids[k:] for k in range(n))), repeat(-1)),
                                dtype=np.int64, count=max(len(flat) - n + 1, 0))
            pos = np.flatnonzero(found >= 0)
            pos = pos[pos + n <= (first_of + lengths)[row_of[pos]]]  # windows that stay in their sentence
            first = pos - first_of[row_of[pos]]
            rows.append(row_of[pos])
            grams.append(found[pos])
            firsts.append(first)
            lasts.append(first + n - 1)
        return tuple(np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)  # type: ignore[return-value]
                     for parts in (rows, grams, firsts, lasts))


def _csr(indices: Sequence[int] | np.ndarray, indptr: Sequence[int] | np.ndarray, shape: tuple[int, int]) -> sparse.csr_matrix:
    """A 0/1 CSR matrix from column indexes (repeats allowed) and row pointers."""
    return sparse.csr_matrix((np.ones(len(indices)), np.asarray(indices, dtype=np.int64), np.asarray(indptr)),
                             shape=shape)
