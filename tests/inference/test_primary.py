"""The primary analysis: cluster-period cells, CR2 inference, exposure-time effects, the plan's p-values."""

from __future__ import annotations

import dataclasses
import warnings

import numpy as np
import pandas as pd
import pytest

from casenotes.errors import InputError
from casenotes.inference import primary
from casenotes.inference.cells import build_cells
from casenotes.inference.dgp import Scenario, generate
from casenotes.data import data_path
from casenotes.inference.plan import load_plan
from casenotes.inference.trial import analyse_trial, holm

PLAN = load_plan(data_path("analysis_plan.v1.toml"))  # the regression for every outcome, as this module tests


def _trial(seed: int = 0, **fields) -> pd.DataFrame:
    return generate(Scenario("t", **fields), seed)[0]


def test_cr2_variance_is_unbiased_under_the_working_model():
    """Pustejovsky & Tipton's property, with team fixed effects absorbed: when cell errors really are
    independent with variance 1/weight, the CR2 variance averages the model-based one."""
    cells = build_cells(_trial(teams=6, boroughs=2, notes_per_team_quarter=30), PLAN)
    outcome = PLAN.primary
    design = primary.build_design(cells, outcome, PLAN, terms=("trained",))
    rng = np.random.default_rng(1)
    m = cells.frame[f"m|{outcome.key}"].to_numpy(dtype=float)
    target = float(design.contrasts[0].weights @ design.bread @ design.contrasts[0].weights)
    variances = []
    for _ in range(400):
        frame = cells.frame.copy()
        frame[f"y|{outcome.key}"] = rng.standard_normal(len(frame)) / np.sqrt(primary.weights(m, PLAN.working_icc))
        row = primary.estimate(design, dataclasses.replace(cells, frame=frame), outcome, PLAN)[0]
        variances.append(row["se"] ** 2)
    assert np.mean(variances) == pytest.approx(target, rel=0.08)


def test_exposure_time_model_recovers_a_build_up_effect_that_the_immediate_model_understates():
    """Issue #19 item 2: a build-up effect to -4 pp over six months averages -2.33 pp over months 0-5."""
    scenario = Scenario("b", effects={"victim_blaming": -4.0}, shape="build_up", notes_per_team_quarter=300,
                        team_quarter_sd=0.3, month_sd=0.3, case_sd=1.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        est = analyse_trial(generate(scenario, 5)[0], PLAN, permutations=0, with_components=False).estimates
    est = est[est["outcome"].eq("victim_blaming") & est["kind"].str.startswith("label")].set_index("term")
    truth = scenario.truth("victim_blaming", (0, 6))
    assert est.loc["trained", "ci_low"] <= truth <= est.loc["trained", "ci_high"]
    assert est.loc["follow_up_6m", "estimate"] < est.loc["post_training", "estimate"] < 0
    months = [est.loc[f"exposure_month_{e}", "estimate"] for e in range(6)]
    assert months[0] > months[5]  # the curve is there to see


def test_refuses_below_six_teams_and_warns_below_twenty():
    with pytest.raises(InputError, match=r"\[E430\]"):
        analyse_trial(_trial(teams=4, boroughs=2), PLAN, permutations=0)
    with pytest.warns(UserWarning, match=r"\[W050\]"):
        analyse_trial(_trial(teams=12, boroughs=3, notes_per_team_quarter=20), PLAN, permutations=0,
                      with_components=False)


def test_a_stratum_with_one_team_is_refused_when_time_effects_are_per_stratum():
    notes = _trial(teams=6, boroughs=2)
    notes["borough"] = notes["borough"].astype(str).where(notes["team"].astype(str) != "T00", "alone")
    with pytest.raises(InputError, match=r"\[E434\]"):
        analyse_trial(notes, PLAN, permutations=0)


def test_p_values_only_where_the_plan_asks_and_holm_over_secondaries():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        est = analyse_trial(_trial(teams=12, boroughs=3), PLAN, permutations=0, with_components=False).estimates
    with_p = est[est["p"].notna()]
    assert set(with_p["term"]) == {"trained"} and set(with_p["model"]) == {"exposure_time"}
    assert len(with_p) == len(PLAN.outcomes)
    primary_row = with_p[with_p["role"] == "primary"].iloc[0]
    assert primary_row["p_adjusted"] == primary_row["p"]
    secondary = with_p[with_p["role"] == "secondary"]
    assert np.allclose(secondary["p_adjusted"], holm(secondary["p"].to_numpy()))
    assert holm(np.array([0.01, 0.04, 0.03])).tolist() == pytest.approx([0.03, 0.06, 0.06])


def test_domains_are_analysed_as_a_dichotomy_of_each_cases_mean_score():
    notes = _trial(teams=6, boroughs=2, notes_per_team_quarter=30)
    cells = build_cells(notes, PLAN)
    outcome = next(o for o in PLAN.outcomes if o.name == "partnering_safety")
    first = cells.frame.iloc[0]
    mine = notes[(notes["borough"].astype(str) + " / " + notes["team"].astype(str) == first["team_key"])
                 & (notes["recorded_at"].dt.year * 12 + notes["recorded_at"].dt.month - 1 == first["month"])]
    by_case = mine.groupby("case_id")["partnering_safety"].mean()
    assert first[f"m|{outcome.key}"] == len(by_case)
    assert first[f"y|{outcome.key}"] == pytest.approx(100 * (by_case >= PLAN.good_at).mean())
