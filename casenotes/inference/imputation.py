"""The imputation estimator: the plan's team-weighted estimand, whatever the pattern of effects over teams and time.

The regression in ``primary.py`` estimates one coefficient per exposure month from all cells at once. When the
effect differs between teams, cohorts or calendar months (on the per-100 scale it always does a little, because a
change in how practitioners write moves a rate by more where the rate is higher), such an event study averages the
cells' effects with implicit weights set by the fixed effects, not with the weights the plan states, and can even
lend weight to other exposure months' effects (Sun & Abraham 2021; Borusyak, Jaravel & Spiess 2024). The
independent simulation (``validation/trends-independent``) measured that gap at 1-12% of the plan's estimand.

This module estimates the plan's estimand directly (Borusyak, Jaravel & Spiess 2024, "imputation"):

1. fit the untreated-outcome model (team and borough x month fixed effects, the same cell weights
   ``m / (1 + (m - 1) * rho)``) by weighted least squares on the **not-yet-trained cells only** (every cell before
   its team's training month, and every cell of a team never trained);
2. impute each trained cell's untreated outcome from it (its team's effect plus its borough x month's effect);
   the cell's effect is observed minus imputed;
3. within each exposure month average the cells' effects with the plan's ``[estimand] weights = "team"``: each
   team with an imputable cell in that exposure month counts once (a team with no cell that month, because it
   wrote nothing, its export is missing or its cell cannot be imputed, is left out of that month's mean rather
   than filled in: the estimand is the mean over the teams observed then);
4. average the exposure months as the plan's window says (equal weight per month); timepoints likewise.

Identification. A trained cell can be imputed only if its team has a not-yet-trained cell and its borough x month
is linked to the untreated cells (in practice: the borough has a not-yet-trained team that month). The last teams
trained in a borough usually have no such comparison, so their cells cannot be imputed; the regression uses them
only by assuming the effect is the same for every team. They are counted and reported ([W170]) and left out of
the means, never dropped silently.

Inference. The estimate is linear in the cell outcomes, but which cells are imputable and how many teams share an
exposure month depend on the design, and a trained cell's residual has no model to lean on (BJS's variance needs an
auxiliary model of effect heterogeneity). Hence the **leave-one-team-out jackknife**: the whole estimator (untreated
fit, identification, team weights) is recomputed without each team in turn, the variance is
``(J - 1) / J * sum_j (theta_(-j) - mean)^2`` and intervals use t with ``J - 1`` df. With team-level clustering the
delete-one-cluster jackknife is the CV3 (CR3-type) variance, the conservative choice for few clusters (Bell &
McCaffrey 2002; MacKinnon, Nielsen & Webb 2023), and unlike CR2 it needs no hat matrix of a model that the
trained cells are not fitted by. On the independent simulation (``validation/trends-estimand``, 6-24 teams) its
intervals covered the team truth in 95-100% of trials and its type I error was 0-4%: valid, and conservative (the
jackknife SE ran 1.1-1.7 times the estimates' SD), so its intervals are 1.3-1.6 times the regression's. Plan v2
therefore keeps the regression for the primary outcome and uses this estimator for the secondary ones.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

from casenotes.errors import CasenotesWarning
from casenotes.inference import primary
from casenotes.inference.cells import Cells
from casenotes.inference.plan import Outcome, Plan

METHOD = ("imputation estimator (Borusyak, Jaravel & Spiess 2024): team and {time} fixed effects fitted on the "
          "not-yet-trained team x month cells only, each trained cell's effect = observed - imputed untreated "
          "outcome, averaged with equal weight per team within each exposure month, then over the months; "
          "leave-one-team-out jackknife variance with t(J-1) intervals")
_RANK_TOL = 1e-9
_ESTIMABLE_TOL = 1e-7


@dataclass
class Imputation:
    """The estimator of one outcome kind for one allocation, as cell weights: ``estimate = weights[k] @ y``.

    Attributes:
        rows: the cells (rows of ``Cells.frame``) with the outcome.
        cluster: each row's team code.
        terms: the reported terms, in order, with their exposure windows.
        weights: one row per term: the linear weight of each cell's outcome (NaN row: not estimable).
        replicates: per term, one row per team: the leave-that-team-out weights (NaN: not estimable without it).
        exposure: each row's months since its team's training month (NaN: never trained).
        imputable: the trained rows whose untreated outcome can be imputed.
        n_trained: trained cells (exposure month >= 0); ``n_unimputable`` of them cannot be imputed;
            ``n_unimputable_window`` of those lie in the primary window.
    """

    rows: np.ndarray
    cluster: np.ndarray
    exposure: np.ndarray
    imputable: np.ndarray
    terms: list[tuple[str, tuple[int, int]]]
    weights: np.ndarray
    replicates: np.ndarray
    n_trained: int
    n_unimputable: int
    n_unimputable_window: int

    @property
    def n_clusters(self) -> int:
        return int(self.cluster.max()) + 1 if len(self.cluster) else 0


def describe(plan: Plan) -> str:
    """The method in words, for the report and each estimate."""
    return METHOD.format(time="borough x month" if plan.time_effects == "stratum_period" else "month")


def build(cells: Cells, outcome: Outcome, plan: Plan, *, steps: np.ndarray | None = None,
          terms: tuple[str, ...] | None = None, jackknife: bool = True) -> Imputation:
    """The imputation estimator's cell weights for the outcome's cells (shared by outcomes of one kind).

    Args:
        cells: the trial's team x month cells.
        outcome: any outcome of the kind (its cells and weights are used).
        plan: the analysis plan (cell weights, time effects, window, timepoints).
        steps: each cell's training month (default: the teams' own; the randomisation test permutes them).
        terms: keep only these terms; None: the primary window, the timepoints and every exposure month.
        jackknife: also compute the leave-one-team-out replicates (the variance needs them).
    """
    m = cells.frame[f"m|{outcome.key}"].to_numpy(dtype=float)
    y = cells.frame[f"y|{outcome.key}"].to_numpy(dtype=float)
    rows = np.flatnonzero((m > 0) & np.isfinite(y))
    cluster = pd.factorize(cells.frame["team_key"].to_numpy()[rows])[0]
    tcode = pd.factorize(primary.time_codes(cells, plan)[rows])[0]
    exposure = (cells.frame["month"].to_numpy(dtype=float) - (cells.steps() if steps is None else steps))[rows]
    w = primary.weights(m[rows], plan.working_icc)
    trained = np.isfinite(exposure) & (exposure >= 0)
    months = sorted(int(e) for e in np.unique(exposure[trained]))
    wanted = [("trained", plan.primary_window), *plan.timepoints.items(),
              *((f"exposure_month_{e}", (e, e + 1)) for e in months)]
    chosen = [(t, (int(win[0]), int(win[1]))) for t, win in wanted if terms is None or t in terms]
    full, imputable = _weights(cluster, tcode, exposure, w, chosen, keep=np.ones(len(rows), dtype=bool))
    n_teams = int(cluster.max()) + 1 if len(rows) else 0
    replicates = np.full((len(chosen), n_teams, len(rows)), np.nan)
    if jackknife:
        for j in range(n_teams):
            replicates[:, j, :] = _weights(cluster, tcode, exposure, w, chosen, keep=cluster != j)[0]
    lo, hi = plan.primary_window
    lost = trained & ~imputable
    return Imputation(rows=rows, cluster=cluster, exposure=exposure, imputable=imputable, terms=chosen,
                      weights=full, replicates=replicates,
                      n_trained=int(trained.sum()), n_unimputable=int(lost.sum()),
                      n_unimputable_window=int((lost & (exposure >= lo) & (exposure < hi)).sum()))


def _weights(cluster: np.ndarray, tcode: np.ndarray, exposure: np.ndarray, w: np.ndarray,
             terms: list[tuple[str, tuple[int, int]]], *, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per term, each cell's weight in the estimate from the cells ``keep`` (zero elsewhere), and which trained
    cells can be imputed."""
    n = len(cluster)
    untreated = keep & ~(np.isfinite(exposure) & (exposure >= 0))
    trained = keep & ~untreated
    n_fe = (int(cluster.max()) + 1 if n else 0) + (int(tcode.max()) + 1 if n else 0)
    fe = np.zeros((n, n_fe))
    fe[np.arange(n), cluster] = 1.0
    fe[np.arange(n), cluster.max(initial=-1) + 1 + tcode] = 1.0
    sqrt_w = np.sqrt(w[untreated])
    a = fe[untreated] * sqrt_w[:, None]
    if a.shape[0]:
        u, s, vt = np.linalg.svd(a, full_matrices=False)
        rank = int((s > _RANK_TOL * max(s[0], 1.0)).sum())
        u, s, vt = u[:, :rank], s[:rank], vt[:rank]
    else:
        u, s, vt = np.zeros((0, 0)), np.zeros(0), np.zeros((0, n_fe))
    x = fe[trained]
    off = np.linalg.norm(x - (x @ vt.T) @ vt, axis=1)  # the part of a cell's fixed effects the fit cannot see
    imputable = np.zeros(n, dtype=bool)
    imputable[np.flatnonzero(trained)[off < _ESTIMABLE_TOL]] = True
    # imputed untreated outcome of a trained cell = x @ pinv(a) @ (sqrt_w * y_untreated)
    to_untreated = (vt.T / s) @ u.T * sqrt_w[None, :] if len(s) else np.zeros((n_fe, int(untreated.sum())))
    out = np.full((len(terms), n), np.nan)
    for k, (_, (lo, hi)) in enumerate(terms):
        v = np.zeros(n)
        ok = True
        for e in range(lo, hi):
            at = np.flatnonzero(imputable & (exposure == e))
            if not len(at):
                ok = False
                break
            v[at] = 1.0 / (len(at) * (hi - lo))  # one cell per team and exposure month: equal weight per team
        if not ok:
            continue
        out[k] = v
        out[k, untreated] = -(v[trained] @ x) @ to_untreated
    return out, imputable


