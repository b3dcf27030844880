"""The default plan's run on the independent simulation (validation/trends-plan-v3) keeps working.

A smoke run of the runner on two tiny trials: one trial per scenario as the shipped run analyses it, the v3
regression equal to plan v1's stored rows of the same seed (the runner leans on that to reuse v1's trials), and
the summary, table and diagnosis written from the rows.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

FOLDER = Path(__file__).resolve().parents[2] / "validation" / "trends-plan-v3"


@pytest.fixture(scope="module")
def runner():
    spec = importlib.util.spec_from_file_location("trends_plan_v3_run", FOLDER / "run.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_trial_gives_both_estimators_and_v1s_regression(runner):
    rows = pd.DataFrame(runner.one_trial("null-6x150", 0))
    assert len(rows) == 8 * 2 and set(rows["estimator"]) == {"regression", "imputation"}
    reg = rows[rows["estimator"] == "regression"]
    assert np.isfinite(reg[["estimate", "se", "df", "ci_low", "ci_high"]].to_numpy()).all()
    assert (rows["truth_team"] == 0).all()  # a sharp null
    check = runner.check_v1(["null-6x150"], 1)
    assert (check[["estimate", "se", "df", "ci_low", "ci_high"]].to_numpy() < 1e-9).all()


def test_the_summary_keeps_seed_blocks_apart(runner, tmp_path, monkeypatch):
    rows = [r for trial in (500, 1500) for r in runner.one_trial("null-6x150", trial)]
    pd.DataFrame(rows).to_csv(tmp_path / "trials.csv", index=False)
    monkeypatch.setattr(runner, "RESULTS", tmp_path)
    monkeypatch.setattr(runner, "TRIALS", tmp_path / "trials.csv")
    s = runner.summary()
    vb = s[(s["scenario"] == "null-6x150") & (s["estimator"] == "regression") & (s["outcome"] == "victim_blaming")
           & (s["kind"] == "label_rate_per_100_sentences")].set_index("block")
    assert vb["trials"].to_dict() == {"0-499": 500, "500-1499 fresh": 1, "1500-1999 confirmation": 1}
    assert vb.loc["0-499", "plan"] == "v1" and vb.loc["500-1499 fresh", "plan"] == "v3"
    assert "| null-6x150 | 500-1499 fresh | victim_blaming | 1 |" in (tmp_path / "table.md").read_text()
    d = runner.diagnose("1500-1999 confirmation")
    assert len(d) == 8 and set(d["trials"]) == {1}
