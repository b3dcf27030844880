"""What the backends share, written once in ``classify/base.py`` (issue #17): gender-swap augmentation,
symmetric scoring, the logistic function and log-odds, and threshold tuning on one grid."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from casenotes.classify.base import (THRESHOLD_GRID, logit, sigmoid, swapped_copies, symmetric_proba, tune_threshold,
                                     with_swapped_copies)
from casenotes.classify.registry import BACKENDS

TEXTS = ["Dad hit Mum.", "Visit booked.", "She told him to leave."]


def test_swapped_copies_are_of_the_texts_a_swap_changes():
    assert swapped_copies(TEXTS) == ([0, 2], ["Mum hit Dad.", "He told her to leave."])


def test_training_data_gains_a_copy_of_each_changed_sentence_with_its_labels():
    texts, Y, origin = with_swapped_copies(TEXTS, np.array([[1, 0], [0, 0], [0, 1]]))
    assert texts == [*TEXTS, "Mum hit Dad.", "He told her to leave."]
    assert Y.tolist() == [[1, 0], [0, 0], [0, 1], [1, 0], [0, 1]] and origin.tolist() == [0, 1, 2, 0, 2]
    assert with_swapped_copies(["Visit booked."], np.array([[0, 1]]))[2].dtype.kind == "i"


def scorer(calls):
    def score(texts):
        calls.append(list(texts))
        return np.array([[len(t) / 100, 0.5] for t in texts])
    return score


def test_symmetric_scoring_batches_texts_and_copies_together_unless_the_texts_are_scored():
    calls = []
    proba = symmetric_proba(TEXTS, scorer(calls))
    assert calls == [[*TEXTS, "Mum hit Dad.", "He told her to leave."]]
    assert proba.shape == (3, 2) and proba[1, 0] == 0.13  # 'Visit booked.' has no copy: its own score
    calls.clear()
    again = symmetric_proba(TEXTS, scorer(calls), proba=scorer([])(TEXTS))
    assert calls == [["Mum hit Dad.", "He told her to leave."]] and np.array_equal(again, proba)
    calls.clear()
    symmetric_proba(["Visit booked."], scorer(calls), proba=np.zeros((1, 2)))
    assert calls == []


def test_threshold_tuning_takes_the_lowest_f1_best_threshold_on_the_grid():
    f1, threshold = tune_threshold(np.array([0, 0, 1, 1]), np.array([0.1, 0.2, 0.8, 0.9]))
    assert f1 == 1.0 and threshold == pytest.approx(0.225) and threshold in THRESHOLD_GRID
    assert tune_threshold(np.array([0, 0]), np.array([0.3, 0.9])) == (0.0, 0.5)  # no true positive anywhere


def test_sigmoid_keeps_its_precision_and_logit_inverts_it():
    x = np.array([-3.0, 0.0, 2.5], dtype=np.float32)
    assert sigmoid(x).dtype == np.float32 and sigmoid(np.float64(0.0)) == 0.5
    assert np.allclose(logit(sigmoid(x.astype(float))), x)
    assert np.isfinite(logit(np.array([0.0, 1.0]))).all()


def test_backends_write_none_of_the_shared_helpers_again():
    """No backend module computes an exponential or a logarithm, tries a grid of thresholds or swaps genders
    itself: those are base.py's."""
    modules = {Path(__import__(b.target.partition(":")[0], fromlist=["_"]).__file__) for b in BACKENDS.values()}
    found = {path.name: re.findall(r"\b(?:np|math)\.(?:exp|log)\(|linspace\(|swap_gender\(", path.read_text())
             for path in modules}
    assert found == {path.name: [] for path in modules}
