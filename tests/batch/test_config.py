"""A batch run's options as one RunConfig, checked once when it is made; ``score_file`` and ``casenotes.scoring``
keep working for existing callers (issue #17)."""

from __future__ import annotations

import importlib
import sys

import pandas as pd
import pytest

import casenotes.batch
from casenotes.batch import RunConfig, ScoreReport
from casenotes.errors import InputError


def test_options_become_a_config_with_files_as_paths_and_a_model_name_kept(tmp_path):
    config = RunConfig.from_options(str(tmp_path / "in.csv"), str(tmp_path / "s.duckdb"),
                                    people=str(tmp_path / "people.csv"), model="linear-v1", workers=2)
    assert config.input_path == tmp_path / "in.csv" and config.people == tmp_path / "people.csv"
    assert config.model == "linear-v1" and config.workers == 2 and config.rubric == "default"
    assert config.rejects_path == tmp_path / "s_rejects.csv"


@pytest.mark.parametrize("options, code", [({"precision": "int4"}, "E054"), ({"engine": "spark"}, "E245"),
                                           ({"chunk_size": 0}, "E381"), ({"workers": 0}, "E382")])
def test_a_bad_option_fails_before_anything_is_read_or_written(tmp_path, options, code):
    with pytest.raises(InputError, match=code):
        casenotes.batch.score_file(tmp_path / "missing.csv", tmp_path / "s.duckdb", **options)
    assert not list(tmp_path.iterdir())


def test_an_unknown_option_is_refused(tmp_path):
    with pytest.raises(TypeError, match="chunksize"):
        RunConfig.from_options(tmp_path / "in.csv", tmp_path / "s.duckdb", chunksize=10)


def test_the_score_command_owns_its_process(tmp_path, cli, monkeypatch):
    """`casenotes score` runs for its run alone, so it lets the run tune the collector (the dashboard does not)."""
    export = tmp_path / "in.csv"
    pd.DataFrame({"note_id": ["n1"], "text": ["Mum seen."]}).to_csv(export, index=False)
    configs = []
    monkeypatch.setattr(casenotes.batch, "score_run", lambda config: configs.append(config) or ScoreReport("r"))
    cli("score", export, "--db", tmp_path / "s.duckdb", "--workers", 1)
    (config,) = configs
    assert config.tune_gc and config.input_path == export and config.workers == 1


def test_the_old_module_still_imports_with_a_deprecation_warning(monkeypatch):
    monkeypatch.delitem(sys.modules, "casenotes.scoring", raising=False)
    with pytest.warns(DeprecationWarning, match="casenotes.batch"):
        scoring = importlib.import_module("casenotes.scoring")
    assert scoring.score_file is casenotes.batch.score_file and scoring.NoteScorer is casenotes.batch.NoteScorer
