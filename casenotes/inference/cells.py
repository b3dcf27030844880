"""Cluster-period summaries: the notes of one team in one calendar month reduced to one row per outcome.

A stepped-wedge trial has few clusters and many notes, so the analysis unit is the team x month cell (Thompson et
al., Stat Med 2018; Hughes et al., Biometrics 2020): within a cell every note shares the team's allocation and
the month's secular conditions, so summarising loses nothing the comparison needs, and a cell of 3 notes and a
cell of 500 are both one observation whose weight grows with its size only up to the limit that team x month
variation sets. Cells keep the sizes and within-cell variances that the weights and the variance-component
(ICC, CAC) estimates need.

Label outcomes are counts out of sentences: a cell's rate is its labelled sentences per 100 sentences (a ratio of
sums, so longer notes after training do not change what is estimated). Audit domains are ordinal 1-4 scores; they
are analysed at the case level: a case's notes in the month are averaged and the case counts as showing the
practice when that mean reaches the plan's ``good_at`` (the study's case-file audit, dichotomised as pre-specified).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from casenotes.errors import InputError
from casenotes.inference.plan import Outcome, Plan
from casenotes.store import team_keys

REQUIRED = ("borough", "team", "recorded_at", "trained_at", "n_sentences")
"""Columns the per-note frame must have besides the counts of the plan's labels (``Store.note_facts()`` gives them
all); ``team_key`` (computed by the store's definition when absent), ``case_id``, ``author_id`` and the domain
scores are used when present."""


@dataclass(frozen=True)
class Cells:
    """Team x month summaries for every planned outcome.

    Attributes:
        frame: one row per team and month: ``team_key``, ``stratum``, ``month`` (months since year 0), ``n_notes``,
            ``n_sentences``, ``treated_share`` (notes by authors trained by then, when the roster says);
            per outcome key ``k``: ``y|k`` (cell value), ``m|k`` (units: notes or cases), ``v|k`` (sampling
            variance of the cell value, NaN for one unit).
        teams: one row per team: ``team_key``, ``stratum``, ``step`` (training month, NaN if never trained).
    """

    frame: pd.DataFrame
    teams: pd.DataFrame

    def steps(self) -> np.ndarray:
        """Each cell's team's training month (NaN: never trained), in ``frame`` order."""
        return self.frame["team_key"].map(self.teams.set_index("team_key")["step"]).to_numpy(dtype=float)


def month_index(dates: pd.Series) -> np.ndarray:
    """Calendar month as a whole number (year * 12 + month - 1); NaN where there is no date."""
    when = pd.to_datetime(dates)
    return (when.dt.year * 12 + when.dt.month - 1).to_numpy(dtype=float)


def build_cells(notes: pd.DataFrame, plan: Plan) -> Cells:
    """Summarise per-note rows (``Store.note_facts()`` columns) into team x month cells for the plan's outcomes.

    Raises:
        InputError: [E432] a required column is missing; [E433] a team has two different training dates.
    """
    required = [*REQUIRED, *(f"n_{o.name}" for o in plan.outcomes if o.kind == "label_rate_per_100_sentences")]
    missing = [c for c in required if c not in notes]
    if missing:
        raise InputError(f"[E432] the notes for trial inference lack column(s) {missing}; expected the columns "
                         f"of Store.note_facts(): {required}.")
    month = month_index(notes["recorded_at"])
    dated = np.isfinite(month)
    notes, month = notes[dated], month[dated].astype(int)
    # the team's name is the store's (carried in the note facts), so the trial's clusters are the dashboard's teams
    team_code, team_names = pd.factorize(team_keys(notes).to_numpy(dtype=object), sort=True)
    team_names = np.asarray(team_names, dtype=object)
    b_code, b_names = pd.factorize(notes["borough"], use_na_sentinel=False)
    first_note = np.unique(team_code, return_index=True)[1]
    borough = np.array(["?" if pd.isna(v) else str(v) for v in b_names], dtype=object)[b_code[first_note]]
    step = month_index(notes["trained_at"])
    teams = pd.DataFrame({"team_key": team_names, "stratum": borough,
                          "step": _first_finite(step, team_code, len(team_names))})
    moved = np.isfinite(step) & (step != teams["step"].to_numpy()[team_code])
    if moved.any():
        raise InputError(f"[E433] team '{team_names[team_code[moved][0]]}' has more than one training date in the "
                         f"notes; the ITT analysis needs one allocated date per team (correct the teams table).")
    first = month.min() if len(month) else 0
    span = (month.max() - first + 1) if len(month) else 1
    cell_code, cell_keys = pd.factorize(team_code * span + (month - first), sort=True)
    frame = pd.DataFrame({"team_key": team_names[cell_keys // span], "stratum": teams["stratum"].to_numpy()[cell_keys // span],
                          "month": cell_keys % span + first, "n_notes": np.bincount(cell_code, minlength=len(cell_keys))})
    sentences = pd.to_numeric(notes["n_sentences"], errors="coerce").fillna(0).to_numpy(dtype=float)
    frame["n_sentences"] = np.bincount(cell_code, sentences, len(cell_keys))
    if "author_trained_at" in notes:  # the as-treated view: the share of the cell's notes by trained authors
        own = pd.to_datetime(notes["author_trained_at"])
        treated = (own.notna() & (pd.to_datetime(notes["recorded_at"]) >= own)).to_numpy(dtype=float)
        frame["treated_share"] = np.bincount(cell_code, treated, len(cell_keys)) / frame["n_notes"].to_numpy()
    # a note without a case is a case of its own: it is never pooled with other notes
    case = pd.factorize(notes["case_id"])[0] if "case_id" in notes else np.full(len(notes), -1)
    case = np.where(case < 0, case.max(initial=0) + 1 + np.arange(len(notes)), case)
    for outcome in plan.outcomes:
        if outcome.kind == "label_rate_per_100_sentences":
            y, m, v = _label_cells(notes, cell_code, len(cell_keys), outcome)
        else:
            y, m, v = _domain_cells(notes, cell_code, len(cell_keys), outcome, case, plan.good_at)
        frame[f"y|{outcome.key}"], frame[f"m|{outcome.key}"], frame[f"v|{outcome.key}"] = y, m.astype(int), v
    return Cells(frame=frame, teams=teams)


def _first_finite(values: np.ndarray, code: np.ndarray, n: int) -> np.ndarray:
    out = np.full(n, np.nan)
    ok = np.isfinite(values)
    out[code[ok][::-1]] = values[ok][::-1]
    return out


def _label_cells(notes: pd.DataFrame, cell: np.ndarray, n_cells: int, outcome: Outcome) -> tuple[np.ndarray, ...]:
    """Rate per 100 sentences (a ratio of sums) and its linearised sampling variance over the cell's notes."""
    n = pd.to_numeric(notes["n_sentences"], errors="coerce").to_numpy(dtype=float)
    k = pd.to_numeric(notes[f"n_{outcome.name}"], errors="coerce").to_numpy(dtype=float)
    ok = np.isfinite(n) & np.isfinite(k) & (n > 0)
    c, n, k = cell[ok], n[ok], k[ok]
    m = np.bincount(c, minlength=n_cells).astype(float)
    sum_n, sum_k = np.bincount(c, n, n_cells), np.bincount(c, k, n_cells)
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = sum_k / sum_n
        nbar = sum_n / m
        z2 = np.bincount(c, (k - rate[c] * n) ** 2 / nbar[c] ** 2, n_cells)
        var = np.where(m > 1, z2 / (m * (m - 1)), np.nan) * 100.0 ** 2
    return 100.0 * rate, m, var


def _domain_cells(notes: pd.DataFrame, cell: np.ndarray, n_cells: int, outcome: Outcome, case: np.ndarray,
                  good_at: float) -> tuple[np.ndarray, ...]:
    """Share (%) of the cell's cases whose mean domain score in the month reaches ``good_at``."""
    if outcome.name not in notes:
        return np.full(n_cells, np.nan), np.zeros(n_cells), np.full(n_cells, np.nan)
    score = pd.to_numeric(notes[outcome.name], errors="coerce").to_numpy(dtype=float)
    ok = np.isfinite(score)
    unit, unit_keys = pd.factorize(cell[ok].astype(np.int64) * (case.max(initial=0) + 1) + case[ok])
    unit_mean = np.bincount(unit, score[ok]) / np.bincount(unit)
    good = (unit_mean >= good_at).astype(float)
    unit_cell = unit_keys // (case.max(initial=0) + 1)
    m = np.bincount(unit_cell, minlength=n_cells).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.bincount(unit_cell, good, n_cells) / m
        var = np.where(m > 1, share * (1 - share) / (m - 1), np.nan) * 100.0 ** 2
    return 100.0 * share, m, var
