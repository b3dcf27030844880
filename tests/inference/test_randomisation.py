"""The randomisation test permutes training dates within strata and is exact when it can list them all."""

from __future__ import annotations

import warnings

import pytest

from casenotes.inference.cells import build_cells
from casenotes.inference.dgp import Scenario, generate
from casenotes.inference.plan import load_plan
from casenotes.inference.randomisation import permutation_p

PLAN = load_plan()


@pytest.mark.parametrize("effect, expect_smallest", [(-6.0, True), (0.0, False)])
def test_exhaustive_permutation_p_value(effect, expect_smallest):
    # 6 teams, 3 per borough: 3! x 3! = 36 orderings, all listed, so p is a multiple of 1/36
    notes = generate(Scenario("r", teams=6, boroughs=2, effects={"victim_blaming": effect},
                              notes_per_team_quarter=200), 1)[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p = permutation_p(build_cells(notes, PLAN), PLAN.primary, PLAN, permutations=999)
    assert round(p * 36) == pytest.approx(p * 36)
    assert (p == pytest.approx(1 / 36)) is expect_smallest
