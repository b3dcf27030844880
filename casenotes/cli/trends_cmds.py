"""``casenotes trends``: the trial analysis of a store (as its analysis plan says) and descriptive aggregates;
``casenotes validate-trends``: the simulation check of that analysis."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from casenotes.analysis import TableFormat, View, parse_windows
from casenotes.cli import app, out, parser


@app.command("trends")
def trends_cli(
    db: Annotated[Path, typer.Option("--db", exists=True, dir_okay=False, help="DuckDB store.")],
    out_dir: Annotated[Path | None, typer.Option("--out", help="Folder for estimates.csv and aggregates.csv.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print {\"estimates\": [...], ...} as JSON.")] = False,
    min_notes: Annotated[int | None, typer.Option(min=1, help="Suppress groups with fewer notes (default and "
                                                  "floor: CASENOTES_MIN_NOTES, else 10).")] = None,
    min_authors: Annotated[int | None, typer.Option(min=1, help="Suppress groups written by fewer practitioners "
                                                    "(default and floor: CASENOTES_MIN_AUTHORS, else 2).")] = None,
    view: Annotated[View, typer.Option(help="'itt' (team allocation: the trial analysis) or 'as-treated' (author's "
                                       "own training: non-randomised, an association).")] = View.ITT,
    windows: Annotated[Any, typer.Option(parser=parser(parse_windows), metavar="<str>",  # read as (int, int)
                                         help="Follow-up window ends in months after training (descriptive "
                                         "aggregates; the model's timepoints are the plan's).")] = "3,6",
    fmt: Annotated[TableFormat, typer.Option("--format", help="Tables under --out as 'csv' or 'parquet'.")]
    = TableFormat.CSV,
    plan_path: Annotated[str, typer.Option("--plan", help="Analysis plan (TOML), or 'default' for the shipped "
                                           "analysis_plan.v3.toml; its SHA-256 is reported.")] = "default",
    permutations: Annotated[int | None, typer.Option(min=0, help="Randomisation-test permutations (default: the "
                                                     "plan's; 0 skips the test).")] = None,
    validation: Annotated[Path | None, typer.Option("--validation", exists=True, dir_okay=False, help="A filled "
                                                    "validation sample: corrected estimates with it, not with the "
                                                    "store's coded sample (used by default).")] = None,
    no_validation: Annotated[bool, typer.Option("--no-validation", help="Measured scale only.")] = False,
) -> None:
    """Estimate the training effect per outcome as the analysis plan says (stepped-wedge cluster-period analysis,
    exposure-time effects, small-sample inference) and aggregate by timepoint."""
    from casenotes.analysis import run_trends

    result = run_trends(db, view=view, windows=windows, min_notes=min_notes, min_authors=min_authors,
                        out_dir=out_dir, fmt=fmt, plan=plan_path, permutations=permutations,
                        validation=_sample_choice(validation, no_validation))
    if as_json:
        typer.echo(json.dumps(result.to_dict()))
        return
    out.print(f"{len(result.notes)} notes, {result.n_teams} teams, {result.n_practitioners} practitioners "
              f"({result.analysis})")
    for notice in result.notices:
        out.print(notice)
    if result.trial is None:
        out.print(result.refused)
    else:
        _print_estimates(result)
    out.print(result.scale_note)
    if result.corrected is not None:
        _print_corrected(result.corrected)
    if out_dir:
        out.print(f"saved to {out_dir}")


def _print_estimates(result: Any) -> None:
    """The plan, the method and one line per primary-window and timepoint estimate (sensitivity rows marked)."""
    import pandas as pd

    plan = result.plan
    out.print(f"plan {plan.path.name} (sha256 {plan.sha256[:12]}); {result.trial.report()['method']}")
    estimates = result.estimates
    main = estimates[estimates["term"].isin(["trained", "trained_immediate", *plan.timepoints])]
    for e in main.itertuples():
        scale = "" if e.scale == "measured" else "  CORRECTED"
        p = "" if pd.isna(e.p) else f"  p={e.p:.3g}" + ("" if e.p_adjusted == e.p else f" (Holm {e.p_adjusted:.3g})")
        perm = "" if pd.isna(e.p_randomisation) else f"  randomisation p={e.p_randomisation:.3g}"
        term = e.term if e.model == "exposure_time" or not e.model.startswith("exposure_time_") else \
            f"{e.term} ({e.model.removeprefix('exposure_time_')}, sensitivity)"
        out.print(f"{e.outcome:>22} {'(per 100)' if e.kind.startswith('label') else '(% cases)':>9} "
                  f"{e.role:<9} {term:<18} {e.estimate:+8.3f}  95% CI [{e.ci_low:+.3f}, {e.ci_high:+.3f}]  "
                  f"df={e.df:.1f}{p}{perm}{scale}")


@app.command("validate-trends")
def validate_trends_cli(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for results.parquet, summary.csv, verdict.json, "
                                          "README.md.")],
    sims: Annotated[int, typer.Option(min=1, help="Simulated trials per scenario (500 for shipped results).")] = 500,
    scenarios: Annotated[str, typer.Option(help="Scenario file (TOML) or 'default' (trend_scenarios.v1.toml).")] = "default",
    only: Annotated[list[str] | None, typer.Option("--scenario", help="Run only this scenario (repeatable).")] = None,
    plan_path: Annotated[str, typer.Option("--plan", help="Analysis plan, or 'default'.")] = "default",
    seed: Annotated[int, typer.Option(help="First trial number (each scenario draws its own trials from it).")] = 0,
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
    for name in simulate.VERDICT:
        block = verdict[name]
        out.print(f"{name}: {block['checks'] - block['outside_band']}/{block['checks']} in band "
                  f"({block['expected_outside_by_chance']} expected outside by chance)")
    out.print(f"saved to {out_dir}")
    if check and simulate.too_many_outside(verdict):
        raise typer.Exit(1)


def _sample_choice(validation: Path | None, no_validation: bool) -> Path | bool | None:
    """``run_trends``'s ``validation``: the file, False for none, None for the store's coded sample."""
    from casenotes.errors import InputError

    if validation is not None and no_validation:
        raise InputError("[E600] --validation FILE and --no-validation together: give one (FILE overrides the "
                         "store's sample; --no-validation keeps every estimate on the measured scale).")
    return False if no_validation else validation


def _print_corrected(corrected: Any) -> None:
    """One line per label: whether its errors differ by arm/period, and the coding the planning table asks for."""
    differential = corrected.differential.set_index("label")["differential"]
    for label, rows in corrected.planning.groupby("label", sort=False):
        now = rows[rows["observed"]].iloc[0]
        out.print(f"{label:>22}: errors {'DIFFER' if differential[label] else 'do not differ detectably'} by "
                  f"arm/period; corrected CI {now.ci_ratio_corrected_to_measured:.1f}x the measured one with "
                  f"{now.coded_per_stratum} coded per stratum, <= {now.target_ratio}x needs about "
                  f"{now.needed_per_stratum}")
