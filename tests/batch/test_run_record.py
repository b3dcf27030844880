"""The run record names every data file in force with its SHA-256 (issue #17): de-identification's lists, the
pipeline's rules (abbreviations, roles, ConText), the rubric, the model's rules, and any other data file read."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from casenotes.classify.registry import models_dir
from casenotes.data import data_path, sha256
from casenotes.batch import score_file
from casenotes.store import Store


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "export.csv"
    pd.DataFrame({"note_id": ["n1", "n2"], "case_id": ["c1", "c2"],
                  "text": ["Dad shouted at mum.", "Mum has not allowed him back."]}).to_csv(path, index=False)
    return path


def recorded(db: Path) -> dict[str, str]:
    with Store(db, read_only=True) as store:
        return json.loads(store._query("SELECT data_files FROM runs").iloc[0, 0])


def test_the_record_names_the_pipeline_rubric_and_deid_files(export, tmp_path):
    score_file(export, tmp_path / "s.duckdb", model="linear-v1")
    files = recorded(tmp_path / "s.duckdb")
    for name in ("abbreviations.v1.yaml", "roles.v1.yaml", "context_rules.v1.json", "audit_rubric.v4.toml",
                 "deid_patterns.v3.yaml", "pseudonyms.v1.yaml"):
        assert files[name] == sha256(data_path(name)), name


def test_an_edited_copy_of_the_rubric_changes_the_recorded_hash(export, tmp_path):
    copy = tmp_path / "mine" / "audit_rubric.v4.toml"
    copy.parent.mkdir()
    copy.write_text(data_path("audit_rubric.v4.toml").read_text(encoding="utf-8") + "\n# calibrated locally\n")
    score_file(export, tmp_path / "shipped.duckdb", model="linear-v1")
    score_file(export, tmp_path / "edited.duckdb", model="linear-v1", rubric=copy)
    shipped, edited = recorded(tmp_path / "shipped.duckdb"), recorded(tmp_path / "edited.duckdb")
    assert edited["audit_rubric.v4.toml"] == sha256(copy) != shipped["audit_rubric.v4.toml"]


def test_an_edited_copy_of_the_rules_changes_the_recorded_hash(export, tmp_path):
    mine = tmp_path / "mine"
    shutil.copytree(models_dir() / "rules-v1", mine)
    with (mine / "rules.jsonl").open("a", encoding="utf-8") as fh:
        fh.write("// a local edit\n")
    score_file(export, tmp_path / "shipped.duckdb", model="rules-v1")
    score_file(export, tmp_path / "edited.duckdb", model=mine)
    shipped, edited = recorded(tmp_path / "shipped.duckdb"), recorded(tmp_path / "edited.duckdb")
    assert shipped["rules.jsonl"] == sha256(models_dir() / "rules-v1" / "rules.jsonl")
    assert edited["rules.jsonl"] == sha256(mine / "rules.jsonl") != shipped["rules.jsonl"]


_WATCH = textwrap.dedent("""
    import json, os, sys
    opened = set()
    def hook(event, args):
        if event == "open" and isinstance(args[0], (str, os.PathLike)):
            opened.add(os.path.realpath(os.fsdecode(args[0])))
    sys.addaudithook(hook)
    from casenotes.batch import score_file
    score_file(sys.argv[1], sys.argv[2], model=sys.argv[3])
    print(json.dumps(sorted(opened)))
""")


@pytest.mark.parametrize("model", ["rules-v1", "linear-v1"])
def test_every_data_file_read_while_scoring_is_recorded(export, tmp_path, model):
    """Every file opened under casenotes/data (and the model's rules) during a run is in its record."""
    db = tmp_path / "s.duckdb"
    proc = subprocess.run([sys.executable, "-c", _WATCH, str(export), str(db), model], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    data_dir = os.path.realpath(data_path("rules.v1.jsonl").parent)
    read = {Path(p).name for p in json.loads(proc.stdout.splitlines()[-1])
            if (os.path.dirname(p) == data_dir and not p.endswith((".py", ".pyc"))) or Path(p).name == "rules.jsonl"}
    assert read and read <= set(recorded(db)), sorted(read - set(recorded(db)))
