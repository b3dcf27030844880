"""Trends: aggregates with suppression, and the mixed-effects training effect."""

from __future__ import annotations

import json

import numpy as np
import pytest

from casenotes.store import Store
from casenotes.trends import Suppression, aggregate


def test_trends_json_contract(trial, cli, tmp_path):
    out = json.loads(cli("trends", "--db", trial["db"], "--json", "--out", tmp_path).stdout)
    need = {"outcome", "term", "estimate", "ci_low", "ci_high", "p", "n_clusters"}
    assert out["estimates"] and all(need <= set(e) for e in out["estimates"])
    assert (tmp_path / "estimates.csv").exists() and (tmp_path / "aggregates_team_timepoint.csv").exists()


def test_small_groups_are_suppressed(trial):
    with Store(trial["db"], read_only=True) as store:
        notes = store.note_outcomes()
    agg = aggregate(notes, ["borough", "team", "author_id"], rule=Suppression(min_notes=10, min_authors=1))
    small = agg[agg["n_notes"] < 10]
    assert len(small) and small["mean"].isna().all() and small["suppressed"].all()


@pytest.mark.slow
def test_recovers_the_direction_of_a_planted_effect(tmp_path, cli):
    from casenotes.inference.plan import load_plan
    from casenotes.inference.trial import analyse_trial

    cli("synth", tmp_path / "n.csv", "--notes", 3000, "--seed", 11, "--teams-per-borough", 4,
        "--effect", "victim_blaming=-8", "--effect", "perpetrator_pattern=10", "--effect", "child_focus=8",
        "--effect", "partnering=8")
    db = tmp_path / "s.duckdb"
    cli("score", tmp_path / "n.csv", "--db", db, "--model", "linear-v1", "--teams", tmp_path / "n_teams.csv",
        "--people", tmp_path / "n_people.csv")
    with Store(db, read_only=True) as store:
        est = analyse_trial(store.note_facts(), load_plan(), permutations=0).estimates
    est = est[est["kind"].str.startswith("label") & (est["term"] == "trained") & (est["model"] == "exposure_time")]
    est = est.set_index("outcome")
    assert est.loc["victim_blaming", "estimate"] < 0
    for label in ("perpetrator_pattern", "child_focus", "partnering"):
        assert est.loc[label, "estimate"] > 0, label


def test_trends_out_writes_summaries_and_planning(trial, cli, tmp_path, monkeypatch):
    monkeypatch.setenv("CASENOTES_MIN_NOTES", "3")  # the data controller's floor for this small trial
    cli("trends", "--db", trial["db"], "--out", tmp_path, "--min-notes", 3)
    text = (tmp_path / "team_summaries.md").read_text()
    assert "per 100 sentences" in text or "too few notes" in text
    assert "Descriptive, not an effect estimate" in text and "not-yet-trained teams" in text
    planning = __import__("pandas").read_csv(tmp_path / "planning_mdes.csv")
    assert {"outcome", "teams", "notes_per_team_period", "icc", "cac", "mdes"} <= set(planning.columns)
    assert (planning["mdes"] > 0).all() and (planning["icc"] > 0).all()  # issue #19 item 4: never an ICC of 0
    assert (tmp_path / "aggregates_role_timepoint.csv").exists()


def test_as_treated_view_uses_the_authors_own_training(tmp_path, cli):
    cli("synth", tmp_path / "n.csv", "--notes", 300, "--seed", 12)
    db = tmp_path / "s.duckdb"
    cli("score", tmp_path / "n.csv", "--db", db, "--model", "linear-v1", "--teams", tmp_path / "n_teams.csv",
        "--roster", tmp_path / "n_roster.csv")
    with Store(db, read_only=True) as store:
        facts = store.note_facts()
    # authors who never completed CORE are untrained in the as-treated view, whatever their team did
    assert facts["author_trained"].sum() <= facts["trained"].sum() and facts["author_trained"].sum() > 0
    itt = json.loads(cli("trends", "--db", db, "--json").stdout)
    at = json.loads(cli("trends", "--db", db, "--json", "--view", "as-treated", "--windows", "2,4").stdout)
    assert itt["view"] == "itt" and at["view"] == "as-treated" and at["windows_months"] == [2, 4]
    assert itt["estimates"] and at["estimates"]


