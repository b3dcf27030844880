"""Does ``casenotes trends`` recover a training effect it is given? Validation by simulation.

Each simulated trial is a synthetic export from ``casenotes.synth`` with known effects (zero included). It is
either scored by the shipped pipeline end to end (``score_file`` into a throw-away store: ingest, deid, nlp,
classify, audit, store) or read off the generator's ground-truth sentence labels (``scale="truth"``, which checks
the statistical model alone). The trial is then analysed with ``fit_effects`` exactly as ``casenotes trends``
does, and each estimate is compared with the truth: is it inside the 95% CI (coverage), and at zero effect is
p < 0.05 (a false positive)?

The estimand. On the ground-truth scale, training moves a label's rate per 100 sentences by the planted effect
in percentage points. A classifier sees each label with error, so what it measures moves by

    theta_l = sum_j delta_j * (m[j, l] - m[routine, l])

where ``m[j, l]`` is the share of sentences written to express ``j`` (a label, a routine sentence, or a
multi-label sentence) that the classifier marks ``l``: sentences move from the routine pool to the label pools
after training, and each pool carries ``l`` at its own measured rate. ``m`` is estimated once per model on a
separate calibration corpus, by regressing each note's measured rate on the shares of its sentences drawn from
each pool. casenotes reports change in what the classifier measures; ``theta_l / delta_l`` is the attenuation,
reported beside it, so a reader can scale an estimate back to the ground-truth scale.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from casenotes.schemas import DOMAINS, LABELS
from casenotes.store import outcomes_of
from casenotes.synth import Generator
from casenotes.trends import RATE_SUFFIX, fit_effects, outcome_columns

POOLS = ("routine", *LABELS)
"""Where a synthetic sentence came from: no label or one label. Multi-label templates form further pools,
``multi:a+b``, one per combination of labels."""
TARGETS = {"coverage": (0.90, 0.98), "false_positive_rate": (0.02, 0.09)}
"""The acceptance bands of the trends issue, for the full-scale run."""


@dataclass
class Scenario:
    """A named set of planted effects (label -> percentage points)."""

    name: str
    effects: dict[str, float]

    @property
    def is_null(self) -> bool:
        return all(v == 0 for v in self.effects.values())


DEFAULT_SCENARIOS = (Scenario("null", {l: 0.0 for l in LABELS}),
                     Scenario("effect", {"victim_blaming": -4.0, "perpetrator_pattern": 5.0, "child_focus": 4.0,
                                         "partnering": 4.0}))


@dataclass
class Settings:
    """How each simulated trial is generated and scored.

    Args:
        notes: notes per trial.
        model: shipped model name or directory, or None to use the ground-truth labels (``scale="truth"``).
        teams_per_borough, practitioners_per_team: the synthetic world's size.
        chunk_size: rows per scoring chunk.
    """

    notes: int = 600
    model: str | None = "linear-v1"
    teams_per_borough: int = 4
    practitioners_per_team: int = 5
    chunk_size: int = 500
    generator: dict[str, Any] = field(default_factory=dict)

    @property
    def scale(self) -> str:
        return "truth" if self.model is None else "measured"

    def make(self, seed: int, effects: dict[str, float]) -> Generator:
        return Generator(notes=self.notes, seed=seed, effects=effects, teams_per_borough=self.teams_per_borough,
                         practitioners_per_team=self.practitioners_per_team, **self.generator)


def pool_shares(sentences: pd.DataFrame) -> pd.DataFrame:
    """Per note, the fraction of its generated sentences drawn from each pool (rows sum to 1).

    Multi-label sentences form one pool per combination of labels (``multi:a+b``), so that on the ground-truth
    scale every pool carries each label either always or never.
    """
    flags = sentences[list(LABELS)].astype(bool)
    combo = flags.apply(lambda row: "+".join(l for l in LABELS if row[l]), axis=1)
    n_labels = flags.sum(axis=1)
    pool = np.where(n_labels == 0, "routine", np.where(n_labels > 1, "multi:" + combo, combo))
    shares = pd.crosstab(sentences["note_id"], pool, normalize="index")
    multi = sorted(c for c in shares.columns if c.startswith("multi:"))
    return shares.reindex(columns=list(POOLS) + multi, fill_value=0.0)


def measured_rates(data: dict[str, Any], settings: Settings, workdir: Path) -> pd.DataFrame:
    """Per-note outcomes for a generated trial, as ``casenotes trends`` would see them.

    With a model: the export is written to CSV and scored into a store by ``score_file``. Without one: label
    counts come from the generator's sentence labels (domain outcomes are then absent).
    """
    if settings.model is None:
        return _truth_outcomes(data)
    from casenotes.batch import score_file
    from casenotes.store import Store

    workdir.mkdir(parents=True, exist_ok=True)
    paths = {name: workdir / f"{name}.csv" for name in ("notes", "teams", "people")}
    for name, path in paths.items():
        data[name].to_csv(path, index=False)
    db = workdir / "trial.duckdb"
    score_file(paths["notes"], db, teams=paths["teams"], people=paths["people"], model=settings.model,
               rejects=workdir / "rejects.csv", chunk_size=settings.chunk_size)
    with Store(db, read_only=True) as store:
        return store.note_outcomes()


def _truth_outcomes(data: dict[str, Any]) -> pd.DataFrame:
    notes = data["notes"].merge(data["teams"], on=["borough", "team"], how="left")
    notes["recorded_at"] = pd.to_datetime(notes["recorded_at"], dayfirst=True)
    trained_at = pd.to_datetime(notes["trained_at"])
    notes["trained"] = trained_at.notna() & (notes["recorded_at"] >= trained_at)
    counts = data["sentences"].groupby("note_id")[list(LABELS)].agg(["sum", "count"])
    for label in LABELS:
        notes[f"n_{label}"] = notes["note_id"].map(counts[(label, "sum")])
    notes["n_sentences"] = notes["note_id"].map(counts[(LABELS[0], "count")])
    return outcomes_of(notes)


def calibrate(settings: Settings, *, notes: int = 2000, seed: int = 10_000,
              workdir: Path | None = None) -> pd.DataFrame:
    """Estimate ``m[pool, label]``, the share of each pool's sentences the classifier marks with each label.

    Uses a corpus of its own (a seed no trial uses, no planted effect). Least squares without intercept of each
    note's measured rate on its pool shares; pools that a corpus this size never draws are left out.
    """
    probe = Settings(**{**settings.__dict__, "notes": notes})
    data = probe.make(seed, {l: 0.0 for l in LABELS}).generate()
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        outcomes = measured_rates(data, probe, Path(tmp))
    shares = pool_shares(data["sentences"]).add_prefix("share_")
    frame = outcomes.set_index("note_id")[[l + RATE_SUFFIX for l in LABELS]].join(shares, how="inner")
    pools = [c.removeprefix("share_") for c in shares.columns if frame[c].sum() > 0]
    x = frame[["share_" + p for p in pools]].to_numpy()
    m = {}
    for label in LABELS:
        y = frame[label + RATE_SUFFIX].to_numpy() / 100.0
        ok = np.isfinite(y)
        m[label] = np.linalg.lstsq(x[ok], y[ok], rcond=None)[0]
    return pd.DataFrame(m, index=pools)


def expected_effects(effects: dict[str, float], m: pd.DataFrame | None) -> dict[str, float]:
    """The change each label's rate per 100 sentences should show: ``theta`` above (or the planted effects)."""
    if m is None:
        return {l: float(effects.get(l, 0.0)) for l in LABELS}
    return {l: float(sum(effects.get(j, 0.0) * (m.loc[j, l] - m.loc["routine", l]) for j in LABELS))
            for l in LABELS}


