"""The independent trial simulation (validation/trends-independent) keeps working with the shipped analysis.

Two tiny trials, one null and one with an effect: the generator's rows are what a real store's ``note_facts()``
returns for the same tables, the shipped ``analyse_trial`` estimates every planned outcome from them, and the
counterfactual truths have the signs the generator plants.
"""

from __future__ import annotations

import importlib.util
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from casenotes.data import data_path
from casenotes.inference.plan import load_plan
from casenotes.inference.trial import analyse_trial
from casenotes.store import Store

V1 = data_path("analysis_plan.v1.toml")  # the plan the frozen results were run with (run.py pins it too)

FOLDER = Path(__file__).resolve().parents[2] / "validation" / "trends-independent"


@pytest.fixture(scope="module")
def gen():
    spec = importlib.util.spec_from_file_location("trends_independent_generate", FOLDER / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


def test_rows_match_a_real_store(gen, tmp_path):
    trial = gen.generate(gen.Scenario("tiny", teams=6, notes_per_quarter=6), seed=1)
    with Store(tmp_path / "s.duckdb") as store:
        run_id = store.start_run({"input_name": "sim", "input_sha256": "-", "model": "sim", "model_sha256": "-",
                                  "rubric": "sim", "rubric_sha256": "-", "code_version": "-"})
        notes = trial["notes"].assign(run_id=run_id, recorded_at=trial["notes"]["recorded_at"].dt.date, text="")
        store.write_chunk(notes, pd.DataFrame(), trial["scores"], pd.DataFrame())
        store.set_teams(trial["teams"])
        store.set_roster(trial["roster"])
        stored = store.note_facts()
    ours = trial["facts"]
    assert set(stored.columns) - {"team_key"} == set(ours.columns)  # the store adds its team key (issue #17)
    stored, ours = (f.sort_values("note_id").reset_index(drop=True) for f in (stored, ours))
    for column in ("team", "trained", "timepoint", "author_trained", "n_sentences", "n_victim_blaming",
                   "non_blaming_strengths"):
        assert stored[column].tolist() == ours[column].tolist(), column
    assert (stored["month"].values.astype("datetime64[D]") == ours["month"].values.astype("datetime64[D]")).all()


@pytest.mark.parametrize("effect", [0.0, 1.0])  # a sharp null, then the planted effect
def test_shipped_analysis_runs_on_the_independent_trials(gen, effect):
    trial = gen.generate(gen.Scenario("tiny", teams=6, notes_per_quarter=30, effect=effect, growth=0.25 * effect),
                         seed=2)
    truth = gen.truths(trial["cf"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # [W050]: fewer than 20 teams
        est = analyse_trial(trial["facts"], load_plan(V1), permutations=0, with_components=False).estimates
    main = est[est["term"] == "trained"]
    assert len(main) == 8 and np.isfinite(main[["estimate", "ci_low", "ci_high", "df"]].to_numpy()).all()
    vb = truth["label:victim_blaming"]
    if effect == 0:
        assert all(t[w] == pytest.approx(0, abs=1e-9) for t in truth.values() for w in ("team", "cell", "sentence"))
    else:
        assert vb["team"] < -0.5 and vb["cell"] < -0.5 and truth["label:perpetrator_pattern"]["team"] > 0.5
