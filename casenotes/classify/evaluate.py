"""Metrics for sentence classifiers and annotators: per-label P/R/F1 with bootstrap CIs, macro-F1, confusion
summaries, counterfactual flip rates, and inter-annotator agreement (Cohen's kappa, Krippendorff's alpha).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
from sklearn.metrics import cohen_kappa_score

from casenotes.errors import InputError
from casenotes.schemas import LABELS


def read_labelled(path: str | Path, *, split: str | None = None) -> tuple[list[dict[str, Any]], np.ndarray]:
    """Read labelled sentences (JSONL ``{"id", "text", "labels": [...]}``, optional ``split``).

    Returns the rows and an n x 4 0/1 matrix in LABELS order. With ``split``, only rows of that split.
    """
    from casenotes.ingest import iter_jsonl

    path = Path(path)
    rows = []
    for lineno, row in iter_jsonl(path, ("text", "labels")):
        if not isinstance(row["labels"], list):
            raise InputError(f"[E122] {path.name} line {lineno}: 'labels' must be a list.")
        unknown = set(row["labels"]) - set(LABELS)
        if unknown:
            raise InputError(f"[E123] {path.name} line {lineno}: unknown label(s) {sorted(unknown)}; expected {list(LABELS)}.")
        if split is None or row.get("split") == split:
            rows.append(row)
    if not rows:
        raise InputError(f"[E124] {path.name}: no labelled rows" + (f" in split '{split}'." if split else "."))
    Y = np.array([[int(label in r["labels"]) for label in LABELS] for r in rows], dtype=int)
    return rows, Y


def _prf(Y: np.ndarray, P: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Precision, recall and F1 of the positive class along the last axis (a label's column, or a stack of
    bootstrap resamples of it), with 0 where a ratio has nothing to divide: sklearn's
    ``precision_recall_fscore_support(average="binary", zero_division=0)`` from the same counts with the same
    float64 divisions (so the same numbers, bit for bit), without its input checks, which made a card's 8,000
    bootstrap calls take most of a small model's training time."""
    tp = (Y & P).sum(axis=-1)
    pred, true = P.sum(axis=-1), Y.sum(axis=-1)

    def ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
        num, den = np.asarray(num, dtype=float), np.asarray(den, dtype=float)
        return np.divide(num, den, out=np.zeros_like(num), where=den != 0)

    return ratio(tp, pred), ratio(tp, true), ratio(2.0 * tp, 1.0 * true + pred)


def metrics(Y: np.ndarray, P: np.ndarray, *, n_boot: int = 1000, seed: int = 0) -> dict[str, Any]:
    """Per-label precision, recall and F1 with 95% bootstrap CIs (resampling sentences), and macro-F1."""
    rng = np.random.default_rng(seed)
    Y, P = np.asarray(Y, dtype=int), np.asarray(P, dtype=int)
    n = len(Y)
    boots = rng.integers(0, n, size=(n_boot, n))
    per_label = {}
    boot_f1 = []
    for j, label in enumerate(LABELS):
        p, r, f = (float(v) for v in _prf(Y[:, j], P[:, j]))
        samples = np.stack(_prf(Y[boots, j], P[boots, j]), axis=1)
        boot_f1.append(samples[:200, 2])
        lo, hi = np.percentile(samples, [2.5, 97.5], axis=0)
        tp = int(((Y[:, j] == 1) & (P[:, j] == 1)).sum())
        fp = int(((Y[:, j] == 0) & (P[:, j] == 1)).sum())
        fn = int(((Y[:, j] == 1) & (P[:, j] == 0)).sum())
        per_label[label] = {"precision": p, "recall": r, "f1": f, "support": int(Y[:, j].sum()),
                            "precision_ci": [float(lo[0]), float(hi[0])], "recall_ci": [float(lo[1]), float(hi[1])],
                            "f1_ci": [float(lo[2]), float(hi[2])], "tp": tp, "fp": fp, "fn": fn,
                            "tn": int(n - tp - fp - fn)}
    macro = float(np.mean([v["f1"] for v in per_label.values()]))
    macro_boot = np.array([np.mean(row) for row in np.stack(boot_f1, axis=1)])
    return {"n": n, "labels": per_label, "macro_f1": macro,
            "macro_f1_ci": [float(np.percentile(macro_boot, 2.5)), float(np.percentile(macro_boot, 97.5))],
            "confusions": confusions(Y, P)}


