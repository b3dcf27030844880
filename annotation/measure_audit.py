"""Measure shipped models' audit-domain scores against human scorers on a held-out set, through the console script.

usage: python annotation/measure_audit.py FOLDER [MODEL[@RUBRIC.toml] ...] [--out FILE]

FOLDER (e.g. annotation/audit_heldout2) holds ``notes.v1.jsonl`` and ``human_scores.v1.csv`` as
``build_audit_gold.py`` writes them. Each model scores the notes with its own default rubric through the installed
``casenotes audit notes`` (a subprocess: what a user runs), and is compared per domain with the human consensus
(the scorers' rounded mean, as calibration uses) and with each scorer: quadratic-weighted kappa, exact and
adjacent agreement, overall and by the notes' ``note_type`` (the writing style). ``MODEL@RUBRIC.toml`` scores
with that rubric file instead of the model's default (two candidate calibrations compared on the same notes). Nothing is fitted here: a set
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("models", nargs="*", default=["ensemble-v4"])
    parser.add_argument("--out", type=Path, help="JSON file to write (default FOLDER/results.json; never overwrite a first contact file)")
    args = parser.parse_args()
    notes = args.folder / "notes.v1.jsonl"
    human = read_human_scores(args.folder / "human_scores.v1.csv")
    styles = pd.Series({r["note_id"]: r.get("note_type") or "" for r in
                        map(json.loads, notes.read_text(encoding="utf-8").splitlines())})
    results: dict[str, Any] = {"folder": str(args.folder), "notes": int(len(styles)), "models": {}}
    for model in args.models:
        results["models"][model] = compare(machine_scores(notes, model), human, styles)
        qwk = {d: round(results["models"][model][d]["machine_vs_consensus"]["qwk"], 3) for d in DOMAINS}
        print(model, qwk, flush=True)
    out = args.out or args.folder / "results.json"
    out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
