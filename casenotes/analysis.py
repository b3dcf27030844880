"""The trends analysis of a scored store, as ``casenotes trends`` runs it: the trial analysis the analysis plan
pre-specifies (:mod:`casenotes.inference`), per-note outcomes for a view of training, suppressed descriptive
aggregates, and the tables saved for analysts.

The statistics are :mod:`casenotes.inference`'s and :mod:`casenotes.trends`'; this module reads the store, puts them
together and saves them, and returns a :class:`TrendsResult` for the caller to print. It prints nothing.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from casenotes.errors import CasenotesWarning, InputError, TrialRefusedError
from casenotes.private import save_table
from casenotes.schemas import DEFAULT_WINDOWS

if TYPE_CHECKING:
    from casenotes.inference.corrected import Corrected
    from casenotes.inference.plan import Plan
    from casenotes.inference.trial import TrialResult
    from casenotes.trends import Suppression
    from casenotes.validation import CodedSample


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
MEASURED_SCALE = ("Estimates are on the classifier's scale (measured): they count the sentences the model labels, "
                  "not the sentences that carry the label, and the model's errors may differ between trained and "
                  "untrained writing.")
MEASURED_CAVEAT = (MEASURED_SCALE + " Code a validation sample (`casenotes validation sample`, then the Annotate "
                   "page or `casenotes validation import`) for corrected estimates.")
DOMAINS_MEASURED = ("Domain outcomes (the audit scores) are always on the classifier's scale: the validation sample "
                    "codes sentences, not notes, so it corrects the label outcomes only.")
CORRECTED_NOTE = ("Label outcomes are given twice: on the classifier's scale (scale 'measured') and corrected for "
                  "its errors with the human-coded validation sample (scale 'corrected': the true-label scale, the "
                  "interval carrying the sample's uncertainty). " + DOMAINS_MEASURED)


@dataclass
class TrendsResult:
    """What :func:`run_trends` computed.

    Attributes:
        view: the view of training used.
        windows: the follow-up window ends in months.
        notes: one row per note with its timepoint, trained status and outcomes.
        estimates: the training effect per outcome and term (the trial analysis; when it was refused, one row per
            planned outcome with the reason in ``method``).
        aggregates: outcomes by borough x timepoint, small groups suppressed.
        plan: the analysis plan followed.
        trial: the trial analysis, or None when it was refused (``refused`` says why).
        refused: why there is no trial inference (too few teams), or None.
        notices: the coded warnings the analysis gave (``[W0..] ...``).
        out_dir: where the tables were saved, if anywhere.
        corrected: the classifier-error-corrected analysis, when a coded validation sample was given or stored.
        validation: the validation sample's record (file and hash, or the stored sample's key, run and coders;
            coded count, frame; ``described``: which sample, how many coded sentences, by whom), when one was used.
    """

    view: str
    windows: tuple[int, int]
    notes: pd.DataFrame
    estimates: pd.DataFrame
    aggregates: pd.DataFrame
    plan: Plan
    trial: TrialResult | None = None
    refused: str | None = None
    notices: list[str] = field(default_factory=list)
    out_dir: Path | None = None
    corrected: Corrected | None = None
    validation: dict[str, Any] | None = None

    @property
    def scale_note(self) -> str:
        """What scale the estimates are on, in words (printed and in the JSON)."""
        if self.corrected is None and self.validation is not None:  # a sample, but the trial analysis was refused
            return f"{MEASURED_SCALE} The validation sample was read; with no trial estimates nothing was corrected."
        if self.corrected is None or self.validation is None:
            return MEASURED_CAVEAT
        return f"{CORRECTED_NOTE} Corrected with {self.validation['described']}."

    @property
    def n_teams(self) -> int:
        return int(self.notes["team_key"].nunique())

    @property
    def n_practitioners(self) -> int:
        return int(self.notes["author_id"].nunique())

    @property
    def analysis(self) -> str:
        """What the view's comparison is, in words (as-treated results are associations, not effects)."""
        if self.view == View.ITT:
            return "intention to treat: each team's allocated training date (the randomised comparison)"
        return ("as treated: each author's own completed training. NON-RANDOMISED: an association, not the effect "
                "of the allocated training; the ITT analysis is the trial's result")

    def to_dict(self) -> dict[str, Any]:
        """The ``casenotes trends --json`` payload (design.md): estimates, how they were made (the plan, its hash,
        the method), notices, counts and the borough aggregates."""
        trial = self.trial
        return {"view": str(self.view), "analysis": self.analysis, "windows_months": list(self.windows),
                "estimates": json.loads(self.estimates.to_json(orient="records")),
                **(trial.report() if trial is not None else {**self.plan.record(), "inference": self.refused}),
                "notices": self.notices,
                "exposure_terms": sorted({t for t in self.estimates["term"] if str(t).startswith("exposure_month_")},
                                         key=lambda t: int(t.rsplit("_", 1)[1])),
                "variance_components": json.loads(trial.components.to_json(orient="records")) if trial else [],
                "n_notes": int(len(self.notes)), "n_teams": self.n_teams,
                "scale": "measured" if self.corrected is None else "measured+corrected", "scale_note": self.scale_note,
                "validation": None if self.corrected is None else {
                    **(self.validation or {}),
                    **{name: json.loads(getattr(self.corrected, name).to_json(orient="records"))
                       for name in ("errors", "differential", "planning")}},
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
               min_notes: int | None = None, min_authors: int | None = None, out_dir: str | Path | None = None,
               fmt: str = TableFormat.CSV, plan: str | Path = "default",
               permutations: int | None = None, validation: str | Path | bool | None = None) -> TrendsResult:
    """Run the analysis plan's trial analysis of a store and aggregate outcomes by borough and timepoint.

    The estimates of the dashboard's analysis (ITT, windows 3 and 6, the shipped plan and its permutations) are kept
    beside the store for its latest run, so the Trends page need not refit them. With too few teams the trial
    analysis is refused (E430/E434): one row per planned outcome with the reason, and the descriptive aggregates.

    Args:
        store_path: a scored store.
        view: ``"itt"`` or ``"as-treated"``.
        windows: follow-up window ends in months after training (descriptive timepoints only).
        min_notes, min_authors: suppression asked for (default: the plan's; never below the configured floor).
        out_dir: if given, estimates, aggregates by borough/team/role and timepoint, the planning table, variance
            components, cluster-period sizes and team summaries are written there (for their owner only).
        fmt: ``"csv"`` or ``"parquet"`` for the tables under ``out_dir``.
        plan: an analysis plan (TOML), or ``"default"`` for the shipped one.
        permutations: randomisation-test permutations (default: the plan's; 0 skips the test).
        validation: a filled sample file, or None for the store's coded one (ITT), for corrected label estimates.

    Raises:
        InputError: an unknown view (E170), bad windows (E171) or format (E280), suppression below the floor (E271),
            a bad plan or validation sample (E500-E508, E598, E599), a sample file with the as-treated view (E510).

    Warns:
        CasenotesWarning: notes whose team has no row in the teams table (W005, ITT view): coded baseline.
    """
    from casenotes.inference.plan import load_plan
    from casenotes.inference.trial import not_estimable
    from casenotes.store import Store, outcomes_of
    from casenotes.trends import aggregate, effects_cache

    bounds = _checked_options(view, windows, fmt, validation)
    the_plan = load_plan(plan)
    rule = _suppression(the_plan, min_notes, min_authors)
    with Store(store_path, read_only=True) as store:
        facts = store.note_facts()  # read once: the trial analysis and the correction take the facts as stored
        run = store.latest_run()
        teams = store.teams()
        coded, sample_notices = _read_sample(validation, store, view == View.ITT)
    notes = outcomes_of(facts, view=str(view), windows=bounds)  # the descriptive view: Store.note_outcomes' rows
    if view == View.ITT:
        warn_unlisted_teams(notes, teams)
    trial, refused, notices = _trial(facts, the_plan, view=str(view), permutations=permutations)
    notices += sample_notices
    estimates = (trial.estimates if trial is not None else  # refused: the contract's rows, with the reason
                 pd.DataFrame([not_estimable(o, refused or "", n_clusters=int(notes["team_key"].nunique()))
                               for o in the_plan.outcomes]))
    if trial is not None and run is not None and _dashboards(view, bounds, plan, permutations):
        save_table(estimates, effects_cache(store_path, str(run["run_id"])))  # 0600, as the store beside it
    estimates, fixed = _with_corrected(estimates, facts, coded, the_plan, trial, notices)
    result = TrendsResult(str(view), bounds, notes, estimates, aggregate(notes, ["borough", "timepoint"], rule=rule),
                          plan=the_plan, trial=trial, refused=refused, notices=notices, corrected=fixed,
                          validation=None if coded is None else coded.record())
    if out_dir is not None:
        result.out_dir = Path(out_dir)
        _save(result, rule=rule, fmt=str(fmt))
    return result


