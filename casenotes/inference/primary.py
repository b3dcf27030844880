"""The primary analysis: a weighted cluster-period regression with small-sample cluster-robust inference.

Model, per outcome, on team x month cells (``cells.py``)::

    y[j, t] = team[j] + time[s(j), t] + sum_e theta[e] * 1{t - step[j] = e} + error

``team`` fixed effects (each team is its own control), ``time`` fixed effects per stratum (borough) and calendar
month (the study orders steps within borough, and boroughs drift apart), and exposure-time indicators: one
effect per month since the team's training month (Kenny et al., Stat Med 2022). The pre-specified estimand is the
mean of ``theta[e]`` over the plan's primary window (exposure months 0-5); the timepoints are means over their
windows; the immediate, constant-effect model (one ``trained`` indicator) is the sensitivity analysis.

Cells are weighted ``m / (1 + (m - 1) * rho)`` (``m`` notes or cases, ``rho`` the plan's working ICC), the
inverse variance of a cell mean under a working exchangeable model. Whatever the truth, inference does not rest on
that model: the variance is the bias-reduced cluster sandwich (CR2, Bell & McCaffrey 2002) clustered by team, with
the team fixed effects absorbed as Pustejovsky & Tipton (JBES 2018) show, and each contrast is referred to a t
distribution with their Satterthwaite degrees of freedom. With 6-24 clusters this is what keeps a 95% interval at
95%: Wald z intervals from a mixed model do not, and a naive sandwich is biased downwards. No optimiser is
involved, so nothing can silently collapse. (pyfixest offers CRV3 and statsmodels GEE a Mancl-DeRouen correction,
but neither gives CR2 with absorbed cluster effects and per-contrast degrees of freedom, hence this module.)
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import linalg, stats

from casenotes.errors import CasenotesWarning, TooFewTeamsError, TrialRefusedError
from casenotes.inference.cells import Cells
from casenotes.inference.plan import Outcome, Plan

METHOD = ("weighted cluster-period (team x month) regression: team and {time} fixed effects, {model}; "
          "{variance} cluster-robust variance by team with Satterthwaite (Bell-McCaffrey) df")
MODELS = {"exposure_time": "exposure-time indicators (months since the team's training month)",
          "immediate": "one constant 'trained' effect from the team's training month (sensitivity analysis)",
          "as_treated": "the share of each cell's notes written by practitioners who had completed CORE training "
                        "(as-treated: NON-RANDOMISED, an association, not the effect of the allocated training)"}
_TOL = 1e-9


@dataclass
class Contrast:
    """A named linear combination of the exposure coefficients (``weights`` over ``Design.columns``)."""

    term: str
    weights: np.ndarray
    window: tuple[int, int] | None = None


@dataclass
class Design:
    """Everything about one fit that does not depend on the outcome values: rows, weights, the absorbed fixed
    effects, the exposure columns, the CR2 adjustment per cluster and each contrast's degrees of freedom.

    The four label outcomes share their rows and weights (cells with notes), so one design serves them all.
    """

    rows: np.ndarray
    sqrt_w: np.ndarray
    cluster: np.ndarray
    q_fe: np.ndarray
    q_all: np.ndarray
    x: np.ndarray
    columns: list[int | str]
    bread: np.ndarray
    adjust: list[tuple[np.ndarray, np.ndarray]]
    contrasts: list[Contrast] = field(default_factory=list)
    dfs: list[float] = field(default_factory=list)
    n_clusters: int = 0


def weights(m: np.ndarray, working_icc: float) -> np.ndarray:
    """Inverse variance of a cell mean of ``m`` units under an exchangeable working model."""
    return m / (1.0 + (m - 1.0) * working_icc)


def time_codes(cells: Cells, plan: Plan) -> np.ndarray:
    """The time fixed effect of each cell: its stratum and month, or its month alone (the plan says which)."""
    frame = cells.frame
    key = frame["month"].astype(int).astype(str)
    if plan.time_effects == "stratum_period":
        key = frame["stratum"].astype(str) + "|" + key
    return pd.factorize(key)[0]


def check_clusters(cells: Cells, plan: Plan) -> None:
    """Refuse trial inference below the plan's minimum number of teams; warn below the comfortable number.

    Raises:
        TooFewTeamsError: [E430] too few teams. TrialRefusedError: [E434] a stratum with one team when time effects are per stratum.
    """
    teams = cells.teams
    j = len(teams)
    if j < plan.refuse_below_clusters:
        raise TooFewTeamsError(f"[E430] {j} team(s) in the data; trial inference needs at least "
                         f"{plan.refuse_below_clusters} ({plan.path.name} [design] refuse_below_clusters). "
                         f"Descriptive trends are still available.")
    if plan.time_effects == "stratum_period":
        sizes = teams.groupby("stratum").size()
        if (sizes < 2).any():
            raise TrialRefusedError(f"[E434] stratum '{sizes[sizes < 2].index[0]}' has one team, so its month effects "
                             f"leave nothing to compare; use a plan with [design] time_effects = 'period'.")
    if j < plan.warn_below_clusters:
        warnings.warn(f"[W050] {j} teams: with fewer than {plan.warn_below_clusters} clusters the intervals rely on "
                      f"small-sample corrections (CR2, Satterthwaite df) and are wide; read them with care.",
                      CasenotesWarning, stacklevel=2)


@dataclass
class Base:
    """What a fit keeps whatever the allocation: the outcome's rows, weights, clusters and absorbed fixed effects
    (the randomisation test reuses one base for every permutation)."""

    rows: np.ndarray
    sqrt_w: np.ndarray
    cluster: np.ndarray
    q_fe: np.ndarray
    month: np.ndarray
    treated_share: np.ndarray


def build_base(cells: Cells, outcome: Outcome, plan: Plan) -> Base:
    """Rows with the outcome, their weights, team codes and an orthonormal basis of the weighted fixed effects."""
    m = cells.frame[f"m|{outcome.key}"].to_numpy(dtype=float)
    y = cells.frame[f"y|{outcome.key}"].to_numpy(dtype=float)
    rows = np.flatnonzero((m > 0) & np.isfinite(y))
    sqrt_w = np.sqrt(weights(m[rows], plan.working_icc))
    cluster = pd.factorize(cells.frame["team_key"].to_numpy()[rows])[0]
    tcode = pd.factorize(time_codes(cells, plan)[rows])[0]
    n_teams = int(cluster.max()) + 1 if len(rows) else 0
    fe = np.zeros((len(rows), n_teams + (int(tcode.max()) + 1 if len(rows) else 0)))
    fe[np.arange(len(rows)), cluster] = 1.0
    fe[np.arange(len(rows)), n_teams + tcode] = 1.0
    return Base(rows=rows, sqrt_w=sqrt_w, cluster=cluster, q_fe=_basis(fe * sqrt_w[:, None]),
                month=cells.frame["month"].to_numpy(dtype=float)[rows],
                treated_share=cells.frame.get("treated_share", pd.Series(np.nan, index=cells.frame.index))
                .to_numpy(dtype=float)[rows])


def exposure_columns(base: Base, steps: np.ndarray, model: str) -> tuple[list[int | str], np.ndarray]:
    """The exposure terms and their weighted columns with the fixed effects partialled out; terms that the fixed
    effects absorb (no data left to estimate them) are dropped."""
    e = base.month - steps[base.rows]
    if model == "immediate":
        columns: list[int | str] = ["trained"]
        x = (e >= 0).astype(float)[:, None]
    elif model == "as_treated":
        columns = ["trained"]
        x = np.nan_to_num(base.treated_share)[:, None]
    else:
        columns = sorted(int(v) for v in np.unique(e[np.isfinite(e) & (e >= 0)]))
        x = (e[:, None] == np.array(columns, dtype=float)[None, :]).astype(float)
    xs = x * base.sqrt_w[:, None]
    xt = xs - base.q_fe @ (base.q_fe.T @ xs)
    keep = np.linalg.norm(xt, axis=0) > 1e-7 * np.maximum(np.linalg.norm(xs, axis=0), 1.0)
    columns, xt = [c for c, k in zip(columns, keep) if k], xt[:, keep]
    if xt.shape[1] > 1:  # columns each free of the fixed effects can still be collinear together: keep a basis
        _, r, pivots = linalg.qr(xt, mode="economic", pivoting=True)
        diag = np.abs(np.diag(r))
        independent = np.sort(pivots[:int((diag > _TOL * max(diag[0], 1.0)).sum())])
        columns, xt = [columns[i] for i in independent], xt[:, independent]
    return columns, xt


def absorbed_outcome(base: "Base | Design", cells: Cells, outcome: Outcome) -> np.ndarray:
    """The weighted outcome with the fixed effects partialled out."""
    y = cells.frame[f"y|{outcome.key}"].to_numpy(dtype=float)[base.rows] * base.sqrt_w
    return y - base.q_fe @ (base.q_fe.T @ y)


def build_design(cells: Cells, outcome: Outcome, plan: Plan, *, model: str = "exposure_time",
                 steps: np.ndarray | None = None, terms: tuple[str, ...] | None = None,
                 base: Base | None = None) -> Design:
    """The design of one outcome's fit (``model`` 'exposure_time', 'immediate' or 'as_treated'); ``steps``
    overrides each cell's training month; ``terms`` keeps only the named contrasts; ``base`` reuses the rows and
    absorbed fixed effects of another model of an outcome of the same kind."""
    base = base or build_base(cells, outcome, plan)
    columns, xt = exposure_columns(base, cells.steps() if steps is None else steps, model)
    bread = np.linalg.inv(xt.T @ xt) if xt.shape[1] else np.zeros((0, 0))
    design = Design(rows=base.rows, sqrt_w=base.sqrt_w, cluster=base.cluster, q_fe=base.q_fe,
                    q_all=np.hstack([base.q_fe, _basis(xt)]), x=xt, columns=columns, bread=bread, adjust=[],
                    n_clusters=int(base.cluster.max() + 1) if len(base.rows) else 0)
    design.adjust = _adjustments(design, -0.5 if plan.variance == "CR2" else -1.0)
    design.contrasts = [c for c in contrasts(columns, plan, model) if terms is None or c.term in terms]
    design.dfs = [_satterthwaite(design, c.weights) for c in design.contrasts]
    return design


def _basis(a: np.ndarray) -> np.ndarray:
    """Orthonormal basis of the column space of ``a`` (rank-revealing QR: the fixed effects are collinear)."""
    if a.size == 0:
        return np.zeros((a.shape[0], 0))
    q, r, _ = linalg.qr(a, mode="economic", pivoting=True)
    diag = np.abs(np.diag(r))
    rank = int((diag > _TOL * max(diag[0], 1.0)).sum())
    return q[:, :rank]


def _adjustments(d: Design, power: float) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per cluster: its row indices and ``A_g = (I - H_gg)^power`` (-1/2: CR2; -1: CR3, the jackknife-like
    correction) with the hat matrix of every term except the cluster's own fixed effect (Pustejovsky & Tipton
    2018, section 3), a pseudo-inverse where it is singular."""
    out = []
    for g in range(d.n_clusters):
        idx = np.flatnonzero(d.cluster == g)
        s = d.sqrt_w[idx]
        h = d.q_all[idx] @ d.q_all[idx].T - np.outer(s, s) / (s @ s)
        vals, vecs = np.linalg.eigh(np.eye(len(idx)) - h)
        scale = np.where(vals > 1e-10, np.clip(vals, 1e-10, None) ** power, 0.0)
        out.append((idx, (vecs * scale) @ vecs.T))
    return out


