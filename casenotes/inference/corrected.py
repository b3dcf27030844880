"""Classifier-error-corrected training effects from a human-coded validation sample (issue #20).

The measured outcome counts the sentences the classifier labels; the estimand counts the sentences that carry the
label. Where the classifier's recall and false-positive rate differ between arms and periods (training changes
how people write, and the trained style is the one it reads worst), the measured effect is biased in size and
even in sign. A stratified random sample of stored sentences coded by people fixes that.

Method: design-based supervised learning (DSL; Egami, Hinck, Stewart & Wei, NeurIPS 2023), the same idea as
prediction-powered inference (Angelopoulos et al., Science 2023) with known sampling probabilities. Every stored
sentence ``i`` gets the pseudo-outcome ``Y~_i = g_i + R_i / pi_s (Y_i - g_i)``, with ``Y`` the human label, ``R``
whether it was coded, ``pi_s`` its stratum's share coded, and ``g_i`` the first-stage prediction: the coded share
of human positives among the stratum's sentences with the same stored label (``P(Y = 1 | Yhat, stratum)``, a
regression estimator in survey terms; a group without coded sentences keeps ``g = Yhat``). ``E[Y~_i] = Y_i`` over
the draw (to first order, as for any regression estimator) whatever the classifier's errors (differential or not,
depending on style, length, anything): ``g`` only makes the correction less noisy (``Y - g`` varies less than
``Y - Yhat``), so any linear estimator applied to ``Y~`` is unbiased for the same estimator applied to the true labels. The trial
analysis is linear in its cell values (``primary.py``: a weighted least-squares contrast of team x month rates),
so each note's labelled-sentence count is replaced by its pseudo-count and **the same** trial analysis is run
(cells, weights, fixed effects, exposure-time contrasts, CR2, Satterthwaite df): what is validated for the
measured scale carries over, and nothing is modelled about the errors.

Why this level and not a bootstrap: the pseudo-outcomes of different teams are independent (sentences are coded
independently, and the strata's without-replacement draw only makes them slightly negatively correlated, which is
conservative), so the team-clustered CR2 sandwich of the pseudo-outcome regression estimates the trial's
variance on the true-label scale *plus* the validation sample's (DSL's own variance argument, clustered). A
bootstrap over teams and validation rows would refit thousands of times and under-cover with 6-24 teams, which is
what CR2 with Satterthwaite df was chosen to avoid. The validation sample's own share of the variance is also
computed design-based (stratified, with the finite-population correction); it is reported and drives the
sample-size planning table; the interval uses the larger of the CR2 variance and (measured-scale CR2 variance +
the design-based sampling variance), because with few coded disagreements per team the sandwich can miss part
of the sampling variance.

Differential misclassification is tested directly in the validation sample: per label, is recall (among
sentences people labelled) and the false-positive rate (among those they did not) the same in both arms, and
across all arm x timepoint strata (chi-square tests of independence, Bonferroni over the two rates)?
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

from casenotes.errors import CasenotesWarning
from casenotes.inference.cells import month_index
from casenotes.inference.plan import Plan
from casenotes.inference.trial import TrialResult, analyse_trial, holm
from casenotes.schemas import LABELS
from casenotes.store import team_keys

LABEL_KIND = "label_rate_per_100_sentences"


@dataclass
class Corrected:
    """Corrected estimates and the validation sample's diagnostics.

    Attributes:
        estimates: the label outcomes' rows of the trial analysis on the true-label scale, with ``se_sampling``
            (the validation sample's design-based share) and ``se_cr2`` (the pseudo-outcome sandwich).
        errors: per label and stratum: coded sentences, recall, false-positive rate, disagreement rate.
        differential: per label: tests of equal recall and false-positive rate by arm and across strata.
        planning: coded sentences per stratum against the predicted corrected / measured CI width ratio.
        trial: the trial analysis of the pseudo-outcomes.
    """

    estimates: pd.DataFrame
    errors: pd.DataFrame
    differential: pd.DataFrame
    planning: pd.DataFrame
    trial: TrialResult


def stratum_name(trained: bool, timepoint: str | None) -> str:
    """``trained|post_training``, ``not_trained|baseline``: a validation stratum's name (arm x timepoint)."""
    return f"{'trained' if trained else 'not_trained'}|{timepoint or 'none'}"


def label_plan(plan: Plan) -> Plan:
    """The plan's label outcomes only: the validation sample codes sentences, so domains are not corrected."""
    from dataclasses import replace

    return replace(plan, outcomes=tuple(o for o in plan.outcomes if o.kind == LABEL_KIND))


def inverse_share(frame: pd.DataFrame) -> pd.Series:
    """Each stratum's sentences per coded sentence (``1 / pi_s``), by stratum name."""
    return pd.Series(frame["n_sentences"].to_numpy(dtype=float) / frame["n_coded"].to_numpy(dtype=float),
                     index=frame["stratum"])


def first_stage(rows: pd.DataFrame) -> dict[str, pd.Series]:
    """Per label: ``P(human = 1 | stored label, stratum)`` among the coded sentences, indexed by (stratum, stored)."""
    return {label: rows.groupby(["stratum", f"pred|{label}"])[label].mean() for label in LABELS}


def residuals(rows: pd.DataFrame, g: dict[str, pd.Series], label: str) -> np.ndarray:
    """``human - g`` of each coded sentence for ``label``."""
    index = pd.MultiIndex.from_arrays([rows["stratum"], rows[f"pred|{label}"]])
    return rows[label].to_numpy(dtype=float) - g[label].reindex(index).to_numpy(dtype=float)


def pseudo_counts(facts: pd.DataFrame, rows: pd.DataFrame, frame: pd.DataFrame) -> pd.DataFrame:
    """``facts`` with each note's ``n_<label>`` replaced by its pseudo-count: ``sum g`` over its sentences (its
    stored positives and negatives times their stratum's ``g``) plus, for each of its coded sentences,
    ``(human - g) / pi_s``. ``facts`` needs ``note_id, trained, timepoint, n_sentences`` and the counts."""
    out = facts.copy()
    inv = rows["stratum"].map(inverse_share(frame)).to_numpy(dtype=float)
    code, names = pd.factorize(pd.Series(list(zip(facts["trained"].fillna(False).astype(bool), facts["timepoint"]))))
    names = [stratum_name(t, p) for t, p in names]
    n = pd.to_numeric(facts["n_sentences"], errors="coerce").fillna(0).to_numpy(dtype=float)
    g = first_stage(rows)
    for label in LABELS:
        k = pd.to_numeric(facts[f"n_{label}"], errors="coerce").to_numpy(dtype=float)
        g1, g0 = (g[label].reindex(pd.MultiIndex.from_arrays([names, np.full(len(names), y)])).to_numpy()[code]
                  for y in (1, 0))
        shift = pd.Series(residuals(rows, g, label) * inv, index=rows["note_id"].to_numpy()).groupby(level=0).sum()
        out[f"n_{label}"] = (k * np.where(np.isnan(g1), 1.0, g1) + (n - k) * np.nan_to_num(g0)
                             + facts["note_id"].map(shift).fillna(0.0).to_numpy())
    return out


def correct(facts: pd.DataFrame, rows: pd.DataFrame, frame: pd.DataFrame, plan: Plan, *,
            measured: pd.DataFrame, terms: tuple[str, ...] | None = None, alpha: float = 0.05,
            planning_grid: tuple[int, ...] = (), target_ratio: float = 1.5) -> Corrected:
    """Corrected estimates of every label outcome from a coded validation sample.

    Args:
        facts: per-note rows (``Store.note_facts()`` columns, with ``note_id``).
        rows: coded sentences: ``note_id, stratum``, the human 0/1 per label and ``pred|<label>`` the stored one.
        frame: per stratum ``stratum, trained, n_sentences, n_coded``.
        plan: the analysis plan (its label outcomes are corrected).
        measured: the measured-scale estimates of the same analysis (for the variance floor and the planning).
        terms: keep only these terms (the simulation asks for 'trained').
        alpha: level of the differential-misclassification tests.
        planning_grid: coded sentences per stratum to predict the CI ratio for.
        target_ratio: the corrected / measured CI width the planning table solves for.
    """
    labels_only = label_plan(plan)
    trial = analyse_trial(pseudo_counts(facts, rows, frame), labels_only, terms=terms, permutations=0,
                          with_components=False)
    parts = _sampling_parts(trial, facts, rows, labels_only)
    estimates = _combine(trial.estimates, parts, frame, measured, plan.level)
    return Corrected(estimates=estimates, errors=error_rates(rows), differential=differential(rows, frame, alpha=alpha),
                     planning=planning(parts, frame, measured, planning_grid, target_ratio), trial=trial)


def _note_cells(facts: pd.DataFrame, trial: TrialResult) -> pd.Series:
    """Each note's team x month cell (row of ``trial.cells.frame``), by note id; -1 when it has none."""
    key = team_keys(facts)
    cells = trial.cells.frame
    where = pd.Series(np.arange(len(cells)), index=pd.MultiIndex.from_arrays([cells["team_key"], cells["month"]]))
    index = pd.MultiIndex.from_arrays([key.to_numpy(), month_index(facts["recorded_at"])])
    return pd.Series(where.reindex(index).fillna(-1).to_numpy(dtype=int), index=facts["note_id"].to_numpy())


def _sampling_parts(trial: TrialResult, facts: pd.DataFrame, rows: pd.DataFrame, plan: Plan) -> pd.DataFrame:
    """Per label, term and stratum: ``s2`` the variance over the stratum's coded sentences of each sentence's
    contribution to the estimate, ``t_i = l_cell * 100 * (human - g) / n_sentences_cell`` (``l`` the contrast's
    weight on the cell's rate), for the stratified design-based variance of the correction."""
    cell_of = _note_cells(facts, trial).reindex(rows["note_id"]).fillna(-1).to_numpy(dtype=int)
    n_sent = trial.cells.frame["n_sentences"].to_numpy(dtype=float)
    design = trial.designs.get((LABEL_KIND, "exposure_time"))
    out: list[dict[str, object]] = []
    if design is None:
        return pd.DataFrame(out, columns=["outcome", "term", "stratum", "s2"])
    g = first_stage(rows)
    on = cell_of >= 0
    for contrast in design.contrasts:
        if not np.all(np.isfinite(contrast.weights)):
            continue
        weight = np.zeros(len(trial.cells.frame))
        weight[design.rows] = design.sqrt_w * (design.x @ (design.bread @ contrast.weights))
        scale = np.zeros(len(rows))
        scale[on] = weight[cell_of[on]] * 100.0 / n_sent[cell_of[on]]
        for outcome in plan.outcomes:
            t = scale * residuals(rows, g, outcome.name)
            s2 = pd.Series(t).groupby(rows["stratum"].to_numpy()).var(ddof=1).fillna(0.0)
            out += [{"outcome": outcome.name, "term": contrast.term, "stratum": s, "s2": float(v)}
                    for s, v in s2.items()]
    return pd.DataFrame(out, columns=["outcome", "term", "stratum", "s2"])


def sampling_variance(parts: pd.DataFrame, frame: pd.DataFrame, per_stratum: float | None = None) -> pd.Series:
    """Design-based variance of the correction per (outcome, term): ``sum_s N_s^2 (1/n_s - 1/N_s) s2_s`` with
    ``n_s`` the coded sentences (or ``per_stratum`` of them, capped at ``N_s``, for planning)."""
    big_n = parts["stratum"].map(dict(zip(frame["stratum"], frame["n_sentences"]))).to_numpy(dtype=float)
    n = (parts["stratum"].map(dict(zip(frame["stratum"], frame["n_coded"]))).to_numpy(dtype=float)
         if per_stratum is None else np.minimum(per_stratum, big_n))
    v = big_n ** 2 * np.maximum(1.0 / n - 1.0 / big_n, 0.0) * parts["s2"].to_numpy()
    return pd.Series(v).groupby([parts["outcome"].to_numpy(), parts["term"].to_numpy()]).sum()


def _measured_se(measured: pd.DataFrame) -> pd.Series:
    rows = measured[(measured["kind"] == LABEL_KIND) & (measured["model"] == "exposure_time")]
    return pd.Series(rows["se"].to_numpy(dtype=float), index=pd.MultiIndex.from_arrays([rows["outcome"], rows["term"]]))


def _combine(estimates: pd.DataFrame, parts: pd.DataFrame, frame: pd.DataFrame, measured: pd.DataFrame,
             level: float) -> pd.DataFrame:
    """The corrected rows with their interval: variance ``max(CR2 of the pseudo-outcomes, measured CR2 +
    design-based sampling variance)`` on the pseudo-outcome fit's Satterthwaite df."""
    out = estimates[estimates["model"] == "exposure_time"].copy()
    v_samp = sampling_variance(parts, frame)
    m_se = _measured_se(measured)
    keys = list(zip(out["outcome"], out["term"]))
    samp = np.array([v_samp.get(k, np.nan) for k in keys])
    floor = np.array([m_se.get(k, np.nan) for k in keys]) ** 2 + samp
    cr2 = out["se"].to_numpy(dtype=float) ** 2
    se = np.sqrt(np.fmax(cr2, floor))
    half = stats.t.ppf(1 - (1 - level) / 2, out["df"].to_numpy(dtype=float)) * se
    est = out["estimate"].to_numpy(dtype=float)
    out["se_cr2"], out["se_sampling"], out["se"] = np.sqrt(cr2), np.sqrt(samp), se
    out["ci_low"], out["ci_high"] = est - half, est + half
    with np.errstate(invalid="ignore", divide="ignore"):
        p = 2 * stats.t.sf(np.abs(est) / se, out["df"].to_numpy(dtype=float))
    out["p"] = np.where(out["p"].notna(), p, np.nan)  # p only where the plan asks, as on the measured scale
    secondary = out["p"].notna().to_numpy() & (out["role"] == "secondary").to_numpy()
    out["p_adjusted"] = out["p"]
    if secondary.any():
        out.loc[secondary, "p_adjusted"] = holm(out.loc[secondary, "p"].to_numpy())
    out["method"] = ("classifier-error-corrected (design-based supervised learning: per-sentence pseudo-outcomes "
                     "from the human-coded validation sample, aggregated into the same cells) " + out["method"]
                     + "; variance adds the validation sample's")
    return out


def error_rates(rows: pd.DataFrame) -> pd.DataFrame:
    """Per label and stratum: coded sentences, human and stored positives, recall, false-positive rate and the
    share of sentences where stored and human labels disagree (unweighted, within the stratum)."""
    out = []
    for label in LABELS:
        for stratum, g in rows.groupby("stratum", sort=True):
            y, p = g[label].to_numpy(), g[f"pred|{label}"].to_numpy()
            pos, neg = y == 1, y == 0
            out.append({"label": label, "stratum": stratum, "n_coded": int(len(g)), "human_positive": int(pos.sum()),
                        "stored_positive": int(p.sum()),
                        "recall": float(p[pos].mean()) if pos.any() else np.nan,
                        "false_positive_rate": float(p[neg].mean()) if neg.any() else np.nan,
                        "disagreement": float((p != y).mean())})
    return pd.DataFrame(out)


def _independence_p(table: np.ndarray) -> float:
    """p of a chi-square test that the rows of a count table share one distribution (NaN when degenerate)."""
    table = table[table.sum(axis=1) > 0][:, table.sum(axis=0) > 0]
    if table.shape[0] < 2 or table.shape[1] < 2:
        return float("nan")
    return float(stats.chi2_contingency(table)[1])


def differential(rows: pd.DataFrame, frame: pd.DataFrame, *, alpha: float = 0.05) -> pd.DataFrame:
    """Per label: p-values of equal recall and of equal false-positive rate by arm (trained vs not, at the note's
    date) and across the arm x timepoint strata, and whether misclassification looks differential (any of the
    arm or strata tests below ``alpha``, Bonferroni over the two rates)."""
    arm = rows["stratum"].map(dict(zip(frame["stratum"], frame["trained"]))).astype(bool).to_numpy()
    out = []
    for label in LABELS:
        y, p = rows[label].to_numpy(), rows[f"pred|{label}"].to_numpy()
        record: dict[str, object] = {"label": label}
        for by, groups in (("arm", arm), ("strata", rows["stratum"].to_numpy())):
            for rate, keep in (("recall", y == 1), ("fpr", y == 0)):
                codes, _ = pd.factorize(groups[keep])
                table = np.zeros((codes.max(initial=-1) + 1, 2))
                np.add.at(table, (codes, p[keep].astype(int)), 1)
                record[f"p_{rate}_by_{by}"] = _independence_p(table)
        tests = [record[f"p_{r}_by_{b}"] for b in ("arm", "strata") for r in ("recall", "fpr")]
        record["differential"] = bool(np.nanmin(np.array(tests, dtype=float), initial=1.0) * 2 < alpha)
        out.append(record)
    result = pd.DataFrame(out)
    flagged = result.loc[result["differential"], "label"].tolist()
    if flagged:
        warnings.warn(f"[W091] the classifier's errors differ by arm or period for {flagged} (validation sample): "
                      f"measured-scale estimates of these are biased; read the corrected ones.",
                      CasenotesWarning, stacklevel=2)
    return result


def planning(parts: pd.DataFrame, frame: pd.DataFrame, measured: pd.DataFrame, grid: tuple[int, ...],
             target_ratio: float) -> pd.DataFrame:
    """Coded sentences per stratum against the predicted corrected / measured CI width of each label's primary
    estimand ('trained'), from the observed disagreements: ``sqrt(1 + V_samp(n) / V_measured)``, and the
    smallest ``n`` per stratum meeting ``target_ratio`` (solved exactly)."""
    m_se = _measured_se(measured)
    main = parts[parts["term"] == "trained"]
    big_n = main["stratum"].map(dict(zip(frame["stratum"], frame["n_sentences"]))).to_numpy(dtype=float)
    rows = []
    for label in LABELS:
        here = main["outcome"].to_numpy() == label
        v_meas = m_se.get((label, "trained"), np.nan) ** 2
        if not here.any() or not np.isfinite(v_meas) or v_meas <= 0:
            continue
        s2, n_big = main["s2"].to_numpy()[here], big_n[here]
        budget = (target_ratio ** 2 - 1.0) * v_meas
        # sum_s N_s^2 s2_s / n - sum_s N_s s2_s <= budget, with n the same in every stratum
        needed = float(np.ceil(np.sum(n_big ** 2 * s2) / (budget + np.sum(n_big * s2)))) if np.any(s2 > 0) else 1.0
        coded = int(frame["n_coded"].min())
        for n in sorted({*grid, coded}):
            v = float(sampling_variance(main[main["outcome"] == label], frame, per_stratum=n).sum())
            rows.append({"label": label, "coded_per_stratum": int(n), "observed": n == coded,
                         "ci_ratio_corrected_to_measured": float(np.sqrt(1.0 + v / v_meas)),
                         "meets_target": bool(np.sqrt(1.0 + v / v_meas) <= target_ratio),
                         "needed_per_stratum": int(min(needed, n_big.max())), "target_ratio": target_ratio})
    return pd.DataFrame(rows)
