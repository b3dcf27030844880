"""Randomisation (permutation) test over the rollout order: the robustness check beside the primary analysis.

Under the sharp null of no training effect on any team at any time, every ordering of the teams' training dates
that the design could have produced (here: any permutation of the dates among the teams of a stratum, as the
study orders steps within borough) would have given the same outcomes. The primary-window estimate is recomputed
under such orderings; the share at least as far from zero as the observed one is an exact p-value whatever the
number of teams, the outcome's distribution or the correlation within teams (Thompson et al., Stat Med 2018).
It is exact only if the order really was random within borough, which the report says.

pyfixest's ``ritest`` permutes a column across clusters; a stepped wedge needs the whole exposure history of a
team to move with its date, hence this module.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator

import numpy as np

from casenotes.inference import imputation, primary
from casenotes.inference.cells import Cells
from casenotes.inference.plan import Outcome, Plan

_NEVER = -1e9


def permutation_p(cells: Cells, outcome: Outcome, plan: Plan, *, permutations: int,
                  estimator: str = "regression") -> float:
    """Two-sided randomisation p-value of the outcome's primary-window effect, estimated by ``estimator`` (the
    plan's: 'regression' or 'imputation'), so the test's statistic is the reported estimate.

    All distinct within-stratum orderings are used when there are at most ``permutations`` of them (the p-value
    is then exact); otherwise ``permutations`` random ones plus the observed (p = (1 + hits) / (1 + draws)).
    """
    if estimator == "imputation":
        y_cells = cells.frame[f"y|{outcome.key}"].to_numpy(dtype=float)

        def statistic(steps: np.ndarray) -> float:
            return imputation.window_estimate(cells, outcome, plan, steps, y_cells)
    else:
        base = primary.build_base(cells, outcome, plan)
        y = primary.absorbed_outcome(base, cells, outcome)

        def statistic(steps: np.ndarray) -> float:
            return _window_estimate(base, y, steps, plan)
    teams = cells.teams
    team_of_cell = cells.frame["team_key"].map({k: i for i, k in enumerate(teams["team_key"])}).to_numpy()
    observed_steps = teams["step"].to_numpy(dtype=float)
    observed = statistic(observed_steps[team_of_cell])
    if not np.isfinite(observed):
        return float("nan")
    # An ordering under which the imputation estimate is undefined (a window month no team can be imputed for) is
    # left out of the reference set: whether it is defined depends on the ordering and on which cells have data,
    # never on the outcomes, so the test conditional on it stays exact. The regression counts such orderings as
    # not extreme, as it always has (plan v1's p-values unchanged).
    keep_undefined = estimator != "imputation"
    strata = [np.flatnonzero(teams["stratum"].to_numpy() == s) for s in teams["stratum"].unique()]
    total = math.prod(_distinct(observed_steps[idx]) for idx in strata)
    if total <= permutations:
        draws = list(_all_orderings(observed_steps, strata))
        stats = np.array([statistic(steps[team_of_cell]) for steps in draws])
        stats = stats[np.isfinite(stats) | keep_undefined]
        return float(np.mean(np.abs(stats) >= abs(observed) - 1e-12))
    rng = np.random.default_rng(plan.permutation_seed)
    hits = used = 0
    for _ in range(permutations):
        steps = observed_steps.copy()
        for idx in strata:
            steps[idx] = observed_steps[rng.permutation(idx)]
        stat = statistic(steps[team_of_cell])
        if np.isfinite(stat) or keep_undefined:
            used += 1
            hits += abs(stat) >= abs(observed) - 1e-12
    return float((1 + hits) / (1 + used))


def _window_estimate(base: primary.Base, y: np.ndarray, steps: np.ndarray, plan: Plan) -> float:
    columns, xt = primary.exposure_columns(base, steps, "exposure_time")
    months = range(*plan.primary_window)
    if not all(e in columns for e in months):
        return float("nan")
    beta = np.linalg.lstsq(xt, y, rcond=None)[0]
    return float(np.mean([beta[columns.index(e)] for e in months]))


def _distinct(values: np.ndarray) -> int:
    _, counts = np.unique(np.nan_to_num(values, nan=_NEVER), return_counts=True)
    return math.factorial(len(values)) // math.prod(math.factorial(int(c)) for c in counts)


def _all_orderings(steps: np.ndarray, strata: list[np.ndarray]) -> Iterator[np.ndarray]:
    """Every distinct assignment of the dates to teams within strata (a never-trained team's NaN moves too)."""
    coded = np.nan_to_num(steps, nan=_NEVER)
    per_stratum = [sorted(set(itertools.permutations(coded[idx].tolist()))) for idx in strata]
    for combo in itertools.product(*per_stratum):
        out = coded.copy()
        for idx, values in zip(strata, combo):
            out[idx] = values
        yield np.where(out == _NEVER, np.nan, out)
