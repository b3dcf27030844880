"""How much de-identification changes what the classifiers decide.

usage: python benchmarks/deid_labels.py [--model NAME ...] [--out benchmarks/deid_labels.json]

Over-redaction is not only a privacy-tool statistic: a word wrongly replaced can change a sentence's labels
("Restart" taken for a name, a school's name taken for a person). Each labelled sentence of the gold test split
and of the external test sets is classified as written and after ``Pseudonymiser`` (no people table: every name
must be found by the patterns and the name detector), and the share of label decisions that differ is reported,
with macro-F1 against the gold labels both ways.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SETS = {"gold_test": (ROOT / "annotation/gold/sentences.v1.jsonl", "test"),
        "external_v1": (ROOT / "annotation/external/sentences_ext1.jsonl", None)}


def read_set(path: Path, split: str | None) -> tuple[list[str], np.ndarray]:
    from casenotes.schemas import LABELS

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if split is None or r.get("split") == split]
    y = np.array([[int(label in r["labels"]) for label in LABELS] for r in rows])
    return [r["text"] for r in rows], y


def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(y, pred, average="macro", zero_division=0))


def label_stability(model: str, texts: list[str], y: np.ndarray) -> dict[str, float]:
    """Decisions changed by de-identification, and macro-F1 before and after, for one model on one set."""
    from casenotes.classify import load_model
    from casenotes.deid import Pseudonymiser

    clf = load_model(model)
    deid = Pseudonymiser(key=b"casenotes-benchmark-key-32-bytes")
    changed_text = deid.pseudonymise(texts)
    before, after = clf.predict(texts), clf.predict(changed_text)
    return {"sentences": len(texts), "sentences_changed_by_deid": round(float(np.mean(
        [a != b for a, b in zip(texts, changed_text)])), 4),
            "decisions_changed": round(float(np.mean(before != after)), 4),
            "sentences_with_a_changed_label": round(float(np.mean((before != after).any(axis=1))), 4),
            "macro_f1_before": round(macro_f1(y, before), 4), "macro_f1_after": round(macro_f1(y, after), 4)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", nargs="*", default=["linear-v1", "ensemble-v2"])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "deid_labels.json")
    args = parser.parse_args(argv)
    results = {}
    for name, (path, split) in SETS.items():
        texts, y = read_set(path, split)
        for model in args.model:
            results[f"{name}/{model}"] = label_stability(model, texts, y)
            print(name, model, results[f"{name}/{model}"], flush=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
