"""Compare audit rubrics by leave-one-set-out calibration over the scored audit sets (issue #21, audit rubrics v3-v5).

usage: python annotation/audit_loso.py --rubric FILE [--rubric FILE ...] [--model NAME ...] [--set NAME=DIR[+DIR:STYLE]]
       [--cache DIR] [--margin 0.01] [--domain-margin 0.02] [--out FILE.json]

Why: a rubric's mapping is fitted to human auditors' scores, so its agreement can only be measured on notes it was
not fitted on. Every scored set was written by a different hand; a candidate rubric (other calibration features,
floors, note features) is judged by how it does on a set *none of whose notes* it was calibrated on, for each set
in turn: the decision rules in models/RESULTS.md, "Audit rubric v3" (four sets), "Audit rubric v4" (six) and "The
next audit round's rule" (eight sets, two classifiers: audit rubric v5).

How: the notes of each set are split and classified once by each model (``NoteScorer``, what ``casenotes audit``
runs) and their sentence outputs (labels and probabilities, no text) are cached under ``--cache``, keyed by the
model's files and the notes. For each rubric the note features are computed from those outputs by
``casenotes.audit.rubric.note_feature_table``, and for each set the library's own calibration
(``casenotes.audit.calibrate.calibrate``) is fitted on the notes of the *other* sets and measured on the left-out
set against the scorers' consensus: quadratic-weighted kappa per domain, also within the trained style where a set
marks it (a ``note_type`` of ``trained``, or a folder whose notes are all trained-style, ``DIR:trained``). Each
model (``--model``, repeatable) is calibrated on its own outputs. The tables are printed and everything is written
as JSON, each rubric with the description its file's header opens with. With two or more rubrics the first is the
baseline and each other is judged by the rule: its criterion (the mean over the models of the mean over folds and
domains) must be at least ``--margin`` (0.01) higher, and no domain's mean over folds more than ``--domain-margin``
lower for any model (0.02, the v5 rule; the v3 and v4 rules, one model, used 0.01 for both).

The default sets are the eight of the audit rubric v5 rule (models/RESULTS.md, "The next audit round's rule"): the
audit gold with the trained-style notes of ``audit_trained`` (as ``make calibrate-audit`` passes them; all 240 gold
notes, the frozen split is not used here), and audit held-out sets 2 to 8 (sets 5-8 were written with scores spread
within every style). Audit held-out set 9 is not a default: it is measured once, after the choice, by someone else.
Nothing is written into the sets' folders.
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
                "set4=audit_heldout4", "set5=audit_heldout5", "set6=audit_heldout6", "set7=audit_heldout7",
                "set8=audit_heldout8")
DEFAULT_MODELS = ("ensemble-v9-bf16", "ensemble-v10")
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


def decide(baseline: Mapping[str, Any], candidate: Mapping[str, Any], margin: float = 0.01,
           domain_margin: float | None = None) -> dict[str, Any]:
    """The rule for one model: the candidate replaces the baseline only if its mean is >= ``margin`` higher and no
    domain's mean over folds is more than ``domain_margin`` (default: ``margin``) lower."""
    return decide_models({"model": baseline}, {"model": candidate}, margin, domain_margin)


def decide_models(baseline: Mapping[str, Mapping[str, Any]], candidate: Mapping[str, Mapping[str, Any]],
                  margin: float = 0.01, domain_margin: float | None = None) -> dict[str, Any]:
    """The rule over several models (each a :func:`loso` result by model name): the criterion is the mean over the
    models of their mean over folds and domains; the candidate replaces the baseline only if its criterion is >=
    ``margin`` higher and no domain's mean over folds is more than ``domain_margin`` lower for any model."""
    lower = margin if domain_margin is None else domain_margin
    gain = criterion(candidate) - criterion(baseline)
    drops = {m: {d: candidate[m]["domain_means"][d] - baseline[m]["domain_means"][d] for d in DOMAINS}
             for m in baseline}
    # rounding: exactly the margin lower is allowed
    worse = [f"{m}:{d}" for m, by in drops.items() for d, v in by.items() if v < -lower - 1e-12]
    out: dict[str, Any] = {"mean_gain": gain, "domains_more_than_margin_lower": worse,
                           "replaces": bool(gain >= margin - 1e-12 and not worse)}
    out["domain_changes"] = next(iter(drops.values())) if len(drops) == 1 else drops
    return out


