"""Calibrate the evidence -> score mapping to human auditors, and measure agreement.

Human scores come as a long table (``note_id, scorer, domain, score``). The consensus of several scorers is
their rounded mean. For each domain an ordinal logistic regression (statsmodels ``OrderedModel``) on the
rubric's ``calibration_features`` learns weights and cutpoints from the calibration notes; the held-out notes
measure the machine against the human consensus: quadratic-weighted kappa, exact and adjacent agreement.
Human-vs-human agreement is reported on every note scored twice. The held-out notes are named by a frozen split
file (``annotation/audit_gold/split.v1.csv``), so that notes added later (more varied writing) only ever join the
calibration side; without one, a stable hash of the note id holds out a share of the notes.
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import cohen_kappa_score

from casenotes.audit.rubric import DomainRule, Ordinal, Rubric, counts_from_features
from casenotes.errors import InputError
from casenotes.schemas import DOMAINS


def read_human_scores(path: str | Path) -> pd.DataFrame:
    """Read ``note_id, scorer, domain, score`` (CSV); scores must be integers on the rubric's scale."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"[E150] Human scores '{path}' do not exist.")
    frame = pd.read_csv(path, dtype={"note_id": str, "scorer": str, "domain": str})
    missing = {"note_id", "scorer", "domain", "score"} - set(frame.columns)
    if missing:
        raise InputError(f"[E151] {path.name}: missing column(s) {sorted(missing)}; expected note_id, scorer, domain, score.")
    bad = frame[~frame["domain"].isin(DOMAINS)]
    if len(bad):
        raise InputError(f"[E152] {path.name} row {bad.index[0] + 2}: domain '{bad.iloc[0]['domain']}'; expected one of {list(DOMAINS)}.")
    frame["score"] = pd.to_numeric(frame["score"], errors="coerce")
    bad = frame[frame["score"].isna() | (frame["score"] % 1 != 0)]
    if len(bad):
        raise InputError(f"[E153] {path.name} row {bad.index[0] + 2} (note_id {bad.iloc[0]['note_id']}): score is not an integer.")
    frame["score"] = frame["score"].astype(int)
    return frame


def consensus(scores: pd.DataFrame) -> pd.DataFrame:
    """One score per note and domain: the mean over scorers, rounded half up."""
    mean = scores.groupby(["note_id", "domain"])["score"].mean()
    return np.floor(mean + 0.5).astype(int).rename("score").reset_index()


def in_holdout(note_id: str, fraction: float) -> bool:
    """Stable assignment of a note to the held-out set."""
    return int(hashlib.sha256(f"holdout:{note_id}".encode()).hexdigest(), 16) % 1000 < fraction * 1000


SPLITS = ("calibration", "heldout")


