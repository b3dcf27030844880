"""Validation of the corrected estimates: stepped-wedge trials whose classifier is wrong differently once teams
are trained, analysed on the measured and on the corrected scale.

The error model is this module's and shares nothing with the estimator (:mod:`casenotes.inference.corrected`,
which assumes nothing about errors): ``dgp.py`` generates each note's true labelled-sentence counts; here every
sentence gets its true labels, a writing style (routine or trained: trained teams move to the trained style over
their first three months) and a length (trained-style sentences are longer), and the classifier's chance of
labelling it is logistic in style and log length, separately for sentences that carry the label (recall) and
those that do not (false positives). Nothing is a constant confusion matrix, and the nondifferential scenario
still has errors that vary sentence by sentence. Scenarios are data (``misclassification_scenarios.v2.toml``).

Each simulated trial is analysed as ``casenotes trends`` does (measured scale), then a validation sample is drawn
stratified by arm x timepoint as ``casenotes validation sample`` draws it, coded with the true labels, and the
corrected estimates computed as ``casenotes trends --validation`` computes them. Reported per scenario, label and
scale: coverage of the true change (the planted effect averaged over the primary window), bias, CI width, with
Monte Carlo SEs.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from scipy.special import expit, logit

from casenotes.data import resolve, sha256
from casenotes.errors import InputError
from casenotes.inference.corrected import correct, label_plan, stratum_name
from casenotes.inference.dgp import Scenario, generate
from casenotes.inference.plan import Plan, load_plan
from casenotes.inference.trial import analyse_trial
from casenotes.schemas import LABELS

DEFAULT_SCENARIOS = "misclassification_scenarios.v2.toml"
_SECTIONS = {"trial", "writing", "classifier"}


@dataclass(frozen=True)
class ErrorScenario:
    """One simulated trial design (``trial``), its writing (``writing``), its classifier (``classifier``) and the
    validation sample's coded sentences per stratum."""

    name: str
    trial: Scenario
    writing: dict[str, float]
    classifier: dict[str, Any]
    per_stratum: int
    note: str = ""


def load_error_scenarios(path: str | Path = "default") -> list[ErrorScenario]:
    """The scenario file's scenarios, each the defaults overridden by its own tables.

    Raises:
        InputError: [E509] not TOML, an unknown key, or a scenario without a name or ``per_stratum``.
    """
    file = resolve(path, DEFAULT_SCENARIOS)
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"[E509] {file.name}: not valid TOML ({exc}).") from None
    defaults = raw.get("defaults", {})
    out = []
    for i, entry in enumerate(raw.get("scenario", [])):
        unknown = set(entry) - _SECTIONS - {"name", "note", "per_stratum"}
        if unknown or "name" not in entry or not isinstance(entry.get("per_stratum"), int):
            raise InputError(f"[E509] {file.name} [[scenario]] {i}: unknown key(s) {sorted(unknown)}, or no name "
                             f"or whole-number per_stratum.")
        merged = {s: {**defaults.get(s, {}), **entry.get(s, {})} for s in _SECTIONS}
        try:
            trial = Scenario(name=entry["name"], **merged["trial"])
        except TypeError as exc:
            raise InputError(f"[E509] {file.name} [[scenario]] {entry['name']} trial: {exc}.") from None
        out.append(ErrorScenario(name=entry["name"], trial=trial, writing=merged["writing"],
                                 classifier=merged["classifier"], per_stratum=entry["per_stratum"],
                                 note=entry.get("note", "")))
    return out


def with_strata(notes: pd.DataFrame) -> pd.DataFrame:
    """The notes with ``note_id``, ``exposure`` (whole months since the team's training month), ``trained`` and
    ``timepoint`` (the study's 3 and 6 months; the team is trained from the first of its month) and ``stratum``."""
    month = (notes["recorded_at"].dt.year * 12 + notes["recorded_at"].dt.month).to_numpy()
    step = (notes["trained_at"].dt.year * 12 + notes["trained_at"].dt.month).to_numpy()
    exposure = month - step
    timepoint = np.select([exposure < 0, exposure < 3, exposure < 6], ["baseline", "post_training", "follow_up_3m"],
                          "follow_up_6m")
    return notes.assign(note_id=np.arange(len(notes)).astype(str), exposure=exposure, trained=exposure >= 0,
                        timepoint=timepoint, stratum=[stratum_name(t, p) for t, p in zip(exposure >= 0, timepoint)])


