"""Evaluator commands: ``casenotes sample`` and ``casenotes audit export-blind|import-scores|agreement|export``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer

from casenotes.cli import app, out
from casenotes.cli.audit_cmds import audit_app
from casenotes.errors import InputError
from casenotes.export import read_csv
from casenotes.private import save_table

DbOpt = Annotated[Path, typer.Option("--db", exists=True, dir_okay=False, help="Scored store.")]


def machine_scores(db: Path, unit: str, rubric: str = "default") -> pd.DataFrame:
    """The machine's domain scores per unit (note or case@timepoint), as a long table with scorer 'machine'."""
    from casenotes.audit import Rubric
    from casenotes.audit.cases import case_scores
    from casenotes.store import Store

    with Store(db, read_only=True) as store:
        if unit == "case":
            frame = case_scores(store, Rubric.load(rubric))
        else:
            frame = store.domain_scores().rename(columns={"note_id": "unit_id"})
    frame["scorer"] = "machine"
    return frame[["unit_id", "scorer", "domain", "score"]]


@app.command("sample")
def sample_cli(
    db: DbOpt,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for frame.csv, sample.csv, strata.csv, sample.json.")],
    unit: Annotated[str, typer.Option(help="'note' or 'case' (a case's notes in one timepoint window).")] = "note",
    strata: Annotated[str | None, typer.Option(help="Comma-separated strata columns (default: borough, team, "
                                               "timepoint, plus risk_level and case_status when present).")] = None,
    per_stratum: Annotated[int, typer.Option(min=1, help="Units drawn per stratum.")] = 5,
    seed: Annotated[int, typer.Option(help="Random seed (saved with the sample).")] = 0,
) -> None:
    """Draw a stratified audit sample (reproducible: frame, strata and seed are saved)."""
    from casenotes.audit.sample import default_strata, draw, sampling_frame, save_sample
    from casenotes.store import Store

    with Store(db, read_only=True) as store:
        notes = store.note_facts()
    frame = sampling_frame(notes, unit)
    cols = tuple(s.strip() for s in strata.split(",") if s.strip()) if strata else default_strata(frame)
    sample, table = draw(frame, strata=cols, per_stratum=per_stratum, seed=seed)
    save_sample(out_dir, frame, sample, table, {"db": str(db), "unit": unit, "strata": cols,
                                                  "per_stratum": per_stratum, "seed": seed})
    out.print(f"{len(sample)} {unit}s sampled from {len(frame)} in {len(table)} strata -> {out_dir}")


@audit_app.command("export-blind")
def export_blind_cli(
    db: DbOpt,
    sample: Annotated[Path, typer.Option("--sample", exists=True, dir_okay=False, help="sample.csv from `casenotes sample`.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for to_score.csv and key.csv.")],
    seed: Annotated[int, typer.Option(help="Seed for the shuffled order.")] = 0,
) -> None:
    """Export a sample for blinded human scoring (context hidden, order shuffled, key kept apart)."""
    from casenotes.audit.blind import export_blinded
    from casenotes.audit.cases import case_texts
    from casenotes.store import Store

    units = read_csv(sample, dtype=str, keep_default_na=False)
    if "unit_id" not in units.columns:
        raise InputError(f"[E166] {sample.name}: no unit_id column; use the sample.csv written by `casenotes sample`.")
    with Store(db, read_only=True) as store:
        if units["unit_id"].str.contains("@").all():
            texts = case_texts(store, units["unit_id"])
        else:
            texts = store.note_texts(units["unit_id"])
    paths = export_blinded(units, texts, out_dir, seed=seed)
    out.print(f"{len(units)} units -> {paths['to_score']} (give to scorers); key -> {paths['key']} (keep apart)")