def confusions(Y: np.ndarray, P: np.ndarray, top: int = 8) -> list[dict[str, Any]]:
    """The most frequent (gold label set -> predicted label set) disagreements."""
    counts: Counter[tuple[str, str]] = Counter()
    for y, p in zip(Y, P):
        if (y != p).any():
            gold = "+".join(l for l, v in zip(LABELS, y) if v) or "none"
            pred = "+".join(l for l, v in zip(LABELS, p) if v) or "none"
            counts[(gold, pred)] += 1
    return [{"gold": g, "predicted": p, "count": c} for (g, p), c in counts.most_common(top)]


def flip_rate(model: Any, texts: Sequence[str]) -> dict[str, Any]:
    """How often predictions change when only genders, names and family terms are swapped (per label of the
    model)."""
    from casenotes.classify.base import swapped_copies

    changed, copies = swapped_copies(texts)
    if not changed:
        return {"pairs": 0, "flip_rate": 0.0, "per_label": {}}
    A = model.predict([texts[i] for i in changed])
    B = model.predict(copies)
    flips = (A != B)
    return {"pairs": len(changed), "flip_rate": float(flips.any(axis=1).mean()),
            "per_label": {l: float(flips[:, j].mean()) for j, l in enumerate(model.labels_)}}


def pair_flip_rate(rows: list[dict[str, Any]], P: np.ndarray) -> dict[str, Any] | None:
    """Flip rate over a counterfactual set: rows sharing a ``pair_id`` whose predictions differ.

    Returns None when the rows carry no counterfactual pairs (no ``variant`` key).
    """
    groups: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        if row.get("variant") and row.get("pair_id"):
            groups.setdefault(row["pair_id"], []).append(i)
    pairs = [idx for idx in groups.values() if len(idx) == 2]
    if not pairs:
        return None
    flips = np.array([P[a] != P[b] for a, b in pairs])
    return {"pairs": len(pairs), "flip_rate": float(flips.any(axis=1).mean()),
            "per_label": {l: float(flips[:, j].mean()) for j, l in enumerate(LABELS)}}


def krippendorff_alpha(matrix: np.ndarray, level: Literal["nominal", "ordinal", "interval", "ratio"] = "nominal"
                       ) -> float:
    """Krippendorff's alpha for a coders x units matrix (np.nan for missing)."""
    import krippendorff

    data = np.asarray(matrix, dtype=float)
    if np.nanmin(data) == np.nanmax(data):
        return 1.0
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement=level))


def agreement(Y_a: np.ndarray, Y_b: np.ndarray) -> dict[str, Any]:
    """Agreement between two annotators on the same sentences, per label and overall."""
    per_label = {}
    for j, label in enumerate(LABELS):
        a, b = Y_a[:, j], Y_b[:, j]
        kappa = float(cohen_kappa_score(a, b)) if len(set(a) | set(b)) > 1 else 1.0
        per_label[label] = {"cohen_kappa": kappa, "krippendorff_alpha": krippendorff_alpha(np.vstack([a, b])),
                            "percent_agreement": float((a == b).mean()), "positives_a": int(a.sum()),
                            "positives_b": int(b.sum())}
    # overall alpha: each (sentence, label) decision is a unit
    overall = krippendorff_alpha(np.vstack([Y_a.ravel(), Y_b.ravel()]))
    return {"n": int(len(Y_a)), "labels": per_label, "krippendorff_alpha_all_labels": overall,
            "exact_label_set_agreement": float((Y_a == Y_b).all(axis=1).mean())}


