"""One call for the whole trial analysis the plan specifies: cells, the primary and sensitivity fits of every
outcome, multiplicity, the randomisation test, ICC/CAC and the CONSORT-SW tables.

``casenotes trends``, the dashboard and the validation harness all call :func:`analyse_trial`, so what is
validated is what is reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from threadpoolctl import threadpool_limits

from casenotes.inference import components, imputation, primary, randomisation
from casenotes.inference.cells import Cells, build_cells
from casenotes.inference.plan import Outcome, Plan

ESTIMATE_COLUMNS = ("outcome", "kind", "role", "model", "term", "estimate", "se", "df", "ci_low", "ci_high", "p",
                    "p_adjusted", "p_randomisation", "n_clusters", "n_cells", "n_units", "window_months", "method")


@dataclass
class TrialResult:
    """Estimates (one row per outcome, model and term) and what a report needs beside them."""

    estimates: pd.DataFrame
    cells: Cells
    plan: Plan
    components: pd.DataFrame = field(default_factory=pd.DataFrame)
    cluster_periods: pd.DataFrame = field(default_factory=pd.DataFrame)
    designs: dict[tuple[str, ...], primary.Design] = field(default_factory=dict)
    """The fits' designs by (outcome kind, model) for the regression, (outcome kind, model, 'imputation') for the
    imputation estimator: the corrected analysis reads each contrast's cell weights (:meth:`design_for`)."""

    def design_for(self, outcome: Outcome, model: str = "exposure_time") -> primary.Design | None:
        """The design whose contrasts gave the outcome's estimates of ``model`` (the plan's estimator)."""
        if model == "exposure_time" and self.plan.estimator_of(outcome) == "imputation":
            return self.designs.get((outcome.kind, model, "imputation"))
        return self.designs.get((outcome.kind, model))

    def report(self) -> dict[str, Any]:
        """The JSON-ready description of how the analysis was done (CONSORT-SW items)."""
        sizes = self.cells.frame["n_notes"]
        return {**self.plan.record(), "method": describe(self.plan, "exposure_time",
                                                         self.plan.estimator_of(self.plan.primary)),
                "sensitivity_method": describe(self.plan, "immediate"),
                **({} if self.plan.estimand_weights is None else {"estimand": estimand(self.plan)}),
                "time_effects": ("calendar-month fixed effects within each borough" if
                                 self.plan.time_effects == "stratum_period" else "calendar-month fixed effects"),
                "exposure_time": f"one effect per month since the team's training month; the primary estimand is "
                                 f"their mean over months {self.plan.primary_window[0]}-"
                                 f"{self.plan.primary_window[1] - 1}",
                "n_clusters": int(len(self.cells.teams)), "n_cells": int(len(self.cells.frame)),
                "cell_notes": {"min": int(sizes.min()), "median": float(sizes.median()), "max": int(sizes.max())}}


def describe(plan: Plan, model: str = "exposure_time", estimator: str = "regression") -> str:
    """The method of one model, in words, for the report and each estimate."""
    if estimator == "imputation":
        return imputation.describe(plan)
    time = "borough x month" if plan.time_effects == "stratum_period" else "month"
    return primary.METHOD.format(time=time, model=primary.MODELS[model], variance=plan.variance)


def estimand(plan: Plan) -> dict[str, Any]:
    """The plan's ``[estimand]`` in the report: its weights, each role's estimator, what it means, the
    sensitivity analysis."""
    lo, hi = plan.primary_window
    return {"weights": plan.estimand_weights, "estimator": dict(plan.estimators),
            "description": f"for each exposure month {lo}-{hi - 1}, the mean over the teams observed in that month "
                           f"of the team's effect (each team once), then the mean over the months",
            "sensitivity": {role: {"model": f"exposure_time_{other}", "estimator": other,
                                   "method": describe(plan, "exposure_time", other)}
                            for role, other in ((r, _other(e)) for r, e in plan.estimators.items())}}


def _other(estimator: str) -> str:
    return "regression" if estimator == "imputation" else "imputation"