def _checked_options(view: str, windows: Sequence[int], fmt: str,
                     validation: str | Path | bool | None) -> tuple[int, int]:
    """The follow-up windows (checked, E171), once the view (E170) and the table format (E280) are known ones and a
    validation sample comes with the ITT view (E510)."""
    if view not in set(View):
        raise InputError(f"[E170] --view '{view}' is unknown; expected one of {sorted(map(str, View))}.")
    if isinstance(validation, (str, Path)) and view != View.ITT:
        raise InputError(f"[E510] --validation with --view {view}: the validation sample is stratified by the "
                         f"allocated arm, so corrected estimates are for the intention-to-treat view only.")
    bounds = check_windows(windows)
    if fmt not in set(TableFormat):
        raise InputError(f"[E280] --format '{fmt}': expected csv or parquet.")
    return bounds


def _suppression(plan: Plan, min_notes: int | None, min_authors: int | None) -> Suppression:
    """The small-number rule asked for: the plan's by default; the data controller's configured rule is the floor."""
    from casenotes.trends import Suppression

    floor = Suppression.configured()
    return floor.at_least(max(floor.min_notes, plan.min_notes) if min_notes is None else min_notes,
                          max(floor.min_authors, plan.min_authors) if min_authors is None else min_authors)


def _dashboards(view: str, bounds: Sequence[int], plan: str | Path, permutations: int | None) -> bool:
    """Whether this analysis is the one the dashboard shows (ITT, windows 3 and 6, the shipped plan and its
    permutations): only then are its estimates kept for the Trends page, which reads them as that."""
    return (view == View.ITT and tuple(bounds) == tuple(DEFAULT_WINDOWS) and str(plan) == "default"
            and permutations is None)


