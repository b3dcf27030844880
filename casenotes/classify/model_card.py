"""Model cards: what a model is, what it was trained and evaluated on, its numbers, intended use and limits."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from casenotes.classify.base import SentenceClassifier
from casenotes.schemas import LABELS

INTENDED_USE = ("Sentence-level measurement of Safe & Together framing in case notes, for aggregate trend "
                "measurement and audit support. Not for judging an individual practitioner, family or case.")
LIMITS = [
    "Trained and evaluated on sentences written for this project in practitioners' voices, not on real case "
    "records; performance on a council's own notes must be checked on a locally labelled sample first.",
    "Labels follow the project codebook (annotation/CODEBOOK.md); framings outside it are not measured.",
    "Quoted speech, sarcasm and long multi-clause sentences are the commonest errors.",
    "Probabilities are calibrated on the training split; thresholds were tuned there too.",
]


def write_model_card(model: SentenceClassifier, out_dir: Path, card: dict[str, Any]) -> Path:
    """Write MODEL_CARD.md beside model.json from the card dict saved with the model."""
    lines = [f"# Model card: {out_dir.name} (backend `{model.backend}`)", ""]
    describe = getattr(model, "describe", None)
    if describe:
        lines += [describe(), ""]
    params = ", ".join(f"{k}={v!r}" for k, v in sorted(model.get_params().items()))
    lines += ["## Model", "", f"- backend: `{model.backend}`; parameters: {params}",
              "- thresholds: " + ", ".join(f"{k} {v:.2f}" for k, v in model.thresholds_.items()), ""]
    if "training_data" in card:
        td = card["training_data"]
        lines += ["## Training data", "", f"- `{td['file']}`, split `{td['split']}`: {td['sentences']} sentences",
                  f"- training time: {card['training_seconds']} s on CPU", ""]
    if "evaluation" in card:
        ev = card["evaluation"]
        lines += ["## Evaluation", "", f"On `{ev['file']}`, split `{ev['split']}` ({ev['n']} sentences); 95% "
                  "bootstrap confidence intervals. Reproduce with "
                  f"`casenotes evaluate --model {out_dir.name} --data annotation/gold/{ev['file']} --split {ev['split']}`.", "",
                  "| label | precision | recall | F1 | F1 95% CI | support |", "| --- | --- | --- | --- | --- | --- |"]
        for label, m in ev["labels"].items():
            lines.append(f"| {label} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | "
                         f"{m['f1_ci'][0]:.3f}–{m['f1_ci'][1]:.3f} | {m['support']} |")
        lines += [f"| **macro** | | | **{ev['macro_f1']:.3f}** | {ev['macro_f1_ci'][0]:.3f}–{ev['macro_f1_ci'][1]:.3f} | |", ""]
    if "evaluations" in card:
        lines += ["## Results on every set", "", "Macro-F1 and per-label F1 on the dev set the model was chosen on, the "
                  "gold test split and the external sets (never trained or tuned on), measured by "
                  "`models/build_results.py`; `models/RESULTS.md` compares every shipped model.", "",
                  "| set | n | macro-F1 | " + " | ".join(LABELS) + " | child_focus recall |",
                  "|" + " --- |" * (len(LABELS) + 4)]
        for name, ev in card["evaluations"].items():
            lines.append(f"| {name} | {ev['n']} | {ev['macro_f1']:.3f} | "
                         + " | ".join(f"{ev['labels'][label]['f1']:.3f}" for label in LABELS)
                         + f" | {ev['labels']['child_focus']['recall']:.3f} |")
        lines.append("")
    if "fairness" in card:
        f = card["fairness"]
        lines += ["## Fairness", "", f"Counterfactual flip rate (genders, names and family terms swapped): "
                  f"{f['flip_rate']:.2%} of {f['pairs']} sentences change at least one label.", ""]
    if "plausibility" in card:
        lines += plausibility_section(out_dir.name, card["plausibility"], card.get("plausibility_before"))
    lines += ["## Intended use", "", INTENDED_USE, "", "## Limits", "", *[f"- {x}" for x in LIMITS], ""]
    path = out_dir / "MODEL_CARD.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def write_card(out_dir: Path, card: dict[str, Any], *, data: Path | None, eval_split: str = "test") -> dict[str, Any]:
    """Evaluate a saved model as it will be used (reloaded from disk, as ``casenotes evaluate`` loads it) on
    ``data``'s ``eval_split``, and write the card into model.json and MODEL_CARD.md; returns the card."""
    from casenotes.classify import load_model
    from casenotes.classify.evaluate import flip_rate, metrics, read_labelled

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


PLAUSIBILITY_TITLE = "## Evidence plausibility"
RATIONALE_SETS = {"rationales.v1.jsonl": "sentence-label pairs of the independent external v2 set, marked by an "
                  "annotator who never saw any model's evidence, following annotation/rationales/GUIDELINES.md; the "
                  "evidence settings were developed on this set",
                  "rationales.v2.jsonl": "every positive label of the external v3 set, its outside labeller's own "
                  "shortest phrases; held out: measured once, after the evidence settings were fixed"}
"""What each rationale file is, for the card (annotation/rationales/README.md has the full account)."""