def read_split(path: str | Path) -> set[str]:
    """The held-out note ids of a split file (CSV ``note_id, split``, split one of :data:`SPLITS`)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"[E521] Split file '{path}' does not exist; expected CSV note_id, split.")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if {"note_id", "split"} - set(frame.columns):
        raise InputError(f"[E521] {path.name}: columns {list(frame.columns)}; expected note_id, split.")
    bad = frame[~frame["split"].isin(SPLITS)]
    if len(bad):
        raise InputError(f"[E521] {path.name} row {bad.index[0] + 2} (note_id {bad.iloc[0]['note_id']}): split "
                         f"'{bad.iloc[0]['split']}'; expected one of {list(SPLITS)}.")
    return set(frame.loc[frame["split"] == "heldout", "note_id"])


def agreement_stats(a: np.ndarray, b: np.ndarray) -> dict[str, float]:
    a, b = np.asarray(a, int), np.asarray(b, int)
    qwk = float(cohen_kappa_score(a, b, weights="quadratic")) if len(set(a) | set(b)) > 1 else 1.0
    return {"n": int(len(a)), "qwk": qwk, "exact": float((a == b).mean()), "adjacent": float((np.abs(a - b) <= 1).mean())}


def fit_ordinal(X: pd.DataFrame, y: np.ndarray, scale: int) -> Ordinal:
    """Ordinal logit on standardised features, folded back into raw-feature weights and cutpoints."""
    from statsmodels.miscmodels.ordinal_model import OrderedModel

    mu, sd = X.mean(), X.std(ddof=0).replace(0, 1.0)
    Z = (X - mu) / sd
    keep = [c for c in Z.columns if X[c].std(ddof=0) > 0]
    levels = sorted(set(int(v) for v in y))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        endog = pd.Series(pd.Categorical(y, categories=levels, ordered=True), index=Z.index)
        res = OrderedModel(endog, Z[keep],
                           distr="logit").fit(method="bfgs", disp=False, maxiter=2000)
    coefs = res.params[keep]
    cuts = res.model.transform_threshold_params(res.params)[1:-1]
    weights = {c: float(coefs[c] / sd[c]) for c in keep}
    shift = float(sum(coefs[c] * mu[c] / sd[c] for c in keep))
    raw_cuts = [float(c + shift) for c in cuts]
    # a level nobody used in calibration gets a cutpoint that is never reached below it / always above it
    full: list[float] = []
    it = iter(raw_cuts)
    for k in range(1, scale):
        full.append(next(it) if (k in levels and k + 1 in levels) else (full[-1] + 1e-6 if full else -1e9))
    return Ordinal(weights, tuple(sorted(full)))


def calibrated_scores(rule: DomainRule, features: pd.DataFrame) -> np.ndarray:
    """A calibrated domain's scores of the notes in ``features`` (rows: notes; :func:`note_features` columns): its
    ordinal mapping, then its floors, as :meth:`Rubric.score_notes` gives them."""
    if rule.ordinal is None:
        raise ValueError(f"domain {rule.key} has no ordinal mapping: it is not calibrated")
    columns = {c: features[c].to_numpy() for c in features.columns}
    scores = np.zeros(len(features), dtype=int) + rule.ordinal.score(columns)
    return rule.raise_to_floors(scores, counts_from_features(columns, rule.floor_conditions), len(features))


def calibrate(rubric: Rubric, features: pd.DataFrame, human: pd.DataFrame, *, holdout: float = 0.3,
              heldout: Collection[str] | None = None, before: pd.DataFrame | None = None,
              compare: dict[str, pd.DataFrame] | None = None,
              heldout_sets: dict[str, Collection[str]] | None = None) -> tuple[Rubric, dict[str, Any]]:
    """Fit ordinal mappings per domain on calibration notes; report agreement on the held-out notes.

    Args:
        rubric: the rubric whose ``calibration_features`` are used, whose levels are kept as documentation and
            whose floors apply to the calibrated scores too.
        features: one row per note (index ``note_id``) with :func:`note_features` columns.
        human: long human scores (``note_id, scorer, domain, score``).
        holdout: share of notes kept out of fitting, by a hash of the note id (when ``heldout`` is None).
        heldout: the note ids held out of fitting (a frozen split); every other note calibrates.
        before: the uncalibrated machine scores (``note_id, domain, score``) for comparison.
        compare: other machine scores of the same notes (name -> ``note_id, domain, score``), reported on the
            held-out notes as ``<name>_vs_consensus`` (e.g. the model's previous calibrated rubric).
        heldout_sets: named parts of the held-out notes (e.g. one per held-out set, written by different hands),
            each also reported on its own under ``by_set``: a pooled kappa can hide a set the rubric fits badly.
    """
    cons = consensus(human)
    cons = cons[cons["note_id"].isin(features.index)]
    report: dict[str, Any] = {"holdout_fraction": holdout if heldout is None else None,
                              "split": "hash" if heldout is None else "file", "domains": {}}
    domains = dict(rubric.domains)
    others = {"uncalibrated": before} if before is not None else {}
    others.update(compare or {})
    for domain, rule in rubric.domains.items():
        d = cons[cons["domain"] == domain].set_index("note_id")["score"]
        ids = np.array(d.index)
        test = np.array([(i in heldout) if heldout is not None else in_holdout(i, holdout) for i in ids])
        feats = list(rule.calibration_features) or [f"n_{label}" for label in rule.evidence]
        ordinal = fit_ordinal(features.loc[ids[~test], feats], d.loc[ids[~test]].to_numpy(), rubric.scale)
        domains[domain] = replace(rule, ordinal=ordinal)
        machine = pd.Series(calibrated_scores(domains[domain], features.loc[ids[test]]), index=ids[test])
        scored = {"machine": machine, **{name: frame[frame["domain"] == domain].set_index("note_id")["score"]
                                         for name, frame in others.items()}}
        entry: dict[str, Any] = {"calibration_notes": int((~test).sum()),
                                 **_versus_consensus(scored, d, list(ids[test]))}
        entry["machine_vs_scorer"] = {}
        for scorer, group in human[human["domain"] == domain].groupby("scorer"):
            g = group.set_index("note_id")["score"]
            common = [i for i in ids[test] if i in g.index]
            if common:
                entry["machine_vs_scorer"][scorer] = agreement_stats(machine.loc[common].to_numpy(),
                                                                     g.loc[common].to_numpy())
        entry["human_vs_human"] = human_agreement(human[human["domain"] == domain])
        entry["by_set"] = {}
        for name, members in (heldout_sets or {}).items():
            part = [i for i in ids[test] if i in members]
            if part:
                entry["by_set"][name] = _versus_consensus(scored, d, part)
        report["domains"][domain] = entry
    calibrated = Rubric(f"{rubric.version}-calibrated", rubric.scale, domains, rubric.path)
    return calibrated, report


def _versus_consensus(scored: dict[str, pd.Series], consensus: pd.Series, part: Sequence[str]) -> dict[str, Any]:
    """Each scoring's (the machine's, the uncalibrated or previous rubric's) agreement with the human consensus on
    the notes ``part``, as ``<name>_vs_consensus``."""
    return {f"{name}_vs_consensus": agreement_stats(b.loc[part].to_numpy(), consensus.loc[part].to_numpy())
            for name, b in scored.items()}


def human_agreement(scores: pd.DataFrame) -> dict[str, Any]:
    """Pairwise agreement between scorers on the notes both scored."""
    wide = scores.pivot_table(index="note_id", columns="scorer", values="score", aggfunc="first")
    out = {}
    cols = list(wide.columns)
    for i, a in enumerate(cols):
        for b in cols[i + 1:]:
            both = wide[[a, b]].dropna()
            if len(both):
                out[f"{a} vs {b}"] = agreement_stats(both[a].to_numpy(), both[b].to_numpy())
    return out


def calibrate_rubric(notes_path: Path | Sequence[Path], human_path: Path | Sequence[Path], out_path: Path, *,
                     model: str | Path | None = None, rubric: str | Path = "default", holdout: float = 0.3,
                     split: Path | Sequence[Path] | None = None) -> dict[str, Any]:
    """Fit the rubric's ordinal mappings to human auditors' scores of the notes in ``notes_path`` (``casenotes
    audit calibrate``), write the calibrated rubric to ``out_path`` and return the agreement report.

    Args:
        notes_path: JSONL ``{"note_id", "text"}`` of the notes the humans scored (one file or several).
        human_path: their scores (:func:`read_human_scores`; one file or several).
        out_path: the calibrated rubric TOML to write; it is loaded back before returning.
        model: the model whose evidence is calibrated (default: the shipped default).
        rubric: the rubric whose features, levels and floors are the starting point: a file, or ``"default"``,
            the shipped rubric (not a rubric already calibrated for the model, which is only compared against).
        holdout: share of notes kept out of fitting, on which agreement is reported (without ``split``).
        split: split files (:func:`read_split`; one or several, e.g. one per held-out set) naming the held-out
            notes; every other note calibrates.

    Returns:
        :func:`calibrate`'s report, plus the ``rubric`` written, the ``model`` used and the held-out notes.
    """
    from casenotes.audit.rubric import note_features, rubric_toml
    from casenotes.batch import NoteScorer
    from casenotes.batch.texts import model_rubric

    notes_paths = [notes_path] if isinstance(notes_path, (str, Path)) else list(notes_path)
    human_paths = [human_path] if isinstance(human_path, (str, Path)) else list(human_path)
    rows = read_calibration_notes(notes_paths)
    human = pd.concat([read_human_scores(p) for p in human_paths], ignore_index=True)
    split_paths = [] if split is None else [split] if isinstance(split, (str, Path)) else list(split)
    sets: dict[str, Collection[str]] = {_short(p): read_split(p) for p in split_paths}
    heldout = set().union(*sets.values()) if sets else None
    scorer = NoteScorer(model=model, rubric=Rubric.load(rubric).path)
    previous = model_rubric(scorer.model_path)
    scored = scorer.score_texts([r["text"] for r in rows])
    # each sentence's labels and its per-label probabilities (the classifier's "scores")
    features = pd.DataFrame([note_features([s["labels"] for s in note.sentences],
                                           [s["scores"] for s in note.sentences]) for note in scored],
                            index=[r["note_id"] for r in rows])
    before = pd.DataFrame([{"note_id": r["note_id"], "domain": d, "score": v}
                           for r, note in zip(rows, scored) for d, v in note.domains.items()])
    compare = {}
    if previous.path != scorer.rubric.path:  # the rubric the model scored with until now
        compare["previous"] = pd.DataFrame([
            {"note_id": r["note_id"], "domain": d, "score": s.score}
            for r, note in zip(rows, scored)
            for d, s in previous.score([x["labels"] for x in note.sentences], [x["scores"] for x in note.sentences]).items()])
    calibrated, report = calibrate(scorer.rubric, features, human, holdout=holdout, heldout=heldout, before=before,
                                   compare=compare, heldout_sets=sets if len(sets) > 1 else None)
    version = f"{scorer.rubric.version}-calibrated"
    held = f"held out: {', '.join(map(_short, split_paths))}" if split_paths else f"holdout {holdout}"
    comment = (f"Calibrated by `casenotes audit calibrate` on {', '.join(_short(p) for p in notes_paths)} with\n"
               f"{', '.join(_short(p) for p in human_paths)} (model {scorer.model_path.name}, {held});\n"
               "ordinal mappings replace the levels, floors still apply.")
    out_path.write_text(rubric_toml(calibrated, version=version, comment=comment), encoding="utf-8")
    Rubric.load(out_path)  # what we wrote must load
    report["rubric"] = str(out_path)
    report["model"] = scorer.model_path.name
    report["previous_rubric"] = previous.version if compare else None
    return report


def read_calibration_notes(paths: Sequence[str | Path]) -> list[dict[str, Any]]:
    """The notes of every calibration notes file (JSONL ``{"note_id", "text"}``), in order.

    Raises:
        InputError: a note id already in an earlier file (E522), or a malformed line.
    """
    from casenotes.ingest import iter_jsonl

    rows, seen = [], set()
    for path in paths:
        for line, rec in iter_jsonl(Path(path), ("note_id", "text")):
            if rec["note_id"] in seen:
                raise InputError(f"[E522] {Path(path).name} line {line}: note_id {rec['note_id']} is already in an "
                                 "earlier notes file; note ids must be unique across the calibration inputs.")
            seen.add(rec["note_id"])
            rows.append(rec)
    return rows


def _short(path: str | Path) -> str:
    """A calibration input named by its folder and file (``audit_gold/notes.v1.jsonl``), for the rubric's header."""
    return f"{Path(path).parent.name}/{Path(path).name}"


def machine_scores(db: Path, unit: str, rubric: str | Path = "default") -> pd.DataFrame:
    """The machine's 1-4 domain scores per unit (``note``, or ``case``: a case's notes in one timepoint window)
    from a scored store, as a long table ``unit_id, scorer, domain, score`` with scorer ``machine``, to set
    beside human auditors' scores."""
    from casenotes.audit.cases import case_scores
    from casenotes.store import Store

    with Store(db, read_only=True) as store:
        if unit == "case":
            frame = case_scores(store, Rubric.load(rubric))
        else:
            frame = store.domain_scores().rename(columns={"note_id": "unit_id"})
    frame["scorer"] = "machine"
    return frame[["unit_id", "scorer", "domain", "score"]]