@audit_app.command("import-scores")
def import_scores_cli(
    sheet: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A completed to_score.csv.")],
    key: Annotated[Path, typer.Option("--key", exists=True, dir_okay=False, help="key.csv from export-blind.")],
    scorer: Annotated[str, typer.Option("--scorer", help="Who scored this sheet.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Long scores CSV to write.")],
) -> None:
    """Read a scorer's blinded sheet back as long scores (unit, scorer, domain, score, guesses, truth)."""
    from casenotes.audit.blind import import_scores

    scores = import_scores(sheet, key, scorer=scorer)
    save_table(scores, output)
    out.print(f"{scores['unit_id'].nunique()} units, {len(scores)} scores from {scorer} -> {output}")


def _read_scores(paths: list[Path]) -> pd.DataFrame:
    frames = []
    for p in paths:
        f = read_csv(p, dtype={"unit_id": str, "note_id": str, "scorer": str}, keep_default_na=False)
        if "unit_id" not in f.columns:
            f["unit_id"] = f["note_id"]
        frames.append(f)
    return pd.concat(frames, ignore_index=True)


@audit_app.command("agreement")
def agreement_cli(
    scores: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, help="Long score CSVs (one or more).")],
    db: Annotated[Path | None, typer.Option("--db", exists=True, dir_okay=False, help="Add the machine's scores from this store.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Weighted kappa, Krippendorff's alpha (ordinal) and ICC per domain over all scorers; flags drift."""
    from casenotes.audit.agreement import agreement_report
    from casenotes.audit.blind import unblinding

    long = _read_scores(scores)
    blind = unblinding(long) if {"guess_arm", "true_arm"} <= set(long.columns) else None
    if db is not None:
        unit = "case" if long["unit_id"].str.contains("@").all() else "note"
        machine = machine_scores(db, unit)
        long = pd.concat([long, machine[machine["unit_id"].isin(set(long["unit_id"]))]], ignore_index=True)
    report = agreement_report(long[["unit_id", "scorer", "domain", "score"]])
    if as_json:
        typer.echo(json.dumps({"domains": report, "unblinding": None if blind is None else blind.to_dict("records")},
                              default=float))
        return
    for domain, e in report.items():
        out.print(f"[bold]{domain}[/bold]: {e['units']} units, alpha {e['krippendorff_alpha_ordinal']:.3f}, "
                  f"ICC(2,1) {e['icc_2_1']:.3f} on {e['icc_units']}")
        for pair, m in e["pairwise"].items():
            out.print(f"   {pair:<28} QWK {m['qwk']:.3f}  exact {m['exact']:.0%}  adjacent {m['adjacent']:.0%}  n={m['n']}")
        for s, d in e["drift"].items():
            if d["flagged"]:
                out.print(f"   [red]drift[/red] {s}: mean QWK {d['mean_qwk_with_others']:.2f}, "
                          f"mean difference {d['mean_difference_from_others']:+.2f}")
    if blind is not None:
        out.print(blind.to_string(index=False))


@audit_app.command("export")
def export_cli(
    db: DbOpt,
    output: Annotated[Path, typer.Option("-o", "--output", help="Long table (.csv or .parquet) for R/Stata.")],
    scores: Annotated[list[Path], typer.Option("--scores", exists=True, dir_okay=False, help="Human long score CSVs.")] = [],  # noqa: B006
    unit: Annotated[str, typer.Option(help="'note' or 'case'.")] = "note",
) -> None:
    """Long format: unit x domain x scorer with team, borough, arm and timepoint (machine scores included)."""
    from casenotes.audit.sample import sampling_frame
    from casenotes.store import Store

    with Store(db, read_only=True) as store:
        frame = sampling_frame(store.note_facts(), unit)
    long = machine_scores(db, unit)
    if scores:
        human = _read_scores(scores)
        long = pd.concat([long, human[["unit_id", "scorer", "domain", "score"]]], ignore_index=True)
    context = [c for c in ("unit_id", "case_id", "borough", "team", "arm", "timepoint", "author_id", "author_role")
               if c in frame.columns]
    table = long.merge(frame[context], on="unit_id", how="left")
    table["unit"] = unit
    save_table(table, output)
    out.print(f"{len(table)} rows -> {output}")