def plausibility_section(name: str, results: dict[str, dict[str, Any]], before: dict[str, Any] | None = None
                         ) -> list[str]:
    """The card's lines on how well the model's evidence matches human rationales: one table per rationale file
    (``evaluate.plausibility`` results keyed by file name), with a last row for the evidence settings before these
    (``before``: ``{"settings", "results": {file: overall summary}}``) when there were any."""
    first = next(iter(results.values()))
    lines = [PLAUSIBILITY_TITLE, "", f"How far the evidence spans agree with human rationales (annotation/rationales). "
             f"Evidence is the model's for each pair's label whether or not it gives the label (`{first['mode']}` "
             f"evidence: a transformer is measured on its own occlusion spans), cut by `{first['settings']}`; token "
             "F1 and IOU-F1 (a span matching a human span at intersection over union >= 0.5) as in ERASER, averaged "
             "over pairs; *given* is the share of pairs whose label the model gives, *F1 given* the token F1 over "
             "those pairs only; *words/span* is the evidence's mean span length in words and *share* the share of "
             "the sentence's words it marks (1.0 would be the whole sentence, which is not evidence). Goal: token "
             "F1 >= 0.5.", ""]
    for file, result in results.items():
        lines += [f"`{file}` ({RATIONALE_SETS.get(file, 'human rationales')}). Reproduce with `casenotes evaluate "
                  f"--model {name} --rationales annotation/rationales/{file} --evidence {result['mode']}`.", "",
                  "| label | pairs | token precision | token recall | token F1 | IOU-F1 | with evidence | given | "
                  "F1 given | words/span | share |", "|" + " --- |" * 11]
        rows = [*result["labels"].items(), ("**all**", result["all"])]
        if before and file in before["results"]:
            rows.append((f"all, before (`{before['settings']}`)", before["results"][file]))
        for label, m in rows:
            given, words, share = (("–" if m[k] is None else f"{m[k]:.{d}f}") for k, d in
                                   (("token_f1_given", 3), ("span_words", 1), ("length_share", 2)))
            lines.append(f"| {label} | {m['n']} | {m['token_precision']:.3f} | {m['token_recall']:.3f} | "
                         f"{m['token_f1']:.3f} | {m['iou_f1']:.3f} | {m['evidence']:.0%} | {m['given']:.0%} | "
                         f"{given} | {words} | {share} |")
        lines.append("")
    return lines


def write_plausibility(out_dir: Path, model: SentenceClassifier, rationales: list[Path], *, mode: str = "full"
                       ) -> dict[str, dict[str, Any]]:
    """Measure a saved model's evidence against human rationales and put the result on its card, without
    re-evaluating or retraining anything else: ``plausibility`` in model.json's card (one result per rationale
    file, keyed by its name, with the evidence settings file used), and in MODEL_CARD.md the description
    paragraph (how evidence is found) and the Evidence plausibility section, replaced or inserted before Intended
    use; the rest of the card is left as it is.

    Args:
        out_dir: the model's directory.
        model: the model, loaded from ``out_dir`` (before any card is rewritten: a shipped model loads only while
            its files match the manifest).
        rationales: human rationale JSONL files (``evaluate.read_rationales``), in the order the card shows them.
        mode: the evidence mode measured.
    """
    from casenotes.classify.evaluate import plausibility, read_rationales

    settings = model._evidence_settings().source
    results = {file.name: {"file": file.name, "settings": settings,
                           **plausibility(model, read_rationales(file), mode=mode)} for file in rationales}
    meta = json.loads((out_dir / "model.json").read_text(encoding="utf-8"))
    meta["card"]["plausibility"] = results
    (out_dir / "model.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    path = out_dir / "MODEL_CARD.md"
    text = path.read_text(encoding="utf-8")
    head, rest = text.split("\n## Model\n", 1)
    describe = getattr(model, "describe", None)
    if describe:
        head = head.split("\n", 1)[0] + "\n\n" + describe() + "\n"
    text = head + "\n## Model\n" + rest
    path.write_text(_with_section(text, out_dir.name, meta["card"]), encoding="utf-8")
    return results


def _with_section(text: str, name: str, card: dict[str, Any]) -> str:
    """MODEL_CARD.md's text with its Evidence plausibility section replaced, or inserted before Intended use."""
    section = "\n".join(plausibility_section(name, card["plausibility"], card.get("plausibility_before"))) + "\n"
    if PLAUSIBILITY_TITLE + "\n" in text:
        before, after = text.split(PLAUSIBILITY_TITLE + "\n", 1)
        after = after[after.index("\n## "):].lstrip("\n") if "\n## " in after else ""
        return before + section + after
    before, after = text.split("## Intended use\n", 1)
    return before + section + "## Intended use\n" + after


def write_plausibility_before(out_dir: Path, before: dict[str, Any]) -> None:
    """Record on a card what its evidence scored under the previous evidence settings (``before``: ``{"settings",
    "results": {file: overall summary}}``, measured by annotation/rationales/measure.py), as the last row of each
    table; nothing is measured here."""
    meta = json.loads((out_dir / "model.json").read_text(encoding="utf-8"))
    meta["card"]["plausibility_before"] = before
    (out_dir / "model.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    path = out_dir / "MODEL_CARD.md"
    path.write_text(_with_section(path.read_text(encoding="utf-8"), out_dir.name, meta["card"]), encoding="utf-8")
