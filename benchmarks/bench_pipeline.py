"""Throughput and memory of each pipeline stage and backend, against the floor of bare spaCy.

usage: python benchmarks/bench_pipeline.py [--notes 2000] [--seed 0]
       [--models rules-v1,linear-v1,transformer-v2,transformer-v2@int8] [--end-to-end rules-v1,linear-v1]
       [--workers 1,2] [--chunk-size 2000] [--typo-rate 0.05] [--out FILE]

``name@int8`` classifies with the quantised form (``--precision int8``) and reports the share of label
decisions that differ from the float32 model's, when that is also listed.

The corpus is synthetic but varied like real notes (``benchmarks/corpus.py``: templates with slot filling, then
typos and one-off times, dates, references and numbers), so spaCy's tokenizer cache and casenotes' per-word caches
do not flatter the numbers. The floor is `spacy.blank("en")` + sentencizer over the
same texts in one process; each stage reports notes/s, words/s and its ratio to the floor. Peak RSS is read
from the OS after each stage. Results print as a table and are saved as JSON.

End to end (``--end-to-end``): the corpus is written to CSV and ``casenotes.batch.score_file`` runs the whole
pipeline (ingest -> deid -> nlp -> classify -> audit -> store) into a fresh store, once per model and worker
count, so the issue's target (>= 25% of the floor with both cores) is measured in the same run as the floor. Peak
RSS there is this process plus its largest worker; the 1M-note line extrapolates the measured rate.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

import numpy as np
import spacy
from corpus import varied_corpus


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--models", default="rules-v1,linear-v1,transformer-v2,transformer-v2@int8")
    ap.add_argument("--end-to-end", default="rules-v1,linear-v1", help="models to run through score_file ('' for none)")
    ap.add_argument("--workers", default="1,2", help="worker counts for the end-to-end runs")
    ap.add_argument("--chunk-size", type=int, default=2000, help="rows per chunk in the end-to-end runs")
    ap.add_argument("--typo-rate", type=float, default=0.05, help="share of longer words misspelt in the corpus")
    ap.add_argument("--out", default="benchmarks/results.json")
    args = ap.parse_args()

    from casenotes.classify import load_model
    from casenotes.nlp import build_nlp

    data = varied_corpus(args.notes, seed=args.seed, typo_rate=args.typo_rate)
    texts = list(data["notes"]["text"])
    words = sum(len(t.split()) for t in texts)
    rows = []

    floor_nlp = spacy.blank("en")
    floor_nlp.add_pipe("sentencizer")
    _, floor = timed(lambda: [len(list(d.sents)) for d in floor_nlp.pipe(texts, batch_size=256)])
    rows.append({"stage": "floor: spacy.blank + sentencizer", "seconds": floor})

    nlp = build_nlp()
    docs, t_nlp = timed(lambda: list(nlp.pipe(texts, batch_size=256)))
    rows.append({"stage": "nlp: casenotes pipeline", "seconds": t_nlp})
    sents = [s for d in docs for s in d.sents if s.text.strip()]
    decisions = {}
    for name in [m for m in args.models.split(",") if m]:
        base, _, precision = name.partition("@")  # transformer-v2@int8: the quantised form
        try:
            model = load_model(base, precision=precision or "float32")
        except Exception as exc:  # a model not present here is reported, not fatal
            rows.append({"stage": f"classify: {name}", "error": str(exc).splitlines()[0]})
            continue
        proba, t = timed(lambda model=model: model.predict_proba(sents))
        row = {"stage": f"classify: {name}", "seconds": t, "sentences_per_s": len(sents) / t}
        decisions[name] = proba >= np.array([model.thresholds_[label] for label in model.labels_])
        if precision and base in decisions:  # how many label decisions quantisation changed
            row["decisions_changed_vs_float32"] = float((decisions[name] != decisions[base]).mean())
        rows.append(row)
    for name in [m for m in args.end_to_end.split(",") if m]:
        for workers in [int(w) for w in args.workers.split(",") if w]:
            rows.append(end_to_end(data, name, workers, args.chunk_size))
    for row in rows:
        if "seconds" in row:
            row.update({"notes_per_s": len(texts) / row["seconds"], "words_per_s": words / row["seconds"],
                        "ratio_to_floor": floor / row["seconds"]})
            if row["stage"].startswith("end to end"):
                row["hours_per_million_notes"] = 1e6 / row["notes_per_s"] / 3600
    result = {"notes": len(texts), "words": words, "typo_rate": args.typo_rate, "sentences": len(sents), "peak_rss_mb": peak_rss_mb(), "stages": rows}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2))
    print(f"{len(texts)} notes, {words} words, {len(sents)} sentences; peak RSS {result['peak_rss_mb']:.0f} MB")
    print(f"{'stage':<40}{'notes/s':>10}{'words/s':>12}{'sent/s':>10}{'x floor':>9}")
    for r in rows:
        if "error" in r:
            print(f"{r['stage']:<40}  {r['error']}")
        else:
            extra = (f"  RSS {r['peak_rss_mb']:.0f} MB, 1M notes in {r['hours_per_million_notes'] * 60:.0f} min"
                     if "hours_per_million_notes" in r else "")
            print(f"{r['stage']:<40}{r['notes_per_s']:>10.0f}{r['words_per_s']:>12.0f}"
                  f"{r.get('sentences_per_s', float('nan')):>10.0f}{r['ratio_to_floor']:>9.2f}{extra}")


def end_to_end(data: dict, model: str, workers: int, chunk_size: int) -> dict:
    """One timed ``score_file`` run of the whole corpus into a new store (model loading included)."""
    import tempfile

    from casenotes.batch import score_file

    with tempfile.TemporaryDirectory() as tmp:
        notes = Path(tmp) / "notes.csv"
        data["notes"].to_csv(notes, index=False)
        data["people"].to_csv(Path(tmp) / "people.csv", index=False)
        start = time.perf_counter()
        report = score_file(notes, Path(tmp) / "s.duckdb", people=Path(tmp) / "people.csv", model=model,
                            workers=workers, chunk_size=chunk_size, tune_gc=True)  # as `casenotes score` runs
        seconds = time.perf_counter() - start
    assert report.reconciles
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"stage": f"end to end: {model}, {workers} worker(s)", "seconds": seconds,
            "peak_rss_mb": peak_rss_mb() + (children if workers > 1 else 0.0)}


if __name__ == "__main__":
    main()
