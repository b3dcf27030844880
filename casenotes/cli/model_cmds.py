"""``casenotes train``, ``evaluate`` and ``agreement``: build, measure and compare classifiers."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Any

import numpy as np
import typer

from casenotes.classify.registry import BACKENDS, backend_named, backend_names
from casenotes.cli import app, out
from casenotes.errors import InputError


def train(backend: str, out_dir: Path, *, data: Path | None = None, extra: list[Path] | None = None,
          members: list[str] | None = None, eval_split: str = "test") -> dict[str, Any]:
    """Fit a backend on the ``train`` split of ``data`` (plus the ``train`` rows of each ``extra`` file), save it,
    evaluate on ``data``'s ``eval_split`` and write the card."""
    from casenotes.classify.evaluate import read_labelled

    registered = backend_named(backend)
    if registered is None:
        raise InputError(f"[E110] --backend '{backend}' is unknown; expected one of {backend_names()}.")
    if members and "members" not in registered.defaults:
        combining = [b.name for b in BACKENDS.values() if "members" in b.defaults]
        raise InputError(f"[E113] --members is for --backend {' or '.join(combining)}.")
    model = registered.cls()(**({"members": tuple(members)} if members else {}))
    started = time.perf_counter()
    card: dict[str, Any] = {"name": out_dir.name}
    if data is not None:
        rows, Y = read_labelled(data, split="train")
        sources = {data.name: len(rows)}
        for path in extra or []:
            more, more_Y = read_labelled(path, split="train")
            rows, Y, sources[path.name] = rows + more, np.vstack([Y, more_Y]), len(more)
        model.fit([r["text"] for r in rows], Y)
        card["training_data"] = {"file": data.name, "split": "train", "sentences": len(rows), "sources": sources}
    elif extra:
        raise InputError("[E112] --extra adds to --data: pass the main labelled file with --data.")
    elif not registered.learns:
        model.fit()
    else:
        raise InputError(f"[E111] --backend {backend} learns from data: pass --data with a labelled JSONL file.")
    card["training_seconds"] = round(time.perf_counter() - started, 1)
    model.save(out_dir, card=card)
    return write_card(out_dir, card, data=data, eval_split=eval_split)


def write_card(out_dir: Path, card: dict[str, Any], *, data: Path | None, eval_split: str = "test") -> dict[str, Any]:
    """Evaluate a saved model as it will be used (reloaded from disk, as `evaluate` loads it) and write its card
    into model.json and MODEL_CARD.md."""
    from casenotes.classify import load_model
    from casenotes.classify.evaluate import flip_rate, metrics, read_labelled
    from casenotes.classify.model_card import write_model_card

    model = load_model(out_dir)
    if data is not None:
        rows, Y = read_labelled(data, split=eval_split)
        texts = [r["text"] for r in rows]
        card["evaluation"] = {"file": data.name, "split": eval_split, **metrics(Y, model.predict(texts))}
        card["fairness"] = flip_rate(model, texts)
    meta = json.loads((out_dir / "model.json").read_text(encoding="utf-8"))
    meta["card"] = card
    (out_dir / "model.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    write_model_card(model, out_dir, card)
    return card


def evaluate(model_name: str, data: Path, *, split: str | None = None) -> dict[str, Any]:
    from casenotes.classify import load_model
    from casenotes.classify.evaluate import flip_rate, metrics, pair_flip_rate, read_labelled

    rows, Y = read_labelled(data, split=split)
    model = load_model(model_name)
    texts = [r["text"] for r in rows]
    P = model.predict(texts)
    # a counterfactual set carries its own pairs; otherwise swap genders on the fly
    fairness = pair_flip_rate(rows, P) or flip_rate(model, texts)
    return {**metrics(Y, P), "fairness": fairness}


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
    backend: Annotated[str, typer.Option("--backend", help=f"One of {backend_names()}.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Model directory to write (e.g. models/NAME).")],
    data: Annotated[Path | None, typer.Option("--data", exists=True, dir_okay=False,
                                              help="Labelled JSONL; the 'train' split is used for fitting.")] = None,
    extra: Annotated[list[Path], typer.Option("--extra", exists=True, dir_okay=False,
                                              help="More labelled JSONL whose 'train' rows are added (repeatable); "
                                              "evaluation stays on --data's test split.")] = [],  # noqa: B006
    members: Annotated[str, typer.Option(help="Ensemble members, comma-separated model names or directories.")] = "",
) -> None:
    """Train a classifier and write it with its model card (metrics on the test split when --data is given)."""
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
    result = evaluate(model, data, split=split)
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
    from casenotes.classify.evaluate import agreement, read_labelled

    rows_a, Y_a = read_labelled(first)
    rows_b, Y_b = read_labelled(second)
    index_b = {r["id"]: i for i, r in enumerate(rows_b)}
    common = [(i, index_b[r["id"]]) for i, r in enumerate(rows_a) if r["id"] in index_b]
    if not common:
        raise InputError(f"[E125] {first.name} and {second.name} share no sentence ids.")
    result = agreement(Y_a[[i for i, _ in common]], Y_b[[j for _, j in common]])
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
