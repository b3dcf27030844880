"""Plain-language team summaries that a team lead cannot mistake for an effect estimate.

A team's own before/after change mixes training with everything else that changed over those months (caseload,
policy, the season), so each change is shown beside the change over the same months in the teams that had not yet
been trained, and the whole paragraph says it is descriptive. No intervals: one team is one cluster, and an
interval over its notes would claim a precision that the trial does not have. The trial's estimate is the primary
analysis, not these.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from casenotes.inference.cells import Cells
from casenotes.inference.plan import Plan
from casenotes.schemas import LABEL_INFO, LABELS

CAVEAT = ("Descriptive, not an effect estimate: a team's change before and after its training is shown beside the "
          "change over the same months in teams not yet trained; the trial's estimate of the training effect is "
          "the primary analysis in estimates.csv.")


def team_changes(cells: Cells, *, min_notes: int) -> pd.DataFrame:
    """Per trained team and label: its rate before and after its training and, over the same months, the rate in
    teams not yet trained (labelled sentences per 100, pooled over cells).

    Returns one row per team and label with ``team_key``, ``borough``, ``trained`` (its training month,
    ``YYYY-MM``), ``n_before``, ``n_after`` (its notes), ``enough`` (every side - the team before or after, the
    comparison teams in either set of months - has at least ``min_notes`` notes), ``outcome`` and the four rates
    ``before``, ``after``, ``others_before``, ``others_after`` (NaN when not ``enough``: small sides are not shown).
    """
    frame = cells.frame
    steps = cells.steps()
    month = frame["month"].to_numpy()
    rows = []
    for team in cells.teams.itertuples():
        if not np.isfinite(team.step):
            continue
        own = (frame["team_key"] == team.team_key).to_numpy()
        before_months = set(month[own & (month < team.step)])
        after_months = set(month[own & (month >= team.step)])
        waiting = ~own & ~(steps <= month)  # other teams not yet trained in that month (or never)
        sides = {"before": own & np.isin(month, list(before_months)), "after": own & np.isin(month, list(after_months)),
                 "others_before": waiting & np.isin(month, list(before_months)),
                 "others_after": waiting & np.isin(month, list(after_months))}
        counts = {k: int(frame.loc[v, "n_notes"].sum()) for k, v in sides.items()}
        enough = min(counts.values()) >= min_notes
        for name in LABELS:
            key = f"y|{name}:label_rate_per_100_sentences"
            if key not in frame:
                continue
            rates = {k: _pooled(frame.loc[v], key) if enough else np.nan for k, v in sides.items()}
            rows.append({"team_key": team.team_key, "borough": team.stratum, "trained": _month_name(int(team.step)),
                         "n_before": counts["before"], "n_after": counts["after"], "enough": enough,
                         "outcome": name, **rates})
    return pd.DataFrame(rows, columns=["team_key", "borough", "trained", "n_before", "n_after", "enough", "outcome",
                                       "before", "after", "others_before", "others_after"])


def team_summaries(cells: Cells, plan: Plan, *, min_notes: int) -> list[str]:
    """One paragraph per trained team, comparing its change with not-yet-trained teams' over the same months.

    A side (the team before or after, or the comparison teams in either set of months) with fewer than
    ``min_notes`` notes is not summarised.
    """
    lines = [CAVEAT]
    for team_key, rows in team_changes(cells, min_notes=min_notes).groupby("team_key", sort=False):
        first = rows.iloc[0]
        label = f"{team_key} (trained {first['trained']})"
        if not first["enough"]:
            lines.append(f"{label}: too few notes to summarise (fewer than {min_notes} notes in this team or in the "
                         f"not-yet-trained teams before or after its training).")
            continue
        parts = []
        for r in rows.itertuples():
            own_change, other_change = r.after - r.before, r.others_after - r.others_before
            parts.append(f"{LABEL_INFO[r.outcome].phrase} {r.before:.1f} -> {r.after:.1f} per 100 sentences "
                         f"({own_change:+.1f}); not-yet-trained teams over the same months {r.others_before:.1f}"
                         f" -> {r.others_after:.1f} ({other_change:+.1f}); difference {own_change - other_change:+.1f}")
        lines.append(f"{label}; {first['n_before']} notes before, {first['n_after']} after; descriptive: "
                     + "; ".join(parts) + ".")
    return lines


def _pooled(frame: pd.DataFrame, key: str) -> float:
    """Labelled sentences per 100 over the cells (a cell's rate weighted by its sentences)."""
    ok = frame[key].notna()
    weight = frame.loc[ok, "n_sentences"]
    return float((frame.loc[ok, key] * weight).sum() / weight.sum()) if weight.sum() > 0 else float("nan")


def _month_name(month: int) -> str:
    return f"{month // 12}-{month % 12 + 1:02d}"
