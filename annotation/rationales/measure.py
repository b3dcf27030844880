"""Measure shipped models' evidence against both rationale sets, in both evidence modes; summaries only.

usage: python annotation/rationales/measure.py OUT.json [MODEL ...] [--settings FILE] [--mode full|fast ...] [--cards]
       python annotation/rationales/measure.py --table BEFORE.json AFTER.json

For each model (default: every one under models/), what `casenotes evaluate --rationales` measures, on
rationales.v1.jsonl (the development set) and rationales.v2.jsonl (held out), with `--evidence full` (what the model
cards report) and `fast` (what `casenotes classify` shows by default), using the evidence settings FILE
(default: the shipped ones; `casenotes/data/evidence.v1.toml` gives the evidence of the cards measured before v2).
Writes `{"settings", "results": {model: {file: {mode: {"all", "labels"}}}}}`, merged into OUT when it exists:
per-label and overall means, never a sentence's own result, so the held-out set is measured without being read.

`--cards` copies the full-mode results the model cards carry (`models/add_plausibility.py`) instead of measuring
them again; `--table` prints the before/after Markdown table of annotation/rationales/README.md.

A transformer's logits are computed once per text and shared by the models that load it, as
`models/add_plausibility.py` does (`shared_logits`), which changes no number.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from casenotes.classify import load_model
from casenotes.classify.evaluate import plausibility, read_rationales
from casenotes.classify.explain import EvidenceSettings, load_settings
from casenotes.classify.rules import RulesClassifier

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "models"))
from add_plausibility import shared_logits, transformers  # noqa: E402  (one way to share logits, the card tool's)
FILES = [Path(__file__).resolve().parent / f"rationales.{v}.jsonl" for v in ("v1", "v2")]
MODES = ("full", "fast")


def prepared(name: str, settings: EvidenceSettings, cache: dict[tuple[str, str], np.ndarray]) -> Any:
    """The model, its members and their rules (a transformer's fast evidence) cutting evidence with ``settings``."""
    model = load_model(name)
    for member in [model, *(model.models_ if model.backend.startswith("ensemble") else [])]:
        member.evidence_settings_ = settings
        if member.backend.startswith("transformer"):
            member.rules_ = RulesClassifier().fit()
            member.rules_.evidence_settings_ = settings
    for member_name, member in transformers(name, model):
        shared_logits(member, member_name, cache)
    return model


def table(before: dict, after: dict) -> str:
    """Markdown: per model, set and mode, token F1 (P / R) and mean words per span, before and after."""
    lines = ["| model | rationales | evidence | token F1 before | after | P before / after | R before / after | "
             "words/span before / after | share before / after |", "|" + " --- |" * 9]
    for name in sorted(after["results"]):
        for file in sorted(after["results"][name]):
            for mode in MODES:
                a, b = before["results"][name][file][mode]["all"], after["results"][name][file][mode]["all"]
                lines.append(f"| {name} | {file.split('.')[1]} | {mode} | {a['token_f1']:.3f} | "
                             f"**{b['token_f1']:.3f}** | "
                             f"{a['token_precision']:.2f} / {b['token_precision']:.2f} | {a['token_recall']:.2f} / "
                             f"{b['token_recall']:.2f} | {a['span_words']:.1f} / {b['span_words']:.1f} | "
                             f"{a['length_share']:.2f} / {b['length_share']:.2f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("models", nargs="*")
    parser.add_argument("--settings", default="default")
    parser.add_argument("--mode", action="append", choices=MODES)
    parser.add_argument("--cards", action="store_true")
    parser.add_argument("--table", nargs=2, type=Path)
    args = parser.parse_args()
    if args.table:
        print(table(*(json.loads(p.read_text(encoding="utf-8")) for p in args.table)))
        return
    names = args.models or sorted((p.parent.name for p in (ROOT / "models").glob("*/model.json")),
                                  key=lambda name: (name.startswith(("transformer", "ensemble")), name))
    settings = load_settings(args.settings)
    rows = {file.name: read_rationales(file) for file in FILES}
    results: dict = json.loads(args.out.read_text(encoding="utf-8"))["results"] if args.out.exists() else {}
    cache: dict[tuple[str, str], np.ndarray] = {}
    for name in names:
        if args.cards:
            card = json.loads((ROOT / "models" / name / "model.json").read_text(encoding="utf-8"))["card"]
            for file, got in card["plausibility"].items():
                results.setdefault(name, {}).setdefault(file, {})[got["mode"]] = {"all": got["all"],
                                                                                   "labels": got["labels"]}
        model = prepared(name, settings, cache)
        for file, lines in rows.items():
            for mode in args.mode or MODES:
                got = plausibility(model, lines, mode=mode)
                results.setdefault(name, {}).setdefault(file, {})[mode] = {"all": got["all"], "labels": got["labels"]}
                a = got["all"]
                print(f"{name} {file} {mode}: token F1 {a['token_f1']:.3f} P {a['token_precision']:.3f} "
                      f"R {a['token_recall']:.3f} words/span {a['span_words'] or 0:.1f}", flush=True)
        args.out.write_text(json.dumps({"settings": settings.source, "results": results}, indent=1, sort_keys=True)
                            + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
