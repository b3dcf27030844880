"""The linear backend's fast TF-IDF transform gives exactly scikit-learn's matrix."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from casenotes.classify.ngrams import FastTfidf

TRAIN = [
    "Dad has a pattern of coercive control: he monitors Mum's phone and stops her seeing friends.",
    "Mum was supported to make a safety plan with the IDVA; she knows who to call.",
    "The children have heard the arguments and Jay (7) is wetting the bed again.",
    "Mother failed to protect the children by allowing father back into the home.",
    "SW visited - home conditions ok. F not present. M reports no concerns!!",
    "Ünïcode café naïve façade; İstanbul; ß; dad's step-dad's x'y",
] * 2
WORD = dict(ngram_range=(1, 3), min_df=1, sublinear_tf=True, lowercase=True, token_pattern=r"(?u)\b\w[\w'-]*\b")
CHAR = dict(analyzer="char_wb", ngram_range=(2, 5), min_df=1, sublinear_tf=True, lowercase=True)
TEXTS = TRAIN + ["", " ", "a", "I", "  x \t y\n\nz  ", "he he he he he", "Mum's dad's - -- '' x'y", "12:30 07/03/24",
                 "DAD HIT MUM", "\u2028line\u00a0break", "words never seen before in training", "é" * 30]


def _same(a, b) -> None:
    assert a.shape == b.shape
    assert np.array_equal(a.indptr, b.indptr) and np.array_equal(a.indices, b.indices)
    assert np.array_equal(a.data, b.data)  # bit for bit, not approximately


@pytest.mark.parametrize("params", [WORD, CHAR, {**WORD, "ngram_range": (2, 3)}, {**CHAR, "ngram_range": (1, 1)},
                                   {**WORD, "min_df": 2, "max_features": 20}, {**WORD, "ngram_range": (1, 5)}],
                         ids=["word", "char_wb", "word-2-3", "char-1", "word-pruned", "word-1-5"])
def test_fast_transform_equals_sklearn(params):
    vec = TfidfVectorizer(**params).fit(TRAIN)
    fast = FastTfidf(vec)
    assert fast.mode in ("word", "char_wb")
    _same(fast.transform(TEXTS), vec.transform(TEXTS))
    _same(fast.transform(TEXTS[::-1]), vec.transform(TEXTS[::-1]))  # and again, from the word cache
    assert fast.transform([]).shape == (0, len(vec.vocabulary_))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("abcdehimnorstu MDH'-.,\n\t12é")), max_size=60), min_size=1, max_size=8))
def test_fast_transform_equals_sklearn_on_arbitrary_text(texts):
    for params in (WORD, CHAR, {**WORD, "ngram_range": (2, 4)}):
        vec = TfidfVectorizer(**params).fit(TRAIN + ["mum dad he she the a", "he she he she mum"])
        _same(FastTfidf(vec).transform(texts), vec.transform(texts))


def test_other_vectorizers_fall_back_to_sklearn():
    vec = TfidfVectorizer(analyzer="char", ngram_range=(2, 3)).fit(TRAIN)
    fast = FastTfidf(vec)
    assert fast.mode == "fallback"
    _same(fast.transform(TEXTS), vec.transform(TEXTS))


def test_word_grams_locate_vocabulary_ngrams():
    vec = TfidfVectorizer(**WORD).fit(TRAIN)
    name = {v: k for k, v in vec.vocabulary_.items()}
    rows, grams, firsts, lasts = FastTfidf(vec).word_grams([["coercive", "control", "unseen", "mum's"], [],
                                                            ["coercive"], ["control"]])
    found = {(row, name[idx]): (i, j) for row, idx, i, j in zip(rows, grams, firsts, lasts)}
    assert found[(0, "coercive control")] == (0, 1) and found[(0, "coercive")] == (0, 0)
    assert found[(0, "mum's")] == (3, 3) and found[(2, "coercive")] == (0, 0) and found[(3, "control")] == (0, 0)
    assert not any("unseen" in gram for _, gram in found)
    assert not any(" " in gram for row, gram in found if row > 0)  # "coercive control" does not span rows 2-3
