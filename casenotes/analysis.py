"""The trends analysis of a scored store, as ``casenotes trends`` runs it: per-note outcomes for a view of training,
mixed-effects estimates of the training effect, suppressed aggregates, and the tables saved for analysts.

The statistics are :mod:`casenotes.trends`'; this module reads the store, puts them together and saves them, and
returns a :class:`TrendsResult` for the caller to print. It prints nothing.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from casenotes.errors import CasenotesWarning, InputError
from casenotes.schemas import DEFAULT_WINDOWS

if TYPE_CHECKING:
    from casenotes.trends import Suppression


class View(StrEnum):
    """Whose training makes a note 'trained' (the keys of :data:`casenotes.trends.VIEWS`): the team's allocated
    date (intention to treat) or the author's own completed course (as treated)."""

    ITT = "itt"
    AS_TREATED = "as-treated"


class TableFormat(StrEnum):
    """How the tables under ``out_dir`` are written."""

    CSV = "csv"
    PARQUET = "parquet"


SHOWN_TEAMS = 3
"""How many of the teams a warning is about it names."""


@dataclass
class TrendsResult:
    """What :func:`run_trends` computed.

    Attributes:
        view: the view of training used.
        windows: the follow-up window ends in months.
        notes: one row per note with its timepoint, trained status and outcomes.
        estimates: the training effect per outcome (``casenotes.trends.fit_effects``).
        aggregates: outcomes by borough x timepoint, small groups suppressed.
        out_dir: where the tables were saved, if anywhere.
    """

    view: str
    windows: tuple[int, int]
    notes: pd.DataFrame
    estimates: pd.DataFrame
    aggregates: pd.DataFrame
    out_dir: Path | None = None

    @property
    def n_teams(self) -> int:
        return int(self.notes["team_key"].nunique())

    @property
    def n_practitioners(self) -> int:
        return int(self.notes["author_id"].nunique())

    def to_dict(self) -> dict[str, Any]:
        """The ``casenotes trends --json`` payload (design.md): estimates, counts and the borough aggregates."""
        return {"view": str(self.view), "windows_months": list(self.windows),
                "estimates": json.loads(self.estimates.to_json(orient="records")),
                "n_notes": int(len(self.notes)), "n_teams": self.n_teams,
                "aggregates": json.loads(self.aggregates.to_json(orient="records"))}


def parse_windows(text: str) -> tuple[int, int]:
    """``"3,6"`` -> ``(3, 6)``.

    Raises:
        InputError: not two whole numbers, or not increasing from above 0 (E171).
    """
    try:
        return check_windows([int(w) for w in text.split(",")])
    except ValueError:  # InputError is a ValueError too: one message for both
        raise InputError(f"[E171] --windows '{text}': expected two increasing month counts, e.g. 3,6.") from None


def check_windows(windows: Sequence[int]) -> tuple[int, int]:
    """``windows`` as a pair of increasing month counts above 0, or InputError (E171)."""
    if len(windows) != 2 or not 0 < windows[0] < windows[1]:
        raise InputError(f"[E171] --windows {','.join(map(str, windows))}: expected two increasing month counts, "
                         f"e.g. 3,6.")
    return int(windows[0]), int(windows[1])


