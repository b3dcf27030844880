"""Trends: label rates and domain scores by borough, team and timepoint, and team-level mixed-effects estimates.

Outcomes are per note: the rate of sentences carrying each label per 100 sentences, and each audit domain's
score; they, the timepoints and ``team_key`` are defined once, in the store's SQL (``Store.note_outcomes``,
``Store.note_cells``), which the CLI, the dashboard and simulations all read. The training effect is estimated
with statsmodels' MixedLM (random intercept per team, calendar-quarter period effects as in a stepped-wedge
analysis). Small cells are suppressed wherever results leave the library.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from casenotes.errors import InputError
from casenotes.store import RATE_SUFFIX, cell_outcomes

DEFAULT_MIN_NOTES = 10
DEFAULT_MIN_AUTHORS = 2
MIN_NOTES_ENV, MIN_AUTHORS_ENV = "CASENOTES_MIN_NOTES", "CASENOTES_MIN_AUTHORS"


@dataclass(frozen=True)
class Suppression:
    """The small-number rule for results that leave the library: a group's values are shown only when it has at
    least ``min_notes`` notes and (where authors are recorded) notes by at least ``min_authors`` practitioners, so
    neither a family nor one practitioner's writing can be singled out.

    The configured rule (:meth:`configured`: ``CASENOTES_MIN_NOTES`` / ``CASENOTES_MIN_AUTHORS``, set by whoever
    runs ``casenotes serve`` or the analysis) is a floor: a user may ask for more suppression, never less.
    """

    min_notes: int = DEFAULT_MIN_NOTES
    min_authors: int = DEFAULT_MIN_AUTHORS

    @classmethod
    def configured(cls) -> "Suppression":
        values = {}
        for field_name, env, default in (("min_notes", MIN_NOTES_ENV, DEFAULT_MIN_NOTES),
                                         ("min_authors", MIN_AUTHORS_ENV, DEFAULT_MIN_AUTHORS)):
            raw = os.environ.get(env, "").strip()
            if not raw:
                values[field_name] = default
                continue
            if not raw.isdigit() or int(raw) < 1:
                raise InputError(f"[E270] {env}='{raw}' is not a whole number of at least 1.")
            values[field_name] = int(raw)
        return cls(**values)

    def at_least(self, min_notes: int | None = None, min_authors: int | None = None) -> "Suppression":
        """This rule, or a stricter one asked for; asking for less than the floor is refused."""
        asked = Suppression(self.min_notes if min_notes is None else min_notes,
                            self.min_authors if min_authors is None else min_authors)
        if asked.min_notes < self.min_notes or asked.min_authors < self.min_authors:
            raise InputError(f"[E271] Suppression below the configured floor ({self.min_notes} notes, "
                             f"{self.min_authors} practitioners per group) was asked for "
                             f"({asked.min_notes} notes, {asked.min_authors} practitioners); the floor is set by "
                             f"{MIN_NOTES_ENV} / {MIN_AUTHORS_ENV} and cannot be lowered here.")
        return asked


def outcome_columns() -> list[str]:
    """Every outcome's column in ``Store.note_outcomes()``: each label's rate, then each domain's score."""
    return list(cell_outcomes())


def aggregate(notes: pd.DataFrame, by: Sequence[str], *, rule: Suppression | None = None) -> pd.DataFrame:
    """Mean of each outcome per group with a t-based 95% CI over notes and the number of notes.

    Groups the suppression ``rule`` (default: the configured one) withholds keep their count but lose their
    values (``suppressed``).
    """
    rule = rule or Suppression.configured()
    rows = []
    for key, group in notes.groupby(list(by), dropna=False, sort=True):
        key = key if isinstance(key, tuple) else (key,)
        n = len(group)
        authors = group["author_id"].dropna() if "author_id" in group else pd.Series(dtype=object)
        too_few_authors = len(authors) > 0 and authors.nunique() < rule.min_authors
        for col in outcome_columns():
            values = group[col].dropna()
            mean, lo, hi = _mean_ci(values.to_numpy())
            suppressed = n < rule.min_notes or too_few_authors
            kind = "label_rate_per_100_sentences" if col.endswith(RATE_SUFFIX) else "domain_score"
            rows.append({**dict(zip(by, key)), "outcome": col.removesuffix(RATE_SUFFIX), "kind": kind, "n_notes": n,
                         "n_sentences": int(group["n_sentences"].sum()), "mean": np.nan if suppressed else mean,
                         "ci_low": np.nan if suppressed else lo, "ci_high": np.nan if suppressed else hi,
                         "suppressed": suppressed})
    return pd.DataFrame(rows)


