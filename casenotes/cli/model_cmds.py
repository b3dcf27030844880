"""``casenotes train``, ``evaluate`` and ``agreement``: build, measure and compare classifiers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from casenotes.classify.registry import backend_names
from casenotes.cli import app, choice, out
from casenotes.cli.score_cmds import EvidenceMode

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
    param: Annotated[list[str], typer.Option("--param", help="A hyperparameter other than its default, KEY=VALUE "
                                             "with VALUE as JSON (repeatable), e.g. --param scope_features=true."
                                             )] = [],  # noqa: B006
) -> None:
    """Train a classifier and write it with its model card (metrics on the test split when --data is given)."""
    from casenotes.classify.train import parse_params, train

    card = train(backend, out_dir, data=data, extra=extra, members=[m for m in members.split(",") if m] or None,
                 params=parse_params(backend, param))
    out.print(f"model written to {out_dir} (trained in {card['training_seconds']} s)")
    if "evaluation" in card:
        print_metrics({**card["evaluation"], "fairness": card["fairness"]})


def print_plausibility(result: dict[str, Any]) -> None:
    out.print(f"evidence plausibility against human rationales in {result['file']} ({result['mode']} evidence)")
    out.print(f"{'label':<22}{'n':>5}{'token F1':>10}{'IOU-F1':>8}{'P':>7}{'R':>7}{'spans':>7}{'given':>7}")
    for label, m in [*result["labels"].items(), ("all", result["all"])]:
        out.print(f"{label:<22}{m['n']:>5}{m['token_f1']:>10.3f}{m['iou_f1']:>8.3f}{m['token_precision']:>7.3f}"
                  f"{m['token_recall']:>7.3f}{m['evidence']:>7.1%}{m['given']:>7.1%}")


@app.command("evaluate")
def evaluate_cli(
    model: Annotated[str, typer.Option("--model", help="Shipped model name or model directory.")],
    data: Annotated[Path | None, typer.Option("--data", exists=True, dir_okay=False, help="Labelled JSONL.")] = None,
    split: Annotated[str | None, typer.Option(help="Only rows of this split (e.g. test).")] = None,
    rationales: Annotated[Path | None, typer.Option(exists=True, dir_okay=False, help="Human rationale JSONL "
                                                    "({id, text, label, rationale}): measure how plausible the "
                                                    "model's evidence is (token F1, IOU-F1).")] = None,
    evidence: Annotated[EvidenceMode, typer.Option(help="Evidence mode measured against --rationales.")]  # type: ignore[valid-type]
    = EvidenceMode("full"),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Precision, recall and F1 per label with CIs, macro-F1, confusions and the counterfactual flip rate; with
    --rationales, how well the model's evidence matches human rationales."""
    from casenotes.classify.evaluate import evaluate_model, evaluate_rationales

    if data is None and rationales is None:
        raise typer.BadParameter("give --data, --rationales or both.")
    result = evaluate_model(model, data, split=split) if data is not None else {}
    if rationales is not None:
        result["plausibility"] = evaluate_rationales(model, rationales, mode=evidence)
    if as_json:
        typer.echo(json.dumps(result))
        return
    if data is not None:
        print_metrics(result)
    if rationales is not None:
        print_plausibility(result["plausibility"])


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
