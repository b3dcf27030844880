"""``casenotes trends``: aggregates and mixed-effects estimates from a store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from casenotes.cli import app, out


@app.command("trends")
def trends_cli(
    db: Annotated[Path, typer.Option("--db", exists=True, dir_okay=False, help="DuckDB store.")],
    out_dir: Annotated[Path | None, typer.Option("--out", help="Folder for estimates.csv and aggregates.csv.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print {\"estimates\": [...], ...} as JSON.")] = False,
    min_notes: Annotated[int, typer.Option(min=1, help="Suppress groups with fewer notes.")] = 10,
    view: Annotated[str, typer.Option(help="'itt' (team allocation) or 'as-treated' (author's own training).")] = "itt",
    windows: Annotated[str, typer.Option(help="Follow-up window ends in months after training.")] = "3,6",
) -> None:
    """Estimate the training effect per outcome (MixedLM, random intercept per team) and aggregate by timepoint."""
    from casenotes.store import Store
    from casenotes.errors import InputError
    from casenotes.trends import (VIEWS, aggregate, assign_timepoints, fit_effects, note_outcomes, planning_table,
                                  team_summaries)

    if view not in VIEWS:
        raise InputError(f"[E170] --view '{view}' is unknown; expected one of {sorted(VIEWS)}.")
    try:
        bounds = tuple(int(w) for w in windows.split(","))
        assert len(bounds) == 2 and 0 < bounds[0] < bounds[1]
    except (ValueError, AssertionError):
        raise InputError(f"[E171] --windows '{windows}': expected two increasing month counts, e.g. 3,6.") from None
    with Store(db, read_only=True) as store:
        notes = note_outcomes(assign_timepoints(store.note_facts(), view=view, windows=bounds))
    estimates = fit_effects(notes)
    by_tp = aggregate(notes, ["borough", "timepoint"], min_notes=min_notes)
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
        estimates.to_csv(out_dir / "estimates.csv", index=False)
        by_tp.to_csv(out_dir / "aggregates_borough_timepoint.csv", index=False)
        aggregate(notes, ["borough", "team", "timepoint"], min_notes=min_notes).to_csv(
            out_dir / "aggregates_team_timepoint.csv", index=False)
        aggregate(notes, ["author_role", "timepoint"], min_notes=min_notes).to_csv(
            out_dir / "aggregates_role_timepoint.csv", index=False)
        planning_table(notes, estimates).to_csv(out_dir / "planning_mdes.csv", index=False)
        (out_dir / "team_summaries.md").write_text(
            "# Team summaries\n\n" + "\n\n".join(team_summaries(notes, min_notes=min_notes)) + "\n", encoding="utf-8")
    if as_json:
        payload = {"view": view, "windows_months": list(bounds),
                   "estimates": json.loads(estimates.to_json(orient="records")),
                   "n_notes": int(len(notes)), "n_teams": int(notes["team_key"].nunique()),
                   "aggregates": json.loads(by_tp.to_json(orient="records"))}
        typer.echo(json.dumps(payload))
        return
    out.print(f"{len(notes)} notes, {notes['team_key'].nunique()} teams")
    for e in estimates.itertuples():
        out.print(f"{e.outcome:>24}  trained {e.estimate:+8.3f}  95% CI [{e.ci_low:+.3f}, {e.ci_high:+.3f}]  "
                  f"p={e.p:.3g}  clusters={e.n_clusters}")
    if out_dir:
        out.print(f"saved to {out_dir}")
