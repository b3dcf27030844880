"""Calibrate the evidence -> score mapping to human auditors, and measure agreement.

Human scores come as a long table (``note_id, scorer, domain, score``). The consensus of several scorers is
their rounded mean. For each domain an ordinal logistic regression (statsmodels ``OrderedModel``) on the
rubric's ``calibration_features`` learns weights and cutpoints from the calibration notes; the notes held out
(by a stable hash of their id) measure the machine against the human consensus: quadratic-weighted kappa,
exact and adjacent agreement. Human-vs-human agreement is reported on every note scored twice.
"""

from __future__ import annotations

import hashlib
import warnings
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import cohen_kappa_score

from casenotes.audit.rubric import Ordinal, Rubric
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


def calibrate(rubric: Rubric, features: pd.DataFrame, human: pd.DataFrame, *, holdout: float = 0.3,
              before: pd.DataFrame | None = None) -> tuple[Rubric, dict[str, Any]]:
    """Fit ordinal mappings per domain on calibration notes; report agreement on the held-out notes.

    Args:
        rubric: the rubric whose ``calibration_features`` are used and whose levels are kept as documentation.
        features: one row per note (index ``note_id``) with :func:`note_features` columns.
        human: long human scores (``note_id, scorer, domain, score``).
        holdout: share of notes kept out of fitting.
        before: the uncalibrated machine scores (``note_id, domain, score``) for comparison.
    """
    cons = consensus(human)
    cons = cons[cons["note_id"].isin(features.index)]
    report: dict[str, Any] = {"holdout_fraction": holdout, "domains": {}}
    domains = dict(rubric.domains)
    for domain, rule in rubric.domains.items():
        d = cons[cons["domain"] == domain].set_index("note_id")["score"]
        ids = np.array(d.index)
        test = np.array([in_holdout(i, holdout) for i in ids])
        feats = list(rule.calibration_features) or [f"n_{label}" for label in rule.evidence]
        ordinal = fit_ordinal(features.loc[ids[~test], feats], d.loc[ids[~test]].to_numpy(), rubric.scale)
        domains[domain] = replace(rule, ordinal=ordinal)
        machine = np.array([ordinal.score(features.loc[i].to_dict()) for i in ids[test]])
        entry: dict[str, Any] = {"calibration_notes": int((~test).sum()),
                                 "machine_vs_consensus": agreement_stats(machine, d.loc[ids[test]].to_numpy())}
        if before is not None:
            b = before[before["domain"] == domain].set_index("note_id")["score"]
            entry["uncalibrated_vs_consensus"] = agreement_stats(b.loc[ids[test]].to_numpy(), d.loc[ids[test]].to_numpy())
        entry["machine_vs_scorer"] = {}
        for scorer, group in human[human["domain"] == domain].groupby("scorer"):
            g = group.set_index("note_id")["score"]
            common = [i for i in ids[test] if i in g.index]
            if common:
                pred = np.array([ordinal.score(features.loc[i].to_dict()) for i in common])
                entry["machine_vs_scorer"][scorer] = agreement_stats(pred, g.loc[common].to_numpy())
        entry["human_vs_human"] = human_agreement(human[human["domain"] == domain])
        report["domains"][domain] = entry
    calibrated = Rubric(f"{rubric.version}-calibrated", rubric.scale, domains, rubric.path)
    return calibrated, report


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


def calibrate_rubric(notes_path: Path, human_path: Path, out_path: Path, *, model: str | Path | None = None,
                     rubric: str | Path = "default", holdout: float = 0.3) -> dict[str, Any]:
    """Fit the rubric's ordinal mappings to human auditors' scores of the notes in ``notes_path`` (``casenotes
    audit calibrate``), write the calibrated rubric to ``out_path`` and return the agreement report.

    Args:
        notes_path: JSONL ``{"note_id", "text"}`` of the notes the humans scored.
        human_path: their scores (:func:`read_human_scores`).
        out_path: the calibrated rubric TOML to write; it is loaded back before returning.
        model: the model whose evidence is calibrated (default: the shipped default).
        rubric: the rubric whose features and levels are the starting point.
        holdout: share of notes kept out of fitting, on which agreement is reported.

    Returns:
        :func:`calibrate`'s report, plus the ``rubric`` written and the ``model`` used.
    """
    from casenotes.audit.rubric import note_features, rubric_toml
    from casenotes.ingest import iter_jsonl
    from casenotes.batch import NoteScorer

    rows = [rec for _, rec in iter_jsonl(notes_path, ("note_id", "text"))]
    human = read_human_scores(human_path)
    scorer = NoteScorer(model=model, rubric=rubric)
    scored = scorer.score_texts([r["text"] for r in rows])
    # each sentence's labels and its per-label probabilities (the classifier's "scores")
    features = pd.DataFrame([note_features([s["labels"] for s in note.sentences],
                                           [s["scores"] for s in note.sentences]) for note in scored],
                            index=[r["note_id"] for r in rows])
    before = pd.DataFrame([{"note_id": r["note_id"], "domain": d, "score": v}
                           for r, note in zip(rows, scored) for d, v in note.domains.items()])
    calibrated, report = calibrate(scorer.rubric, features, human, holdout=holdout, before=before)
    version = f"{scorer.rubric.version}-calibrated"
    comment = (f"Calibrated by `casenotes audit calibrate` on {notes_path.name} with {human_path.name}\n"
               f"(model {scorer.model_path.name}, holdout {holdout}); ordinal mappings replace the levels.")
    out_path.write_text(rubric_toml(calibrated, version=version, comment=comment), encoding="utf-8")
    Rubric.load(out_path)  # what we wrote must load
    report["rubric"] = str(out_path)
    report["model"] = scorer.model_path.name
    return report


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
