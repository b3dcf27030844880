"""A whole-authority run: score N notes (default 1,000,000) with the CLI and report time and peak memory.

usage: python benchmarks/bench_scale.py [--notes 1000000] [--workers 2] [--model linear-v1] [--chunk-size 2000]
       [--typo-rate 0.05] [--workdir DIR] [--keep] [--reuse] [--out benchmarks/results_scale.json]

The corpus (``benchmarks/corpus.py``: synthetic notes varied with typos and one-off tokens, each 50,000-note
partition varied afresh) is written as Parquet partitions, with their people table, before the clock starts.
Then ``casenotes score`` runs as a separate process, exactly as a user would run it, and the process tree (the
CLI and its worker processes) is sampled every half second: the peak of the tree's summed resident memory is
reported, as well as notes/s, words/s, the ratio to the floor (bare spaCy tokenise + split, one process, on the
first partition, measured before and after the run and averaged) and the run's own reconciliation of counts.
The issue's targets: 1,000,000 notes in under 30 minutes with peak RSS under 2 GB, at >= 0.25x the floor.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import psutil
from corpus import vary

PART = 50_000


def write_corpus(workdir: Path, notes: int, seed: int, typo_rate: float) -> tuple[Path, Path, int]:
    """Parquet partitions of varied notes and one people table. Generating a million notes from the templates
    takes about an hour, so one partition's worth is generated and each partition re-varies it with its own
    seed (fresh typos and one-off tokens) under its own note and case ids."""
    from casenotes.synth import Generator

    parts = workdir / "notes"
    parts.mkdir(parents=True, exist_ok=True)
    base = Generator(notes=min(PART, notes), seed=seed).generate()
    people, words = [], 0
    for i, start in enumerate(range(0, notes, PART)):
        frame = base["notes"].iloc[:min(PART, notes - start)]
        frame = frame.assign(note_id=f"p{i}-" + frame["note_id"].astype(str),
                             case_id=f"p{i}-" + frame["case_id"].astype(str),
                             text=vary(list(frame["text"]), seed=seed + i, typo_rate=typo_rate))
        words += int(frame["text"].str.split().str.len().sum())
        frame.to_parquet(parts / f"part-{i:04d}.parquet", index=False)
        people.append(base["people"].assign(case_id=f"p{i}-" + base["people"]["case_id"].astype(str)))
        print(f"corpus: {start + len(frame):,} notes written", file=sys.stderr, flush=True)
    people_file = workdir / "people.parquet"
    pd.concat(people, ignore_index=True).to_parquet(people_file, index=False)
    return parts, people_file, words


def floor_words_per_s(part: Path) -> float:
    """The floor on one partition of the same corpus: bare ``spacy.blank("en")`` + sentencizer, one process."""
    import spacy

    texts = list(pd.read_parquet(part, columns=["text"])["text"])
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    start = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=256):
        len(list(doc.sents))
    return sum(len(t.split()) for t in texts) / (time.perf_counter() - start)


def tree_rss_mb(proc: psutil.Process) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=1_000_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--model", default="linear-v1")
    ap.add_argument("--chunk-size", type=int, default=2000)
    ap.add_argument("--typo-rate", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", help="where the corpus and store go (default: a temporary directory)")
    ap.add_argument("--keep", action="store_true", help="keep the corpus and store afterwards")
    ap.add_argument("--reuse", action="store_true", help="score the corpus already in --workdir (from --keep)")
    ap.add_argument("--out", default="benchmarks/results_scale.json")
    args = ap.parse_args()

    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="casenotes-scale-"))
    try:
        if args.reuse and (workdir / "people.parquet").is_file():
            parts, people = workdir / "notes", workdir / "people.parquet"
            words = sum(int(pd.read_parquet(p, columns=["text"])["text"].str.split().str.len().sum())
                        for p in parts.glob("*.parquet"))
            for stale in workdir.glob("store*"):
                stale.unlink()
        else:
            parts, people, words = write_corpus(workdir, args.notes, args.seed, args.typo_rate)
        # the floor before and after the run, averaged: a shared machine's speed drifts over a run of minutes
        first_part = sorted(parts.glob("*.parquet"))[0]
        floor_before = floor_words_per_s(first_part)
        db = workdir / "store.duckdb"
        report_file = workdir / "report.json"
        cmd = [str(Path(sys.executable).with_name("casenotes")), "score", str(parts), "--db", str(db), "--people", str(people),
               "--model", args.model, "--workers", str(args.workers), "--chunk-size", str(args.chunk_size),
               "--report", str(report_file)]
        start = time.perf_counter()
        proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        peak = 0.0
        while proc.poll() is None:
            peak = max(peak, tree_rss_mb(proc))
            time.sleep(0.5)
        seconds = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"casenotes score failed with exit code {proc.returncode}")
        report = json.loads(report_file.read_text())
        floor_after = floor_words_per_s(first_part)
        floor = (floor_before + floor_after) / 2
        result = {
            "notes": args.notes, "words": words, "workers": args.workers, "model": args.model,
            "chunk_size": args.chunk_size, "typo_rate": args.typo_rate, "seconds": seconds,
            "notes_per_s": args.notes / seconds, "words_per_s": words / seconds, "floor_words_per_s": floor,
            "floor_before_after": [floor_before, floor_after],
            "ratio_to_floor": words / seconds / floor, "peak_tree_rss_mb": peak,
            "store_mb": db.stat().st_size / 2**20, "reconciles": report["reconciles"],
            "rows_read": report["rows_read"], "notes_new": report["notes_new"],
            "targets": {"under_30_min": seconds < 1800, "under_2_gb": peak < 2048,
                        "quarter_of_floor": words / seconds / floor >= 0.25},
        }
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(result, indent=2))
        print(f"{args.notes:,} notes ({words:,} words) with {args.model}, {args.workers} workers: {seconds / 60:.1f} min, "
              f"{result['notes_per_s']:.0f} notes/s, {result['words_per_s']:.0f} words/s "
              f"({result['ratio_to_floor']:.2f}x the floor of {floor:.0f} words/s), peak RSS "
              f"{peak:.0f} MB (process tree), store {result['store_mb']:.0f} MB, reconciles: {report['reconciles']}")
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
