"""``casenotes validation sample|simulate``: the human-coded validation sample behind classifier-error-corrected
estimates, and the simulation check of those estimates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from casenotes.cli import app, out

validation_app = typer.Typer(no_args_is_help=True, help="Validation sample: draw it for human coding; check the "
                                                        "corrected estimates by simulation.")
app.add_typer(validation_app, name="validation")


@validation_app.command("sample")
def sample_cli(
    db: Annotated[Path, typer.Option("--db", exists=True, dir_okay=False, help="DuckDB store.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for sample.csv and sample.json.")],
    per_stratum: Annotated[int | None, typer.Option(min=1, help="Sentences per arm x timepoint stratum (default: "
                                                    "validation_sample.v1.toml's).")] = None,
    seed: Annotated[int | None, typer.Option(min=0, help="Seed of the draw (default: the settings'); recorded in "
                                             "sample.json.")] = None,
) -> None:
    """Draw a stratified random sample of stored sentences (arm x timepoint) for people to code blind: sample.csv
    with empty label columns to fill with 0/1, and sample.json with the seed and frame."""
    from casenotes.validation import draw_sample

    record = draw_sample(db, out_dir, per_stratum=per_stratum, seed=seed)
    for stratum in record["frame"]:
        out.print(f"{stratum['stratum']:>28}: {stratum['n_sampled']} of {stratum['n_sentences']} sentences")
    out.print(f"{record['n_sampled']} sentences (seed {record['seed']}) saved to {out_dir / 'sample.csv'}; fill "
              f"its label columns with 0/1 and pass it to `casenotes trends --validation`.")


@validation_app.command("simulate")
def simulate_cli(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for results.csv, summary.csv, run.json.")],
    sims: Annotated[int, typer.Option(min=1, help="Simulated trials per scenario.")] = 200,
    scenarios: Annotated[str, typer.Option(help="Scenario file (TOML) or 'default' "
                                           "(misclassification_scenarios.v2.toml).")] = "default",
    only: Annotated[list[str] | None, typer.Option("--scenario", help="Run only this scenario (repeatable).")] = None,
    seed: Annotated[int, typer.Option(help="First trial seed.")] = 0,
    jobs: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
) -> None:
    """Simulate trials whose classifier errs differently by arm and period (and a nondifferential case), analyse
    each on the measured and the corrected scale, and report coverage of the true change."""
    from casenotes.inference import misclassify

    results = misclassify.run(sims=sims, scenarios=scenarios, names=only, seed=seed, jobs=jobs)
    paths = misclassify.save(out_dir, results, scenarios=scenarios, seed=seed)
    summary = misclassify.summarise(results)
    for r in summary.itertuples():
        out.print(f"{r.scenario:>26} {r.label:>20} {r.scale:>9}: coverage {r.coverage:.3f} (MC SE "
                  f"{r.coverage_mcse:.3f}), bias {r.bias:+.2f}, CI width {r.mean_ci_width:.2f}")
    out.print(f"saved to {paths['summary'].parent}")
