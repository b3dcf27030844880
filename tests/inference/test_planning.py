"""The stepped-wedge planning table: Hussey & Hughes' variance, a CAC below 1 costs power, no ICC of 0."""

from __future__ import annotations

import numpy as np
import pytest

from casenotes.inference.plan import load_plan
from casenotes.inference.planning import effect_variance, mdes, planning_table, stepped_wedge_design


@pytest.mark.parametrize("teams, steps", [(24, 4), (6, 3), (12, 6)])
def test_variance_is_hussey_and_hughes_closed_form_when_cac_is_one(teams, steps):
    x = stepped_wedge_design(teams, steps)
    i, t = x.shape
    icc, m = 0.05, 50
    tau2, s2 = icc, (1 - icc) / m
    u, w, v = x.sum(), (x.sum(0) ** 2).sum(), (x.sum(1) ** 2).sum()
    closed = i * s2 * (s2 + t * tau2) / ((i * u - w) * s2 + (u ** 2 + i * t * u - t * w - i * v) * tau2)
    assert effect_variance(x, icc=icc, cac=1.0, per_period=m) == pytest.approx(closed, rel=1e-9)


def test_mdes_grows_as_the_cluster_autocorrelation_falls_and_with_fewer_teams():
    x24, x12 = stepped_wedge_design(24, 4), stepped_wedge_design(12, 4)
    assert (mdes(x24, icc=0.05, cac=0.95, per_period=50) < mdes(x24, icc=0.05, cac=0.5, per_period=50)
            < mdes(x12, icc=0.05, cac=0.5, per_period=50))


def test_planning_table_never_uses_an_icc_of_zero():
    table = planning_table(load_plan())
    assert (table["icc"] > 0).all() and (table["mdes"] > 0).all() and np.isfinite(table["mdes"]).all()
    assert {"teams", "notes_per_team_period", "icc", "cac", "mdes"} <= set(table.columns)