def sentences(notes: pd.DataFrame, scenario: ErrorScenario, rng: np.random.Generator) -> pd.DataFrame:
    """Expand a trial's notes into sentences with true labels, style, length and the classifier's labels.

    Each note's ``n_<label>`` true sentences are placed at random among its ``n_sentences``.
    """
    w, c = scenario.writing, scenario.classifier
    n = notes["n_sentences"].to_numpy(dtype=int)
    note = np.repeat(np.arange(len(notes)), n)
    start = np.repeat(np.cumsum(n) - n, n)
    exposure = notes["exposure"].to_numpy()[note]
    uptake = np.where(exposure >= 0, np.minimum(1.0, (exposure + 1) / 3.0), 0.0)
    p_style = w["trained_style_before"] + (w["trained_style_after"] - w["trained_style_before"]) * uptake
    style = (rng.random(len(note)) < p_style).astype(float)
    log_words = (w["log_words_routine"] + w["log_words_trained_shift"] * style
                 + w["log_words_sd"] * rng.standard_normal(len(note)))
    centred = log_words - w["log_words_routine"]
    out = pd.DataFrame({"note": note, "note_id": notes["note_id"].to_numpy()[note],
                        "stratum": notes["stratum"].to_numpy()[note]})
    for label in LABELS:
        order = np.lexsort((rng.random(len(note)), note))  # a random order of each note's sentences
        rank = np.empty(len(note), dtype=int)
        rank[order] = np.arange(len(note)) - start[order]
        truth = rank < notes[f"n_{label}"].to_numpy(dtype=int)[note]
        p_hit = expit(logit(c["recall"][label]) + c["recall_style"][label] * style + c["recall_per_log_word"] * centred)
        p_false = expit(logit(c["fpr"][label]) + c["fpr_style"][label] * style + c["fpr_per_log_word"] * centred)
        out[label] = truth.astype(int)
        out[f"pred|{label}"] = (rng.random(len(note)) < np.where(truth, p_hit, p_false)).astype(int)
    return out