def contrasts(columns: list[int | str], plan: Plan, model: str) -> list[Contrast]:
    """The terms reported: the primary window ('trained'), each timepoint and each exposure month; the immediate
    model's single 'trained_immediate'; the as-treated model's 'trained' (all notes by trained authors vs none)."""
    k = len(columns)
    if model == "immediate":
        return [Contrast("trained_immediate", np.ones(k))] if k else []
    if model == "as_treated":
        return [Contrast("trained", np.ones(k))] if k else []
    out = []
    for term, window in (("trained", plan.primary_window), *plan.timepoints.items()):
        months = range(*window)
        if all(e in columns for e in months):
            out.append(Contrast(term, np.array([1.0 / len(months) if c in months else 0.0 for c in columns]),
                                window))
        else:
            out.append(Contrast(term, np.full(k, np.nan), window))
    out += [Contrast(f"exposure_month_{c}", np.eye(k)[i], (int(c), int(c) + 1)) for i, c in enumerate(columns)]
    return out


def _satterthwaite(d: Design, c: np.ndarray) -> float:
    """Degrees of freedom of the CR2 variance of ``c'beta`` under the working model (Bell & McCaffrey 2002;
    Pustejovsky & Tipton 2018): ``(tr G'G)^2 / tr((G'G)^2)``, ``G``'s columns the clusters' contributions."""
    if not np.all(np.isfinite(c)) or not len(c):
        return float("nan")
    mc = d.bread @ c
    u = np.zeros(len(d.rows))
    for idx, a in d.adjust:
        u[idx] = a @ (d.x[idx] @ mc)
    g_mat = np.zeros((len(d.rows), d.n_clusters))
    g_mat[np.arange(len(d.rows)), d.cluster] = u
    g_mat -= d.q_all @ (d.q_all.T @ g_mat)
    gtg = g_mat.T @ g_mat
    return float(np.trace(gtg) ** 2 / np.sum(gtg * gtg))


def estimate(design: Design, cells: Cells, outcome: Outcome, plan: Plan) -> list[dict]:
    """Fit one outcome on a design; one row per contrast with estimate, CR2 SE, df, CI and two-sided p."""
    y = absorbed_outcome(design, cells, outcome)
    if not design.columns:
        return []
    beta = design.bread @ (design.x.T @ y)
    resid = y - design.x @ beta
    crit_level = 1 - (1 - plan.level) / 2
    rows = []
    for contrast, df in zip(design.contrasts, design.dfs):
        est = float(contrast.weights @ beta)
        mc = design.bread @ contrast.weights
        var = sum(float((a @ (design.x[idx] @ mc)) @ resid[idx]) ** 2 for idx, a in design.adjust)
        se = float(np.sqrt(var))
        ok = np.isfinite(est) and np.isfinite(df) and se > 0
        half = float(stats.t.ppf(crit_level, df)) * se if ok else np.nan
        rows.append({"term": contrast.term, "estimate": est, "se": se if ok else np.nan, "df": df,
                     "ci_low": est - half, "ci_high": est + half,
                     "p": float(2 * stats.t.sf(abs(est) / se, df)) if ok else np.nan,
                     "window_months": list(contrast.window) if contrast.window else None})
    return rows
