"""``casenotes trends``: the trial analysis of a store (as its analysis plan says) and descriptive aggregates;
``casenotes validate-trends``: the simulation check of that analysis."""

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
    view: Annotated[str, typer.Option(help="'itt' (team allocation: the trial analysis) or 'as-treated' (author's "
                                      "own training: non-randomised, an association).")] = "itt",
    windows: Annotated[str, typer.Option(help="Follow-up window ends in months after training (descriptive "
                                         "aggregates; the model's timepoints are the plan's).")] = "3,6",
    fmt: Annotated[str, typer.Option("--format", help="Tables under --out as 'csv' or 'parquet'.")] = "csv",
    plan_path: Annotated[str, typer.Option("--plan", help="Analysis plan (TOML), or 'default' for the shipped "
                                           "analysis_plan.v1.toml; its SHA-256 is reported.")] = "default",
    permutations: Annotated[int | None, typer.Option(min=0, help="Randomisation-test permutations (default: the "
                                                     "plan's; 0 skips the test).")] = None,
) -> None:
    """Estimate the training effect per outcome as the analysis plan says (stepped-wedge cluster-period analysis,
    exposure-time effects, small-sample inference) and aggregate by timepoint."""
    import warnings

    import pandas as pd

    from casenotes.errors import InputError
    from casenotes.inference.plan import load_plan
    from casenotes.inference.planning import planning_table
    from casenotes.inference.summaries import team_summaries
    from casenotes.inference.trial import VIEWS as TRIAL_VIEWS
    from casenotes.inference.trial import analyse_trial, not_estimable
    from casenotes.store import Store
    from casenotes.trends import VIEWS, Suppression, aggregate, assign_timepoints, effects_cache, note_outcomes

    plan = load_plan(plan_path)
    # the plan's suppression is the default; the data controller's configured rule is the floor
    floor = Suppression.configured()
    rule = floor.at_least(max(floor.min_notes, plan.min_notes) if min_notes is None else min_notes,
                          max(floor.min_authors, plan.min_authors) if min_authors is None else min_authors)

    if view not in VIEWS or view not in TRIAL_VIEWS:
        raise InputError(f"[E170] --view '{view}' is unknown; expected one of {sorted(VIEWS)}.")
    try:
        bounds = tuple(int(w) for w in windows.split(","))
        assert len(bounds) == 2 and 0 < bounds[0] < bounds[1]
    except (ValueError, AssertionError):
        raise InputError(f"[E171] --windows '{windows}': expected two increasing month counts, e.g. 3,6.") from None
    if fmt not in ("csv", "parquet"):
        raise InputError(f"[E280] --format '{fmt}': expected csv or parquet.")
    with Store(db, read_only=True) as store:
        facts = store.note_facts()
        runs = store.query("SELECT run_id FROM runs ORDER BY started_at DESC LIMIT 1")
    notes = note_outcomes(assign_timepoints(facts, view=view, windows=bounds))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = analyse_trial(facts, plan, view=view, permutations=permutations)
            refused = None
        except InputError as exc:  # too few teams for trial inference: descriptive results only
            if "[E430]" not in str(exc) and "[E434]" not in str(exc):
                raise
            result, refused = None, str(exc)
    notices = [str(w.message) for w in caught if str(w.message).startswith("[W0")]
    estimates = (result.estimates if result is not None else  # refused: the contract's rows, with the reason
                 pd.DataFrame([not_estimable(o, refused, n_clusters=int(notes["team_key"].nunique()))
                               for o in plan.outcomes]))
    if view == "itt" and bounds == (3, 6) and not runs.empty and result is not None:  # the dashboard reads it
        estimates.to_parquet(effects_cache(db, str(runs.iloc[0, 0])), index=False)
    by_tp = aggregate(notes, ["borough", "timepoint"], rule=rule)
    if out_dir:
        from casenotes.private import open_private, private_dir, save_table

        private_dir(out_dir)
        tables = {"estimates": estimates, "aggregates_borough_timepoint": by_tp,
                  "aggregates_team_timepoint": aggregate(notes, ["borough", "team", "timepoint"], rule=rule),
                  "aggregates_role_timepoint": aggregate(notes, ["author_role", "timepoint"], rule=rule),
                  "planning_mdes": planning_table(plan, result.components if result is not None else None)}
        if result is not None:
            tables["variance_components"] = result.components
            tables["cluster_period_sizes"] = result.cluster_periods
        for name, table in tables.items():
            save_table(table, out_dir / f"{name}.{fmt}")
        summaries = (team_summaries(result.cells, plan, min_notes=rule.min_notes) if result is not None
                     else [refused or ""])
        with open_private(out_dir / "team_summaries.md", encoding="utf-8") as fh:
            fh.write("# Team summaries\n\n" + "\n\n".join(summaries) + "\n")
    analysis = ("intention to treat: each team's allocated training date (the randomised comparison)" if view == "itt"
                else "as treated: each author's own completed training. NON-RANDOMISED: an association, not the "
                     "effect of the allocated training; the ITT analysis is the trial's result")
    if as_json:
        payload = {"view": view, "analysis": analysis, "windows_months": list(bounds),
                   "estimates": json.loads(estimates.to_json(orient="records")),
                   **(result.report() if result is not None else {**plan.record(), "inference": refused}),
                   "notices": notices,
                   "exposure_terms": sorted({t for t in estimates["term"] if str(t).startswith("exposure_month_")},
                                            key=lambda t: int(t.rsplit("_", 1)[1])),
                   "variance_components": json.loads(result.components.to_json(orient="records"))
                   if result is not None else [],
                   "n_notes": int(len(notes)), "n_teams": int(notes["team_key"].nunique()),
                   "aggregates": json.loads(by_tp.to_json(orient="records"))}
        typer.echo(json.dumps(payload))
        return
    out.print(f"{len(notes)} notes, {notes['team_key'].nunique()} teams, {notes['author_id'].nunique()} practitioners "
              f"({analysis})")
    for notice in notices:
        out.print(notice)
    if result is None:
        out.print(refused)
    else:
        out.print(f"plan {plan.path.name} (sha256 {plan.sha256[:12]}); {result.report()['method']}")
        main = estimates[estimates["term"].isin(["trained", "trained_immediate", *plan.timepoints])]
        for e in main.itertuples():
            p = "" if pd.isna(e.p) else f"  p={e.p:.3g}" + ("" if e.p_adjusted == e.p else f" (Holm {e.p_adjusted:.3g})")
            perm = "" if pd.isna(e.p_randomisation) else f"  randomisation p={e.p_randomisation:.3g}"
            out.print(f"{e.outcome:>22} {'(per 100)' if e.kind.startswith('label') else '(% cases)':>9} "
                      f"{e.role:<9} {e.term:<18} {e.estimate:+8.3f}  95% CI [{e.ci_low:+.3f}, {e.ci_high:+.3f}]  "
                      f"df={e.df:.1f}{p}{perm}")
    if out_dir:
        out.print(f"saved to {out_dir}")


