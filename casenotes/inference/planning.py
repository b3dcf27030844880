"""Planning table for a stepped-wedge trial: the minimum detectable effect by design size, ICC and CAC.

The variance of the treatment effect is the GLS variance under Hussey & Hughes' (2007) model of cluster-period
means with period effects, extended with a cluster autocorrelation (Hooper et al., Stat Med 2016; Hemming et al.
2018): a team effect (share ``cac`` of the between-cell variance) and a team x period effect (the rest), so that
a team's cells in different periods correlate less than notes within one cell. It is computed numerically for
the plan's designs (teams spread evenly over ``steps`` steps, one period before the first), never with an ICC of
0 (the plan's grid says which values), and compared with nothing parallel: a parallel two-arm formula ignores
both the within-team comparison and the periods a stepped wedge adds.

The table is for the immediate-effect estimand; a time-averaged exposure-time estimand needs somewhat more.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

from casenotes.inference.plan import Plan


def stepped_wedge_design(teams: int, steps: int) -> np.ndarray:
    """Teams x periods 0/1 matrix: teams spread as evenly as possible over ``steps`` steps, one period before
    the first step and each step one period after the last."""
    periods = steps + 1
    step_of = np.floor(np.arange(teams) * steps / teams).astype(int) + 1
    return (np.arange(periods)[None, :] >= step_of[:, None]).astype(float)


def effect_variance(design: np.ndarray, *, icc: float, cac: float, per_period: float) -> float:
    """Variance of the GLS treatment effect for a unit total variance (multiply by the outcome's variance).

    Cluster-period means have covariance ``icc*cac`` (team) plus ``icc*(1-cac) + (1-icc)/m`` on the diagonal.
    """
    teams, periods = design.shape
    cov = np.full((periods, periods), icc * cac) + np.eye(periods) * (icc * (1 - cac) + (1 - icc) / per_period)
    inv = np.linalg.inv(cov)
    info = np.zeros((periods + 1, periods + 1))
    for j in range(teams):
        d = np.hstack([np.eye(periods), design[j][:, None]])
        info += d.T @ inv @ d
    return float(np.linalg.inv(info)[-1, -1])


def mdes(design: np.ndarray, *, icc: float, cac: float, per_period: float, sd: float = 1.0, alpha: float = 0.05,
         power: float = 0.8) -> float:
    """Minimum detectable effect: ``(t(1 - alpha/2) + t(power)) * sd * sqrt(var)`` on ``J - 2`` df."""
    df = max(design.shape[0] - 2, 1)
    multiplier = stats.t.ppf(1 - alpha / 2, df) + stats.t.ppf(power, df)
    return float(multiplier * sd * np.sqrt(effect_variance(design, icc=icc, cac=cac, per_period=per_period)))


def planning_table(plan: Plan, components: pd.DataFrame | None = None) -> pd.DataFrame:
    """MDES for the plan's grid of teams, notes per team-period, ICC and CAC; per outcome in its own units when
    its variance components are known (``components.variance_components``), else in SD units. An outcome's own
    estimated ICC/CAC is added to the grid when it is not at the boundary (never in place of it)."""
    grid = plan.raw["planning"]
    outcomes: list[tuple[str, str, float, list[tuple[float, float]]]] = [("(standardised)", "sd_units", 1.0, [])]
    if components is not None:
        for c in components.itertuples():
            total = c.var_within + c.var_team_period + c.var_team
            extra = [(float(c.icc), float(c.cac))] if not c.at_boundary and np.isfinite(c.icc) else []
            if np.isfinite(total) and total > 0:
                outcomes.append((c.outcome, c.kind, float(np.sqrt(total)), extra))
    rows = []
    for name, kind, sd, extra in outcomes:
        pairs = [(i, r, "plan grid") for i in grid["icc"] for r in grid["cac"]] + [(i, r, "estimated") for i, r in extra]
        for teams in grid["teams"]:
            design = stepped_wedge_design(teams, grid["steps"])
            for m in grid["notes_per_team_period"]:
                for icc, cac, source in pairs:
                    rows.append({"outcome": name, "kind": kind, "sd": sd, "teams": teams, "steps": grid["steps"],
                                 "notes_per_team_period": m, "icc": icc, "cac": cac, "icc_source": source,
                                 "mdes": mdes(design, icc=icc, cac=cac, per_period=m, sd=sd, alpha=grid["alpha"],
                                              power=grid["power"])})
    return pd.DataFrame(rows)