def estimate(imp: Imputation, cells: Cells, outcome: Outcome, plan: Plan) -> list[dict]:
    """One row per term: estimate, jackknife SE, df = J - 1, t interval, two-sided p, and why a term has no
    estimate or no interval (``not_estimable``, None when it has both)."""
    if not imp.n_trained:  # nothing to estimate: the caller reports the outcome as not estimable
        return []
    y = cells.frame[f"y|{outcome.key}"].to_numpy(dtype=float)[imp.rows]
    j = imp.n_clusters
    df = float(j - 1)
    crit = float(stats.t.ppf(1 - (1 - plan.level) / 2, df)) if j > 1 else np.nan
    rows = []
    for k, (term, window) in enumerate(imp.terms):
        est = float(imp.weights[k] @ y)
        theta = imp.replicates[k] @ y
        se = float(np.sqrt((j - 1) / j * np.sum((theta - theta.mean()) ** 2))) if j > 1 else np.nan
        ok = np.isfinite(est) and np.isfinite(se) and se > 0
        half = crit * se if ok else np.nan
        rows.append({"term": term, "estimate": est, "se": se if ok else np.nan,
                     "df": df if np.isfinite(est) else np.nan,
                     "ci_low": est - half, "ci_high": est + half,
                     "p": float(2 * stats.t.sf(abs(est) / se, df)) if ok else np.nan,
                     "window_months": list(window), "not_estimable": None if ok else _why(imp, window, est)})
    return rows