def draw(sents: pd.DataFrame, per_stratum: int, rng: np.random.Generator) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A stratified simple random sample of ``per_stratum`` sentences per arm x timepoint, as the CLI draws it:
    the coded rows and the frame."""
    stratum = sents["stratum"].to_numpy()
    frame, picked = [], []
    for name in np.unique(stratum):
        members = np.flatnonzero(stratum == name)
        take = rng.choice(members, min(per_stratum, len(members)), replace=False)
        picked.append(take)
        frame.append({"stratum": name, "trained": name.startswith("trained"), "n_sentences": len(members),
                      "n_coded": len(take)})
    return sents.iloc[np.concatenate(picked)].copy(), pd.DataFrame(frame)


def one_trial(scenario: ErrorScenario, plan: Plan, seed: int) -> list[dict[str, Any]]:
    """Simulate, classify, sample and analyse one trial: a row per label and scale."""
    notes = with_strata(generate(scenario.trial, seed)[0])
    rng = np.random.default_rng([seed, 20])
    sents = sentences(notes, scenario, rng)
    measured_counts = notes.copy()
    for label in LABELS:
        measured_counts[f"n_{label}"] = np.bincount(sents["note"], sents[f"pred|{label}"], len(notes)).astype(int)
    labels_only = label_plan(plan)
    measured = analyse_trial(measured_counts, labels_only, terms=("trained",), permutations=0,
                             with_components=False).estimates
    rows, frame = draw(sents, scenario.per_stratum, rng)
    fixed = correct(measured_counts, rows, frame, labels_only, measured=measured, terms=("trained",))
    out = []
    for scale, table in (("measured", measured), ("corrected", fixed.estimates)):
        for r in table[(table["term"] == "trained") & (table["model"] == "exposure_time")].itertuples():
            truth = scenario.trial.truth(r.outcome, plan.primary_window)
            out.append({"scenario": scenario.name, "seed": seed, "label": r.outcome, "scale": scale,
                        "truth": truth, "estimate": r.estimate, "ci_low": r.ci_low, "ci_high": r.ci_high,
                        "covered": bool(r.ci_low <= truth <= r.ci_high), "width": r.ci_high - r.ci_low, "se": r.se, "df": r.df,
                        "per_stratum": scenario.per_stratum, "n_coded": int(frame["n_coded"].sum()),
                        "n_sentences": int(len(sents)),
                        "differential_flagged": bool(fixed.differential.set_index("label").loc[r.outcome,
                                                                                               "differential"])})
    return out


def _run_chunk(args: tuple[ErrorScenario, Plan, list[int]]) -> list[dict[str, Any]]:
    import warnings

    scenario, plan, seeds = args
    with warnings.catch_warnings():  # the trials are small by design: W050 and W091 are expected, not news
        warnings.simplefilter("ignore")
        return [row for seed in seeds for row in one_trial(scenario, plan, seed)]


def run(*, sims: int, scenarios: str | Path = "default", plan: str | Path = "default", names: list[str] | None = None,
        seed: int = 0, jobs: int = 1, progress: Callable[[int, int], None] | None = None) -> pd.DataFrame:
    """Simulate ``sims`` trials per scenario; one row per trial, label and scale."""
    the_plan = load_plan(plan)
    chosen = [s for s in load_error_scenarios(scenarios) if not names or s.name in names]
    chunks = [(s, the_plan, list(range(seed + i, seed + sims, jobs * 4 if jobs > 1 else 1)))
              for s in chosen for i in range(jobs * 4 if jobs > 1 else 1)]
    chunks = [c for c in chunks if c[2]]
    rows: list[dict[str, Any]] = []
    if jobs == 1:
        for done, chunk in enumerate(chunks, 1):
            rows += _run_chunk(chunk)
            if progress:
                progress(done, len(chunks))
    else:
        with ProcessPoolExecutor(jobs) as pool:
            for done, part in enumerate(pool.map(_run_chunk, chunks), 1):
                rows += part
                if progress:
                    progress(done, len(chunks))
    return pd.DataFrame(rows)


def summarise(results: pd.DataFrame) -> pd.DataFrame:
    """Per scenario, label and scale: coverage with its Monte Carlo SE, bias, the estimates' SD against the mean
    reported SE (an honest interval has them close), mean df and CI width, sample sizes."""
    g = results.groupby(["scenario", "label", "scale"], sort=False)
    out = g.agg(sims=("covered", "size"), coverage=("covered", "mean"), truth=("truth", "mean"),
                mean_estimate=("estimate", "mean"), sd_estimate=("estimate", "std"), mean_se=("se", "mean"),
                mean_df=("df", "mean"), mean_ci_width=("width", "mean"),
                per_stratum=("per_stratum", "first"), n_coded=("n_coded", "mean"),
                n_sentences=("n_sentences", "mean"),
                differential_flagged=("differential_flagged", "mean")).reset_index()
    out["coverage_mcse"] = np.sqrt(out["coverage"] * (1 - out["coverage"]) / out["sims"])
    out["bias"] = out["mean_estimate"] - out["truth"]
    return out


def save(out_dir: str | Path, results: pd.DataFrame, *, scenarios: str | Path = "default",
         plan: str | Path = "default", seed: int = 0) -> dict[str, Path]:
    """Write ``results.csv`` (one row per trial, label and scale), ``summary.csv`` and ``run.json``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary = summarise(results)
    paths = {"results": out / "results.csv", "summary": out / "summary.csv", "run": out / "run.json"}
    results.to_csv(paths["results"], index=False)
    summary.to_csv(paths["summary"], index=False, float_format="%.4f")
    file = resolve(scenarios, DEFAULT_SCENARIOS)
    the_plan = load_plan(plan)
    corrected = summary[summary["scale"] == "corrected"]
    record = {"scenarios": file.name, "scenarios_sha256": sha256(file), "plan": the_plan.path.name,
              "plan_sha256": the_plan.sha256, "first_seed": seed, "sims_per_scenario": int(summary["sims"].max()),
              "min_corrected_coverage": float(corrected["coverage"].min()),
              "corrected_coverage_at_least_0.93": bool((corrected["coverage"] >= 0.93).all())}
    paths["run"].write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return paths
