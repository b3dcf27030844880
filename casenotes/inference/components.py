"""CONSORT-SW items: the cluster-period size table and each outcome's ICC and cluster autocorrelation (CAC).

Variance components are method-of-moments (Henderson III) estimates from the team x month cells, so there is no
optimiser to fail silently (statsmodels' MixedLM with L-BFGS can collapse a variance to 0 and still report
convergence): within-cell variance from the units in each cell, team x month variance from the residuals of the
fixed-effects fit beyond what sampling explains, team variance from what the team effects add. A component whose
moment estimate is negative is reported as 0 and flagged ``at_boundary``; the planning table never takes an ICC of 0.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from casenotes.inference import primary
from casenotes.inference.cells import Cells
from casenotes.inference.plan import Plan


def variance_components(cells: Cells, plan: Plan) -> pd.DataFrame:
    """Per outcome: within-cell (unit), team x month and team variances, ICC (within a month) and CAC."""
    rows = []
    steps = cells.steps()
    for outcome in plan.outcomes:
        frame = cells.frame
        m = frame[f"m|{outcome.key}"].to_numpy(dtype=float)
        y = frame[f"y|{outcome.key}"].to_numpy(dtype=float)
        v = frame[f"v|{outcome.key}"].to_numpy(dtype=float)
        ok = (m > 0) & np.isfinite(y)
        multi = ok & (m > 1) & np.isfinite(v)
        row = {"outcome": outcome.name, "kind": outcome.kind}
        if multi.sum() < 2 or ok.sum() < 4:
            rows.append({**row, "var_within": np.nan, "var_team_period": np.nan, "var_team": np.nan,
                         "icc": np.nan, "cac": np.nan, "at_boundary": True})
            continue
        # m * v is a unit-level variance in each cell; pool over cells by their degrees of freedom
        var_w = float(np.sum((m[multi] - 1) * m[multi] * v[multi]) / np.sum(m[multi] - 1))
        idx = np.flatnonzero(ok)
        team = pd.factorize(frame["team_key"].to_numpy()[idx])[0]
        tcode = pd.factorize(primary.time_codes(cells, plan)[idx])[0]
        e = frame["month"].to_numpy(dtype=float)[idx] - steps[idx]
        exposure = pd.factorize(np.where(np.isfinite(e) & (e >= 0), e, -1))[0]
        z_team, z_time, z_exp = (_dummies(c) for c in (team, tcode, exposure))
        q_full = primary._basis(np.hstack([z_team, z_time, z_exp]))
        q_red = primary._basis(np.hstack([z_time, z_exp]))
        yy = y[idx]
        rss_full = float(yy @ yy - np.sum((q_full.T @ yy) ** 2))
        rss_red = float(yy @ yy - np.sum((q_red.T @ yy) ** 2))
        sampling = var_w / m[idx]
        lev_full, lev_red = np.sum(q_full ** 2, axis=1), np.sum(q_red ** 2, axis=1)
        dof = len(idx) - q_full.shape[1]
        var_tp = (rss_full - np.sum((1 - lev_full) * sampling)) / dof if dof > 0 else np.nan
        var_tp_kept = max(var_tp, 0.0) if np.isfinite(var_tp) else np.nan
        a = float(np.sum((q_full.T @ z_team) ** 2) - np.sum((q_red.T @ z_team) ** 2))
        b = float(np.sum((var_tp_kept + sampling) * (lev_full - lev_red)))
        var_team = (rss_red - rss_full - b) / a if a > 0 else np.nan
        var_team_kept = max(var_team, 0.0) if np.isfinite(var_team) else np.nan
        between = var_team_kept + var_tp_kept
        rows.append({**row, "var_within": var_w, "var_team_period": var_tp_kept, "var_team": var_team_kept,
                     "icc": between / (between + var_w) if np.isfinite(between) else np.nan,
                     "cac": var_team_kept / between if between > 0 else np.nan,
                     "at_boundary": bool(not (var_tp > 0 and var_team > 0))})
    return pd.DataFrame(rows)


def _dummies(codes: np.ndarray) -> np.ndarray:
    out = np.zeros((len(codes), int(codes.max()) + 1))
    out[np.arange(len(codes)), codes] = 1.0
    return out


def cluster_period_table(cells: Cells) -> pd.DataFrame:
    """Notes per team and calendar quarter (CONSORT-SW's cluster-period sizes), with each team's training
    quarter: rows are teams, columns quarters ('2024Q1'), plus ``stratum`` and ``trained_quarter``."""
    frame = cells.frame
    quarter = _quarter(frame["month"].to_numpy())
    table = (pd.DataFrame({"team_key": frame["team_key"], "quarter": quarter, "n_notes": frame["n_notes"]})
             .pivot_table(index="team_key", columns="quarter", values="n_notes", aggfunc="sum", fill_value=0))
    teams = cells.teams.set_index("team_key")
    step = teams["step"].to_numpy(dtype=float)
    trained = np.where(np.isfinite(step), _quarter(np.nan_to_num(step).astype(int)), "never")
    table.insert(0, "trained_quarter", pd.Series(trained, index=teams.index).reindex(table.index))
    table.insert(0, "stratum", teams["stratum"].reindex(table.index))
    return table.reset_index()


def _quarter(month: np.ndarray) -> np.ndarray:
    month = np.asarray(month, dtype=int)
    return np.char.add(np.char.add((month // 12).astype(str), "Q"), (month % 12 // 3 + 1).astype(str))
