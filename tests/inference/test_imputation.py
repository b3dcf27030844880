"""The imputation estimator (plan v2): it targets the plan's team-weighted estimand where the regression does not,
says which trained cells it cannot impute, and leaves plan v1's results as they were."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from casenotes.data import data_path
from casenotes.inference.plan import load_plan
from casenotes.inference.trial import analyse_trial
from casenotes.schemas import LABELS

V1 = load_plan(data_path("analysis_plan.v1.toml"))
V2 = load_plan(data_path("analysis_plan.v2.toml"))
BOROUGH = {"t1": "A", "t2": "A", "t3": "A", "t4": "B", "t5": "B", "t6": "B"}
TEAM_LEVEL = {"t1": 10.0, "t2": 14.0, "t3": 8.0, "t4": 20.0, "t5": 12.0, "t6": 16.0}
EFFECT = {"t1": -1.0, "t2": -6.0, "t4": -2.0, "t5": -9.0}
"""Each trained team's effect at exposure month 0, growing by half of it a month: heterogeneous by team and time."""


def _effect(team: str, e: int) -> float:
    return EFFECT[team] * (1 + e / 2)


def _facts(steps: dict[str, int | None], months: int = 10) -> pd.DataFrame:
    """One note of 100 sentences per team and month, so a cell's rate is its note's count; the untreated
    rate is exactly team + borough x month (no noise), so every imputed untreated rate is exact."""
    rows = []
    for team, step in steps.items():
        for t in range(months):
            untreated = TEAM_LEVEL[team] + (3.0 if BOROUGH[team] == "A" else -2.0) * np.sin(t) + 0.4 * t
            e = None if step is None else t - step
            y = untreated + (_effect(team, e) if e is not None and e >= 0 else 0.0)
            rows.append({"note_id": f"{team}-{t}", "borough": BOROUGH[team], "team": team,
                         "recorded_at": pd.Timestamp(2024, 1 + t, 15),
                         "trained_at": pd.NaT if step is None else pd.Timestamp(2024, 1 + step, 1),
                         "n_sentences": 100, **{f"n_{label}": y for label in LABELS}})
    return pd.DataFrame(rows)


