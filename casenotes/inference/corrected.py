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
independently, and the strata's without-replacement draw only makes them slightly negatively correlated), so the
corrected estimate's variance is the trial's own (between teams and months, on the true-label scale) plus the
validation sample's (which sentences happened to be coded), as in DSL's variance argument. A bootstrap over teams
and validation rows would refit thousands of times and under-cover with 6-24 teams. So the two parts are
estimated apart, each where it is known best:

- the trial's part by the measured-scale fit's CR2 variance (team-clustered, Satterthwaite df ``nu_m``: about 9
  with 12 teams);
- the sample's part design-based: stratified simple random sampling without replacement, ``sum_s N_s^2
  (1/n_s - 1/N_s) s2_s`` over the strata, ``s2_s`` the variance of each coded sentence's contribution to the
  estimate (its cell's contrast weight times its residual ``human - g``), with ``sum_s (n_s - 1)``-sized df.

The interval is ``t(nu) * sqrt(V_trial + V_sample)`` with Welch-Satterthwaite df ``nu = (V_trial + V_sample)^2 /
(V_trial^2 / nu_m + sum_s c_s^2 / (n_s - 1))`` (``c_s`` the strata's terms): when the sample's part dominates, as
it does with a few hundred coded sentences per stratum, ``nu`` is in the hundreds, because that part is estimated
from hundreds of sentences and not from 12 teams. (Until validation/corrected-v2 the interval used the larger of
the pseudo-outcomes' own CR2 variance and this sum, on the teams' ~9 df: both the maximum of two estimates of the
same variance and the 12-team t quantile for a variance known from 1,200 sentences made it conservative, coverage
0.96-0.99 in validation/corrected-v1. The pseudo-outcome CR2 standard error is still reported as ``se_cr2``.)
The measured fit's variance understates the trial's variance on the true-label scale where the classifier
attenuates differences between teams (by a fifth to a quarter of it in 50 trials of the differential scenario,
against the same analysis of the true labels): a small share of the total while the sample's part dominates, more
when thousands of sentences per stratum are coded (validation/corrected-v2's large-sample scenario).

Differential misclassification is tested directly in the validation sample: per label, is recall (among
sentences people labelled) and the false-positive rate (among those they did not) the same in both arms, and
across all arm x timepoint strata (chi-square tests of independence, Bonferroni over the two rates)?
"""

from __future__ import annotations

import functools
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
                     planning=planning(parts, frame, measured, planning_grid, target_ratio, plan.level),
                     trial=trial)


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
    out: list[dict[str, object]] = []
    g = first_stage(rows)
    on = cell_of >= 0
    for outcome in plan.outcomes:  # each outcome's own design: the plan may estimate roles differently
        design = trial.design_for(outcome)
        if design is None:
            continue
        for contrast in design.contrasts:
            if not np.all(np.isfinite(contrast.weights)):
                continue
            weight = np.zeros(len(trial.cells.frame))
            weight[design.rows] = design.sqrt_w * (design.x @ (design.bread @ contrast.weights))
            scale = np.zeros(len(rows))
            scale[on] = weight[cell_of[on]] * 100.0 / n_sent[cell_of[on]]
            t = scale * residuals(rows, g, outcome.name)
            s2 = pd.Series(t).groupby(rows["stratum"].to_numpy()).var(ddof=1).fillna(0.0)
            out += [{"outcome": outcome.name, "term": contrast.term, "stratum": s, "s2": float(v)}
                    for s, v in s2.items()]
    return pd.DataFrame(out, columns=["outcome", "term", "stratum", "s2"])


def sampling_variance(parts: pd.DataFrame, frame: pd.DataFrame, per_stratum: float | None = None) -> pd.DataFrame:
    """Design-based variance of the correction per (outcome, term): ``sum_s N_s^2 (1/n_s - 1/N_s) s2_s`` with
    ``n_s`` the coded sentences (or ``per_stratum`` of them, capped at ``N_s``, for planning), and its
    Welch-Satterthwaite df ``(sum_s c_s)^2 / sum_s c_s^2 / (n_s - 1)`` (``c_s`` the strata's terms): columns
    ``variance, df``."""
    big_n = parts["stratum"].map(dict(zip(frame["stratum"], frame["n_sentences"]))).to_numpy(dtype=float)
    n = (parts["stratum"].map(dict(zip(frame["stratum"], frame["n_coded"]))).to_numpy(dtype=float)
         if per_stratum is None else np.minimum(per_stratum, big_n))
    c = big_n ** 2 * np.maximum(1.0 / n - 1.0 / big_n, 0.0) * parts["s2"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = np.where(n > 1, c ** 2 / (n - 1), 0.0)
    keys = [parts["outcome"].to_numpy(), parts["term"].to_numpy()]
    out = pd.DataFrame({"variance": pd.Series(c).groupby(keys).sum(), "spread": pd.Series(spread).groupby(keys).sum()})
    with np.errstate(divide="ignore", invalid="ignore"):
        out["df"] = np.where(out["spread"] > 0, out["variance"] ** 2 / out["spread"], np.inf)
    return out[["variance", "df"]]


def welch_df(v_trial: np.ndarray, df_trial: np.ndarray, v_sample: np.ndarray, df_sample: np.ndarray) -> np.ndarray:
    """Welch-Satterthwaite df of the sum of two independent variance estimates with their own df."""
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = v_trial ** 2 / df_trial + np.where(np.isfinite(df_sample), v_sample ** 2 / df_sample, 0.0)
        return np.where(spread > 0, (v_trial + v_sample) ** 2 / spread, df_trial)


def _measured(measured: pd.DataFrame) -> pd.DataFrame:
    """The measured-scale label estimates of the exposure-time model: ``se`` and ``df`` by (outcome, term)."""
    rows = measured[(measured["kind"] == LABEL_KIND) & (measured["model"] == "exposure_time")]
    return rows.set_index(["outcome", "term"])[["se", "df"]].astype(float)


def _combine(estimates: pd.DataFrame, parts: pd.DataFrame, frame: pd.DataFrame, measured: pd.DataFrame,
             level: float) -> pd.DataFrame:
    """The corrected rows with their interval: variance ``measured CR2 + design-based sampling variance`` on the
    two parts' Welch-Satterthwaite df (module docstring)."""
    out = estimates[estimates["model"] == "exposure_time"].copy()
    keys = pd.MultiIndex.from_arrays([out["outcome"], out["term"]])
    samp = sampling_variance(parts, frame).reindex(keys)
    trial = _measured(measured).reindex(keys)
    v_trial, v_samp = trial["se"].to_numpy() ** 2, samp["variance"].fillna(0.0).to_numpy()
    df = welch_df(v_trial, trial["df"].to_numpy(), v_samp, samp["df"].fillna(np.inf).to_numpy())
    se = np.sqrt(v_trial + v_samp)
    half = stats.t.ppf(1 - (1 - level) / 2, df) * se
    est = out["estimate"].to_numpy(dtype=float)
    out["se_cr2"], out["se_sampling"], out["se"], out["df"] = out["se"].to_numpy(dtype=float), np.sqrt(v_samp), se, df
    out["ci_low"], out["ci_high"] = est - half, est + half
    with np.errstate(invalid="ignore", divide="ignore"):
        p = 2 * stats.t.sf(np.abs(est) / se, df)
    out["p"] = np.where(out["p"].notna(), p, np.nan)  # p only where the plan asks, as on the measured scale
    secondary = out["p"].notna().to_numpy() & (out["role"] == "secondary").to_numpy()
    out["p_adjusted"] = out["p"]
    if secondary.any():
        out.loc[secondary, "p_adjusted"] = holm(out.loc[secondary, "p"].to_numpy())
    out["method"] = ("classifier-error-corrected (design-based supervised learning: per-sentence pseudo-outcomes "
                     "from the human-coded validation sample, aggregated into the same cells) " + out["method"]
                     + "; variance: the measured fit's plus the validation sample's design-based one, "
                       "Welch-Satterthwaite df")
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
             target_ratio: float, level: float = 0.95) -> pd.DataFrame:
    """Coded sentences per stratum against the predicted corrected / measured CI width of each label's primary
    estimand ('trained'), from the observed disagreements: ``t(nu(n)) sqrt(V_m + V_samp(n)) / (t(nu_m)
    sqrt(V_m))`` (the two intervals' own variances and df), and the smallest ``n`` per stratum meeting
    ``target_ratio`` (by bisection: the ratio falls as ``n`` grows, to 1 when every sentence is coded)."""
    m = _measured(measured)
    main = parts[parts["term"] == "trained"]
    rows = []
    for label in LABELS:
        mine = main[main["outcome"] == label]
        if mine.empty or (label, "trained") not in m.index:
            continue
        se_m, df_m = m.loc[(label, "trained")]
        if not np.isfinite(se_m) or se_m <= 0:
            continue
        ratio = functools.partial(_ci_ratio, mine, frame, v_m=se_m ** 2, df_m=df_m, level=level)
        low, high = 1, int(frame["n_sentences"].max())
        while low < high:
            middle = (low + high) // 2
            low, high = (low, middle) if ratio(middle) <= target_ratio else (middle + 1, high)
        coded = int(frame["n_coded"].min())
        for n in sorted({*grid, coded}):
            r = ratio(n)
            rows.append({"label": label, "coded_per_stratum": int(n), "observed": n == coded,
                         "ci_ratio_corrected_to_measured": r, "meets_target": bool(r <= target_ratio),
                         "needed_per_stratum": int(low), "target_ratio": target_ratio})
    return pd.DataFrame(rows)


def _ci_ratio(parts: pd.DataFrame, frame: pd.DataFrame, n: int, *, v_m: float, df_m: float, level: float) -> float:
    """Corrected / measured CI width of one estimate with ``n`` sentences coded per stratum."""
    samp = sampling_variance(parts, frame, per_stratum=n).iloc[0]
    df = welch_df(np.array(v_m), np.array(df_m), np.array(samp["variance"]), np.array(samp["df"]))
    q = 1 - (1 - level) / 2
    return float(stats.t.ppf(q, df) / stats.t.ppf(q, df_m) * np.sqrt(1.0 + samp["variance"] / v_m))
