"""Measure every shipped model's evidence against both rationale sets, in both evidence modes; summaries only.

usage: python annotation/rationales/measure.py OUT.json [MODEL ...]

For each model (default: every one under models/), `casenotes evaluate --rationales` on rationales.v1.jsonl (the
development set) and rationales.v2.jsonl (the held-out one), with `--evidence full` (what the model cards report)
and `fast` (what `casenotes classify` shows by default), using the evidence settings the package ships at the time.
Writes `{"settings", "results": {model: {file: {mode: {"all", "labels"}}}}}`: per-label and overall means, never a
sentence's own result, so the held-out set can be measured without its sentences being read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from casenotes.classify import load_model
from casenotes.classify.evaluate import plausibility, read_rationales
from casenotes.classify.explain import load_settings

ROOT = Path(__file__).resolve().parents[2]
FILES = [Path(__file__).resolve().parent / f"rationales.{v}.jsonl" for v in ("v1", "v2")]
MODES = ("full", "fast")


def main(out: Path, names: list[str]) -> None:
    names = names or sorted((p.parent.name for p in (ROOT / "models").glob("*/model.json")),
                            key=lambda name: (name.startswith(("transformer", "ensemble")), name))
    rows = {file.name: read_rationales(file) for file in FILES}
    results: dict = json.loads(out.read_text(encoding="utf-8"))["results"] if out.exists() else {}
    for name in names:
        model = load_model(name)
        results[name] = {}
        for file, lines in rows.items():
            results[name][file] = {}
            for mode in MODES:
                got = plausibility(model, lines, mode=mode)
                results[name][file][mode] = {"all": got["all"], "labels": got["labels"]}
                print(f"{name} {file} {mode}: token F1 {got['all']['token_f1']:.3f} P {got['all']['token_precision']:.3f}"
                      f" R {got['all']['token_recall']:.3f} words/span {got['all']['span_words'] or 0:.1f}", flush=True)
        out.write_text(json.dumps({"settings": load_settings().source, "results": results}, indent=1, sort_keys=True)
                       + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])