def simulate_trial(seed: int, scenario: Scenario, settings: Settings, m: pd.DataFrame | None,
                   workdir: Path) -> pd.DataFrame:
    """Generate, score and analyse one trial; one row per outcome with the truth, coverage and rejection."""
    data = settings.make(seed, scenario.effects).generate()
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        outcomes = measured_rates(data, settings, Path(tmp))
    estimates = fit_effects(outcomes, outcomes=[c for c in outcome_columns() if c in outcomes])
    truth = expected_effects(scenario.effects, m)
    rows = []
    for e in estimates.to_dict("records"):
        if e["kind"].startswith("label"):
            target = truth[e["outcome"]]
        else:  # a domain score has no closed-form truth, except that nothing changes when nothing is planted
            target = 0.0 if scenario.is_null else np.nan
        rows.append({"seed": seed, "scenario": scenario.name, "scale": settings.scale, **e, "truth": target,
                     "covered": bool(e["ci_low"] <= target <= e["ci_high"]) if np.isfinite(target) else None,
                     "rejected": bool(e["p"] < 0.05) if np.isfinite(e["p"]) else None})
    return pd.DataFrame(rows)


def run(settings: Settings, *, sims: int, scenarios: Iterable[Scenario] = DEFAULT_SCENARIOS, seed: int = 0,
        calibration_notes: int = 2000, workdir: Path | None = None,
        progress: Callable[[int, int], None] | None = None) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """``sims`` trials per scenario (seeds ``seed, seed+1, ...``); returns per-estimate results and ``m``."""
    scenarios = list(scenarios)
    m = calibrate(settings, notes=calibration_notes, workdir=workdir) if settings.model is not None else None
    results, done, total = [], 0, sims * len(scenarios)
    for scenario in scenarios:
        for k in range(sims):
            results.append(simulate_trial(seed + k, scenario, settings, m, Path(workdir or tempfile.gettempdir())))
            done += 1
            if progress:
                progress(done, total)
    return pd.concat(results, ignore_index=True), m