def cell_frame(cells: pd.DataFrame) -> pd.DataFrame:
    """``Store.note_cells()`` with the derived keys the views group by: ``quarter``, ``status``."""
    out = cells.copy()
    out["trained"] = out["trained"].fillna(False).astype(bool)
    out["month"] = pd.to_datetime(out["month"])
    out["quarter"] = out["month"].dt.to_period("Q").astype(str)
    out["status"] = out["trained"].map({True: "trained", False: "not yet trained"})
    return out


def aggregate_cells(cells: pd.DataFrame, by: Sequence[str], *, rule: Suppression | None = None) -> pd.DataFrame:
    """What :func:`aggregate` gives for the notes, computed from their summary cells (``cell_frame``): each
    group's count, sum and sum of squares give the same mean and t-interval without touching a note.

    Distinct practitioners do not add up over cells, so a group's count of them is its largest cell's: a group is
    suppressed for too few practitioners whenever no cell of it has enough (never shown when it should not be)."""
    rule = rule or Suppression.configured()
    grouped = cells.groupby(list(by), dropna=False, sort=True)
    sums = grouped.sum(numeric_only=True)
    n = sums["n_notes"].to_numpy()
    authors = grouped["n_authors"].max().to_numpy()
    with_author = sums["n_with_author"].to_numpy()
    suppressed = (n < rule.min_notes) | ((with_author > 0) & (authors < rule.min_authors))
    parts = []
    for order, col in enumerate(outcome_columns()):
        k, s, ss = (sums[f"{p}__{col}"].to_numpy(dtype=float) for p in ("k", "s", "ss"))
        with np.errstate(divide="ignore", invalid="ignore"):
            mean = np.where(k > 0, s / k, np.nan)
            var = np.where(k > 1, np.maximum(ss - s * mean, 0.0) / (k - 1), np.nan)
            half = stats.t.ppf(0.975, np.maximum(k - 1, 1)) * np.sqrt(var / k)
        part = sums.index.to_frame(index=False)
        part["outcome"] = col.removesuffix(RATE_SUFFIX)
        part["kind"] = "label_rate_per_100_sentences" if col.endswith(RATE_SUFFIX) else "domain_score"
        part["n_notes"] = n
        part["n_sentences"] = sums["n_sentences"].to_numpy().astype(int)
        part["mean"] = np.where(suppressed, np.nan, mean)
        part["ci_low"] = np.where(suppressed, np.nan, mean - half)
        part["ci_high"] = np.where(suppressed, np.nan, mean + half)
        part["suppressed"] = suppressed
        part["_group"], part["_order"] = np.arange(len(part)), order
        parts.append(part)
    if sums.empty:
        return pd.DataFrame()  # as aggregate() gives for no notes
    out = pd.concat(parts, ignore_index=True).sort_values(["_group", "_order"], kind="stable")
    return out.drop(columns=["_group", "_order"]).reset_index(drop=True)


def _mean_ci(values: np.ndarray) -> tuple[float, float, float]:
    if len(values) == 0:
        return np.nan, np.nan, np.nan
    mean = float(values.mean())
    if len(values) < 2:
        return mean, np.nan, np.nan
    half = stats.t.ppf(0.975, len(values) - 1) * values.std(ddof=1) / np.sqrt(len(values))
    return mean, mean - half, mean + half


