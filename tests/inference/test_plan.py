"""The analysis plan: shipped file loads strictly, is hashed, and refuses what the code does not implement."""

from __future__ import annotations

import pytest

from casenotes.data import data_path, sha256
from casenotes.errors import InputError
from casenotes.inference.plan import load_plan


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_shipped_plan_names_one_primary_outcome_and_is_hashed(version):
    plan = load_plan(data_path(f"analysis_plan.{version}.toml"))
    assert plan.primary.name == "victim_blaming" and plan.primary.kind == "label_rate_per_100_sentences"
    assert plan.sha256 == sha256(data_path(f"analysis_plan.{version}.toml"))
    assert plan.record() == {"plan": f"analysis_plan.{version}.toml", "plan_version": f"analysis_plan.{version}",
                             "plan_sha256": plan.sha256}
    assert plan.primary_window == (0, 6) and plan.multiplicity == "holm"
    assert load_plan().path.name == "analysis_plan.v3.toml"  # the default


def _edited(tmp_path, old: str, new: str):
    text = data_path("analysis_plan.v1.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "plan.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("old, new", [
    ("working_icc = 0.02", "working_icc = 0.02\nwindow = 3"),               # unknown key
    ('role = "secondary"', 'role = "primary"'),                           # two primaries
    ('variance = "CR2"', 'variance = "wald"'),                            # a method this code does not implement
    ("primary_window_months = [0, 6]", "primary_window_months = [6, 0]"),  # an empty window
    ('method = "holm"', 'method = "bonferroni-ish"'),
])
def test_a_plan_the_code_cannot_honour_is_refused(tmp_path, old, new):
    with pytest.raises(InputError, match=r"\[E431\]"):
        load_plan(_edited(tmp_path, old, new))
