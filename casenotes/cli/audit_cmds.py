"""``casenotes audit``: score notes (the stable contract), calibrate the rubric to human auditors, and the human
audit of a store (``casenotes sample``, ``audit export-blind|import-scores|agreement|export``).

``casenotes audit IN.jsonl -o OUT.jsonl`` stays as design.md specifies: when the first argument is not a
sub-command name, the group runs ``audit notes``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperGroup

from casenotes.audit.review import Unit
from casenotes.cli import app, err, out


class _DefaultToNotes(TyperGroup):
    def parse_args(self, ctx, args):  # click's signature
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["notes", *args]
        return super().parse_args(ctx, args)


audit_app = typer.Typer(cls=_DefaultToNotes, no_args_is_help=True,
                        help="Audit-domain scores: score notes (default), calibrate the rubric to human auditors.")
app.add_typer(audit_app, name="audit")

DbOpt = Annotated[Path, typer.Option("--db", exists=True, dir_okay=False, help="Scored store.")]


@audit_app.command("notes")
def audit_cli(
    in_path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help='JSONL: {"note_id", "text"} per line.')],
    output: Annotated[Path, typer.Option("-o", "--output", help="JSONL to write.")],
    model: Annotated[str | None, typer.Option("--model", help="Shipped model name or model directory.")] = None,
    rubric: Annotated[str, typer.Option(help="'default' or a rubric TOML file.")] = "default",
) -> None:
    """Score notes 1-4 on the four audit domains, with evidence sentences (`casenotes audit IN -o OUT`)."""
    from casenotes.audit.notes import audit_file

    n = audit_file(in_path, output, model=model, rubric=rubric)
    err.print(f"audited {n} notes -> {output}")


@audit_app.command("calibrate")
def calibrate_cli(
    notes: Annotated[list[Path], typer.Option("--notes", exists=True, dir_okay=False, help='JSONL {"note_id", "text"} of the human-scored notes (repeat for several files).')],
    human: Annotated[list[Path], typer.Option("--human", exists=True, dir_okay=False, help="CSV: note_id, scorer, domain, score (repeat for several files).")],
    out_path: Annotated[Path, typer.Option("--out", help="Calibrated rubric TOML to write.")],
    model: Annotated[str | None, typer.Option("--model", help="Shipped model name or model directory.")] = None,
    rubric: Annotated[str, typer.Option(help="Rubric to calibrate ('default': the shipped rubric, or a TOML file).")] = "default",
    holdout: Annotated[float, typer.Option(min=0.05, max=0.9, help="Share of notes held out of fitting (without --split).")] = 0.3,
    split: Annotated[list[Path] | None, typer.Option("--split", exists=True, dir_okay=False, help="CSV note_id, split (calibration|heldout): the frozen held-out notes (repeat for several sets); every other note calibrates.")] = None,
    report_path: Annotated[Path | None, typer.Option("--report", help="Also write the report as JSON to this file.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Fit the evidence->score mapping to human auditors; report QWK, exact and adjacent agreement."""
    from casenotes.audit.calibrate import calibrate_rubric

    report = calibrate_rubric(notes, human, out_path, model=model, rubric=rubric, holdout=holdout, split=split)
    if report_path is not None:
        report_path.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if as_json:
        typer.echo(json.dumps(report))
        return
    out.print(f"calibrated rubric -> {out_path} (model {report['model']})")
    out.print(f"{'domain':<24}{'QWK':>7}{'exact':>8}{'adjacent':>10}{'uncal. QWK':>12}{'prev. QWK':>11}   human vs human QWK")
    for domain, e in report["domains"].items():
        m = e["machine_vs_consensus"]
        u = e.get("uncalibrated_vs_consensus", {}).get("qwk", float("nan"))
        p = e.get("previous_vs_consensus", {}).get("qwk", float("nan"))
        hh = ", ".join(f"{k} {v['qwk']:.2f}" for k, v in e["human_vs_human"].items()) or "—"
        out.print(f"{domain:<24}{m['qwk']:>7.3f}{m['exact']:>8.1%}{m['adjacent']:>10.1%}{u:>12.3f}{p:>11.3f}   {hh}")
        for name, part in e.get("by_set", {}).items():
            m, p = part["machine_vs_consensus"], part.get("previous_vs_consensus", {}).get("qwk", float("nan"))
            u = part.get("uncalibrated_vs_consensus", {}).get("qwk", float("nan"))
            out.print(f"  {name:<22}{m['qwk']:>7.3f}{m['exact']:>8.1%}{m['adjacent']:>10.1%}{u:>12.3f}{p:>11.3f}   "
                      f"n={m['n']}")
    out.print(f"held-out notes: {next(iter(report['domains'].values()))['machine_vs_consensus']['n']}")


