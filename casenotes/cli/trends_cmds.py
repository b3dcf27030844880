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
    min_notes: Annotated[int | None, typer.Option(min=1, help="Suppress groups with fewer notes (default and "
                                                  "floor: CASENOTES_MIN_NOTES, else 10).")] = None,
    min_authors: Annotated[int | None, typer.Option(min=1, help="Suppress groups written by fewer practitioners "
                                                    "(default and floor: CASENOTES_MIN_AUTHORS, else 2).")] = None,
    view: Annotated[str, typer.Option(help="'itt' (team allocation) or 'as-treated' (author's own training).")] = "itt",
    windows: Annotated[str, typer.Option(help="Follow-up window ends in months after training.")] = "3,6",
    fmt: Annotated[str, typer.Option("--format", help="Tables under --out as 'csv' or 'parquet'.")] = "csv",
) -> None:
    """Estimate the training effect per outcome (MixedLM, random intercept per team) and aggregate by timepoint."""
    from casenotes.store import DEFAULT_WINDOWS, VIEWS, Store
    from casenotes.errors import InputError
    from casenotes.trends import Suppression, aggregate, effects_cache, fit_effects, planning_table, team_summaries

    rule = Suppression.configured().at_least(min_notes, min_authors)

    if view not in VIEWS:
        raise InputError(f"[E170] --view '{view}' is unknown; expected one of {sorted(VIEWS)}.")
    try:
        bounds = tuple(int(w) for w in windows.split(","))
        assert len(bounds) == 2 and 0 < bounds[0] < bounds[1]
    except (ValueError, AssertionError):
        raise InputError(f"[E171] --windows '{windows}': expected two increasing month counts, e.g. 3,6.") from None
    if fmt not in ("csv", "parquet"):
        raise InputError(f"[E280] --format '{fmt}': expected csv or parquet.")
    with Store(db, read_only=True) as store:
        notes = store.note_outcomes(view=view, windows=bounds)
        run = store.latest_run()
    estimates = fit_effects(notes)
    if view == "itt" and bounds == DEFAULT_WINDOWS and run is not None:  # the dashboard's view: save it for Trends
        estimates.to_parquet(effects_cache(db, str(run["run_id"])), index=False)
    by_tp = aggregate(notes, ["borough", "timepoint"], rule=rule)
    if out_dir:
        from casenotes.private import open_private, private_dir, save_table

        private_dir(out_dir)
        tables = {"estimates": estimates, "aggregates_borough_timepoint": by_tp,
                  "aggregates_team_timepoint": aggregate(notes, ["borough", "team", "timepoint"], rule=rule),
                  "aggregates_role_timepoint": aggregate(notes, ["author_role", "timepoint"], rule=rule),
                  "planning_mdes": planning_table(notes, estimates)}
        for name, table in tables.items():
            save_table(table, out_dir / f"{name}.{fmt}")
        with open_private(out_dir / "team_summaries.md", encoding="utf-8") as fh:
            fh.write("# Team summaries\n\n" + "\n\n".join(team_summaries(notes, min_notes=rule.min_notes)) + "\n")
    if as_json:
        payload = {"view": view, "windows_months": list(bounds),
                   "estimates": json.loads(estimates.to_json(orient="records")),
                   "n_notes": int(len(notes)), "n_teams": int(notes["team_key"].nunique()),
                   "aggregates": json.loads(by_tp.to_json(orient="records"))}
        typer.echo(json.dumps(payload))
        return
    out.print(f"{len(notes)} notes, {notes['team_key'].nunique()} teams, {notes['author_id'].nunique()} practitioners "
              f"({view} view)")
    for e in estimates.itertuples():
        out.print(f"{e.outcome:>24} {'(domain)' if e.kind == 'domain_score' else '(per 100)':>9}  trained "
                  f"{e.estimate:+8.3f}  95% CI [{e.ci_low:+.3f}, {e.ci_high:+.3f}]  p={e.p:.3g}  "
                  f"clusters={e.n_clusters}  ICC team={e.icc:.3f} practitioner={e.icc_practitioner:.3f}")
    if out_dir:
        out.print(f"saved to {out_dir}")


@app.command("validate-trends")
def validate_trends_cli(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for results.csv, summary.csv, verdict.json.")],
    sims: Annotated[int, typer.Option(min=1, help="Simulated trials per scenario (null and effect).")] = 100,
    notes: Annotated[int, typer.Option(min=50, help="Notes per simulated trial.")] = 600,
    model: Annotated[str, typer.Option(help="Model that scores each trial, or 'truth' for the generator's labels "
                                       "(checks the statistics alone).")] = "linear-v1",
    seed: Annotated[int, typer.Option(help="First trial seed.")] = 0,
    calibration_notes: Annotated[int, typer.Option(min=100, help="Notes in the corpus that measures what the "
                                                   "model sees of each kind of sentence.")] = 2000,
    check: Annotated[bool, typer.Option(help="Exit 1 unless coverage is within 90-98% and the zero-effect "
                                        "false-positive rate within 2-9%.")] = False,
) -> None:
    """Simulate trials with known effects (and none), score them, fit the trends models, and report 95% CI
    coverage and the false-positive rate at zero effect."""
    from rich.progress import Progress

    from casenotes import simulate

    settings = simulate.Settings(notes=notes, model=None if model == "truth" else model)
    with Progress(transient=True) as bar:
        task = bar.add_task("simulating trials", total=sims * len(simulate.DEFAULT_SCENARIOS))
        results, m = simulate.run(settings, sims=sims, seed=seed, calibration_notes=calibration_notes,
                                  progress=lambda done, total: bar.update(task, completed=done))
    paths = simulate.save(out_dir, results, m, settings)
    summary = simulate.summarise(results)
    verdict = simulate.verdict(results)
    for r in summary.itertuples():
        out.print(f"{r.scenario:>7} {r.scale:>8} {r.kind:<30} trials={r.trials:<4} coverage={r.coverage:.3f} "
                  f"[{r.coverage_ci_low:.3f}, {r.coverage_ci_high:.3f}]  rejected={r.rejection_rate:.3f}  "
                  f"bias={r.mean_bias:+.3f}")
    out.print(f"coverage {verdict['coverage']:.3f} over {verdict['coverage_estimates']} estimates (target 0.90-0.98); "
              f"false-positive rate {verdict['false_positive_rate']:.3f} over {verdict['null_estimates']} null "
              f"estimates (target 0.02-0.09); saved to {paths['verdict'].parent}")
    if check and not (verdict["coverage_in_band"] and verdict["false_positive_rate_in_band"]):
        raise typer.Exit(1)