@app.command("validate-trends")
def validate_trends_cli(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for results.parquet, summary.csv, verdict.json, "
                                          "README.md.")],
    sims: Annotated[int, typer.Option(min=1, help="Simulated trials per scenario (500 for shipped results).")] = 500,
    scenarios: Annotated[str, typer.Option(help="Scenario file (TOML) or 'default' (trend_scenarios.v1.toml).")] = "default",
    only: Annotated[list[str] | None, typer.Option("--scenario", help="Run only this scenario (repeatable).")] = None,
    plan_path: Annotated[str, typer.Option("--plan", help="Analysis plan, or 'default'.")] = "default",
    seed: Annotated[int, typer.Option(help="First trial seed.")] = 0,
    jobs: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    check: Annotated[bool, typer.Option(help="Exit 1 when more checks fall outside their bands than chance "
                                        "explains (more than twice the expected number, plus one).")] = False,
) -> None:
    """Simulate stepped-wedge trials that depart from the analysis model (scenario file), analyse each as
    `casenotes trends` does, and report coverage, type I error, bias and power with Monte Carlo SEs."""
    from rich.progress import Progress

    from casenotes.inference import simulate

    with Progress(transient=True) as bar:
        task = bar.add_task("simulating trials", total=None)
        results = simulate.run(sims=sims, scenarios=scenarios, plan=plan_path, names=only, seed=seed, jobs=jobs,
                               progress=lambda done, total: bar.update(task, completed=done, total=total))
    paths = simulate.save(out_dir, results, plan=plan_path, scenarios=scenarios, seed=seed)
    verdict = json.loads(paths["verdict"].read_text(encoding="utf-8"))
    for name in ("primary_coverage", "label_coverage", "type1_error", "label_bias_within_2_mcse"):
        block = verdict[name]
        out.print(f"{name}: {block['checks'] - block['outside_band']}/{block['checks']} in band "
                  f"({block['expected_outside_by_chance']} expected outside by chance)")
    out.print(f"saved to {out_dir}")
    if check and any(verdict[n]["outside_band"] > 2 * verdict[n]["expected_outside_by_chance"] + 1
                     for n in ("primary_coverage", "type1_error", "label_bias_within_2_mcse")):
        raise typer.Exit(1)