def fits(plan: Plan, view: str, outcome: Outcome) -> list[tuple[str, str, str]]:
    """What to fit for an outcome: (name in the estimates' ``model`` column, model, estimator). The plan's
    estimator for the outcome's role gives the ``exposure_time`` rows; a plan with an ``[estimand]`` also gets the
    other estimator's exposure-time fit as a sensitivity analysis (``exposure_time_regression`` or
    ``exposure_time_imputation``)."""
    models = VIEWS[view] if plan.immediate_effect_sensitivity or view != "itt" else ("exposure_time",)
    out = []
    for model in models:
        if model != "exposure_time":
            out.append((model, model, "regression"))
            continue
        out.append((model, model, plan.estimator_of(outcome)))
        if plan.estimand_weights is not None:
            out.append((f"exposure_time_{_other(plan.estimator_of(outcome))}", model,
                        _other(plan.estimator_of(outcome))))
    return out


VIEWS = {"itt": ("exposure_time", "immediate"), "as-treated": ("as_treated",)}
"""Intention to treat (the randomised allocation: exposure-time primary, immediate sensitivity) or as treated
(each note's author's own training: non-randomised, reported as an association)."""


def analyse_trial(notes: pd.DataFrame, plan: Plan, *, view: str = "itt", terms: tuple[str, ...] | None = None,
                  permutations: int | None = None, with_components: bool = True) -> TrialResult:
    """Analyse a trial's per-note rows as the plan says.

    Args:
        notes: ``Store.note_facts()`` rows (or the simulator's).
        plan: the loaded analysis plan.
        view: 'itt' or 'as-treated' (:data:`VIEWS`); the as-treated view has no p-values and no randomisation test.
        terms: keep only these terms (the validation harness asks for the estimands it checks); None: all.
        permutations: override the plan's number of randomisation-test permutations (0: no test).
        with_components: estimate ICC and CAC and the cluster-period table (skipped by the harness).

    Raises:
        InputError: [E430] fewer teams than the plan's minimum; [E432]-[E434] unusable input.
    """
    with threadpool_limits(1):  # small dense matrices: threads only contend (10x slower on a busy machine)
        cells = build_cells(notes, plan)
        primary.check_clusters(cells, plan)
        rows = []
        designs: dict[tuple[str, ...], primary.Design] = {}
        bases: dict[str, primary.Base] = {}
        imputations: dict[str, imputation.Imputation] = {}
        for outcome in plan.outcomes:
            units = int(cells.frame[f"m|{outcome.key}"].sum())
            for name, model, estimator in fits(plan, view, outcome):
                if estimator == "imputation":  # outcomes of a kind share their cells and so their design
                    if outcome.kind not in imputations:
                        imputations[outcome.kind] = imputation.build(cells, outcome, plan, terms=terms)
                        imputation.warn_unimputable(imputations[outcome.kind], outcome.kind)
                        designs[(outcome.kind, model, estimator)] = imputation.as_design(imputations[outcome.kind])
                    imp = imputations[outcome.kind]
                    fitted, n_clusters, n_cells = (imputation.estimate(imp, cells, outcome, plan), imp.n_clusters,
                                                   len(imp.rows))
                else:
                    if (outcome.kind, model) not in designs:
                        if outcome.kind not in bases:
                            bases[outcome.kind] = primary.build_base(cells, outcome, plan)
                        designs[(outcome.kind, model)] = primary.build_design(cells, outcome, plan, model=model,
                                                                              terms=terms, base=bases[outcome.kind])
                    design = designs[(outcome.kind, model)]
                    fitted, n_clusters, n_cells = (primary.estimate(design, cells, outcome, plan), design.n_clusters,
                                                   len(design.rows))
                for row in fitted:
                    why = row.pop("not_estimable", None)
                    rows.append({"outcome": outcome.name, "kind": outcome.kind, "role": outcome.role, "model": name,
                                 **row, "n_clusters": n_clusters, "n_cells": n_cells, "n_units": units,
                                 "method": describe(plan, model, estimator) + (f"; not estimable: {why}" if why
                                                                               else "")})
        rows += _missing_rows(rows, plan, cells, VIEWS[view][0])
        estimates = pd.DataFrame(rows, columns=[c for c in ESTIMATE_COLUMNS if c not in ("p_adjusted",
                                                                                         "p_randomisation")])
        estimates = _plan_p_values(estimates, plan)
        n_perm = (plan.permutations if permutations is None else permutations) if view == "itt" else 0
        estimates["p_randomisation"] = np.nan
        _randomisation_p_values(estimates, cells, plan, n_perm)
        result = TrialResult(estimates=estimates[list(ESTIMATE_COLUMNS)], cells=cells, plan=plan, designs=designs)
        if with_components:
            result.components = components.variance_components(cells, plan)
            result.cluster_periods = components.cluster_period_table(cells)
    return result