def criterion(by_model: Mapping[str, Mapping[str, Any]]) -> float:
    """The rule's criterion: the mean over the models of each one's mean over folds and domains."""
    return float(np.mean([r["mean"] for r in by_model.values()]))


def describe(path: Path) -> str:
    """What a rubric file is: the comment lines its header opens with (up to the first empty comment line)."""
    lines = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        text = line.removeprefix("#").strip()
        if not line.startswith("#") or not text:
            break
        lines.append(text)
    return " ".join(lines)


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
    parser.add_argument("--model", action="append", dest="models",
                        help=f"model whose sentence outputs are calibrated (repeat; default {DEFAULT_MODELS})")
    parser.add_argument("--set", action="append", dest="sets", help=f"NAME=DIR[:STYLE][+DIR...] (default {DEFAULT_SETS})")
    parser.add_argument("--cache", type=Path, help="folder for the sets' cached sentence outputs")
    parser.add_argument("--margin", type=float, default=0.01, help="how far ahead the criterion must be")
    parser.add_argument("--domain-margin", type=float, default=0.02,
                        help="how far behind a domain may be for any model (the v5 rule: 0.02)")
    parser.add_argument("--out", type=Path, help="JSON file to write")
    args = parser.parse_args(argv)
    models = args.models or list(DEFAULT_MODELS)
    rubrics = [Rubric.load(path) for path in args.rubric]
    results: dict[str, Any] = {"models": [], "sets": {}, "rubrics": [
        {"rubric": r.version, "path": _shown(r.path), "sha256": r.sha256, "description": describe(r.path),
         "by_model": {}} for r in rubrics]}
    for model in models:
        name, sets = load_sets(model, args.sets or DEFAULT_SETS, rubrics[0].path, args.cache)
        results["models"].append(name)
        results["sets"] = {s.name: {"notes": len(s.note_ids), "trained_notes": len(s.trained)} for s in sets}
        features = features_of(sets)
        for rubric, entry in zip(rubrics, results["rubrics"]):
            result = loso(rubric, sets, features)
            entry["by_model"][name] = result
            print(f"[{name}] " + table(result), "\n", flush=True)
    for entry in results["rubrics"]:
        entry["criterion"] = criterion(entry["by_model"])
    base = results["rubrics"][0]
    results["decisions"] = [{"candidate": r["path"], "baseline": base["path"],
                             **decide_models(base["by_model"], r["by_model"], args.margin, args.domain_margin)}
                            for r in results["rubrics"][1:]]
    print(f"{Path(base['path']).name}: criterion {base['criterion']:.4f}")
    for d, r in zip(results["decisions"], results["rubrics"][1:]):
        print(f"{Path(d['candidate']).name}: criterion {r['criterion']:.4f} ({d['mean_gain']:+.4f}); domains more "
              f"than {args.domain_margin} lower: {d['domains_more_than_margin_lower'] or 'none'} -> "
              f"{'replaces' if d['replaces'] else 'does not replace'} the baseline", flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return results


def load_sets(model: str, specs: Sequence[str], rubric: Path, cache: Path | None) -> tuple[str, list[ScoredSet]]:
    """One model's name and every set's sentence outputs by it (classified once, then read from ``cache``)."""
    from casenotes.batch import NoteScorer

    scorer = NoteScorer(model=model, rubric=rubric)
    model_key = model_digest(scorer.model_path)
    return scorer.model_path.name, [classify_set(*parse_set(spec), scorer, cache, model_key) for spec in specs]


if __name__ == "__main__":
    main(sys.argv[1:])