def evaluate_model(model: str | Path, data: Path, *, split: str | None = None) -> dict[str, Any]:
    """Measure a model (shipped name or directory) on labelled JSONL (``casenotes evaluate``): :func:`metrics`
    and the counterfactual flip rate (the file's own pairs when it carries them, else genders swapped)."""
    from casenotes.classify import load_model

    rows, Y = read_labelled(data, split=split)
    loaded = load_model(model)
    texts = [r["text"] for r in rows]
    P = loaded.predict(texts)
    fairness = pair_flip_rate(rows, P) or flip_rate(loaded, texts)
    return {**metrics(Y, P), "fairness": fairness}


def file_agreement(first: Path, second: Path) -> dict[str, Any]:
    """Agreement between two annotators' labelled JSONL files on the sentences both label, matched by id
    (``casenotes agreement``); see :func:`agreement`.

    Raises:
        InputError: the files share no sentence id (E125).
    """
    rows_a, Y_a = read_labelled(first)
    rows_b, Y_b = read_labelled(second)
    index_b = {r["id"]: i for i, r in enumerate(rows_b)}
    common = [(i, index_b[r["id"]]) for i, r in enumerate(rows_a) if r["id"] in index_b]
    if not common:
        raise InputError(f"[E125] {first.name} and {second.name} share no sentence ids.")
    return agreement(Y_a[[i for i, _ in common]], Y_b[[j for _, j in common]])


# -- plausibility of evidence against human rationales ---------------------------------------------------------------
IOU_THRESHOLD = 0.5
"""A predicted span matches a human one when their word sets' intersection over union reaches this (ERASER)."""


def read_rationales(path: str | Path) -> list[dict[str, Any]]:
    """Read human rationales: JSONL ``{"id", "text", "label", "rationale": [[start, end], ...]}`` (character
    offsets into ``text``, end exclusive), one line per sentence and positive label.

    Raises:
        InputError: a line with an unknown label, a span that is not two integers inside the text with start <
            end, or a repeated (id, label) (E472); no lines at all (E473).
    """
    from casenotes.ingest import iter_jsonl

    path = Path(path)
    rows, seen = [], set()
    for lineno, row in iter_jsonl(path, ("id", "text", "label", "rationale")):
        text, spans = row["text"], row["rationale"]
        ok = (isinstance(text, str) and row["label"] in LABELS and isinstance(spans, list) and spans
              and all(isinstance(s, list) and len(s) == 2 and all(type(v) is int for v in s)
                      and 0 <= s[0] < s[1] <= len(text) for s in spans))
        if not ok or (row["id"], row["label"]) in seen:
            raise InputError(f"[E472] {path.name} line {lineno} (id {row['id']}): expected a label of {list(LABELS)} "
                             "and a non-empty list of [start, end] character offsets inside the text, start < end, "
                             "once per (id, label).")
        seen.add((row["id"], row["label"]))
        rows.append(row)
    if not rows:
        raise InputError(f"[E473] {path.name}: no rationale lines.")
    return rows


def _marked(text: str, spans: Sequence[Sequence[int]]) -> list[set[int]]:
    """Per span, the indexes of the words (``explain.words``) it overlaps."""
    from casenotes.classify.explain import words

    tokens = words(text)
    return [{k for k, (a, b) in enumerate(tokens) if a < end and start < b} for start, end in spans]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def rationale_match(text: str, predicted: Sequence[Sequence[int]], gold: Sequence[Sequence[int]]) -> dict[str, float]:
    """Token and span agreement of one sentence's predicted evidence with its human rationale (ERASER).

    Token P/R/F1: over the sentence's words, a word counting as marked when a span overlaps it. IOU-F1: a
    predicted span is a hit when its words' intersection over union with some human span reaches
    :data:`IOU_THRESHOLD`; precision is hits over predicted spans, recall is human spans hit over human spans.
    No predicted span scores 0.
    """
    pred_sets, gold_sets = _marked(text, predicted), _marked(text, gold)
    pred_words, gold_words = set().union(*pred_sets), set().union(*gold_sets)
    both = len(pred_words & gold_words)
    p = both / len(pred_words) if pred_words else 0.0
    r = both / len(gold_words) if gold_words else 0.0

    def iou(a: set[int], b: set[int]) -> float:
        return len(a & b) / len(a | b) if a | b else 0.0

    hits = sum(any(iou(a, b) >= IOU_THRESHOLD for b in gold_sets) for a in pred_sets)
    found = sum(any(iou(a, b) >= IOU_THRESHOLD for a in pred_sets) for b in gold_sets)
    iou_p = hits / len(pred_sets) if pred_sets else 0.0
    iou_r = found / len(gold_sets) if gold_sets else 0.0
    return {"token_precision": p, "token_recall": r, "token_f1": _f1(p, r), "iou_f1": _f1(iou_p, iou_r)}