def test_trends_reports_the_plan_and_exports_parquet(trial, cli, tmp_path):
    import pandas as pd

    printed = cli("trends", "--db", trial["db"], "--out", tmp_path, "--format", "parquet").stdout
    assert "analysis_plan.v3.toml (sha256" in printed and "CR2" in printed
    estimates = pd.read_parquet(tmp_path / "estimates.parquet")
    assert {"method", "df", "se", "p_adjusted", "p_randomisation", "model", "role"} <= set(estimates.columns)
    components = pd.read_parquet(tmp_path / "variance_components.parquet")
    assert {"icc", "cac", "at_boundary"} <= set(components.columns)
    assert (tmp_path / "cluster_period_sizes.parquet").exists()
    assert not (tmp_path / "estimates.csv").exists()


def test_notes_without_a_team_are_placed_by_membership_on_the_day(tmp_path, cli):
    import pandas as pd

    cli("synth", tmp_path / "n.csv", "--notes", 200, "--seed", 4, "--move-share", 0.5)
    notes = pd.read_csv(tmp_path / "n.csv", dtype=str)
    teamless = notes.sample(60, random_state=0).index
    truth = notes.loc[teamless, ["note_id", "borough", "team"]]
    notes.loc[teamless, ["borough", "team"]] = ""
    notes.to_csv(tmp_path / "m.csv", index=False)
    db = tmp_path / "s.duckdb"
    cli("score", tmp_path / "m.csv", "--db", db, "--model", "rules-v1", "--teams", tmp_path / "n_teams.csv",
        "--memberships", tmp_path / "n_memberships.csv")
    with Store(db, read_only=True) as store:
        facts = store.note_facts().set_index("note_id")
    assert len(facts) == 200
    placed = facts.loc[truth["note_id"]]
    assert placed["team_from_membership"].all()
    assert (placed["team"].to_numpy() == truth["team"].to_numpy()).all()
    assert (placed["borough"].to_numpy() == truth["borough"].to_numpy()).all()
    assert placed["trained_at"].notna().sum() > 0  # and they pick up their team's training date


@pytest.mark.parametrize("by", [("borough", "timepoint"), ("borough", "team", "timepoint"), ("author_role", "timepoint"),
                                ("month", "status"), ("team_key", "quarter")])
def test_summary_cells_give_the_same_aggregates_as_the_notes(trial, by):
    import pandas as pd

    from casenotes.trends import aggregate_cells, cell_frame

    with Store(trial["db"], read_only=True) as store:
        notes = store.note_outcomes()
        stored = store.note_cells()
        assert store._query("SELECT value FROM meta WHERE key = 'note_cells'").iloc[0, 0] == "fresh"
    cells = cell_frame(stored)
    assert len(cells) < len(notes) and cells["n_notes"].sum() == len(notes)
    month = pd.to_datetime(notes["recorded_at"]).dt.to_period("M")
    notes = notes.assign(month=month.dt.to_timestamp(), quarter=month.dt.asfreq("Q").astype(str),
                         status=notes["trained"].map({True: "trained", False: "not yet trained"}))
    rule = Suppression(min_notes=4, min_authors=1)  # practitioners are counted exactly only per note
    expected = aggregate(notes, list(by), rule=rule)
    got = aggregate_cells(cells, by, rule=rule)
    assert list(got.columns) == list(expected.columns) and len(got) == len(expected)
    for column in expected.columns:
        if expected[column].dtype.kind == "f":
            np.testing.assert_allclose(got[column].to_numpy(float), expected[column].to_numpy(float), rtol=1e-9,
                                       atol=1e-9, equal_nan=True, err_msg=column)
        else:
            assert got[column].astype(str).tolist() == expected[column].astype(str).tolist(), column


