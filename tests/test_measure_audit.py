"""annotation/measure_audit.py's paired bootstrap: two configurations compared on the same notes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from casenotes.audit.calibrate import agreement_stats
from casenotes.schemas import DOMAINS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("measure_audit", ROOT / "annotation" / "measure_audit.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def long(scores: np.ndarray, ids: list[str], scorer: str | None = None) -> pd.DataFrame:
    rows = [(i, d, int(scores[n, k])) for n, i in enumerate(ids) for k, d in enumerate(DOMAINS)]
    frame = pd.DataFrame(rows, columns=["note_id", "domain", "score"])
    if scorer is not None:
        frame.insert(1, "scorer", scorer)
    return frame


def test_qwk_rows_is_the_kappa_calibration_reports(tool):
    rng = np.random.default_rng(3)
    a = rng.integers(1, 5, size=(40, 25))
    b = np.clip(a + rng.integers(-1, 2, size=a.shape), 1, 4)
    b[0] = 2  # one row constant on one side
    a[1], b[1] = 3, 3  # both constant and equal
    got = tool.qwk_rows(a, b)
    want = [agreement_stats(a[r], b[r])["qwk"] for r in range(len(a))]
    np.testing.assert_allclose(got, want, atol=1e-12)


def test_paired_bootstrap_sees_a_real_difference_and_none_where_there_is_none(tool):
    rng = np.random.default_rng(0)
    ids = [f"n{k:02d}" for k in range(80)]
    truth = rng.integers(1, 5, size=(80, len(DOMAINS)))
    human = pd.concat([long(truth, ids, "s1"), long(truth, ids, "s2")])
    noisy = np.clip(truth + rng.choice([-2, -1, 0, 0, 1, 2], size=truth.shape), 1, 4)
    close = np.where(rng.random(truth.shape) < 0.9, truth, noisy)

    same = tool.paired_bootstrap(long(noisy, ids), long(noisy, ids), human, resamples=300)
    assert all(v == {"difference": 0.0, "low": 0.0, "high": 0.0} for v in same["domains"].values())

    better = tool.paired_bootstrap(long(noisy, ids), long(close, ids), human, resamples=300)
    assert better["notes"] == 80 and better["mean"]["low"] > 0
    assert better["mean"]["low"] < better["mean"]["difference"] < better["mean"]["high"]
    worse = tool.paired_bootstrap(long(close, ids), long(noisy, ids), human, resamples=300)
    assert worse["mean"]["high"] < 0
    assert worse["mean"]["difference"] == pytest.approx(-better["mean"]["difference"])