def run_trends(store_path: str | Path, *, view: str = View.ITT, windows: Sequence[int] = DEFAULT_WINDOWS,
               rule: Suppression | None = None, out_dir: str | Path | None = None,
               fmt: str = TableFormat.CSV) -> TrendsResult:
    """Estimate the training effect per outcome and aggregate outcomes by borough and timepoint.

    The estimates of the dashboard's view (intention to treat, windows 3 and 6) are also kept beside the store for
    its latest run, so the Trends page need not refit them.

    Args:
        store_path: a scored store.
        view: ``"itt"`` or ``"as-treated"``.
        windows: follow-up window ends in months after training.
        rule: the small-number suppression for aggregates (default: the configured floor).
        out_dir: if given, estimates, aggregates by borough/team/role and timepoint, the planning table and team
            summaries are written there (for their owner only).
        fmt: ``"csv"`` or ``"parquet"`` for the tables under ``out_dir``.

    Raises:
        InputError: an unknown view (E170), bad windows (E171) or format (E280).

    Warns:
        CasenotesWarning: notes whose team has no row in the teams table (W005), in the intention-to-treat view:
            they are coded baseline.
    """
    from casenotes.store import Store
    from casenotes.trends import Suppression, aggregate, effects_cache, fit_effects

    if view not in set(View):
        raise InputError(f"[E170] --view '{view}' is unknown; expected one of {sorted(map(str, View))}.")
    bounds = check_windows(windows)
    if fmt not in set(TableFormat):
        raise InputError(f"[E280] --format '{fmt}': expected csv or parquet.")
    rule = rule or Suppression.configured()
    with Store(store_path, read_only=True) as store:
        notes = store.note_outcomes(view=str(view), windows=bounds)
        run = store.latest_run()
        teams = store.teams()
    if view == View.ITT:
        warn_unlisted_teams(notes, teams)
    estimates = fit_effects(notes)
    if view == View.ITT and bounds == DEFAULT_WINDOWS and run is not None:  # the dashboard's view: kept for it
        estimates.to_parquet(effects_cache(store_path, str(run["run_id"])), index=False)
    result = TrendsResult(str(view), bounds, notes, estimates, aggregate(notes, ["borough", "timepoint"], rule=rule))
    if out_dir is not None:
        result.out_dir = Path(out_dir)
        _save(result, rule=rule, fmt=str(fmt))
    return result


def warn_unlisted_teams(facts: pd.DataFrame, teams: pd.DataFrame) -> None:
    """Warn (W005) about notes without a given timepoint whose team (as placed in ``note_facts``) has no row in
    the ``teams`` table: they are coded baseline, untrained, whatever happened in that team."""
    listed = set(zip(teams["borough"].fillna(""), teams["team"].fillna("")))
    placed = pd.Series(list(zip(facts["borough"].fillna(""), facts["team"].fillna(""))), index=facts.index)
    unlisted = placed[facts["timepoint_given"].isna() & ~placed.isin(listed)]
    if unlisted.empty:
        return
    missing = sorted(set(unlisted))
    shown = ", ".join(f"{borough or '(no borough)'} / {team or '(no team)'}" for borough, team in missing[:SHOWN_TEAMS])
    warnings.warn(f"[W005] {len(unlisted)} notes of {len(missing)} team(s) (e.g. {shown}) have no row in the teams "
                  f"table, so they are coded baseline; give every team a row in the --teams table (an empty "
                  f"trained_at for a team not trained).", CasenotesWarning, stacklevel=3)


def _save(result: TrendsResult, *, rule: Suppression, fmt: str) -> None:
    """Write the tables and team summaries of ``result`` under ``result.out_dir``, for their owner only."""
    from casenotes.private import open_private, private_dir, save_table
    from casenotes.trends import aggregate, planning_table, team_summaries

    out_dir, notes = result.out_dir, result.notes
    private_dir(out_dir)
    tables = {"estimates": result.estimates, "aggregates_borough_timepoint": result.aggregates,
              "aggregates_team_timepoint": aggregate(notes, ["borough", "team", "timepoint"], rule=rule),
              "aggregates_role_timepoint": aggregate(notes, ["author_role", "timepoint"], rule=rule),
              "planning_mdes": planning_table(notes, result.estimates)}
    for name, table in tables.items():
        save_table(table, out_dir / f"{name}.{fmt}")
    with open_private(out_dir / "team_summaries.md", encoding="utf-8") as fh:
        fh.write("# Team summaries\n\n" + "\n\n".join(team_summaries(notes, min_notes=rule.min_notes)) + "\n")