def test_cells_are_recomputed_while_stale(trial, tmp_path):
    import shutil

    db = tmp_path / "copy.duckdb"
    shutil.copy(trial["db"], db)
    with Store(db) as store:
        before = store.note_cells()
        forgotten = store._query("SELECT case_id FROM notes LIMIT 1").iloc[0, 0]
        teams = store._query("SELECT * FROM teams")
        store.set_teams(teams.assign(trained_at=teams["trained_at"].min()))  # marks the cells stale
        assert store._query("SELECT value FROM meta WHERE key = 'note_cells'").iloc[0, 0] == "stale"
        live = store.note_cells()
        assert live["n_notes"].sum() == before["n_notes"].sum()
        assert live.loc[live["trained"], "n_notes"].sum() >= before.loc[before["trained"], "n_notes"].sum()
        removed = store.forget_case(forgotten)["notes"]  # and forgetting refreshes them
        assert store._query("SELECT value FROM meta WHERE key = 'note_cells'").iloc[0, 0] == "fresh"
        assert store.note_cells()["n_notes"].sum() == before["n_notes"].sum() - removed


def test_run_trends_returns_what_the_cli_prints(trial, cli, tmp_path):
    """Issue #17, item 5: the analysis is a library call (casenotes.analysis), silent, that the command prints."""
    from casenotes.analysis import run_trends

    result = run_trends(trial["db"], out_dir=tmp_path, fmt="parquet")
    assert result.to_dict() == json.loads(cli("trends", "--db", trial["db"], "--json").stdout)
    assert (tmp_path / "estimates.parquet").exists() and (tmp_path / "team_summaries.md").exists()


@pytest.mark.parametrize("options, code", [({"view": "per-protocol"}, "E170"), ({"windows": (6, 3)}, "E171"),
                                           ({"fmt": "xlsx"}, "E280")])
def test_run_trends_refuses_bad_options(trial, options, code):
    from casenotes.analysis import run_trends
    from casenotes.errors import InputError

    with pytest.raises(InputError, match=rf"\[{code}\]"):
        run_trends(trial["db"], **options)


def test_notes_of_teams_missing_from_the_teams_table_are_a_warning(trial, tmp_path):
    """Valid but probably a mistake: their notes are coded baseline (untrained) without a word (W005)."""
    import re
    import shutil
    import warnings

    import pandas as pd

    from casenotes.analysis import run_trends
    from casenotes.errors import CasenotesWarning

    with warnings.catch_warnings():
        warnings.simplefilter("error", CasenotesWarning)
        run_trends(trial["db"])  # every team is in the trial's teams table
    db = tmp_path / "s.duckdb"
    shutil.copy(trial["db"], db)
    teams = pd.read_csv(trial["dir"] / "notes_teams.csv", dtype=str, keep_default_na=False)
    with Store(db) as store:
        store.set_teams(teams.iloc[1:])
    first = re.escape(f"{teams['borough'][0]} / {teams['team'][0]}")
    with pytest.warns(CasenotesWarning, match=rf"\[W005\] \d+ notes of 1 team\(s\) \(e.g. {first}\)"):
        run_trends(db)


def test_descriptive_intervals_are_clustered_by_team(trial):
    """Issue #19 item 8: a group of one team gets no interval (its notes are not independent); a borough's
    interval is over its teams, so it is wider than one over its notes."""
    with Store(trial["db"], read_only=True) as store:
        notes = store.note_outcomes()
    rule = Suppression(min_notes=1, min_authors=1)
    by_team = aggregate(notes, ["borough", "team"], rule=rule)
    assert by_team["mean"].notna().any() and by_team["ci_low"].isna().all()
    by_borough = aggregate(notes, ["borough"], rule=rule)
    rates = by_borough[by_borough["outcome"] == "victim_blaming"].dropna(subset=["ci_low"])
    assert len(rates) and (rates["ci_high"] > rates["ci_low"]).all()
