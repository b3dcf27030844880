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
import pandas as pd
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

    def transform_tokens(self, tokens: Sequence[list[str]]
                         ) -> tuple[sparse.csr_matrix, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
        """``transform`` of a word vectorizer for texts its caller has tokenised (and lower-cased, if the
        vectorizer lower-cases) as the vectorizer does, with where the n-grams are (``word_grams``)."""
        grams = self.word_grams(tokens)
        return self.vectorizer._tfidf.transform(self._counts(grams, len(tokens)), copy=False), grams

    def _word_matrix(self, texts: list[str]) -> sparse.csr_matrix:
        """Counts of every sentence's word n-grams, found for the whole batch at once (``word_grams``)."""
        return self._counts(self.word_grams([self.pattern.findall(t) for t in texts]), len(texts))  # type: ignore[union-attr]

    def _counts(self, grams: tuple[np.ndarray, ...], n_texts: int) -> sparse.csr_matrix:
        rows, cols = grams[:2]
        X = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n_texts, len(self.vocab)))
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
        rows: list[np.ndarray] = []
        for w in distinct:
            row = cache.get(w)
            if row is None:
                row = cache[w] = self._char_wb_word(w)
            rows.append(row)
        grams = _csr(np.concatenate(rows) if rows else [], np.cumsum([0, *map(len, rows)]),
                     (len(distinct), len(self.vocab)))
        # computed transposed, n-grams x sentences: the product's indexes come unsorted, and one linear bucket pass
        # (back to sentences x n-grams) sorts them, where sort_indices sorts each row and took a third of the time
        return (grams.T.tocsr() @ incidence.T.tocsr()).T.tocsr()

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
        """Index the vocabulary's n-grams as integer keys, so that a batch's windows are looked up with numpy.

        Every token of a vocabulary n-gram gets an id, and every proper prefix of one a code (a one-token prefix's
        code is its token's id). A window of length n is then the key ``code of its first n-1 tokens * V + id
        of its last`` (V tokens in all), looked up in the hashed keys of length n, which give its vocabulary index
        (or -1) and its own code as a prefix (or -1). Keys stay below (vocabulary size) * V.
        """
        grams = [(gram.split(" "), idx) for gram, idx in self.vocab.items()]
        self.token_ids: dict[str, int] = {}
        for tokens, _ in grams:
            for t in tokens:
                self.token_ids.setdefault(t, len(self.token_ids))
        size = len(self.token_ids)
        self.unigram_index = np.full(size, -1, dtype=np.int64)
        entries: dict[int, dict[int, list[int]]] = {}  # length -> key -> [vocabulary index, code]
        next_code = size
        for tokens, idx in grams:
            ids = [self.token_ids[t] for t in tokens]
            code = ids[0]  # of the prefix so far; a prefix gets its code when first met
            for n in range(2, len(ids) + 1):
                entry = entries.setdefault(n, {}).setdefault(code * size + ids[n - 1], [-1, -1])
                if n == len(ids):
                    entry[0] = idx
                else:
                    if entry[1] < 0:
                        entry[1], next_code = next_code, next_code + 1
                    code = entry[1]
            if len(ids) == 1:
                self.unigram_index[ids[0]] = idx
        self.levels = {n: (pd.Index(list(table), dtype=np.int64),
                           np.array(list(table.values()), dtype=np.int64).reshape(-1, 2))
                       for n, table in entries.items()}

    def word_grams(self, sentences: Sequence[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Where each sentence's vocabulary n-grams are, for a batch of tokenised sentences, as parallel arrays:
        sentence, vocabulary index, first token and last token (positions within the sentence)."""
        lengths = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
        flat = list(chain.from_iterable(sentences))
        row_of = np.repeat(np.arange(len(sentences)), lengths)
        first_of = np.cumsum(lengths) - lengths  # each sentence's first position in the flat list
        ids = np.fromiter(map(self.token_ids.get, flat, repeat(-1)), dtype=np.int64, count=len(flat))
        code = ids  # code of the window of the current length starting at each position (-1: none)
        rows, grams, firsts, lasts = [], [], [], []
        for n in range(1, self.max_n + 1):
            if n == 1:
                found = np.where(ids >= 0, self.unigram_index[ids], -1)
            else:
                m = max(len(flat) - n + 1, 0)  # windows of length n
                prefix, last = code[:m], ids[n - 1:n - 1 + m]
                keys, values = self.levels.get(n, _NO_KEYS)
                found, code = np.full((2, m), -1, dtype=np.int64)
                where = np.flatnonzero((prefix >= 0) & (last >= 0))  # only these can be n-grams
                at = keys.get_indexer(prefix[where] * len(self.token_ids) + last[where])  # a hash lookup each
                hit = at >= 0
                found[where[hit]], code[where[hit]] = values[at[hit]].T
            if n < self.min_n:
                continue
            pos = np.flatnonzero(found >= 0)
            pos = pos[pos + n <= (first_of + lengths)[row_of[pos]]]  # windows that stay in their sentence
            first = pos - first_of[row_of[pos]]
            rows.append(row_of[pos])
            grams.append(found[pos])
            firsts.append(first)
            lasts.append(first + n - 1)
        return tuple(np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)  # type: ignore[return-value]
                     for parts in (rows, grams, firsts, lasts))


_NO_KEYS = (pd.Index([], dtype=np.int64), np.zeros((0, 2), dtype=np.int64))
"""The keys of a length that no vocabulary n-gram has."""


def _csr(indices: Sequence[int] | np.ndarray, indptr: Sequence[int] | np.ndarray, shape: tuple[int, int]) -> sparse.csr_matrix:
    """A 0/1 CSR matrix from column indexes (repeats allowed) and row pointers."""
    return sparse.csr_matrix((np.ones(len(indices)), np.asarray(indices, dtype=np.int64), np.asarray(indptr)),
                             shape=shape)
