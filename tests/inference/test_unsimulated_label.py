"""``casenotes validate-trends`` with a label the labels file gives no synthetic ``trial_share`` (issue #17): the
simulated trials leave it out with a warning (W121) instead of failing on a KeyError, and a plan that analyses it
is refused with a coded error (E555). Through the installed console script, ``CASENOTES_LABELS`` naming the file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from casenotes.data import data_path
from casenotes.inference.plan import DEFAULT_PLAN
from casenotes.schemas import LABELS_ENV, LABELS_FILE

CLI = Path(sys.executable).with_name("casenotes")
TOY = "interpreter_need"


def _env(tmp_path: Path) -> dict[str, str]:
    labels = yaml.safe_load(data_path(LABELS_FILE).read_text(encoding="utf-8"))
    labels["labels"].append({"name": TOY, "title": "Interpreter need", "phrase": "notes of interpreter need",
                             "colour": "#d9c4f8", "desired": "up"})  # no `synthetic`: no trial_share
    (tmp_path / "labels.toy.yaml").write_text(yaml.safe_dump(labels, sort_keys=False), encoding="utf-8")
    return {**os.environ, LABELS_ENV: str(tmp_path / "labels.toy.yaml")}


def _validate(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLI), "validate-trends", "--out", str(tmp_path / "out"), "--sims", "1",
                           "--scenario", "null_6", *extra], env=_env(tmp_path), capture_output=True, text=True)


def test_a_label_without_synthetic_rates_is_left_out_with_a_warning(tmp_path):
    done = _validate(tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "[W121]" in done.stderr and TOY in done.stderr and "Traceback" not in done.stderr
    assert (tmp_path / "out" / "verdict.json").is_file()


def test_a_plan_analysing_an_unsimulated_label_is_refused(tmp_path):
    plan = data_path(DEFAULT_PLAN).read_text(encoding="utf-8")
    plan = plan.replace('[[outcomes]]\nname = "partnering"',
                        f'[[outcomes]]\nname = "{TOY}"\nkind = "label_rate_per_100_sentences"\nrole = "secondary"\n\n'
                        f'[[outcomes]]\nname = "partnering"', 1)
    (tmp_path / "plan.toml").write_text(plan, encoding="utf-8")
    done = _validate(tmp_path, "--plan", str(tmp_path / "plan.toml"))
    assert done.returncode == 1, done.stderr[-2000:]
    assert "[E555] plan.toml" in done.stderr and TOY in done.stderr and "Traceback" not in done.stderr