def _trial(facts: pd.DataFrame, plan: Plan, *, view: str,
           permutations: int | None) -> tuple[TrialResult | None, str | None, list[str]]:
    """The trial analysis, or why it was refused (too few teams: E430/E434), and the coded notices it gave."""
    from casenotes.inference.trial import analyse_trial

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            trial, refused = analyse_trial(facts, plan, view=view, permutations=permutations), None
        except TrialRefusedError as exc:
            trial, refused = None, str(exc)
    return trial, refused, [str(w.message) for w in caught if str(w.message).startswith(("[W0", "[W17"))]


def _read_sample(validation: str | Path | bool | None, store: Any,
                 itt: bool) -> tuple[CodedSample | None, list[str]]:
    """The filled validation sample checked against the open store, else (``None``, ITT view) the store's coded
    sample, or None (``False``, or no sample); and its notices."""
    from casenotes.validation import read_coded, read_stored

    if validation is False or (validation is None and not itt):
        return None, []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        coded = read_coded(validation, store) if isinstance(validation, (str, Path)) else read_stored(store)
    return coded, [str(w.message) for w in caught if str(w.message).startswith("[W09")]


def _with_corrected(estimates: pd.DataFrame, facts: pd.DataFrame, coded: CodedSample | None, plan: Plan,
                    trial: TrialResult | None, notices: list[str]) -> tuple[pd.DataFrame, Corrected | None]:
    """The estimates, each with its ``scale``: the measured ones and, with a coded sample and trial estimates, the
    label outcomes corrected for the classifier's errors (their notices, W091, are added to ``notices``)."""
    from casenotes.inference.corrected import correct
    from casenotes.validation import load_settings

    estimates = estimates.assign(scale="measured")
    if coded is None or trial is None:
        return estimates, None
    settings = load_settings()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fixed = correct(facts, coded.rows, coded.frame, plan, measured=trial.estimates, alpha=settings.alpha,
                        planning_grid=settings.planning_per_stratum, target_ratio=settings.target_ratio)
    notices += [str(w.message) for w in caught if str(w.message).startswith("[W09")]
    return pd.concat([estimates, fixed.estimates.assign(scale="corrected")], ignore_index=True), fixed


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
    from casenotes.inference.planning import planning_table
    from casenotes.inference.summaries import team_summaries
    from casenotes.private import open_private, private_dir
    from casenotes.trends import aggregate

    out_dir, notes, trial = result.out_dir, result.notes, result.trial
    assert out_dir is not None, "_save runs only for a result with an out_dir"
    private_dir(out_dir)
    tables = {"estimates": result.estimates, "aggregates_borough_timepoint": result.aggregates,
              "aggregates_team_timepoint": aggregate(notes, ["borough", "team", "timepoint"], rule=rule),
              "aggregates_role_timepoint": aggregate(notes, ["author_role", "timepoint"], rule=rule),
              "planning_mdes": planning_table(result.plan, trial.components if trial is not None else None)}
    if result.corrected is not None:
        tables.update({f"validation_{name}": getattr(result.corrected, name)
                       for name in ("errors", "differential", "planning")})
    if trial is not None:
        tables["variance_components"] = trial.components
        tables["cluster_period_sizes"] = trial.cluster_periods
    for name, table in tables.items():
        save_table(table, out_dir / f"{name}.{fmt}")
    summaries = (team_summaries(trial.cells, result.plan, min_notes=rule.min_notes) if trial is not None
                 else [result.refused or ""])
    with open_private(out_dir / "team_summaries.md", encoding="utf-8") as fh:
        fh.write("# Team summaries\n\n" + "\n\n".join(summaries) + "\n")
