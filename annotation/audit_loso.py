"""Compare audit rubrics by leave-one-set-out calibration over the scored audit sets (issue #21, audit rubrics v3, v4).

usage: python annotation/audit_loso.py --rubric FILE [--rubric FILE ...] [--model NAME] [--set NAME=DIR[+DIR:STYLE]]
       [--cache DIR] [--out FILE.json]

Why: a rubric's mapping is fitted to human auditors' scores, so its agreement can only be measured on notes it was
not fitted on. Every scored set was written by a different hand; a candidate rubric (other calibration features,
floors, note features) is judged by how it does on a set *none of whose notes* it was calibrated on, for each set
in turn: the decision rules in models/RESULTS.md, "Audit rubric v3" (four sets) and "Audit rubric v4" (six).

How: the notes of each set are split and classified once by the model (``NoteScorer``, what ``casenotes audit``
runs) and their sentence outputs (labels and probabilities, no text) are cached under ``--cache``, keyed by the
model's files and the notes. For each rubric the note features are computed from those outputs by
``casenotes.audit.rubric.note_feature_table``, and for each set the library's own calibration
(``casenotes.audit.calibrate.calibrate``) is fitted on the notes of the *other* sets and measured on the left-out
set against the scorers' consensus: quadratic-weighted kappa per domain, also within the trained style where a set
marks it (a ``note_type`` of ``trained``, or a folder whose notes are all trained-style, ``DIR:trained``). The
table is printed and everything is written as JSON. With two or more rubrics the first is the baseline and each
other is judged by the rule: it wins only if its mean over folds and domains is at least ``--margin`` (0.01) higher
and no domain's mean over folds is more than ``--margin`` lower.

The default sets are the six of the audit rubric v4 rule (models/RESULTS.md, "Audit rubric v4"), all met by the
default model: the audit gold with the trained-style notes of ``audit_trained`` (as ``make calibrate-audit`` passes
them; all 240 gold notes, the frozen split is not used here), and audit held-out sets 2 to 6 (sets 5 and 6 were
written with scores spread within every style). Audit held-out set 7 is not a default: it is measured once, after
the choice. Nothing is written into the sets' folders.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from casenotes.audit.calibrate import calibrate, read_calibration_notes, read_human_scores
from casenotes.audit.rubric import Rubric, note_feature_table
from casenotes.schemas import DOMAINS, LABELS

ROOT = Path(__file__).resolve().parent
DEFAULT_SETS = ("gold=audit_gold+audit_trained:trained", "set2=audit_heldout2", "set3=audit_heldout3",
                "set4=audit_heldout4", "set5=audit_heldout5", "set6=audit_heldout6")
TRAINED = "trained"


@dataclass
class ScoredSet:
    """One scored set: its notes' sentence outputs (one note after another), human scores and styles."""

    name: str
    note_ids: list[str]
    n_sentences: np.ndarray
    given: np.ndarray
    probs: np.ndarray
    human: pd.DataFrame
    styles: dict[str, str] = field(default_factory=dict)

    @property
    def trained(self) -> set[str]:
        return {i for i, s in self.styles.items() if s == TRAINED}


def parse_set(spec: str, root: Path = ROOT) -> tuple[str, list[tuple[Path, str | None]]]:
    """``NAME=DIR[:STYLE][+DIR[:STYLE]...]`` -> the set's name and its folders (relative to ``root``), each with
    the style all its notes share (None: the notes' own ``note_type``)."""
    name, sep, rest = spec.partition("=")
    if not sep or not name or not rest:
        raise SystemExit(f"--set {spec!r}: expected NAME=DIR[:STYLE][+DIR[:STYLE]...]")
    folders = []
    for part in rest.split("+"):
        folder, _, style = part.partition(":")
        folders.append((Path(folder) if Path(folder).is_absolute() else root / folder, style or None))
    return name, folders


