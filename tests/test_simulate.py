"""Validation by simulation: the trends model recovers planted effects with honest 95% CIs.

The full-scale run (`casenotes validate-trends --sims 100`) is documented in the README with its figures; here
the same code runs at small scale through the CLI, plus checks of the estimand arithmetic it relies on.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from casenotes import simulate
from casenotes.schemas import LABELS


def test_calibration_on_ground_truth_is_the_identity():
    """With no classifier in the way, each label pool carries its own label and nothing else, routine none."""
    m = simulate.calibrate(simulate.Settings(model=None), notes=400, seed=1)
    for label in LABELS:
        assert m.loc[label, label] == pytest.approx(1.0, abs=1e-6)
        assert m.loc["routine", label] == pytest.approx(0.0, abs=1e-6)
        assert all(m.loc[other, label] == pytest.approx(0.0, abs=1e-6) for other in LABELS if other != label)
    assert simulate.expected_effects({"victim_blaming": -4.0}, m)["victim_blaming"] == pytest.approx(-4.0)


def test_measured_effect_counts_cross_label_confusion():
    """A classifier that marks half the partnering sentences as victim-blaming sees victim-blaming rise when
    training adds partnering sentences, and sees only part of each planted change."""
    m = pd.DataFrame(0.0, index=list(simulate.POOLS), columns=list(LABELS))
    for label in LABELS:
        m.loc[label, label] = 0.8
    m.loc["routine", "victim_blaming"] = 0.1
    m.loc["partnering", "victim_blaming"] = 0.5
    theta = simulate.expected_effects({"victim_blaming": -4.0, "partnering": 2.0}, m)
    assert theta["victim_blaming"] == pytest.approx(-4.0 * (0.8 - 0.1) + 2.0 * (0.5 - 0.1))
    assert theta["partnering"] == pytest.approx(1.6)
    assert theta["child_focus"] == 0.0


def test_wilson_interval():
    lo, hi = simulate.wilson(95, 100)
    assert lo == pytest.approx(0.8883, abs=1e-3) and hi == pytest.approx(0.9785, abs=1e-3)
    assert simulate.wilson(0, 20)[0] == pytest.approx(0.0, abs=1e-12)


def test_verdict_flags_a_run_outside_the_bands():
    rows = []
    for seed in range(20):
        for label in LABELS:  # an anticonservative method: CIs that miss the truth half the time
            rows.append({"seed": seed, "scenario": "null", "scale": "truth", "kind": "label_rate_per_100_sentences",
                         "outcome": label, "estimate": 1.0, "truth": 0.0, "covered": seed % 2 == 0,
                         "rejected": seed % 2 == 1})
    verdict = simulate.verdict(pd.DataFrame(rows))
    assert verdict["coverage"] == 0.5 and verdict["false_positive_rate"] == 0.5
    assert not verdict["coverage_in_band"] and not verdict["false_positive_rate_in_band"]


@pytest.mark.slow
def test_small_simulation_through_the_cli(cli, tmp_path):
    """Eight trials per scenario scored by linear-v1 end to end: CIs cover the measured-scale truth and zero
    effects are rarely significant. (Bounds are loose for 8 trials; the full-scale run checks 90-98% / 2-9%.)"""
    result = cli("validate-trends", "--out", tmp_path, "--sims", 8, "--notes", 300, "--model", "linear-v1",
                 "--calibration-notes", 800, "--seed", 500)
    assert "coverage" in result.stdout
    verdict = json.loads((tmp_path / "verdict.json").read_text())
    assert verdict["coverage_estimates"] == 8 * 2 * len(LABELS)
    assert verdict["coverage"] >= 0.8, verdict
    assert verdict["false_positive_rate"] <= 0.2, verdict
    results = pd.read_csv(tmp_path / "results.csv")
    effect = results[(results["scenario"] == "effect") & (results["outcome"] == "perpetrator_pattern")
                     & results["kind"].str.startswith("label")]
    # the planted +5 points is seen, attenuated, on the measured scale
    assert 0 < effect["truth"].iloc[0] < 5 and effect["estimate"].mean() > 0
    calibration = pd.read_csv(tmp_path / "calibration.csv", index_col="pool")
    assert all(calibration.loc[l, l] > calibration.loc["routine", l] + 0.3 for l in LABELS)
    assert np.isfinite(results["estimate"]).all()
