"""Throughput and memory of each pipeline stage and backend, against the floor of bare spaCy.

usage: python benchmarks/bench_pipeline.py [--notes 2000] [--seed 0] [--models rules-v1,linear-v1,...] [--out FILE]

The corpus is synthetic but varied (hundreds of templates with slot filling and different seeds per run), so
spaCy's tokenizer cache does not flatter the numbers. The floor is `spacy.blank("en")` + sentencizer over the
same texts in one process; each stage reports notes/s, words/s and its ratio to the floor. Peak RSS is read
from the OS after each stage. Results print as a table and are saved as JSON.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

import spacy


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
    ap.add_argument("--models", default="rules-v1,linear-v1,transformer-v1")
    ap.add_argument("--out", default="benchmarks/results.json")
    args = ap.parse_args()

    from casenotes.classify import load_model
    from casenotes.nlp import build_nlp
    from casenotes.synth import Generator

    data = Generator(notes=args.notes, seed=args.seed).generate()
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
    for name in [m for m in args.models.split(",") if m]:
        try:
            model = load_model(name)
        except Exception as exc:  # a model not present here is reported, not fatal
            rows.append({"stage": f"classify: {name}", "error": str(exc).splitlines()[0]})
            continue
        _, t = timed(lambda: model.predict_proba(sents))
        rows.append({"stage": f"classify: {name}", "seconds": t, "sentences_per_s": len(sents) / t})
    for row in rows:
        if "seconds" in row:
            row.update({"notes_per_s": len(texts) / row["seconds"], "words_per_s": words / row["seconds"],
                        "ratio_to_floor": floor / row["seconds"]})
    result = {"notes": len(texts), "words": words, "sentences": len(sents), "peak_rss_mb": peak_rss_mb(), "stages": rows}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2))
    print(f"{len(texts)} notes, {words} words, {len(sents)} sentences; peak RSS {result['peak_rss_mb']:.0f} MB")
    print(f"{'stage':<40}{'notes/s':>10}{'words/s':>12}{'sent/s':>10}{'x floor':>9}")
    for r in rows:
        if "error" in r:
            print(f"{r['stage']:<40}  {r['error']}")
        else:
            print(f"{r['stage']:<40}{r['notes_per_s']:>10.0f}{r['words_per_s']:>12.0f}"
                  f"{r.get('sentences_per_s', float('nan')):>10.0f}{r['ratio_to_floor']:>9.2f}")


if __name__ == "__main__":
    main()