def _digest(paths: Sequence[Path], extra: str) -> str:
    h = hashlib.sha256(extra.encode())
    for p in paths:
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def model_digest(model_path: Path) -> str:
    """A key for the model's outputs: its name and the hashes of its model.json files (members included)."""
    own = model_path / "model.json"
    spec = json.loads(own.read_text(encoding="utf-8"))
    members = [model_path.parent / m / "model.json" for m in spec.get("params", {}).get("members", []) or []]
    return _digest([own, *[m for m in members if m.is_file()]], model_path.name)


def classify_set(name: str, folders: Sequence[tuple[Path, str | None]], scorer: Any, cache: Path | None,
                 model_key: str) -> ScoredSet:
    """Classify a set's notes once (or read the cached outputs) and read its human scores."""
    notes_files = [f / "notes.v1.jsonl" for f, _ in folders]
    rows = read_calibration_notes(notes_files)
    human = pd.concat([read_human_scores(f / "human_scores.v1.csv") for f, _ in folders], ignore_index=True)
    styles: dict[str, str] = {}
    for f, style in folders:
        for r in read_calibration_notes([f / "notes.v1.jsonl"]):
            styles[r["note_id"]] = style or str(r.get("note_type") or "")
    ids = [r["note_id"] for r in rows]
    key = _digest(notes_files, model_key)
    file = cache / f"{name}-{key}.npz" if cache is not None else None
    if file is not None and file.is_file():
        saved = np.load(file, allow_pickle=False)
        if list(saved["note_ids"]) == ids:
            return ScoredSet(name, ids, saved["n_sentences"], saved["given"], saved["probs"], human, styles)
    batch = scorer.score_batch([r["text"] for r in rows])
    probs, given = batch.classified.columns(LABELS)
    out = ScoredSet(name, ids, batch.n_sentences, given, probs, human, styles)
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(file, note_ids=np.array(ids), n_sentences=out.n_sentences, given=given, probs=probs)
    return out


def features_of(sets: Sequence[ScoredSet]) -> pd.DataFrame:
    """Every note's :func:`note_feature_table` features (rows: note ids), computed from the cached outputs."""
    frames = [pd.DataFrame(note_feature_table(s.given, s.probs, s.n_sentences), index=s.note_ids) for s in sets]
    return pd.concat(frames)


def loso(rubric: Rubric, sets: Sequence[ScoredSet], features: pd.DataFrame | None = None) -> dict[str, Any]:
    """Leave-one-set-out agreement of ``rubric``: for each set, :func:`calibrate` on the others' notes only,
    measured on the set left out (all its notes, and its trained-style notes).

    Returns:
        ``{"folds": {set: {domain: {"qwk", "exact", "adjacent", "n", "trained_qwk", "trained_n",
        "calibration_notes"}}}, "domain_means": {domain: mean over folds}, "mean": mean over folds and domains}``.
    """
    features = features_of(sets) if features is None else features
    human = pd.concat([s.human for s in sets], ignore_index=True)
    folds: dict[str, Any] = {}
    for left in sets:
        held = set(left.note_ids)
        parts: dict[str, Collection[str]] | None = {TRAINED: left.trained} if left.trained else None
        _, report = calibrate(rubric, features, human, heldout=held, heldout_sets=parts)
        fold = {}
        for domain in DOMAINS:
            entry = report["domains"][domain]
            m = entry["machine_vs_consensus"]
            t = entry["by_set"].get(TRAINED, {}).get("machine_vs_consensus")
            fold[domain] = {"qwk": m["qwk"], "exact": m["exact"], "adjacent": m["adjacent"], "n": m["n"],
                            "trained_qwk": None if t is None else t["qwk"], "trained_n": 0 if t is None else t["n"],
                            "calibration_notes": entry["calibration_notes"]}
        folds[left.name] = fold
    domain_means = {d: float(np.mean([folds[s][d]["qwk"] for s in folds])) for d in DOMAINS}
    return {"rubric": rubric.version, "path": _shown(rubric.path), "sha256": rubric.sha256, "folds": folds,
            "domain_means": domain_means, "mean": float(np.mean(list(domain_means.values())))}