def _why(imp: Imputation, window: tuple[int, int], est: float) -> str:
    """Why a term has no estimate (a month of its window with no imputable cell) or no interval."""
    if np.isfinite(est):
        return ("leaving one team out leaves a month of the window without an imputable cell, so the jackknife "
                "variance is undefined")
    empty = [e for e in range(*window) if not (imp.imputable & (imp.exposure == e)).any()]
    return (f"exposure month(s) {', '.join(map(str, empty))} have no trained cell with a not-yet-trained "
            f"comparison in its borough x month (see the W170 notice)")


def warn_unimputable(imp: Imputation, kind: str) -> None:
    """[W170] when trained cells cannot be imputed (they are left out of the means, so say how many)."""
    if imp.n_unimputable:
        warnings.warn(f"[W170] {kind}: {imp.n_unimputable} of {imp.n_trained} trained team x month cells "
                      f"({imp.n_unimputable_window} in the primary window) have no not-yet-trained comparison in "
                      f"their borough x month (or no cell of their team before training), so their untreated "
                      f"outcome cannot be imputed; they are left out of the imputation estimate's exposure-month "
                      f"means (the regression uses them by assuming a common effect).",
                      CasenotesWarning, stacklevel=2)


def as_design(imp: Imputation) -> primary.Design:
    """The estimator's cell weights in the shape of a regression design, for readers of ``TrialResult.designs``
    (the classifier-error correction weights each cell by its contribution to a term): column ``k`` of ``x``
    holds term ``k``'s cell weights, so ``sqrt_w * (x @ (bread @ contrast.weights))`` is that term's weight on
    each cell's outcome, as it is for the regression."""
    k = len(imp.terms)
    x = np.nan_to_num(imp.weights.T)
    contrasts = [primary.Contrast(term, np.eye(k)[i] if np.all(np.isfinite(imp.weights[i])) else np.full(k, np.nan),
                                  window) for i, (term, window) in enumerate(imp.terms)]
    empty = np.zeros((len(imp.rows), 0))
    return primary.Design(rows=imp.rows, sqrt_w=np.ones(len(imp.rows)), cluster=imp.cluster, q_fe=empty,
                          q_all=empty, x=x, columns=[t for t, _ in imp.terms], bread=np.eye(k), adjust=[],
                          contrasts=contrasts, dfs=[float(imp.n_clusters - 1)] * k, n_clusters=imp.n_clusters)


def window_estimate(cells: Cells, outcome: Outcome, plan: Plan, steps: np.ndarray, y: np.ndarray) -> float:
    """The primary-window estimate under another allocation (``steps`` per cell), for the randomisation test."""
    imp = build(cells, outcome, plan, steps=steps, terms=("trained",), jackknife=False)
    return float(imp.weights[0] @ y[imp.rows])
