"""``casenotes audit``: score notes (the stable contract) and ``audit calibrate`` against human auditors.

``casenotes audit IN.jsonl -o OUT.jsonl`` stays as design.md specifies: when the first argument is not a
sub-command name, the group runs ``audit notes``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from casenotes.cli import app, err, out
from casenotes.cli.score_cmds import read_jsonl, write_jsonl


class _DefaultToNotes(TyperGroup):
    def parse_args(self, ctx, args):  # noqa: ANN001 (click's signature)
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["notes", *args]
        return super().parse_args(ctx, args)


audit_app = typer.Typer(cls=_DefaultToNotes, no_args_is_help=True,
                        help="Audit-domain scores: score notes (default), calibrate the rubric to human auditors.")
app.add_typer(audit_app, name="audit")


def audit(in_path: Path, out_path: Path, *, model: str | None = None, rubric: str = "default") -> int:
    """Score whole notes on the four audit domains, with the sentences behind each score."""
    from casenotes.batch import NoteScorer

    rows = read_jsonl(in_path, ("note_id", "text"))
    scorer = NoteScorer(model=model, rubric=rubric)
    scored = scorer.score_texts([r["text"] for r in rows])
    results = []
    for r, sn in zip(rows, scored):
        evidence = {d: [sn.sentences[i]["text"] for i in idx] for d, idx in sn.domain_evidence.items()}
        results.append({"note_id": r["note_id"], "domains": sn.domains, "evidence": evidence})
    write_jsonl(out_path, results)
    return len(rows)


@audit_app.command("notes")
def audit_cli(
    in_path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help='JSONL: {"note_id", "text"} per line.')],
    output: Annotated[Path, typer.Option("-o", "--output", help="JSONL to write.")],
    model: Annotated[str | None, typer.Option("--model", help="Shipped model name or model directory.")] = None,
    rubric: Annotated[str, typer.Option(help="'default' or a rubric TOML file.")] = "default",
) -> None:
    """Score notes 1-4 on the four audit domains, with evidence sentences (`casenotes audit IN -o OUT`)."""
    n = audit(in_path, output, model=model, rubric=rubric)
    err.print(f"audited {n} notes -> {output}")


def calibrate(notes_path: Path, human_path: Path, out_path: Path, *, model: str | None = None,
              rubric: str = "default", holdout: float = 0.3) -> dict[str, Any]:
    """Fit the rubric's ordinal mappings to human scores; write the calibrated rubric; return the report."""
    import pandas as pd

    from casenotes.audit import Rubric, note_features
    from casenotes.audit.calibrate import calibrate as fit, read_human_scores
    from casenotes.audit.rubric import rubric_toml
    from casenotes.batch import NoteScorer

    rows = read_jsonl(notes_path, ("note_id", "text"))
    human = read_human_scores(human_path)
    scorer = NoteScorer(model=model, rubric=rubric)
    scored = scorer.score_texts([r["text"] for r in rows])
    features = pd.DataFrame([note_features([s["labels"] for s in sn.sentences], [s["scores"] for s in sn.sentences])
                             for sn in scored], index=[r["note_id"] for r in rows])
    before = pd.DataFrame([{"note_id": r["note_id"], "domain": d, "score": v}
                           for r, sn in zip(rows, scored) for d, v in sn.domains.items()])
    calibrated, report = fit(scorer.rubric, features, human, holdout=holdout, before=before)
    version = f"{scorer.rubric.version}-calibrated"
    comment = (f"Calibrated by `casenotes audit calibrate` on {notes_path.name} with {human_path.name}\n"
               f"(model {scorer.model_path.name}, holdout {holdout}); ordinal mappings replace the levels.")
    out_path.write_text(rubric_toml(calibrated, version=version, comment=comment), encoding="utf-8")
    Rubric.load(out_path)  # what we wrote must load
    report["rubric"] = str(out_path)
    report["model"] = scorer.model_path.name
    return report


@audit_app.command("calibrate")
def calibrate_cli(
    notes: Annotated[Path, typer.Option("--notes", exists=True, dir_okay=False, help='JSONL {"note_id", "text"} of the human-scored notes.')],
    human: Annotated[Path, typer.Option("--human", exists=True, dir_okay=False, help="CSV: note_id, scorer, domain, score.")],
    out_path: Annotated[Path, typer.Option("--out", help="Calibrated rubric TOML to write.")],
    model: Annotated[str | None, typer.Option("--model", help="Shipped model name or model directory.")] = None,
    rubric: Annotated[str, typer.Option(help="Rubric to calibrate ('default' or a TOML file).")] = "default",
    holdout: Annotated[float, typer.Option(min=0.05, max=0.9, help="Share of notes held out of fitting.")] = 0.3,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Fit the evidence->score mapping to human auditors; report QWK, exact and adjacent agreement."""
    report = calibrate(notes, human, out_path, model=model, rubric=rubric, holdout=holdout)
    if as_json:
        typer.echo(json.dumps(report))
        return
    out.print(f"calibrated rubric -> {out_path} (model {report['model']})")
    out.print(f"{'domain':<24}{'QWK':>7}{'exact':>8}{'adjacent':>10}{'uncal. QWK':>12}   human vs human QWK")
    for domain, e in report["domains"].items():
        m = e["machine_vs_consensus"]
        u = e.get("uncalibrated_vs_consensus", {}).get("qwk", float("nan"))
        hh = ", ".join(f"{k} {v['qwk']:.2f}" for k, v in e["human_vs_human"].items()) or "—"
        out.print(f"{domain:<24}{m['qwk']:>7.3f}{m['exact']:>8.1%}{m['adjacent']:>10.1%}{u:>12.3f}   {hh}")
    out.print(f"held-out notes: {next(iter(report['domains'].values()))['machine_vs_consensus']['n']}")
