"""Compare audit rubrics by leave-one-set-out calibration over the scored audit sets (issue #21, audit rubrics v3-v6).

usage: python annotation/audit_loso.py --rubric FILE [--rubric FILE ...] [--model NAME ...] [--set NAME=DIR[+DIR:STYLE]]
       [--cache DIR] [--margin 0.01] [--domain-margin 0.02] [--domain-gain 0.015] [--folds-ahead 12] [--out FILE.json]

Why: a rubric's mapping is fitted to human auditors' scores, so its agreement can only be measured on notes it was
not fitted on. Every scored set was written by a different hand; a candidate rubric (other calibration features,
floors, note features) is judged by how it does on a set *none of whose notes* it was calibrated on, for each set
in turn: the decision rules in models/RESULTS.md, "Audit rubric v3" (four sets), "Audit rubric v4" (six), "The
next audit round's rule" (eight sets, two classifiers: audit rubric v5) and "Audit rubric v6" (nine sets, two
classifiers, domain by domain).

How: the notes of each set are split and classified once by each model (``NoteScorer``, what ``casenotes audit``
runs) and their sentence outputs (labels and probabilities, no text) are cached under ``--cache``, keyed by the
model's files and the notes. For each rubric the note features are computed from those outputs by
``casenotes.audit.rubric.note_feature_table``, and for each set the library's own calibration
(``casenotes.audit.calibrate.calibrate``) is fitted on the notes of the *other* sets and measured on the left-out
set against the scorers' consensus: quadratic-weighted kappa per domain, also within the trained style where a set
marks it (a ``note_type`` of ``trained``, or a folder whose notes are all trained-style, ``DIR:trained``). Each
model (``--model``, repeatable) is calibrated on its own outputs. The tables are printed and everything is written
as JSON, each rubric with the description its file's header opens with. With two or more rubrics the first is the
baseline and each other is judged by two rules. The v6 rule, in force (``domain_decision``): domain by domain, a
candidate qualifies if, in that domain, the mean over the models of its mean over folds is at least
``--domain-gain`` (0.015) ahead and it is ahead on at least ``--folds-ahead`` (12) of all the models' folds; of the
qualifiers the larger gain replaces the baseline's mapping there (``decide_domains``). The v5 rule, kept for the
record (``decisions``): the whole rubric's criterion (the mean over the models of the mean over folds and domains)
must be at least ``--margin`` (0.01) higher, and no domain's mean over folds more than ``--domain-margin`` lower for
any model (0.02; the v3 and v4 rules, one model, used 0.01 for both).

The default sets are the eleven scored sets every default has now met (models/RESULTS.md, "Audit calibration with
sets 9 and 10"): the audit gold with the trained-style notes of ``audit_trained`` (as ``make calibrate-audit`` passes
them; all 240 gold notes, the frozen split is not used here), and audit held-out sets 2 to 11 (sets 5-11 were written
with scores spread within every style). A set written after them is not a default until it has been measured once,
after a round's choice. Nothing is written into the sets' folders.
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
                "set8=audit_heldout8", "set9=audit_heldout9", "set10=audit_heldout10", "set11=audit_heldout11")
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


def domain_gains(baseline: Mapping[str, Mapping[str, Any]], candidate: Mapping[str, Mapping[str, Any]],
                 margin: float = 0.015, folds_ahead: int = 12) -> dict[str, dict[str, Any]]:
    """The v6 rule's test of one candidate, domain by domain (each model a :func:`loso` result by model name): its
    gain is the mean over the models of its mean over folds minus the baseline's; it is ahead on a fold where its
    QWK is higher than the baseline's (a tie is not ahead); it qualifies in a domain only if the gain is >=
    ``margin`` and it is ahead on >= ``folds_ahead`` of the folds (all models' folds counted together)."""
    out = {}
    for d in DOMAINS:
        gain = float(np.mean([candidate[m]["domain_means"][d] - baseline[m]["domain_means"][d] for m in baseline]))
        pairs = [(candidate[m]["folds"][f][d]["qwk"], baseline[m]["folds"][f][d]["qwk"])
                 for m in baseline for f in baseline[m]["folds"]]
        ahead = sum(c > b + 1e-12 for c, b in pairs)
        out[d] = {"gain": gain, "folds_ahead": ahead, "folds": len(pairs),
                  "qualifies": bool(gain >= margin - 1e-12 and ahead >= folds_ahead)}
    return out


def decide_domains(baseline: Mapping[str, Mapping[str, Any]], candidates: Mapping[str, Mapping[str, Mapping[str, Any]]],
                   margin: float = 0.015, folds_ahead: int = 12) -> dict[str, Any]:
    """The v6 rule (models/RESULTS.md, "Audit rubric v6"): per domain, the candidate (by name, each its results by
    model) whose mapping replaces the baseline's there: of those that qualify (:func:`domain_gains`), the one with
    the larger gain; None where none qualifies (the baseline's mapping stays).

    Returns:
        ``{"by_candidate": {name: {domain: gains}}, "chosen": {domain: name or None}}``.
    """
    by_candidate = {name: domain_gains(baseline, cand, margin, folds_ahead) for name, cand in candidates.items()}
    chosen: dict[str, str | None] = {}
    for d in DOMAINS:
        qualified = [(g[d]["gain"], name) for name, g in by_candidate.items() if g[d]["qualifies"]]
        chosen[d] = max(qualified, key=lambda x: x[0])[1] if qualified else None
    return {"margin": margin, "folds_ahead_needed": folds_ahead, "by_candidate": by_candidate, "chosen": chosen}


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
    parser.add_argument("--rubric", action="append",
                        help="rubric file (repeat; the first is the baseline the others are judged against)")
    parser.add_argument("--model", action="append", dest="models",
                        help=f"model whose sentence outputs are calibrated (repeat; default {DEFAULT_MODELS})")
    parser.add_argument("--set", action="append", dest="sets", help=f"NAME=DIR[:STYLE][+DIR...] (default {DEFAULT_SETS})")
    parser.add_argument("--cache", type=Path, help="folder for the sets' cached sentence outputs")
    parser.add_argument("--merge", action="append", type=Path,
                        help="instead of --rubric: join earlier runs' --out files (e.g. one per model, run side by "
                             "side; rubrics in all of them, in the first one's order) and judge them")
    parser.add_argument("--margin", type=float, default=0.01, help="how far ahead the criterion must be")
    parser.add_argument("--domain-margin", type=float, default=0.02,
                        help="how far behind a domain may be for any model (the v5 rule: 0.02)")
    parser.add_argument("--domain-gain", type=float, default=0.015,
                        help="the v6 rule: how far ahead a candidate's domain must be (mean over the models)")
    parser.add_argument("--folds-ahead", type=int, default=12,
                        help="the v6 rule: on how many folds (all models' together) it must be ahead")
    parser.add_argument("--out", type=Path, help="JSON file to write")
    args = parser.parse_args(argv)
    if bool(args.rubric) == bool(args.merge):
        parser.error("give --rubric (one or more) or --merge (one or more), not both")
    if args.merge:
        results = merge_runs([json.loads(f.read_text(encoding="utf-8")) for f in args.merge])
    else:
        results = run(args.rubric, args.models or list(DEFAULT_MODELS), args.sets or DEFAULT_SETS, args.cache)
    report_decisions(results, args)
    if args.out:
        args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return results


def run(rubric_paths: Sequence[str], models: Sequence[str], specs: Sequence[str], cache: Path | None
        ) -> dict[str, Any]:
    """Every rubric's :func:`loso` result for every model, the tables printed as they come."""
    rubrics = [Rubric.load(path) for path in rubric_paths]
    results: dict[str, Any] = {"models": [], "sets": {}, "rubrics": [
        {"rubric": r.version, "path": _shown(r.path), "sha256": r.sha256, "description": describe(r.path),
         "by_model": {}} for r in rubrics]}
    for model in models:
        name, sets = load_sets(model, specs, rubrics[0].path, cache)
        results["models"].append(name)
        results["sets"] = {s.name: {"notes": len(s.note_ids), "trained_notes": len(s.trained)} for s in sets}
        features = features_of(sets)
        for rubric, entry in zip(rubrics, results["rubrics"]):
            result = loso(rubric, sets, features)
            entry["by_model"][name] = result
            print(f"[{name}] " + table(result), "\n", flush=True)
    return results


def merge_runs(runs: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Earlier runs' results joined into one: every model of each, and every rubric (by path and hash) measured for
    all of those models, in the order first met, the first run's baseline first (a rubric measured twice for a model,
    such as the baseline of two batches, gives the same figures; the later run's are kept). The runs must share
    their sets."""
    if any(r["sets"] != runs[0]["sets"] for r in runs):
        raise SystemExit("--merge: the runs were made on different sets")
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for r in runs:
        for e in r["rubrics"]:
            entry = seen.setdefault((e["path"], e["sha256"]), {k: v for k, v in e.items() if k != "criterion"}
                                    | {"by_model": {}})
            entry["by_model"].update(e["by_model"])
    models = list(dict.fromkeys(m for r in runs for m in r["models"]))
    rubrics = [e for e in seen.values() if set(e["by_model"]) == set(models)]
    if not rubrics or (rubrics[0]["path"], rubrics[0]["sha256"]) != (runs[0]["rubrics"][0]["path"],
                                                                     runs[0]["rubrics"][0]["sha256"]):
        raise SystemExit("--merge: the first run's baseline is not in every run")
    return {"models": models, "sets": runs[0]["sets"], "rubrics": rubrics}


def report_decisions(results: dict[str, Any], args: argparse.Namespace) -> None:
    """Judge every rubric after the first against it, by the v5 rule (whole rubric: ``decisions``) and by the v6
    rule (domain by domain: ``domain_decision``, the rule in force), into ``results``, and print both."""
    for entry in results["rubrics"]:
        entry["criterion"] = criterion(entry["by_model"])
    base, others = results["rubrics"][0], results["rubrics"][1:]
    results["decisions"] = [{"candidate": r["path"], "baseline": base["path"],
                             **decide_models(base["by_model"], r["by_model"], args.margin, args.domain_margin)}
                            for r in others]
    print(f"{Path(base['path']).name}: criterion {base['criterion']:.4f}")
    for d, r in zip(results["decisions"], others):
        print(f"{Path(d['candidate']).name}: criterion {r['criterion']:.4f} ({d['mean_gain']:+.4f}); domains more "
              f"than {args.domain_margin} lower: {d['domains_more_than_margin_lower'] or 'none'} -> "
              f"{'replaces' if d['replaces'] else 'does not replace'} the baseline (v5 rule)", flush=True)
    ruled = decide_domains(base["by_model"], {r["path"]: r["by_model"] for r in others}, args.domain_gain,
                           args.folds_ahead)
    results["domain_decision"] = {"baseline": base["path"], **ruled}
    for path, gains in ruled["by_candidate"].items():
        print(f"{Path(path).name}: " + "; ".join(
            f"{d} {g['gain']:+.4f} ahead {g['folds_ahead']}/{g['folds']}{' QUALIFIES' if g['qualifies'] else ''}"
            for d, g in gains.items()))
    for d, path in ruled["chosen"].items():
        print(f"v6 rule, {d}: {Path(path).name if path else 'none qualifies: the baseline stays'}", flush=True)


def load_sets(model: str, specs: Sequence[str], rubric: Path, cache: Path | None) -> tuple[str, list[ScoredSet]]:
    """One model's name and every set's sentence outputs by it (classified once, then read from ``cache``)."""
    from casenotes.batch import NoteScorer

    scorer = NoteScorer(model=model, rubric=rubric)
    model_key = model_digest(scorer.model_path)
    return scorer.model_path.name, [classify_set(*parse_set(spec), scorer, cache, model_key) for spec in specs]


if __name__ == "__main__":
    main(sys.argv[1:])