def summarise(results: pd.DataFrame) -> pd.DataFrame:
    """Coverage (with its Wilson 95% interval), rejection rate and bias per scenario, scale and outcome kind."""
    rows = []
    for (scenario, scale, kind), g in results.groupby(["scenario", "scale", "kind"], sort=True):
        covered = g["covered"].dropna().astype(bool)
        rejected = g["rejected"].dropna().astype(bool)
        known = g[g["truth"].notna()]
        lo, hi = wilson(int(covered.sum()), len(covered))
        rows.append({"scenario": scenario, "scale": scale, "kind": kind, "trials": g["seed"].nunique(),
                     "estimates": len(g), "coverage": covered.mean() if len(covered) else np.nan,
                     "coverage_ci_low": lo, "coverage_ci_high": hi,
                     "rejection_rate": rejected.mean() if len(rejected) else np.nan,
                     "mean_bias": float((known["estimate"] - known["truth"]).mean()) if len(known) else np.nan,
                     "mean_truth": float(known["truth"].mean()) if len(known) else np.nan})
    return pd.DataFrame(rows)


def verdict(results: pd.DataFrame) -> dict[str, Any]:
    """Pooled coverage (all scenarios, label rates) and the false-positive rate at zero effect (all outcomes),
    each against the issue's acceptance band."""
    labels = results[results["kind"].str.startswith("label")]
    covered = labels["covered"].dropna().astype(bool)
    null = results[(results["truth"] == 0) & results["rejected"].notna()]
    coverage = float(covered.mean())
    fpr = float(null["rejected"].astype(bool).mean())
    return {"coverage": coverage, "coverage_estimates": int(len(covered)),
            "false_positive_rate": fpr, "null_estimates": int(len(null)),
            "coverage_in_band": TARGETS["coverage"][0] <= coverage <= TARGETS["coverage"][1],
            "false_positive_rate_in_band": TARGETS["false_positive_rate"][0] <= fpr <= TARGETS["false_positive_rate"][1],
            "targets": {k: list(v) for k, v in TARGETS.items()}}


def wilson(successes: int, n: int, *, level: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for a proportion (sensible near 0 and 1, unlike the normal one)."""
    if n == 0:
        return np.nan, np.nan
    z = stats.norm.ppf(0.5 + level / 2)
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return float(centre - half), float(centre + half)


def save(out_dir: Path, results: pd.DataFrame, m: pd.DataFrame | None, settings: Settings) -> dict[str, Path]:
    """results.csv, summary.csv, calibration.csv (the ``m`` matrix) and verdict.json."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"results": out_dir / "results.csv", "summary": out_dir / "summary.csv",
             "verdict": out_dir / "verdict.json"}
    results.to_csv(paths["results"], index=False)
    summarise(results).to_csv(paths["summary"], index=False)
    if m is not None:
        paths["calibration"] = out_dir / "calibration.csv"
        m.to_csv(paths["calibration"], index_label="pool")
    attenuation = ({l: float(m.loc[l, l] - m.loc["routine", l]) for l in LABELS} if m is not None else None)
    paths["verdict"].write_text(json.dumps({**verdict(results), "settings": {
        k: v for k, v in settings.__dict__.items() if k != "generator"}, "scale": settings.scale,
        "attenuation": attenuation, "outcomes": list(LABELS) + list(DOMAINS)}, indent=2) + "\n", encoding="utf-8")
    return paths
