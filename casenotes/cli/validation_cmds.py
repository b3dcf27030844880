"""``casenotes validation sample|import|simulate``: the human-coded validation sample behind
classifier-error-corrected estimates (drawn and stored, its codes imported), and the simulation check of those
estimates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from casenotes.cli import app, out

validation_app = typer.Typer(no_args_is_help=True, help="Validation sample: draw and store it for human coding, "
                                                        "import its codes; check the corrected estimates by "
                                                        "simulation.")
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
    """Draw a stratified random sample of stored sentences (arm x timepoint) for people to code blind, and store it
    with the run: sample.csv with empty label columns to fill with 0/1, sample.json with the seed and frame, and
    the same sentences as Label Studio tasks. Code it on the Annotate page, or fill the CSV (or label the tasks in
    Label Studio) and `casenotes validation import` it; `casenotes trends` then uses it."""
    from casenotes.validation import draw_sample

    record = draw_sample(db, out_dir, per_stratum=per_stratum, seed=seed)
    for stratum in record["frame"]:
        out.print(f"{stratum['stratum']:>28}: {stratum['n_sampled']} of {stratum['n_sentences']} sentences")
    out.print(f"{record['n_sampled']} sentences (seed {record['seed']}) stored as validation sample "
              f"{record['sample']} and saved to {out_dir / 'sample.csv'} (Label Studio tasks: "
              f"{out_dir / 'sample_labelstudio.json'}); code them on the Annotate page, or fill the CSV's label "
              f"columns with 0/1 and run `casenotes validation import`.")


@validation_app.command("import")
def import_cli(
    db: Annotated[Path, typer.Option("--db", exists=True, dir_okay=False, help="DuckDB store.")],
    path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="The filled sample.csv, or a Label "
                                         "Studio export (JSON, JSON-MIN, CSV) of sample_labelstudio.json's tasks.")],
    coder: Annotated[str | None, typer.Option(help="Who coded the filled CSV (default 'unnamed'); a Label Studio "
                                              "export names its annotators.")] = None,
    second: Annotated[bool, typer.Option("--second", help="The codes are a second coder's (a double-coded share: "
                                         "agreement only, not used for the estimates).")] = False,
    sample: Annotated[str | None, typer.Option(help="The stored sample's key (VS-...); default: the newest.")] = None,
    rematch: Annotated[bool, typer.Option("--rematch", help="Store a filled sample.csv drawn from another store "
                                          "(the same notes scored with another model) as this store's sample, "
                                          "after checking every sentence, its text and stratum, and the frame.")]
    = False,
    rejects: Annotated[Path | None, typer.Option(help="Rejects file (default: <file>_rejects.csv beside the "
                                                 "store).")] = None,
) -> None:
    """Import a coded validation sample into the store: a filled sample.csv or a Label Studio export of its tasks.
    Rows or tasks that cannot be used are rejected with a coded reason (file, row or task) and written to the
    rejects file; the rest are saved, per coder."""
    from casenotes.validation_import import import_codes

    report = import_codes(db, path, coder=coder, second=second, sample_key=sample, rematch=rematch, rejects=rejects)
    how = "stored as this store's sample" if report.rematched else "imported into"
    out.print(f"{report.file} {how} validation sample {report.sample}: {report.saved['first']} first-coder and "
              f"{report.saved['second']} second-coder codes saved, {report.uncoded} not coded, "
              f"{len(report.rejects)} rejected" + (f" (see {report.rejects_path})" if report.rejects_path else "")
              + ".")
    for line in report.rejects["message"].head(5):
        out.print(line)


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