def _missing_rows(rows: list[dict[str, Any]], plan: Plan, cells: Any, main_model: str) -> list[dict[str, Any]]:
    """A not-estimable row for each outcome without a primary-window estimate: the contract promises a row per
    outcome even when it has no estimate."""
    return [not_estimable(outcome, "no team has cells both before and after its training in the data",
                          n_clusters=len(cells.teams), model=main_model)
            for outcome in plan.outcomes
            if not any(r["outcome"] == outcome.name and r["kind"] == outcome.kind and r["term"] == "trained"
                       and r["model"] == main_model for r in rows)]


def _randomisation_p_values(estimates: pd.DataFrame, cells: Any, plan: Plan, permutations: int) -> None:
    """The randomisation test's p-value, by each outcome's own estimator, on the plan's outcomes' main rows (none
    with no permutations)."""
    for outcome in plan.outcomes:
        if permutations > 0 and outcome.role in plan.permutation_roles:
            p = randomisation.permutation_p(cells, outcome, plan, permutations=permutations,
                                            estimator=plan.estimator_of(outcome))
            estimates.loc[_main(estimates, outcome), "p_randomisation"] = p


def not_estimable(outcome: Outcome, reason: str, *, n_clusters: int, model: str = "exposure_time") -> dict[str, Any]:
    """The row an outcome gets when it cannot be estimated: NaN numbers and the reason in ``method``."""
    return {"outcome": outcome.name, "kind": outcome.kind, "role": outcome.role, "model": model, "term": "trained",
            "estimate": np.nan, "se": np.nan, "df": np.nan, "ci_low": np.nan, "ci_high": np.nan, "p": np.nan,
            "p_adjusted": np.nan, "p_randomisation": np.nan, "n_clusters": n_clusters, "n_cells": 0, "n_units": 0,
            "window_months": None, "method": f"not estimable: {reason}"}


def _main(estimates: pd.DataFrame, outcome: Outcome) -> np.ndarray:
    """Rows of the outcome's ITT primary-window estimate (numpy masks: pandas string comparisons are slow)."""
    col = {c: estimates[c].to_numpy(dtype=object) for c in ("outcome", "kind", "model", "term")}
    return ((col["outcome"] == outcome.name) & (col["kind"] == outcome.kind) & (col["model"] == "exposure_time")
            & (col["term"] == "trained"))


def _plan_p_values(estimates: pd.DataFrame, plan: Plan) -> pd.DataFrame:
    """Keep p only for the ITT primary-window estimate of the roles the plan asks for; Holm-adjust the
    secondaries."""
    out = estimates.copy()
    asked = np.zeros(len(out), dtype=bool)
    for outcome in plan.outcomes:
        if outcome.role in plan.p_value_roles:
            asked |= _main(out, outcome)
    p = np.where(asked, out["p"].to_numpy(dtype=float), np.nan)
    adjusted = p.copy()
    secondary = asked & (out["role"].to_numpy(dtype=object) == "secondary")
    if plan.multiplicity == "holm" and secondary.any():
        adjusted[secondary] = holm(p[secondary])
    out["p"], out["p_adjusted"] = p, adjusted
    return out


def holm(p: np.ndarray) -> np.ndarray:
    """Holm's step-down adjusted p-values (family-wise error control over the given tests); NaN stays NaN."""
    p = np.asarray(p, dtype=float)
    out = np.full_like(p, np.nan)
    ok = np.flatnonzero(np.isfinite(p))
    order = ok[np.argsort(p[ok], kind="stable")]
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (len(order) - rank) * p[i]))
        out[i] = running
    return out
