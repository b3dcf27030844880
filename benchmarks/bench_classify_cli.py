"""Sentences per second through the installed ``casenotes classify``, model loading excluded.

usage: python benchmarks/bench_classify_cli.py [--models ensemble-v3,linear-v3] [--sentences 2000] [--seed 0]
       [--repeats 2] [--out benchmarks/results_classify_cli.json]

What a user feels: the console script as a subprocess, its gender-swapped second pass and evidence included.
Each model classifies two files of varied, independent sentences of about 21 words (the synthetic generator's
sentences of 19-40 words, with typos and one-off times, dates and references from ``corpus.vary``, each kept
once): a small one (``--warm`` sentences) and a large one (``--sentences``). Process start, imports and model
loading are the same in both runs, so the rate is the extra sentences over the extra seconds:
``(N - n) / (t_N - t_n)``; the fastest of ``--repeats`` runs of each file is used. On a shared machine the
wall-clock rate says as much about the other processes as about casenotes, so the CPU seconds the command used
(user + system, all its threads) are measured too: ``sentences_per_cpu_s`` is the rate per core-second, which
other processes barely move, and on two otherwise idle cores the wall-clock rate is at least that (at most
twice it, if both cores were always busy). For a fast model the difference of two short runs is mostly noise in
process start-up, so ``sentences_per_s_loading_included`` (the large run's sentences over its whole wall-clock
time, start-up and model loading included) is recorded as a lower bound that noise cannot inflate. With
``--data FILE``, each model's macro-F1 on that labelled JSONL is recorded beside its speed (``casenotes
evaluate``), so a faster model's accuracy is reported with it. Results print and are saved as JSON with the load
average at the start, since other processes on the machine move the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import vary

ROOT = Path(__file__).resolve().parents[1]


def casenotes_command() -> str:
    """The installed console script beside this interpreter (the checkout's .venv), else the one on PATH."""
    local = Path(sys.executable).with_name("casenotes")
    found = str(local) if local.is_file() else shutil.which("casenotes")
    if found is None:
        raise SystemExit("casenotes is not installed: run `make install`.")
    return found


def bench_sentences(n: int, *, seed: int) -> list[str]:
    """``n`` distinct sentences of 19-40 words (mean about 21) from synthetic notes, varied as real notes are."""
    import spacy

    from casenotes.synth import Generator

    splitter = spacy.blank("en")
    splitter.add_pipe("sentencizer")
    seen: set[str] = set()
    out: list[str] = []
    notes = 400
    while len(out) < n:
        texts = vary(list(Generator(notes=notes, seed=seed).generate()["notes"]["text"]), seed=seed,
                     one_offs_per_note=0.5)
        for doc in splitter.pipe(line for text in texts for line in text.splitlines()):
            for sent in doc.sents:
                text = sent.text.strip()
                if 19 <= len(text.split()) <= 40 and text not in seen:
                    seen.add(text)
                    out.append(text)
        notes, seed = notes * 2, seed + 1
    return out[:n]


def run_classify(command: str, model: str, texts: list[str], workdir: Path) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one ``casenotes classify`` run over ``texts``."""
    src, dst = workdir / f"in_{len(texts)}.jsonl", workdir / "out.jsonl"
    src.write_text("".join(json.dumps({"id": f"s{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
                   encoding="utf-8")
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run([command, "classify", str(src), "-o", str(dst), "--model", model], check=True,
                   capture_output=True)
    seconds, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    if sum(1 for _ in dst.open(encoding="utf-8")) != len(texts):
        raise SystemExit(f"casenotes classify --model {model} did not write one line per input line.")
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def macro_f1(command: str, model: str, data: Path) -> float:
    """The model's macro-F1 on labelled JSONL, as ``casenotes evaluate --json`` reports it."""
    done = subprocess.run([command, "evaluate", "--model", model, "--data", str(data), "--json"], check=True,
                          capture_output=True, text=True)
    return round(json.loads(done.stdout)["macro_f1"], 4)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", default="ensemble-v3")
    ap.add_argument("--sentences", type=int, default=2000)
    ap.add_argument("--warm", type=int, default=50, help="sentences of the small run (its time is the overhead)")
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--data", type=Path, help="labelled JSONL to report each model's macro-F1 on")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results_classify_cli.json")
    args = ap.parse_args()

    command = casenotes_command()
    load = os.getloadavg()[0]
    texts = bench_sentences(args.sentences, seed=args.seed)
    words = sum(len(t.split()) for t in texts) / len(texts)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for model in [m for m in args.models.split(",") if m]:
            small = min(run_classify(command, model, texts[:args.warm], Path(tmp)) for _ in range(args.repeats))
            large = min(run_classify(command, model, texts, Path(tmp)) for _ in range(args.repeats))
            extra = len(texts) - args.warm
            row = {"model": model, "seconds_small": round(small[0], 2), "seconds_large": round(large[0], 2),
                   "cpu_seconds_small": round(small[1], 2), "cpu_seconds_large": round(large[1], 2),
                   "sentences_per_s": round(extra / max(large[0] - small[0], 1e-9), 1),
                   "sentences_per_cpu_s": round(extra / max(large[1] - small[1], 1e-9), 1),
                   "sentences_per_s_loading_included": round(len(texts) / large[0], 1)}
            if args.data:
                row["macro_f1"] = macro_f1(command, model, args.data)
                row["data"] = args.data.name
            rows.append(row)
            print(f"{model:<28}{row['sentences_per_s']:>8.1f} sentences/s (wall clock)"
                  f"{row['sentences_per_cpu_s']:>8.1f} sentences per CPU-second"
                  + (f"   macro-F1 {row['macro_f1']:.3f} on {args.data.name}" if args.data else ""), flush=True)
            result = {"command": "casenotes classify IN.jsonl -o OUT.jsonl --model MODEL", "sentences": len(texts),
                      "small_run": args.warm, "mean_words": round(words, 1), "cpus": os.cpu_count(),
                      "load_average_at_start": load, "models": rows}
            args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")  # each model as it is done


if __name__ == "__main__":
    main()