@app.command("sample")
def sample_cli(
    db: DbOpt,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for frame.csv, sample.csv, strata.csv, sample.json.")],
    unit: Annotated[Unit, typer.Option(help="'note' or 'case' (a case's notes in one timepoint window).")] = Unit.NOTE,
    strata: Annotated[str | None, typer.Option(help="Comma-separated strata columns (default: borough, team, "
                                               "timepoint, plus risk_level and case_status when present).")] = None,
    per_stratum: Annotated[int, typer.Option(min=1, help="Units drawn per stratum.")] = 5,
    seed: Annotated[int, typer.Option(help="Random seed (saved with the sample).")] = 0,
) -> None:
    """Draw a stratified audit sample (reproducible: frame, strata and seed are saved)."""
    from casenotes.audit.review import draw_sample

    columns = [s.strip() for s in strata.split(",") if s.strip()] if strata else None
    sample = draw_sample(db, out_dir, unit=unit, strata=columns, per_stratum=per_stratum, seed=seed)
    out.print(f"{len(sample.units)} {unit}s sampled from {len(sample.frame)} in {len(sample.strata)} strata "
              f"-> {out_dir}")


@audit_app.command("export-blind")
def export_blind_cli(
    db: DbOpt,
    sample: Annotated[Path, typer.Option("--sample", exists=True, dir_okay=False, help="sample.csv from `casenotes sample`.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for to_score.csv and key.csv.")],
    seed: Annotated[int, typer.Option(help="Seed for the shuffled order.")] = 0,
) -> None:
    """Export a sample for blinded human scoring (context hidden, order shuffled, key kept apart)."""
    from casenotes.audit.review import export_blind

    n, paths = export_blind(db, sample, out_dir, seed=seed)
    out.print(f"{n} units -> {paths['to_score']} (give to scorers); key -> {paths['key']} (keep apart)")


@audit_app.command("import-scores")
def import_scores_cli(
    sheet: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A completed to_score.csv.")],
    key: Annotated[Path, typer.Option("--key", exists=True, dir_okay=False, help="key.csv from export-blind.")],
    scorer: Annotated[str, typer.Option("--scorer", help="Who scored this sheet.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Long scores CSV to write.")],
) -> None:
    """Read a scorer's blinded sheet back as long scores (unit, scorer, domain, score, guesses, truth)."""
    from casenotes.audit.review import import_sheet

    long_scores = import_sheet(sheet, key, scorer=scorer, output=output)
    out.print(f"{long_scores['unit_id'].nunique()} units, {len(long_scores)} scores from {scorer} -> {output}")


@audit_app.command("agreement")
def agreement_cli(
    scores: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, help="Long score CSVs (one or more).")],
    db: Annotated[Path | None, typer.Option("--db", exists=True, dir_okay=False, help="Add the machine's scores from this store.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Weighted kappa, Krippendorff's alpha (ordinal) and ICC per domain over all scorers; flags drift."""
    from casenotes.audit.review import scorer_agreement

    result = scorer_agreement(scores, db=db)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), default=float))
        return
    for domain, e in result.domains.items():
        out.print(f"[bold]{domain}[/bold]: {e['units']} units, alpha {e['krippendorff_alpha_ordinal']:.3f}, "
                  f"ICC(2,1) {e['icc_2_1']:.3f} on {e['icc_units']}")
        for pair, m in e["pairwise"].items():
            out.print(f"   {pair:<28} QWK {m['qwk']:.3f}  exact {m['exact']:.0%}  adjacent {m['adjacent']:.0%}  n={m['n']}")
        for s, d in e["drift"].items():
            if d["flagged"]:
                out.print(f"   [red]drift[/red] {s}: mean QWK {d['mean_qwk_with_others']:.2f}, "
                          f"mean difference {d['mean_difference_from_others']:+.2f}")
    if result.unblinding is not None:
        out.print(result.unblinding.to_string(index=False))


@audit_app.command("export")
def export_cli(
    db: DbOpt,
    output: Annotated[Path, typer.Option("-o", "--output", help="Long table (.csv or .parquet) for R/Stata.")],
    scores: Annotated[list[Path], typer.Option("--scores", exists=True, dir_okay=False, help="Human long score CSVs.")] = [],  # noqa: B006
    unit: Annotated[Unit, typer.Option(help="'note' or 'case'.")] = Unit.NOTE,
) -> None:
    """Long format: unit x domain x scorer with team, borough, arm and timepoint (machine scores included)."""
    from casenotes.audit.review import export_scores

    table = export_scores(db, output, score_files=scores, unit=unit)
    out.print(f"{len(table)} rows -> {output}")