def span_length(text: str, predicted: Sequence[Sequence[int]]) -> dict[str, float]:
    """How long one sentence's evidence is: ``span_words``, the mean words per span, and ``length_share``, the
    share of the sentence's words that some span marks (a whole-sentence span, 1.0, is not evidence). Both 0 when
    there is no span."""
    from casenotes.classify.explain import words

    sets = _marked(text, predicted)
    marked = set().union(*sets)
    return {"span_words": float(np.mean([len(s) for s in sets])) if sets else 0.0,
            "length_share": len(marked) / len(words(text)) if marked else 0.0}


def plausibility(model: Any, rows: list[dict[str, Any]], *, mode: str = "full") -> dict[str, Any]:
    """How well a model's evidence for each rationale line's label matches the human rationale.

    The evidence is the model's for that label whether or not the model gives the label (``model.evidence``,
    ``mode`` as there), so explanation quality is measured apart from accuracy; ``given`` is the share of lines
    whose label the model gives and ``token_f1_given`` the token F1 over those lines only (what a reader of the
    model's output sees). Figures are means over lines (ERASER's instance-averaged F1), per label and overall;
    ``span_words`` and ``length_share`` (:func:`span_length`) are means over the lines with evidence.
    """
    texts = list(dict.fromkeys(r["text"] for r in rows))
    at = {t: i for i, t in enumerate(texts)}
    evidence = model.evidence(texts, mode=mode)
    given = model.predict(texts)
    column = {label: j for j, label in enumerate(model.labels_)}
    per_line = []
    for r in rows:
        i = at[r["text"]]
        spans = [(e["start"], e["end"]) for e in evidence[i] if e["label"] == r["label"]]
        match = rationale_match(r["text"], spans, r["rationale"])
        per_line.append({"label": r["label"], **match, **span_length(r["text"], spans), "evidence": float(bool(spans)),
                         "given": float(r["label"] in column and given[i, column[r["label"]]] == 1)})

    def summary(lines: list[dict[str, Any]]) -> dict[str, Any]:
        keys = ("token_precision", "token_recall", "token_f1", "iou_f1", "evidence", "given")
        out: dict[str, Any] = {"n": len(lines), **{k: float(np.mean([x[k] for x in lines])) for k in keys}}
        shown = [x["token_f1"] for x in lines if x["given"]]
        out["token_f1_given"] = float(np.mean(shown)) if shown else None
        with_spans = [x for x in lines if x["evidence"]]  # span length where there is evidence, not diluted by none
        for key in ("span_words", "length_share"):
            out[key] = float(np.mean([x[key] for x in with_spans])) if with_spans else None
        return out

    labels = [label for label in LABELS if any(x["label"] == label for x in per_line)]
    return {"mode": mode, "labels": {label: summary([x for x in per_line if x["label"] == label]) for label in labels},
            "all": summary(per_line)}


def evaluate_rationales(model: str | Path, rationales: Path, *, mode: str = "full") -> dict[str, Any]:
    """:func:`plausibility` of a model (shipped name or directory) on a rationale file (``casenotes evaluate
    --rationales``), with the file's name."""
    from casenotes.classify import load_model

    return {"file": Path(rationales).name, **plausibility(load_model(model), read_rationales(rationales), mode=mode)}