def _analyse(facts: pd.DataFrame, plan, outcome: str = "perpetrator_pattern") -> pd.DataFrame:
    """One label outcome's estimates (every label has the same rates here; a secondary one by default, which
    plan v2 estimates by imputation)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        est = analyse_trial(facts, plan, permutations=0, with_components=False).estimates
    return est[est["outcome"].eq(outcome) & est["kind"].str.startswith("label")]


STEPS = {"t1": 2, "t2": 4, "t3": None, "t4": 3, "t5": 5, "t6": None}
V1_BEFORE = {"estimate": -11.366711537262367, "ci_low": -21.998870827109073, "df": 3.1642697848342625}
"""Plan v1 on ``_facts(STEPS)`` with the code of main before this estimator (commit b0db6d8)."""


def test_imputation_estimates_the_team_weighted_estimand_where_the_regression_does_not():
    """Months 0-5: each month the mean over the teams seen in it of their effect, each team once, then the mean
    of the six months (hand-computed from the planted effects)."""
    per_month = []
    for e in range(6):
        seen = [team for team, step in STEPS.items() if step is not None and step + e < 10]
        per_month.append(np.mean([_effect(team, e) for team in seen]))
    truth = float(np.mean(per_month))
    est = _analyse(_facts(STEPS), V2).set_index(["model", "term"])["estimate"]
    assert est[("exposure_time", "trained")] == pytest.approx(truth, abs=1e-9)
    assert est[("exposure_time", "exposure_month_5")] == pytest.approx(per_month[5], abs=1e-9)
    assert abs(est[("exposure_time_regression", "trained")] - truth) > 0.1  # the regression weights otherwise


def test_cells_that_cannot_be_imputed_are_counted_and_left_out_with_a_warning():
    """t3 trains at month 8: borough A then has no not-yet-trained team in months 8-9, so its six cells there
    (t1 at exposure 6-7, t2 at 4-5, t3 at 0-1) have no comparison; four of them lie in the primary window."""
    steps = {**STEPS, "t3": 8}
    EFFECT["t3"] = -3.0
    try:
        with pytest.warns(UserWarning, match=r"\[W170\] label_rate_per_100_sentences: 6 of 28 trained team x "
                                             r"month cells \(4 in the primary window\)"):
            analyse_trial(_facts(steps), V2, permutations=0, with_components=False)
        est = _analyse(_facts(steps), V2).set_index(["model", "term"])["estimate"]
    finally:
        del EFFECT["t3"]
    # months 4 and 5 keep t1 (and t4, t5 in borough B); t2's months 4-5 and t3's 0-1 are left out
    month_4 = np.mean([_effect("t1", 4), _effect("t4", 4), _effect("t5", 4)])
    assert est[("exposure_time", "exposure_month_4")] == pytest.approx(month_4, abs=1e-9)


def test_plan_v3_is_the_default_v2_states_its_estimand_and_v1_keeps_the_regression():
    assert load_plan().path.name == "analysis_plan.v3.toml"
    assert load_plan().estimators == {"primary": "regression", "secondary": "regression"}
    assert V2.estimand_weights == "team" and V2.estimators == {"primary": "regression", "secondary": "imputation"}
    assert V1.estimand_weights is None and V1.estimators == {"primary": "regression", "secondary": "regression"}
    facts = _facts(STEPS)
    v1, v2 = _analyse(facts, V1), _analyse(facts, V2)
    assert set(v1["model"]) == {"exposure_time", "immediate"}
    assert set(v2["model"]) == {"exposure_time", "exposure_time_regression", "immediate"}
    assert set(_analyse(facts, V2, "victim_blaming")["model"]) == {"exposure_time", "exposure_time_imputation",
                                                                    "immediate"}
    # v2's regression rows (the secondaries' sensitivity analysis, the primary's own) are v1's, number for number
    cols = ["term", "estimate", "se", "df", "ci_low", "ci_high"]
    for outcome, model in (("perpetrator_pattern", "exposure_time_regression"), ("victim_blaming", "exposure_time")):
        old, new = _analyse(facts, V1, outcome), _analyse(facts, V2, outcome)
        pd.testing.assert_frame_equal(old[old["model"] == "exposure_time"][cols].reset_index(drop=True),
                                      new[new["model"] == model][cols].reset_index(drop=True))


def test_v1_results_are_what_they_were_before_v2():
    """Plan v1's primary-window regression on this design, as the code before the imputation estimator gave it."""
    row = _analyse(_facts(STEPS), V1, "victim_blaming").set_index(["model", "term"]).loc[("exposure_time", "trained")]
    assert row["estimate"] == pytest.approx(V1_BEFORE["estimate"], rel=1e-10)
    assert row["ci_low"] == pytest.approx(V1_BEFORE["ci_low"], rel=1e-10)
    assert row["df"] == pytest.approx(V1_BEFORE["df"], rel=1e-10)


@pytest.mark.parametrize("old, new", [('secondary = "imputation"', 'secondary = "did"'),
                                      ('primary = "regression", ', ''),
                                      ('weights = "team"', 'weights = "cell"'),
                                      ('weights = "team"', 'weights = "team"\nrho = 1')])
def test_an_estimand_the_code_does_not_implement_is_refused(tmp_path, old, new):
    from casenotes.errors import InputError

    path = tmp_path / "plan.toml"
    path.write_text(data_path("analysis_plan.v2.toml").read_text(encoding="utf-8").replace(old, new, 1),
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"\[E431\]"):
        load_plan(path)


def test_the_randomisation_test_of_an_imputation_estimate_permutes_that_estimate():
    """A plan estimating the primary outcome by imputation tests that estimate: 6 teams, 3 a borough, so all
    3! x 3! = 36 orderings are listed; orderings under which no team can be imputed for some window month are
    left out of the reference set (that depends on the ordering only), so p is a multiple of 1/n for n <= 36
    and a large planted effect is the most extreme."""
    from casenotes.inference.cells import build_cells
    from casenotes.inference.dgp import Scenario, generate
    from casenotes.inference.randomisation import permutation_p

    notes = generate(Scenario("r", teams=6, boroughs=2, effects={"victim_blaming": -6.0}, months=30,
                              notes_per_team_quarter=200), 1)[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cells = build_cells(notes, V2)
        p = permutation_p(cells, V2.primary, V2, permutations=999, estimator="imputation")
    assert 1 / 36 <= p < 0.2 and (1 / p) == pytest.approx(round(1 / p))
