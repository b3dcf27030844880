"""``casenotes annotate export|import|agreement|queue``: annotation round trips and active learning."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from casenotes.annotate import ADJUDICATION_RULES, FORMATS, parse_annotator
from casenotes.cli import app, choice, out, parser

annotate_app = typer.Typer(no_args_is_help=True, help="Annotation: Label Studio / doccano round trips, queues.")
app.add_typer(annotate_app, name="annotate")
Format = choice("Format", FORMATS, module=__name__)
Rule = choice("Rule", ADJUDICATION_RULES, module=__name__)
AnnotatorOpt = Annotated[list[Any], typer.Option(
    "--annotator", parser=parser(parse_annotator), metavar="<list[str]>",  # read as (id, name) pairs
    help="Name for a numeric Label Studio user id, as ID=NAME (repeatable), e.g. 3=amir@example.org; exports "
         "carry ids unless made with annotator details.")]


def _warn(lines: list[str]) -> None:
    for line in lines:
        out.print(f"[yellow]![/yellow] {escape(line)}", soft_wrap=True)


@annotate_app.command("export")
def export_cli(
    in_path: Annotated[Path, typer.Argument(exists=True, dir_okay=False,
                                            help='JSONL of {"id", "text"[, "labels", "annotator"]}, or '
                                                 "`annotate queue` output (its model scores become predictions).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write.")],
    fmt: Annotated[Format, typer.Option("--format", help=f"One of {list(FORMATS)}.")] = Format("labelstudio"),  # type: ignore[valid-type]
) -> None:
    """Write sentences as Label Studio tasks (JSON, plus the labelling config beside it) or doccano JSONL.

    People's labels become Label Studio annotations credited to their annotator; a model's probabilities become
    predictions named after the model. They are never mixed.
    """
    from casenotes.annotate import export_file

    n = export_file(in_path, output, fmt=fmt)
    out.print(f"{n} sentences -> {output}")


@annotate_app.command("import")
def import_cli(
    in_path: Annotated[Path, typer.Argument(exists=True, dir_okay=False,
                                            help="Label Studio export (JSON, JSON-MIN, CSV or TSV) or doccano JSONL.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Labelled JSONL to write (trains as it is).")],
    fmt: Annotated[Format, typer.Option("--format", help=f"One of {list(FORMATS)}.")] = Format("labelstudio"),  # type: ignore[valid-type]
    adjudicate: Annotated[Rule, typer.Option(help="How to settle sentences annotators disagree on: majority "  # type: ignore[valid-type]
                                             "(default), ground-truth, latest or all (one row per annotator).")]
    = Rule("majority"),
    split: Annotated[str, typer.Option(help="Split written on every row (train: `casenotes train --extra` uses it).")]
    = "train",
    annotator: AnnotatorOpt = [],  # noqa: B006
    report: Annotated[Path | None, typer.Option(help="Also write the import's summary, warnings and "
                                                "disagreements as JSON.")] = None,
) -> None:
    """Read finished annotations back as labelled JSONL: {"id", "text", "labels", "split"} plus provenance and
    every annotator's own labels. Sentences left undecided by --adjudicate are reported, not written."""
    from casenotes.annotate import import_file

    result = import_file(in_path, output, fmt=fmt, rule=adjudicate, split=split, names=dict(annotator),
                         report=report)
    if fmt == "doccano":
        out.print(f"{len(result['rows'])} labelled sentences -> {output}")
        return
    s = result["summary"]
    skipped = f", {s['skipped']} skipped" if s["skipped"] is not None else ""
    out.print(f"{s['shape'].upper()} export: {s['tasks']} tasks, {s['annotations']} annotations{skipped}, "
              f"{s['unannotated_tasks']} tasks with no annotation")
    out.print(f"{s['written']} labelled {'rows' if adjudicate == 'all' else 'sentences'} -> {output} "
              f"(--adjudicate {adjudicate}, split {split})")
    if s["undecided"]:
        n = len(s["undecided"])
        out.print(f"{n} sentence{'s' if n > 1 else ''} left out, undecided by --adjudicate {adjudicate}: "
                  f"{', '.join(s['undecided'])} (see `casenotes annotate agreement {in_path.name}`)", soft_wrap=True)
    _warn(result["warnings"])


@annotate_app.command("agreement")
def agreement_cli(
    in_path: Annotated[Path, typer.Argument(exists=True, dir_okay=False,
                                            help="Label Studio export (JSON, JSON-MIN, CSV or TSV).")],
    annotator: AnnotatorOpt = [],  # noqa: B006
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Agreement between the annotators of a Label Studio export, and the sentences they disagree on with what
    each --adjudicate rule would decide (ids and labels only)."""
    from casenotes.annotate import agreement_report

    report = agreement_report(in_path, names=dict(annotator))
    if as_json:
        typer.echo(json.dumps(report))
        return
    out.print(f"{report['sentences']} sentences, {len(report['annotators'])} annotators "
              f"({report['shape'].upper()} export)")
    for pair in report["pairs"]:
        out.print(f"{escape(pair['pair'])}: {pair['n']} sentences in common, Krippendorff's alpha over all labels "
                  f"{pair['krippendorff_alpha_all_labels']:.2f}, identical label sets "
                  f"{pair['exact_label_set_agreement']:.0%}", soft_wrap=True)
    show = lambda labels: "undecided" if labels is None else ("+".join(labels) or "none")  # noqa: E731
    out.print(f"{len(report['disagreements'])} sentences with different labels:")
    for d in report["disagreements"]:
        given = "; ".join(f"{name}: {show(labels)}" for name, labels in d["labels"].items())
        rules = ", ".join(f"{rule.replace('_', '-')} -> {show(d[rule])}"
                          for rule in ("majority", "ground_truth", "latest") if rule in d)
        out.print(escape(f"  {d['id']}  {given}  |  {rules}"), soft_wrap=True)
    _warn(report["warnings"])


@annotate_app.command("queue")
def queue_cli(
    db: Annotated[Path, typer.Option("--db", exists=True, dir_okay=False, help="Scored store.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="JSONL of sentences to annotate next.")],
    size: Annotated[int, typer.Option(min=1, help="How many sentences.")] = 100,
    model: Annotated[str | None, typer.Option(help="Model whose thresholds define uncertainty "
                                              "(default: the store's).")] = None,
    exclude: Annotated[Path | None, typer.Option(exists=True, help="Labelled JSONL whose ids are already "
                                                 "done.")] = None,
) -> None:
    """Propose the sentences the model is least sure about, with its probabilities (`annotate export` turns them
    into Label Studio predictions), for the next annotation round."""
    from casenotes.annotate import queue_file

    n = queue_file(db, output, size=size, model=model, exclude=exclude)
    out.print(f"{n} sentences queued -> {output}")
