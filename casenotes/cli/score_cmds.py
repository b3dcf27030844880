"""``casenotes classify``, ``score``, ``info`` and ``forget``: the stable contracts of design.md (``audit`` is in
audit_cmds) and the store's upkeep."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from casenotes.classify.output import EVIDENCE_MODES
from casenotes.classify.registry import PRECISIONS
from casenotes.cli import app, choice, err, out

ModelOpt = Annotated[str | None, typer.Option("--model", help="Shipped model name or model directory.")]
Precision = choice("Precision", PRECISIONS, module=__name__)
Engine = choice("Engine", ("local", "dask"), module=__name__)
"""``casenotes.batch.ENGINES`` (not imported here: it loads the whole pipeline, which a command line that only
parses its options should not wait for; tests/cli/test_choices.py holds the two to each other)."""
EvidenceMode = choice("EvidenceMode", EVIDENCE_MODES, module=__name__)
"""How much evidence ``classify`` and ``evaluate --evidence`` find (``casenotes.classify.output.EVIDENCE_MODES``)."""


@app.command("classify")
def classify_cli(
    in_path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help='JSONL: {"id", "text"} per line.')],
    output: Annotated[Path, typer.Option("-o", "--output", help="JSONL to write.")],
    model: ModelOpt = None,
    evidence: Annotated[EvidenceMode, typer.Option(help="'fast': rule matches and a linear model's word "  # type: ignore[valid-type]
                                                   "contributions; 'full': also a transformer's own reasons by "
                                                   "occlusion (about one encoder pass per word of each labelled "
                                                   "sentence).")] = EvidenceMode("fast"),
) -> None:
    """Label sentences with the labels in force (labels.v1.yaml, or CASENOTES_LABELS), with evidence."""
    from casenotes.classify.files import classify_file

    n = classify_file(in_path, output, model=model, evidence=evidence)
    err.print(f"classified {n} lines -> {output}")


@app.command("score")
def score_cli(
    input_path: Annotated[Path, typer.Argument(exists=True, help="CSV/XLSX/JSONL/Parquet export, or a directory "
                                               "of Parquet partitions.")],
    db: Annotated[Path, typer.Option("--db", help="DuckDB store (created if missing).")],
    mapping: Annotated[Path | None, typer.Option(exists=True, help="Column-mapping YAML/JSON.")] = None,
    rejects: Annotated[Path | None, typer.Option(help="Rejects CSV (default: <db>_rejects.csv).")] = None,
    people: Annotated[Path | None, typer.Option(exists=True, help="People table (case_id, name[, role]) "
                                                "for pseudonymising names.")] = None,
    teams: Annotated[Path | None, typer.Option(exists=True, help="Team training dates (borough, team, trained_at[, arm]).")] = None,
    roster: Annotated[Path | None, typer.Option(exists=True, help="Training roster (practitioner_id, borough, team, "
                                                "course, status, date) for the as-treated view.")] = None,
    memberships: Annotated[Path | None, typer.Option(exists=True, help="Team membership over time (practitioner_id, "
                                                     "borough, team, start_date, end_date).")] = None,
    model: ModelOpt = None,
    rubric: Annotated[str, typer.Option(help="'default' or a rubric TOML file.")] = "default",
    precision: Annotated[Precision, typer.Option(help="'float32'; 'bfloat16': a transformer's matrix "  # type: ignore[valid-type]
                                                 "products in bfloat16 (fast on CPUs with AMX); 'int8': quantise a "
                                                 "transformer for CPU speed (about 2% of label decisions change; "
                                                 "see README).")]
    = Precision("float32"),
    chunk_size: Annotated[int, typer.Option(min=1, help="Rows per chunk (memory is bounded by it).")] = 2000,
    workers: Annotated[int, typer.Option(min=0, help="Worker processes scoring chunks in parallel "
                                         "(0: one per core, at most 8).")] = 0,
    engine: Annotated[Engine, typer.Option(help="'local' or 'dask' (chunks scored on a Dask cluster; INPUT may be "  # type: ignore[valid-type]
                                           "a directory of Parquet partitions).")] = Engine("local"),
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address, e.g. tcp://host:8786 (default: a "
                                                  "LocalCluster of --workers processes).")] = None,
    report_file: Annotated[Path | None, typer.Option("--report", help="Also write the run's counts as JSON "
                                                     "(for batch pipelines).")] = None,
) -> None:
    """Batch-score an export into the store; re-running skips notes already stored."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from casenotes.batch import RunConfig, default_workers, score_run

    with Progress(TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), TextColumn("rows"),
                  TimeElapsedColumn(), console=err, transient=False) as bar:
        task = bar.add_task("score", total=None)
        # this process exists for the run: it may tune its garbage collector while it scores
        config = RunConfig.from_options(input_path, db, mapping=mapping, rejects=rejects, people=people, teams=teams,
                                        roster=roster, memberships=memberships, model=model, rubric=rubric,
                                        precision=precision, chunk_size=chunk_size,
                                        workers=workers or default_workers(), engine=engine, scheduler=scheduler,
                                        progress=lambda n: bar.advance(task, n), tune_gc=True)
        report = score_run(config)
    if report_file:
        report_file.write_text(json.dumps(report.as_dict(), indent=2) + "\n", encoding="utf-8")
    out.print(f"rows read            {report.rows_read}")
    out.print(f"notes scored (new)   {report.notes_new}")
    out.print(f"already in store     {report.notes_already_stored}")
    out.print(f"rows rejected        {report.rows_rejected}"
              + (f"  ({', '.join(f'{k}: {v}' for k, v in sorted(report.rejected.items()))})" if report.rejected else ""))
    out.print(f"rejects file         {report.rejects_file}")
    out.print("counts reconcile     " + ("yes" if report.reconciles else "NO"))
    if not report.reconciles:
        raise typer.Exit(1)


@app.command("info")
def info_cli(
    db: Annotated[Path, typer.Option("--db", exists=True, dir_okay=False, help="DuckDB store.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """What the store holds: notes, sentences, runs, rejects, boroughs, period."""
    from casenotes.store import Store

    with Store(db, read_only=True) as store:
        info = store.info()
    if as_json:
        typer.echo(json.dumps(info, default=str))
        return
    for key, value in info.items():
        out.print(f"{key:>20}: {value}")


@app.command("forget")
def forget_cli(
    case_id: Annotated[str, typer.Argument(help="The case to remove.")],
    db: Annotated[Path, typer.Option("--db", exists=True, dir_okay=False, help="DuckDB store.")],
) -> None:
    """Remove a case everywhere in the store (notes, sentences, domain scores, rejects, annotation labels), erase
    its text from the file, and reject its rows in later runs (as forgotten_case)."""
    from casenotes.store import Store

    with Store(db) as store:
        removed = store.forget_case(case_id.strip())
    out.print("removed " + ", ".join(f"{n} {table}" for table, n in removed.items()) + f" for case {case_id}; "
              "later runs reject its rows as forgotten_case")
