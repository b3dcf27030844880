"""``casenotes train``, ``evaluate`` and ``agreement``: build, measure and compare classifiers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from casenotes.classify.registry import backend_names
from casenotes.cli import app, choice, out

Backend = choice("Backend", backend_names(), module=__name__)


def print_metrics(result: dict[str, Any]) -> None:
    out.print(f"{'label':<22}{'precision':>10}{'recall':>10}{'f1':>8}   f1 95% CI        support")
    for label, m in result["labels"].items():
        out.print(f"{label:<22}{m['precision']:>10.3f}{m['recall']:>10.3f}{m['f1']:>8.3f}   "
                  f"[{m['f1_ci'][0]:.3f}, {m['f1_ci'][1]:.3f}]   {m['support']}")
    out.print(f"{'macro-F1':<22}{'':>20}{result['macro_f1']:>8.3f}   "
              f"[{result['macro_f1_ci'][0]:.3f}, {result['macro_f1_ci'][1]:.3f}]   n={result['n']}")
    out.print("confusions (gold -> predicted): " + "; ".join(
        f"{c['gold']} -> {c['predicted']} ×{c['count']}" for c in result["confusions"][:5]))
    if "fairness" in result:
        f = result["fairness"]
        out.print(f"counterfactual flip rate: {f['flip_rate']:.3%} over {f['pairs']} gender-swapped sentences")


@app.command("train")
def train_cli(
    backend: Annotated[Backend, typer.Option("--backend", help=f"One of {backend_names()}.")],  # type: ignore[valid-type]
    out_dir: Annotated[Path, typer.Option("--out", help="Model directory to write (e.g. models/NAME).")],
    data: Annotated[Path | None, typer.Option("--data", exists=True, dir_okay=False,
                                              help="Labelled JSONL; the 'train' split is used for fitting.")] = None,
    extra: Annotated[list[Path], typer.Option("--extra", exists=True, dir_okay=False,
                                              help="More labelled JSONL whose 'train' rows are added (repeatable); "
                                              "evaluation stays on --data's test split.")] = [],  # noqa: B006
    members: Annotated[str, typer.Option(help="Ensemble members, comma-separated model names or directories.")] = "",
) -> None:
    """Train a classifier and write it with its model card (metrics on the test split when --data is given)."""
    from casenotes.classify.train import train

    card = train(backend, out_dir, data=data, extra=extra, members=[m for m in members.split(",") if m] or None)
    out.print(f"model written to {out_dir} (trained in {card['training_seconds']} s)")
    if "evaluation" in card:
        print_metrics({**card["evaluation"], "fairness": card["fairness"]})


@app.command("evaluate")
def evaluate_cli(
    model: Annotated[str, typer.Option("--model", help="Shipped model name or model directory.")],
    data: Annotated[Path, typer.Option("--data", exists=True, dir_okay=False, help="Labelled JSONL.")],
    split: Annotated[str | None, typer.Option(help="Only rows of this split (e.g. test).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Precision, recall and F1 per label with CIs, macro-F1, confusions and the counterfactual flip rate."""
    from casenotes.classify.evaluate import evaluate_model

    result = evaluate_model(model, data, split=split)
    if as_json:
        typer.echo(json.dumps(result))
    else:
        print_metrics(result)


@app.command("agreement")
def agreement_cli(
    first: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Annotator A's labelled JSONL.")],
    second: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Annotator B's labelled JSONL.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Inter-annotator agreement on the sentences both files label (matched by id)."""
    from casenotes.classify.evaluate import file_agreement

    result = file_agreement(first, second)
    if as_json:
        typer.echo(json.dumps(result))
        return
    out.print(f"{result['n']} sentences labelled by both")
    out.print(f"{'label':<22}{'kappa':>8}{'alpha':>8}{'agree':>8}{'A+':>6}{'B+':>6}")
    for label, m in result["labels"].items():
        out.print(f"{label:<22}{m['cohen_kappa']:>8.3f}{m['krippendorff_alpha']:>8.3f}"
                  f"{m['percent_agreement']:>8.1%}{m['positives_a']:>6}{m['positives_b']:>6}")
    out.print(f"Krippendorff's alpha over all labels: {result['krippendorff_alpha_all_labels']:.3f}; "
              f"identical label sets: {result['exact_label_set_agreement']:.1%}")
