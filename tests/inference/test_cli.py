"""`casenotes trends` and `casenotes validate-trends` through the CLI: the contract kept, the trial analysis added."""

from __future__ import annotations

import json

import pandas as pd

from casenotes.data import data_path


def _trends(cli, db, *args) -> dict:
    return json.loads(cli("trends", "--db", db, "--json", "--permutations", 19, *args).stdout)


def test_trends_json_keeps_its_contract_and_adds_method_exposure_terms_and_plan_hash(trial, cli):
    out = _trends(cli, trial["db"])
    need = {"outcome", "term", "estimate", "ci_low", "ci_high", "p", "n_clusters"}
    assert out["estimates"] and all(need <= set(e) for e in out["estimates"])
    assert "CR2" in out["method"] and "exposure-time" in out["method"] and "immediate" not in out["method"]
    assert out["plan"] == "analysis_plan.v3.toml" and len(out["plan_sha256"]) == 64
    assert out["exposure_terms"][0] == "exposure_month_0"
    terms = {e["term"] for e in out["estimates"]}
    assert {"trained", "post_training", "follow_up_3m", "follow_up_6m", "trained_immediate"} <= terms
    assert {"icc", "cac"} <= set(out["variance_components"][0])
    assert any(n.startswith("[W050]") for n in out["notices"])  # 12 teams: small-sample warning


def test_trends_json_reports_the_plans_estimand_and_estimator(trial, cli):
    """Issue #19: plan v3 (the default) states its estimand (team-weighted) and estimates every role by the
    regression, with imputation as every role's sensitivity analysis; plan v2 uses imputation for the secondaries
    (the regression beside them); each row says how it was made. Plan v1 reports what it always did."""
    v3 = _trends(cli, trial["db"])
    assert v3["estimand"]["estimator"] == {"primary": "regression", "secondary": "regression"}
    assert {r: s["model"] for r, s in v3["estimand"]["sensitivity"].items()} == {
        "primary": "exposure_time_imputation", "secondary": "exposure_time_imputation"}
    rows = pd.DataFrame(v3["estimates"])
    main = rows[(rows["model"] == "exposure_time") & (rows["term"] == "trained")]
    assert len(main) == 8 and all("CR2" in m for m in main["method"])
    out = _trends(cli, trial["db"], "--plan", data_path("analysis_plan.v2.toml"))
    assert out["estimand"]["weights"] == "team"
    assert out["estimand"]["estimator"] == {"primary": "regression", "secondary": "imputation"}
    assert out["estimand"]["sensitivity"]["secondary"]["model"] == "exposure_time_regression"
    rows = pd.DataFrame(out["estimates"])
    main = rows[(rows["model"] == "exposure_time") & (rows["term"] == "trained")].set_index("role")
    assert len(main) == 8 and "CR2" in main.loc["primary", "method"]
    assert all(m.startswith("imputation estimator") for m in main.loc["secondary", "method"])
    other = rows[rows["model"].isin(["exposure_time_regression", "exposure_time_imputation"]) & rows["term"].eq("trained")]
    assert len(other) == 8 and all(("CR2" in m) != m.startswith("imputation") for m in other["method"])
    v1 = _trends(cli, trial["db"], "--plan", data_path("analysis_plan.v1.toml"))
    assert "estimand" not in v1 and "CR2" in v1["method"] and v1["plan"] == "analysis_plan.v1.toml"
    assert set(pd.DataFrame(v1["estimates"])["model"]) == {"exposure_time", "immediate"}


def test_p_values_only_where_the_plan_asks(trial, cli):
    """Issue #19 item 6: one primary outcome, Holm over the secondaries, no p for timepoints or sensitivity."""
    rows = pd.DataFrame(_trends(cli, trial["db"])["estimates"])
    with_p = rows[rows["p"].notna()]
    assert set(with_p["term"]) == {"trained"} and set(with_p["model"]) == {"exposure_time"}
    assert (with_p["role"] == "primary").sum() == 1
    assert rows.loc[rows["role"].eq("primary") & rows["p"].notna(), "p_randomisation"].notna().all()


def test_as_treated_is_labelled_non_randomised_and_has_no_p_values(cli, tmp_path):
    """Issue #19 item 9: the as-treated view is not a peer of ITT."""
    cli("synth", tmp_path / "n.csv", "--notes", 400, "--seed", 12)
    db = tmp_path / "s.duckdb"
    cli("score", tmp_path / "n.csv", "--db", db, "--model", "linear-v1", "--teams", tmp_path / "n_teams.csv",
        "--roster", tmp_path / "n_roster.csv")
    out = _trends(cli, db, "--view", "as-treated")
    assert "NON-RANDOMISED" in out["analysis"]
    rows = pd.DataFrame(out["estimates"])
    assert set(rows["model"]) == {"as_treated"} and rows["p"].isna().all()
    assert all("NON-RANDOMISED" in m for m in rows["method"])


def test_inference_is_refused_below_the_plans_minimum_but_descriptives_remain(trial, cli, tmp_path):
    plan = tmp_path / "plan.toml"
    plan.write_text(data_path("analysis_plan.v1.toml").read_text().replace(
        "refuse_below_clusters = 6", "refuse_below_clusters = 13"))
    out = _trends(cli, trial["db"], "--plan", plan)
    assert out["inference"].startswith("[E430]") and out["aggregates"]
    assert out["estimates"] and all(e["estimate"] is None and e["method"].startswith("not estimable: [E430]")
                                    for e in out["estimates"])


def test_validate_trends_smoke(cli, tmp_path):
    """CI keeps a small run of the shipped harness; the shipped results are validation/trends-v3."""
    cli("validate-trends", "--out", tmp_path, "--sims", 2, "--scenario", "null_6", "--scenario", "build_up_12")
    summary = pd.read_csv(tmp_path / "summary.csv")
    assert set(summary["scenario"]) == {"null_6", "build_up_12"}
    assert {"coverage", "coverage_mcse", "rejection", "rejection_mcse", "bias", "bias_mcse"} <= set(summary.columns)
    verdict = json.loads((tmp_path / "verdict.json").read_text())
    assert verdict["plan_sha256"] and verdict["type1_error"]["checks"] == 8  # every outcome of the null scenario
    assert verdict["type1_pooled"]["checks"] == 8 and verdict["label_bias_pooled"]["checks"] == 4
    readme = (tmp_path / "README.md").read_text()
    assert "| null_6 | victim_blaming |" in readme and "| partnering_safety (domain) | " in readme