def fit_effects(notes: pd.DataFrame, *, outcomes: Sequence[str] | None = None,
                practitioner_effects: bool = True) -> pd.DataFrame:
    """Mixed-effects estimate of the training effect for each outcome.

    Model: ``outcome ~ trained + C(period)`` with a random intercept per team and, where authors are
    identifiable, a random intercept per practitioner within team (a practitioner who writes many notes is not
    many independent observations); ``period`` is the calendar quarter, which separates the training effect from
    secular trends in a stepped rollout. When the fuller model cannot be fitted the next simpler one is used
    (team only, then OLS with team-clustered SEs), and ``method`` says which.

    Returns:
        One row per outcome and term (``trained``): estimate, 95% CI, p, number of clusters, practitioners and
        notes, the ICCs of the team and practitioner intercepts, and the method used.
    """
    data = notes.copy()
    data["period"] = pd.to_datetime(data["recorded_at"]).dt.to_period("Q").astype(str)
    data["trained_i"] = data["trained"].astype(int)
    if "author_id" in data:
        # a note without an author is its own level: it is never pooled with other notes
        missing = data["author_id"].isna() | (data["author_id"].astype(str).str.strip() == "")
        data["practitioner"] = data["author_id"].astype(str).where(~missing, "?" + data.index.astype(str))
    else:
        data["practitioner"] = "?" + data.index.astype(str)
    rows = []
    for col in outcomes or outcome_columns():
        d = data[[col, "trained_i", "period", "team_key", "practitioner"]].dropna()
        name = col.removesuffix(RATE_SUFFIX)
        n_clusters = d["team_key"].nunique()
        n_practitioners = d["practitioner"].nunique()
        # "perpetrator_pattern" is both a label and a domain, so `kind` says which outcome this is
        kind = "label_rate_per_100_sentences" if col.endswith(RATE_SUFFIX) else "domain_score"
        base = {"outcome": name, "kind": kind, "term": "trained", "n_clusters": int(n_clusters),
                "n_practitioners": int(n_practitioners), "n_notes": int(len(d))}
        if n_clusters < 2 or d["trained_i"].nunique() < 2:
            rows.append({**base, "estimate": np.nan, "ci_low": np.nan, "ci_high": np.nan, "p": np.nan,
                         "icc": np.nan, "icc_practitioner": np.nan,
                         "method": "not estimable: needs trained and untrained notes in 2+ teams"})
            continue
        formula = f"{col} ~ trained_i" + (" + C(period)" if d["period"].nunique() > 1 else "")
        # practitioner effects are identifiable only when practitioners write several notes each
        with_practitioners = practitioner_effects and n_clusters < n_practitioners <= len(d) / 2
        rows.append({**base, **_fit_one(formula, d, with_practitioners)})
    return pd.DataFrame(rows)