def _shown(path: Path) -> str:
    """A path as the results file records it: relative to the repository when inside it."""
    try:
        return str(path.resolve().relative_to(ROOT.parent))
    except ValueError:
        return str(path)


def decide(baseline: Mapping[str, Any], candidate: Mapping[str, Any], margin: float = 0.01) -> dict[str, Any]:
    """The rule: the candidate replaces the baseline only if its mean is >= ``margin`` higher and no domain's
    mean over folds is more than ``margin`` lower."""
    gain = candidate["mean"] - baseline["mean"]
    drops = {d: candidate["domain_means"][d] - baseline["domain_means"][d] for d in DOMAINS}
    worse = [d for d, v in drops.items() if v < -margin - 1e-12]  # rounding: exactly the margin lower is allowed
    return {"mean_gain": gain, "domain_changes": drops, "domains_more_than_margin_lower": worse,
            "replaces": bool(gain >= margin - 1e-12 and not worse)}


def table(result: Mapping[str, Any]) -> str:
    """A markdown table: per domain, each fold's QWK (trained-style QWK in brackets) and the mean over folds."""
    folds = list(result["folds"])
    lines = [f"{result['rubric']} ({Path(result['path']).name}): mean over folds and domains "
             f"**{result['mean']:.3f}**", "",
             "| domain | " + " | ".join(f"{f} (trained)" for f in folds) + " | mean over folds |",
             "| --- |" + " --- |" * (len(folds) + 1)]
    for d in DOMAINS:
        cells = []
        for f in folds:
            e = result["folds"][f][d]
            tq = "-" if e["trained_qwk"] is None else f"{e['trained_qwk']:.2f}"
            cells.append(f"{e['qwk']:.3f} ({tq})")
        lines.append(f"| {d} | " + " | ".join(cells) + f" | {result['domain_means'][d]:.3f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rubric", action="append", required=True,
                        help="rubric file (repeat; the first is the baseline the others are judged against)")
    parser.add_argument("--model", default="ensemble-v9-bf16")
    parser.add_argument("--set", action="append", dest="sets", help=f"NAME=DIR[:STYLE][+DIR...] (default {DEFAULT_SETS})")
    parser.add_argument("--cache", type=Path, help="folder for the sets' cached sentence outputs")
    parser.add_argument("--margin", type=float, default=0.01)
    parser.add_argument("--out", type=Path, help="JSON file to write")
    args = parser.parse_args(argv)
    from casenotes.batch import NoteScorer

    scorer = NoteScorer(model=args.model, rubric=Rubric.load(args.rubric[0]).path)
    model_key = model_digest(scorer.model_path)
    sets = [classify_set(*parse_set(spec), scorer, args.cache, model_key) for spec in (args.sets or DEFAULT_SETS)]
    features = features_of(sets)
    results: dict[str, Any] = {"model": scorer.model_path.name, "sets": {s.name: {"notes": len(s.note_ids),
                               "trained_notes": len(s.trained)} for s in sets}, "rubrics": []}
    for path in args.rubric:
        result = loso(Rubric.load(path), sets, features)
        results["rubrics"].append(result)
        print(table(result), "\n", flush=True)
    base = results["rubrics"][0]
    results["decisions"] = [{"candidate": r["path"], "baseline": base["path"], **decide(base, r, args.margin)}
                            for r in results["rubrics"][1:]]
    for d in results["decisions"]:
        print(f"{Path(d['candidate']).name} vs {Path(base['path']).name}: mean {d['mean_gain']:+.3f}, domains "
              + ", ".join(f"{k} {v:+.3f}" for k, v in d["domain_changes"].items())
              + f" -> {'replaces' if d['replaces'] else 'does not replace'} the baseline", flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
