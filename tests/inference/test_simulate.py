"""The validation harness (`casenotes validate-trends`): how its trials are drawn and what its verdict checks."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from casenotes.data import data_path
from casenotes.inference import simulate

_SMALL = 'teams = 6\nboroughs = 2\nnotes_per_team_quarter = 30.0\n'


def _scenario_file(tmp_path, *names: str):
    path = tmp_path / "scenarios.toml"
    path.write_text('version = "test"\n' + "".join(f'[[scenario]]\nname = "{n}"\n{_SMALL}' for n in names))
    return path


def test_scenarios_draw_independent_trials_and_a_rerun_repeats_them(tmp_path):
    """Issue #19: trends-v2 fed every scenario the same seeds, so scenarios that share a design (nine of sixteen)
    shared their trials (errors correlated 0.33-0.74 across scenarios), and one Monte Carlo fluctuation of
    perpetrator_pattern (+0.04 pp in seeds 0-499) repeated in each of them and read as a bias. Two scenarios
    with the same design must analyse different trials; the same run twice must give the same numbers."""
    path = _scenario_file(tmp_path, "same_a", "same_b")
    results = simulate.run(sims=2, scenarios=path)
    keys = ["seed", "outcome", "kind", "model", "term"]
    a, b = (results[results["scenario"] == n].set_index(keys)["estimate"] for n in ("same_a", "same_b"))
    assert len(a) == len(b) > 0
    assert not (a - b).abs().lt(1e-9).any()  # no trial of one scenario is a trial of the other
    pd.testing.assert_frame_equal(results, simulate.run(sims=2, scenarios=path))


def _summary(bias_in_mcse: dict[str, float], rejection: dict[str, float] | None = None,
             scenarios: int = 9) -> pd.DataFrame:
    """A summary as :func:`simulate.summarise` makes it: label outcomes' primary estimand in null scenarios of 500
    trials, each label's bias this many MC SEs from zero and its type I error as given in every scenario, the
    rest nominal."""
    rejection = rejection or {}
    rows = [{"scenario": f"null_{i}", "outcome": label, "kind": "label_rate_per_100_sentences",
             "model": "exposure_time", "term": "trained", "sims": 500, "truth": 0.0, "bias": shift * 0.02,
             "bias_mcse": 0.02, "coverage": 0.95, "coverage_in_band": True,
             "rejection": rejection.get(label, 0.05), "type1_in_band": abs(rejection.get(label, 0.05) - 0.05) <= 0.0195}
            for i in range(scenarios) for label, shift in bias_in_mcse.items()]
    return pd.DataFrame(rows)


def test_a_bias_below_two_mc_se_in_every_scenario_fails_the_pooled_check():
    """Issue #19: perpetrator_pattern's +0.04 pp sat inside 2 MC SE in most scenarios but had the same sign in
    nearly all; the verdict pools each label's bias over the (independent) scenarios so that this shows."""
    summary = _summary({"victim_blaming": 0.0, "perpetrator_pattern": 1.2, "child_focus": -0.3, "partnering": 0.4})
    record = simulate.verdict(summary)
    assert record["label_bias_within_2_mcse"]["outside_band"] == 0
    pooled = record["label_bias_pooled"]
    assert pooled["checks"] == 4
    assert [o["outcome"] for o in pooled["outside"]] == ["perpetrator_pattern"]
    assert pooled["outside"][0]["z"] == pytest.approx(1.2 * 3)
    assert not simulate.too_many_outside(record)  # one label of four: within what chance explains


def test_check_fails_a_method_whose_intervals_undercover(cli, tmp_path):
    """`validate-trends --check` must still be able to fail: 50% intervals reported as 95% ones do."""
    plan = tmp_path / "plan.toml"
    plan.write_text(data_path("analysis_plan.v1.toml").read_text().replace("level = 0.95", "level = 0.5"))
    path = _scenario_file(tmp_path, "small_a", "small_b", "small_c")
    failed = cli("validate-trends", "--out", tmp_path / "out", "--sims", 10, "--scenarios", path, "--plan", plan,
                 "--check", ok=False)
    assert failed.exit_code == 1
    assert json.loads((tmp_path / "out" / "verdict.json").read_text())["primary_coverage"]["outside_band"] == 3


def test_a_type_one_error_inside_every_scenarios_band_but_off_nominal_fails_the_pooled_check():
    """Issue #19's bar is type I error per outcome: pooled over the null scenarios' trials (4,500 here) it is
    measured to +/-0.0065, so 0.062 in every scenario (inside each 500-trial band of +/-0.0195) is caught."""
    summary = _summary({"victim_blaming": 0.0, "perpetrator_pattern": 0.0, "child_focus": 0.0, "partnering": 0.0},
                       rejection={"child_focus": 0.062, "partnering": 0.046})
    record = simulate.verdict(summary)
    assert record["type1_error"]["outside_band"] == 0
    pooled = record["type1_pooled"]
    assert pooled["checks"] == 4 and pooled["range"] == [pytest.approx(0.046), pytest.approx(0.062)]
    assert [(o["outcome"], o["scenario"]) for o in pooled["outside"]] == [("child_focus", "9 scenarios pooled")]
