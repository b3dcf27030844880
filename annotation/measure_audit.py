"""Measure shipped models' audit-domain scores against human scorers on a held-out set, through the console script.

usage: python annotation/measure_audit.py FOLDER [MODEL[@RUBRIC.toml] ...] [--out FILE] [--resamples N]

FOLDER (e.g. annotation/audit_heldout2) holds ``notes.v1.jsonl`` and ``human_scores.v1.csv`` as
``build_audit_gold.py`` writes them. Each model scores the notes with its own default rubric through the installed
``casenotes audit notes`` (a subprocess: what a user runs), and is compared per domain with the human consensus
(the scorers' rounded mean, as calibration uses) and with each scorer: quadratic-weighted kappa, exact and
adjacent agreement, overall and by the notes' ``note_type`` (the writing style). ``MODEL@RUBRIC.toml`` scores
with that rubric file instead of the model's default (two candidate calibrations compared on the same notes).
With two or more, each after the first is also compared with the first by a paired bootstrap over notes
(``paired``: the QWK difference per domain and in the mean over domains, with its 95% percentile interval),
because on 80 notes a point difference of a few hundredths is within the noise. Nothing is fitted here: a set
measured this way for the first time is a first contact, and it stays held out.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from casenotes.audit.calibrate import agreement_stats, consensus, human_agreement, read_human_scores
from casenotes.schemas import DOMAINS

CASENOTES = str(Path(sys.executable).parent / "casenotes")


def machine_scores(notes: Path, model: str) -> pd.DataFrame:
    """``note_id, domain, score`` from ``casenotes audit notes --model MODEL`` (its default rubric, or the rubric
    file after an ``@``)."""
    name, _, rubric = model.partition("@")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        subprocess.run([CASENOTES, "audit", "notes", str(notes), "-o", str(out), "--model", name,
                        *(["--rubric", rubric] if rubric else [])], check=True)
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return pd.DataFrame([(r["note_id"], d, int(r["domains"][d])) for r in rows for d in DOMAINS],
                        columns=["note_id", "domain", "score"])


def compare(machine: pd.DataFrame, human: pd.DataFrame, styles: pd.Series) -> dict[str, Any]:
    """Per domain: machine vs consensus (overall and per style) and vs each scorer; human vs human."""
    cons = consensus(human)
    out: dict[str, Any] = {}
    for domain in DOMAINS:
        m = machine[machine["domain"] == domain].set_index("note_id")["score"]
        c = cons[cons["domain"] == domain].set_index("note_id")["score"]
        ids = sorted(set(m.index) & set(c.index))
        entry: dict[str, Any] = {"machine_vs_consensus": agreement_stats(m.loc[ids].to_numpy(), c.loc[ids].to_numpy()),
                 "by_style": {}, "machine_vs_scorer": {}}
        for style, group in styles.loc[ids].groupby(styles.loc[ids]):
            sub = list(group.index)
            entry["by_style"][str(style)] = agreement_stats(m.loc[sub].to_numpy(), c.loc[sub].to_numpy())
        for scorer, g in human[human["domain"] == domain].groupby("scorer"):
            s = g.set_index("note_id")["score"]
            common = [i for i in ids if i in s.index]
            entry["machine_vs_scorer"][str(scorer)] = agreement_stats(m.loc[common].to_numpy(), s.loc[common].to_numpy())
        entry["human_vs_human"] = human_agreement(human[human["domain"] == domain])
        out[domain] = entry
    return out


def qwk_rows(a: np.ndarray, b: np.ndarray, scale: int = 4) -> np.ndarray:
    """Quadratic-weighted kappa of each row pair of two (resamples x notes) arrays of scores 1..scale, as
    :func:`agreement_stats` computes it (1.0 where both rows hold one and the same score)."""
    k = scale
    cells = np.zeros((a.shape[0], k * k))
    np.add.at(cells, (np.arange(a.shape[0])[:, None], (a - 1) * k + (b - 1)), 1.0)
    observed = cells.reshape(-1, k, k) / a.shape[1]
    expected = observed.sum(axis=2)[:, :, None] * observed.sum(axis=1)[:, None, :]
    i, j = np.indices((k, k))
    weight = (i - j) ** 2 / (k - 1) ** 2
    num, den = (weight * observed).sum(axis=(1, 2)), (weight * expected).sum(axis=(1, 2))
    return np.where(den > 0, 1.0 - num / np.where(den > 0, den, 1.0), 1.0)


def paired_bootstrap(first: pd.DataFrame, second: pd.DataFrame, human: pd.DataFrame, *, resamples: int = 2000,
                     seed: int = 0) -> dict[str, Any]:
    """``second`` minus ``first`` in QWK against the consensus, per domain and in the mean over domains, with 95%
    percentile intervals from resampling notes (the same notes for both and for every domain in a resample)."""
    cons = consensus(human)
    tables = [frame.pivot(index="note_id", columns="domain", values="score") for frame in (first, second, cons)]
    ids = sorted(set.intersection(*(set(t.index) for t in tables)))
    a, b, c = (t.loc[ids, list(DOMAINS)].to_numpy(int) for t in tables)
    rows = np.random.default_rng(seed).integers(0, len(ids), size=(resamples, len(ids)))
    diffs = np.column_stack([qwk_rows(b[rows, d], c[rows, d]) - qwk_rows(a[rows, d], c[rows, d])
                             for d in range(len(DOMAINS))])
    point = [qwk_rows(b[None, :, d], c[None, :, d])[0] - qwk_rows(a[None, :, d], c[None, :, d])[0]
             for d in range(len(DOMAINS))]

    def interval(values: np.ndarray, at: float) -> dict[str, float]:
        low, high = np.percentile(values, [2.5, 97.5])
        return {"difference": round(float(at), 4), "low": round(float(low), 4), "high": round(float(high), 4)}

    out: dict[str, Any] = {"notes": len(ids), "resamples": resamples, "seed": seed,
                           "domains": {d: interval(diffs[:, i], point[i]) for i, d in enumerate(DOMAINS)}}
    out["mean"] = interval(diffs.mean(axis=1), float(np.mean(point)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("models", nargs="*", default=["ensemble-v4"])
    parser.add_argument("--out", type=Path, help="JSON file to write (default FOLDER/results.json; never overwrite a first contact file)")
    parser.add_argument("--resamples", type=int, default=2000, help="paired bootstrap resamples (seed 0)")
    args = parser.parse_args()
    notes = args.folder / "notes.v1.jsonl"
    human = read_human_scores(args.folder / "human_scores.v1.csv")
    styles = pd.Series({r["note_id"]: r.get("note_type") or "" for r in
                        map(json.loads, notes.read_text(encoding="utf-8").splitlines())})
    results: dict[str, Any] = {"folder": str(args.folder), "notes": int(len(styles)), "models": {}}
    scored = {model: machine_scores(notes, model) for model in args.models}
    for model, machine in scored.items():
        results["models"][model] = compare(machine, human, styles)
        qwk = {d: round(results["models"][model][d]["machine_vs_consensus"]["qwk"], 3) for d in DOMAINS}
        print(model, qwk, flush=True)
    first = args.models[0]
    results["paired"] = {f"{model} - {first}": paired_bootstrap(scored[first], scored[model], human,
                                                                resamples=args.resamples)
                         for model in args.models[1:]}
    for name, paired in results["paired"].items():
        print(name, paired["mean"], flush=True)
    out = args.out or args.folder / "results.json"
    out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