def _fit_one(formula: str, d: pd.DataFrame, with_practitioners: bool) -> dict[str, float | str]:
    """Fit the fullest model that converges; return the ``trained_i`` estimate, CI, p, ICCs and method."""
    import statsmodels.formula.api as smf

    attempts = (["team+practitioner"] if with_practitioners else []) + ["team"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for attempt in attempts:
            vc = {"practitioner": "0 + C(practitioner)"} if attempt == "team+practitioner" else None
            try:
                fit = smf.mixedlm(formula, d, groups=d["team_key"], re_formula="1", vc_formula=vc).fit(
                    reml=True, method=["lbfgs", "powell"])
            except (np.linalg.LinAlgError, ValueError):
                continue
            team_var = float(fit.cov_re.iloc[0, 0])
            prac_var = float(fit.vcomp[0]) if vc else 0.0
            total = team_var + prac_var + float(fit.scale)
            if not (np.isfinite(total) and np.isfinite(fit.bse["trained_i"])):
                continue
            method = ("MixedLM (REML), random intercepts per team and per practitioner within team" if vc
                      else "MixedLM (REML), random intercept per team")
            return {**_term(fit), "icc": team_var / total,
                    "icc_practitioner": prac_var / total if vc else np.nan, "method": method}
        fit = smf.ols(formula, d).fit(cov_type="cluster",
                                     cov_kwds={"groups": d["team_key"].astype("category").cat.codes})
    return {**_term(fit), "icc": np.nan, "icc_practitioner": np.nan,
            "method": "OLS with team-clustered SEs (MixedLM did not converge)"}


def _term(fit: Any) -> dict[str, float]:
    ci = fit.conf_int().loc["trained_i"]
    return {"estimate": float(fit.params["trained_i"]), "ci_low": float(ci.iloc[0]), "ci_high": float(ci.iloc[1]),
            "p": float(fit.pvalues["trained_i"])}


def effects_cache(db_path: str | Path, run_id: str) -> Path:
    """Where the estimates for a store's latest run are kept (beside the store): fitting takes seconds to minutes
    on a large store, so the dashboard reads them rather than refit on every page load."""
    db = Path(db_path)
    return db.with_name(f"{db.stem}_effects_{run_id}.parquet")


def mdes(*, icc: float, clusters: int, per_cluster: float, treated_share: float = 0.5, sd: float = 1.0,
         alpha: float = 0.05, power: float = 0.8) -> float:
    """Minimum detectable effect for a two-arm cluster-randomised comparison (Bloom 2005).

    ``MDES = M * sd * sqrt((icc + (1 - icc) / m) / (P (1 - P) J))`` with ``M = t(1-alpha/2) + t(power)`` on
    ``J - 2`` degrees of freedom; ``J`` clusters (teams) of ``m`` notes, a share ``P`` of them trained.
    """
    if clusters < 3:
        return float("nan")
    df = clusters - 2
    multiplier = stats.t.ppf(1 - alpha / 2, df) + stats.t.ppf(power, df)
    return float(multiplier * sd * np.sqrt((icc + (1 - icc) / per_cluster)
                                           / (treated_share * (1 - treated_share) * clusters)))


def planning_table(notes: pd.DataFrame, estimates: pd.DataFrame, *, clusters: Sequence[int] = (12, 24, 48),
                   per_cluster: Sequence[int] = (50, 200)) -> pd.DataFrame:
    """MDES per outcome for candidate trial sizes, using each outcome's observed ICC and SD."""
    rows = []
    for e in estimates.itertuples():
        col = e.outcome + RATE_SUFFIX if e.kind.startswith("label") else e.outcome
        sd = float(notes[col].std())
        icc = 0.0 if not np.isfinite(e.icc) else float(e.icc)
        for j in clusters:
            for m in per_cluster:
                rows.append({"outcome": e.outcome, "kind": e.kind, "icc": icc, "sd": sd, "teams": j,
                             "notes_per_team": m, "mdes": mdes(icc=icc, clusters=j, per_cluster=m, sd=sd)})
    return pd.DataFrame(rows)


_PHRASES = {"victim_blaming": "victim-blaming language", "perpetrator_pattern": "perpetrator-pattern language",
            "child_focus": "child-focused language", "partnering": "partnering language"}


def team_summaries(notes: pd.DataFrame, *, min_notes: int = DEFAULT_MIN_NOTES) -> list[str]:
    """One plain-language paragraph per trained team: each label's rate before and after its training date.

    Teams with fewer than ``min_notes`` notes on either side are reported as too small to summarise.
    """
    lines = []
    for team_key, group in notes.groupby("team_key", sort=True):
        before, after = group[~group["trained"]], group[group["trained"]]
        if group["trained_at"].isna().all():
            continue
        if len(before) < min_notes or len(after) < min_notes:
            lines.append(f"{team_key}: too few notes to summarise (fewer than {min_notes} before or after training).")
            continue
        parts = []
        for label, phrase in _PHRASES.items():
            a, b = before[label + RATE_SUFFIX].dropna(), after[label + RATE_SUFFIX].dropna()
            diff = b.mean() - a.mean()
            se = np.sqrt(a.var(ddof=1) / len(a) + b.var(ddof=1) / len(b))
            direction = "up" if diff > 0 else "down"
            parts.append(f"{phrase} {direction} from {a.mean():.1f} to {b.mean():.1f} per 100 sentences "
                         f"(change {diff:+.1f}, 95% CI {diff - 1.96 * se:+.1f} to {diff + 1.96 * se:+.1f})")
        trained_at = str(group["trained_at"].dropna().iloc[0])[:10]
        lines.append(f"{team_key} (trained {trained_at}; {len(before)} notes before, {len(after)} after): "
                     + "; ".join(parts) + ".")
    return lines
