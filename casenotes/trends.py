"""Trends: descriptive label rates and domain scores by borough, team and timepoint.

Outcomes are per note: the rate of sentences carrying each label per 100 sentences, and each audit domain's
score; they, the timepoints and ``team_key`` are defined once, in the store's SQL (``Store.note_outcomes``,
``Store.note_cells``), which the CLI, the dashboard and simulations all read. These are descriptive, with
intervals clustered by team; the training effect is estimated by the trial analysis in ``casenotes.inference``
(as the analysis plan says). Small cells are suppressed wherever results leave the library.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

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
    """Mean of each outcome per group (descriptive) with a 95% interval that is cluster-robust over teams (none for a
    group of one team: its notes are not independent observations), and the number of notes.

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
            values = group[[col, "team_key"]].dropna()
            by_team = values.groupby("team_key")[col].agg(["sum", "count"])
            mean, lo, hi = _cluster_ci(by_team["sum"].to_numpy(dtype=float), by_team["count"].to_numpy(dtype=float))
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
    group's per-team counts and sums give the same mean and team-clustered interval without touching a note.

    Distinct practitioners do not add up over cells, so a group's count of them is its largest cell's: a group is
    suppressed for too few practitioners whenever no cell of it has enough (never shown when it should not be)."""
    rule = rule or Suppression.configured()
    grouped = cells.groupby(list(by), dropna=False, sort=True)
    sums = grouped.sum(numeric_only=True)
    if sums.empty:
        return pd.DataFrame()  # as aggregate() gives for no notes
    within = "team_key" in by  # a group of one team already
    per_team = cells.groupby(list(by) if within else [*by, "team_key"], dropna=False, sort=True).sum(numeric_only=True)
    keys = per_team.index if within else per_team.index.droplevel("team_key")
    position = sums.index.get_indexer(keys)
    n = sums["n_notes"].to_numpy()
    authors = grouped["n_authors"].max().to_numpy()
    with_author = sums["n_with_author"].to_numpy()
    suppressed = (n < rule.min_notes) | ((with_author > 0) & (authors < rule.min_authors))
    parts = []
    for order, col in enumerate(outcome_columns()):
        k, s = (sums[f"{p}__{col}"].to_numpy(dtype=float) for p in ("k", "s"))
        team_k, team_s = (per_team[f"{p}__{col}"].to_numpy(dtype=float) for p in ("k", "s"))
        with np.errstate(divide="ignore", invalid="ignore"):
            mean = np.where(k > 0, s / k, np.nan)
        lo, hi = _cluster_bounds(team_s, team_k, position, mean, k)
        part = sums.index.to_frame(index=False)
        part["outcome"] = col.removesuffix(RATE_SUFFIX)
        part["kind"] = "label_rate_per_100_sentences" if col.endswith(RATE_SUFFIX) else "domain_score"
        part["n_notes"] = n
        part["n_sentences"] = sums["n_sentences"].to_numpy().astype(int)
        part["mean"] = np.where(suppressed, np.nan, mean)
        part["ci_low"] = np.where(suppressed, np.nan, lo)
        part["ci_high"] = np.where(suppressed, np.nan, hi)
        part["suppressed"] = suppressed
        part["_group"], part["_order"] = np.arange(len(part)), order
        parts.append(part)
    out = pd.concat(parts, ignore_index=True).sort_values(["_group", "_order"], kind="stable")
    return out.drop(columns=["_group", "_order"]).reset_index(drop=True)


def _cluster_bounds(team_s: np.ndarray, team_k: np.ndarray, group: np.ndarray, mean: np.ndarray,
                    k: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Team-clustered 95% bounds of each group's mean over notes (a ratio of team sums): ``J/(J-1) sum_j (s_j -
    mean k_j)^2 / K^2`` on ``J - 1`` df over the group's ``J`` teams with notes; NaN for fewer than two teams."""
    has = team_k > 0
    resid2 = np.where(has, (team_s - mean[group] * team_k) ** 2, 0.0)
    teams = np.bincount(group, has.astype(float), len(mean))
    ss = np.bincount(group, resid2, len(mean))
    with np.errstate(divide="ignore", invalid="ignore"):
        var = np.where(teams > 1, teams / (teams - 1) * ss / k ** 2, np.nan)
        half = stats.t.ppf(0.975, np.maximum(teams - 1, 1)) * np.sqrt(var)
    return mean - half, mean + half


def _cluster_ci(team_s: np.ndarray, team_k: np.ndarray) -> tuple[float, float, float]:
    """Mean over notes and its team-clustered 95% interval (see :func:`_cluster_bounds`) for one group."""
    k = team_k.sum()
    if k == 0:
        return np.nan, np.nan, np.nan
    mean = np.array([team_s.sum() / k])
    lo, hi = _cluster_bounds(team_s, team_k, np.zeros(len(team_s), dtype=int), mean, np.array([k]))
    return float(mean[0]), float(lo[0]), float(hi[0])


def effects_cache(db_path: str | Path, run_id: str) -> Path:
    """Where the estimates for a store's latest run are kept (beside the store): fitting takes seconds to minutes
    on a large store, so the dashboard reads them rather than refit on every page load."""
    db = Path(db_path)
    return db.with_name(f"{db.stem}_effects_{run_id}.parquet")
