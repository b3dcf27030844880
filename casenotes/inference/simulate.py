"""Validation that can fail: simulate stepped-wedge trials the analysis does not assume, analyse each with the
shipped :func:`~casenotes.inference.trial.analyse_trial`, and report per scenario and outcome the 95% CI coverage,
type I error, bias and power with Monte Carlo standard errors.

Scenarios are data (``casenotes/data/trend_scenarios.v1.toml``); the generator is ``dgp.py``. A result is in band
when it is within 2 Monte Carlo SEs of its nominal value at the number of simulations run (coverage 0.95, type I
0.05; bias 0 within 2 of its own MC SE). At 500 simulations those bands are 0.930-0.970 and 0.031-0.069. Each check
is a test at about the 5% level, so with many checks a few fall outside by chance: the verdict reports how many
are outside against how many chance alone would put there; that count (and any pooling over scenarios) needs the
scenarios' trials to be independent, so each scenario draws its own (:func:`trial_seed`).
"""

from __future__ import annotations

import json
import os
import tomllib
import zlib
from collections.abc import Callable, Iterable
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from casenotes.data import resolve, sha256
from casenotes.errors import CasenotesWarning, InputError
from casenotes.inference.dgp import SIMULATED, Scenario, generate
from casenotes.inference.plan import Plan, load_plan
from casenotes.inference.trial import analyse_trial
from casenotes.schemas import LABELS, labels_path

DEFAULT_SCENARIOS = "trend_scenarios.v1.toml"
CHECKED_TERMS = ("trained", "post_training", "follow_up_3m", "follow_up_6m", "trained_immediate")
_SCENARIO_KEYS = set(Scenario.__dataclass_fields__) - {"effects", "domain_effect"} | {"effect", "permutations"}


def load_scenarios(path: str | Path = "default") -> list[tuple[Scenario, int]]:
    """The scenario file's scenarios, each with its number of randomisation-test permutations.

    Raises:
        InputError: [E440] not TOML, an unknown key or a scenario without a name.
    """
    file = resolve(path, DEFAULT_SCENARIOS)
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"[E440] {file.name}: not valid TOML ({exc}).") from None
    effect = dict(raw.get("effect", {}))
    domains = float(effect.pop("domains", 0.0))
    if set(effect) - set(SIMULATED):
        raise InputError(f"[E440] {file.name} [effect]: unknown label(s) {sorted(set(effect) - set(SIMULATED))}; "
                         f"expected some of {list(SIMULATED)} (the labels with a synthetic trial_share).")
    out = []
    for i, entry in enumerate(raw.get("scenario", [])):
        unknown = set(entry) - _SCENARIO_KEYS
        if unknown or "name" not in entry:
            raise InputError(f"[E440] {file.name} [[scenario]] {i}: unknown key(s) {sorted(unknown)} or no name; "
                             f"allowed {sorted(_SCENARIO_KEYS)}.")
        fields = {k: v for k, v in entry.items() if k not in ("effect", "permutations")}
        if entry.get("effect", False):
            fields.update(effects=dict(effect), domain_effect=domains)
        out.append((Scenario(**fields), int(entry.get("permutations", 0))))
    return out


def trial_seed(scenario: str, trial: int) -> int:
    """The generator seed of trial number ``trial`` of the named scenario: each scenario its own random stream.

    trends-v2 gave every scenario the same seeds, so scenarios that share a design (nine of its sixteen) drew the
    same team, month and case effects and analysed largely the same trials (errors correlated 0.33-0.74): one
    Monte Carlo fluctuation (perpetrator_pattern +0.04 pp in seeds 0-499) recurred in each and read as a bias,
    and checks that chance should put outside their bands independently went out together.
    """
    return int(np.random.SeedSequence([trial, zlib.crc32(scenario.encode("utf-8"))]).generate_state(1, np.uint64)[0])


def check_simulated(plan: Plan) -> None:
    """Say which labels the simulated notes leave out (W121: the labels file gives them no synthetic
    ``trial_share``, and no rate is invented for them), and refuse a plan that analyses one of them (E555).

    Raises:
        InputError: [E555] a planned label outcome is not simulated.
    """
    absent = [label for label in LABELS if label not in SIMULATED]
    planned = sorted({o.name for o in plan.outcomes if o.kind == "label_rate_per_100_sentences"} & set(absent))
    if planned:
        raise InputError(f"[E555] {plan.path.name}: outcome(s) {planned} are labels the simulated trials do not "
                         f"carry ({labels_path().name} gives them no synthetic trial_share); add one there or "
                         f"leave them out of the plan.")
    if absent:
        warnings.warn(f"[W121] label(s) {absent} have no synthetic trial_share in {labels_path().name}: the "
                      f"simulated trials leave them out.", CasenotesWarning, stacklevel=2)


def simulate_one(scenario: Scenario, seed: int, plan: Plan, permutations: int = 0) -> pd.DataFrame:
    """Generate trial number ``seed`` of the scenario (:func:`trial_seed`), analyse it as shipped, and compare
    each checked estimate with the truth."""
    notes, info = generate(scenario, trial_seed(scenario.name, seed))
    with warnings.catch_warnings():  # few teams (W050) is the point of some scenarios: one line per trial is noise
        warnings.simplefilter("ignore", CasenotesWarning)
        result = analyse_trial(notes, plan, terms=CHECKED_TERMS, permutations=permutations, with_components=False)
    est = result.estimates
    windows = {"trained_immediate": plan.primary_window, "trained": plan.primary_window, **plan.timepoints}
    truth = []
    for r in est.itertuples():
        if r.kind == "label_rate_per_100_sentences":
            truth.append(scenario.truth(r.outcome, windows[r.term]))
        else:  # a share of cases above a cut of an ordinal mean has no closed form, except when nothing moves
            truth.append(0.0 if scenario.domain_effect == 0 else np.nan)
    est = est.assign(scenario=scenario.name, seed=seed, truth=truth, clipped=info["clipped"])
    keep = ["scenario", "seed", "outcome", "kind", "role", "model", "term", "estimate", "se", "df", "ci_low",
            "ci_high", "p_randomisation", "truth", "n_clusters", "clipped"]
    out = est[keep].copy()
    # every checked term gets its own two-sided p from its CI's t reference (the report's p only where planned)
    out["p_test"] = 2 * stats.t.sf(np.abs(out["estimate"] / out["se"]), out["df"])
    return out


def _work(args: tuple[str, str, str, int, int]) -> pd.DataFrame:
    scenarios_path, plan_path, name, first, count = args
    plan = load_plan(plan_path)
    scenario, perms = next((s, p) for s, p in load_scenarios(scenarios_path) if s.name == name)
    return pd.concat([simulate_one(scenario, seed, plan, perms) for seed in range(first, first + count)],
                     ignore_index=True)


def run(*, sims: int, scenarios: str | Path = "default", plan: str | Path = "default", names: Iterable[str] | None = None,
        seed: int = 0, jobs: int = 1, block: int = 25,
        progress: Callable[[int, int], None] | None = None) -> pd.DataFrame:
    """``sims`` trials per scenario (trial numbers ``seed..seed+sims-1``, each scenario drawing its own trials:
    :func:`trial_seed`), in ``jobs`` processes; returns one row per trial, outcome, model and checked term."""
    check_simulated(load_plan(plan))
    chosen = [s.name for s, _ in load_scenarios(scenarios)]
    if names:
        unknown = set(names) - set(chosen)
        if unknown:
            raise InputError(f"[E441] scenario(s) {sorted(unknown)} not in the scenario file; expected some of {chosen}.")
        chosen = [n for n in chosen if n in set(names)]
    tasks = [(str(scenarios), str(plan), name, first, min(block, seed + sims - first))
             for name in chosen for first in range(seed, seed + sims, block)]
    parts, done = [], 0
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for part in pool.map(_work, tasks):
                parts.append(part)
                done += 1
                if progress:
                    progress(done, len(tasks))
    else:
        for task in tasks:
            parts.append(_work(task))
            done += 1
            if progress:
                progress(done, len(tasks))
    return pd.concat(parts, ignore_index=True)


def summarise(results: pd.DataFrame, *, level: float = 0.95, alpha: float = 0.05) -> pd.DataFrame:
    """Per scenario, outcome, model and term: coverage, rejection rate (type I error at zero truth, power
    otherwise), bias, empirical SD and mean SE, each with its Monte Carlo SE and whether it is in band."""
    rows = []
    keys = ["scenario", "outcome", "kind", "model", "term"]
    for key, g in results.groupby(keys, sort=False):
        n = int(g["estimate"].notna().sum())
        known = g["truth"].notna() & g["estimate"].notna()
        covered = ((g["ci_low"] <= g["truth"]) & (g["truth"] <= g["ci_high"]))[known]
        rejected = (g["p_test"] < alpha)[g["p_test"].notna()]
        err = (g["estimate"] - g["truth"])[known]
        truth = float(g["truth"].mean()) if known.any() else np.nan
        cov = float(covered.mean()) if len(covered) else np.nan
        rej = float(rejected.mean()) if len(rejected) else np.nan
        band_cov = 2 * np.sqrt(level * (1 - level) / max(len(covered), 1))
        band_rej = 2 * np.sqrt(alpha * (1 - alpha) / max(len(rejected), 1))
        null = known.any() and truth == 0 and (g["truth"] == 0).all()
        perm = g["p_randomisation"].dropna()
        rows.append({**dict(zip(keys, key)), "sims": n, "truth": truth,
                     "mean_estimate": float(g["estimate"].mean()),
                     "bias": float(err.mean()) if len(err) else np.nan,
                     "bias_mcse": float(err.std(ddof=1) / np.sqrt(len(err))) if len(err) > 1 else np.nan,
                     "empirical_sd": float(g["estimate"].std(ddof=1)), "mean_se": float(g["se"].mean()),
                     "coverage": cov, "coverage_mcse": float(np.sqrt(cov * (1 - cov) / len(covered))) if len(covered) else np.nan,
                     "coverage_in_band": bool(abs(cov - level) <= band_cov) if len(covered) else None,
                     "rejection": rej, "rejection_mcse": float(np.sqrt(rej * (1 - rej) / len(rejected))) if len(rejected) else np.nan,
                     "type1_in_band": bool(abs(rej - alpha) <= band_rej) if null else None,
                     "randomisation_rejection": float((perm < alpha).mean()) if len(perm) else np.nan,
                     "randomisation_sims": int(len(perm)),
                     "mean_df": float(g["df"].mean())})
    return pd.DataFrame(rows)


VERDICT = {"primary_coverage": "95% CI coverage, primary outcome (victim_blaming, months 0-5)",
           "label_coverage": "95% CI coverage, all label outcomes",
           "type1_error": "Type I error at 5%, every outcome, null scenarios",
           "type1_pooled": "Type I error at 5%, every outcome, pooled over the null scenarios",
           "label_bias_within_2_mcse": "Bias of the primary estimand within 2 MC SE, label outcomes",
           "label_bias_pooled": "Bias of the primary estimand pooled over scenarios (z within +/-2), label outcomes"}
"""The verdict's blocks and how the README names them."""
GATED = ("primary_coverage", "type1_error", "type1_pooled", "label_bias_within_2_mcse", "label_bias_pooled")
"""The blocks ``validate-trends --check`` fails on (label coverage beyond the primary outcome is reported only)."""


def verdict(summary: pd.DataFrame, *, alpha: float = 0.05) -> dict[str, Any]:
    """The done-criteria: primary-estimand coverage of the primary outcome, type I error of every outcome's
    primary estimate, and bias of the primary estimate of the label outcomes, each against its band, with how
    many checks fall outside and how many would by chance.

    Type I error and bias are checked per scenario and also pooled per outcome over the scenarios (type I: all
    null trials of the outcome, band nominal +/- 2 MC SE of that many; bias: the sum of bias / MC SE over the
    square root of the number of scenarios, a z that is standard normal when nothing is biased). An error too
    small to leave its band in any one scenario but there in all of them shows pooled, and a check outside its
    band by chance in one scenario does not. Pooling is valid because each scenario draws its own trials
    (:func:`trial_seed`)."""
    main = summary[(summary["model"] == "exposure_time") & (summary["term"] == "trained")]
    primary = main[main["outcome"].eq("victim_blaming") & main["kind"].str.startswith("label")]
    labels = main[main["kind"].str.startswith("label")]
    typeone = main[main["type1_in_band"].notna()]
    bias_ok = (labels["bias"].abs() <= 2 * labels["bias_mcse"]) | labels["bias"].isna()
    pooled, null = _pooled_bias(labels), _pooled_type1(typeone, alpha)

    def block(frame: pd.DataFrame, flag: pd.Series, value: str) -> dict[str, Any]:
        flag = flag.dropna().astype(bool)
        return {"checks": int(len(flag)), "outside_band": int((~flag).sum()),
                "expected_outside_by_chance": round(alpha * len(flag), 1),
                "range": [float(frame[value].min()), float(frame[value].max())] if len(frame) else None,
                "outside": frame.loc[flag.index[~flag.to_numpy()], ["scenario", "outcome", "kind", value]].to_dict("records")}

    return {"primary_coverage": block(primary, primary["coverage_in_band"], "coverage"),
            "label_coverage": block(labels, labels["coverage_in_band"], "coverage"),
            "type1_error": block(typeone, typeone["type1_in_band"], "rejection"),
            "type1_pooled": block(null, null["in_band"], "rejection"),
            "label_bias_within_2_mcse": block(labels, bias_ok, "bias"),
            "label_bias_pooled": block(pooled, pooled["z"].abs() <= 2, "z")}


def _pooled_bias(labels: pd.DataFrame) -> pd.DataFrame:
    """Per label outcome: ``z`` = sum over scenarios of bias / MC SE, over the square root of their number."""
    known = labels[np.isfinite(labels["bias"]) & (labels["bias_mcse"] > 0)]
    ratio = (known["bias"] / known["bias_mcse"]).groupby([known["outcome"], known["kind"]], sort=False)
    z = (ratio.sum() / np.sqrt(ratio.count())).rename("z").reset_index()
    counts = ratio.count().to_numpy()
    return z.assign(scenario=[f"{n} scenarios pooled" for n in counts])


def _pooled_type1(null: pd.DataFrame, alpha: float) -> pd.DataFrame:
    """Per outcome: the rejection rate over all its null scenarios' trials and whether it is in band."""
    g = null.assign(rejected=null["rejection"] * null["sims"]).groupby(["outcome", "kind"], sort=False)
    trials = g["sims"].sum()
    rate = g["rejected"].sum() / trials
    return pd.DataFrame({"rejection": rate, "in_band": (rate - alpha).abs() <= 2 * np.sqrt(alpha * (1 - alpha) / trials),
                         "trials": trials, "scenario": [f"{n} scenarios pooled" for n in g["sims"].count()]}).reset_index()


def too_many_outside(record: dict[str, Any]) -> bool:
    """``validate-trends --check``'s rule: some gated block has more checks outside its band than chance explains
    (more than twice the expected number, plus one)."""
    return any(record[n]["outside_band"] > 2 * record[n]["expected_outside_by_chance"] + 1 for n in GATED)


def save(out_dir: Path, results: pd.DataFrame, *, plan: str | Path = "default",
         scenarios: str | Path = "default", seed: int = 0) -> dict[str, Path]:
    """results.parquet (every trial), summary.csv, verdict.json and README.md (the tables a reader needs)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = summarise(results)
    loaded = load_plan(plan)
    paths = {"results": out_dir / "results.parquet", "summary": out_dir / "summary.csv",
             "verdict": out_dir / "verdict.json", "readme": out_dir / "README.md"}
    floats = results.select_dtypes("float64").columns  # float32 keeps every digit a reader needs, at half the size
    results.astype({c: "float32" for c in floats}).to_parquet(paths["results"], index=False)
    summary.to_csv(paths["summary"], index=False, float_format="%.4f")
    scen = resolve(scenarios, DEFAULT_SCENARIOS)
    sims = results.groupby("scenario")["seed"].nunique()
    record = {**verdict(summary), **loaded.record(), "scenarios": scen.name, "scenarios_sha256": sha256(scen),
              "sims_per_scenario": int(sims.min()), "sims_per_scenario_max": int(sims.max()), "first_seed": seed}
    paths["verdict"].write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    used = [sc for sc, _ in load_scenarios(scenarios) if sc.name in set(results["scenario"])]
    paths["readme"].write_text(readme(summary, record, used), encoding="utf-8")
    return paths


def describe_scenario(scenario: Scenario) -> str:
    """What a scenario changes from the generator's defaults, in one line."""
    default = Scenario(name=scenario.name)
    changed = [f"{k}={getattr(scenario, k)}" for k in Scenario.__dataclass_fields__
               if k not in ("name", "effects", "domain_effect") and getattr(scenario, k) != getattr(default, k)]
    effect = ("effects " + ", ".join(f"{k} {v:+g}" for k, v in scenario.effects.items())
              + f", domains {scenario.domain_effect:+g} SD") if not scenario.is_null else "no effect"
    return "; ".join([effect, *changed])


def readme(summary: pd.DataFrame, record: dict[str, Any], scenarios: list[Scenario]) -> str:
    """A Markdown report: how the trials were made, the verdict, and the per-scenario tables."""
    main = summary[(summary["model"] == "exposure_time") & (summary["term"] == "trained")]
    low, high = record["sims_per_scenario"], record["sims_per_scenario_max"]
    sims = f"{low}" if low == high else f"{low}-{high}"
    lines = [f"# Validation of the trial analysis ({record['plan_version']}, {sims} "
             f"simulations per scenario)", "",
             "Made by `casenotes validate-trends`; trials from `casenotes/inference/dgp.py` (notes with binomial "
             "label counts given a beta-distributed propensity, ordinal domains from a latent scale, and the "
             "departures each scenario names), analysed by the shipped `analyse_trial` with plan "
             f"`{record['plan']}` (sha256 `{record['plan_sha256'][:12]}`); scenarios `{record['scenarios']}`.",
             "Each scenario draws its own trials (generator seeds from the trial number and the scenario's name), "
             "so scenarios are independent checks. Bands: nominal +/- 2 Monte Carlo SEs. MC SE in brackets.", "",
             "## Verdict", ""]
    for key, name in VERDICT.items():
        block = record[key]
        rng = block["range"]
        lines.append(f"- {name}: {block['checks'] - block['outside_band']}/{block['checks']} in band "
                     f"({block['expected_outside_by_chance']} expected outside by chance); range "
                     f"{rng[0]:.3f} to {rng[1]:.3f}" if rng else f"- {name}: no checks")
    lines += _pooled_table(main)
    lines += ["", "## Scenarios", "",
              "Defaults: 24 teams in 6 boroughs, 24 months, 100 notes per team-quarter (team sizes vary), team SD 2 "
              "pp, team x quarter SD 1 pp, month shocks 0.7 pp, secular trend 2 pp, case SD 2 pp (cases span six "
              "months), practitioner SD 1 pp, steps in random order within borough, effects immediate.", "",
              "| scenario | what it changes |", "| --- | --- |"]
    lines += [f"| {sc.name} | {describe_scenario(sc)} |" for sc in scenarios]
    lines += ["", "## Primary estimand (mean effect over exposure months 0-5), per scenario and outcome", "",
              "| scenario | outcome | truth | bias | coverage | type I / power | randomisation test rejects | mean df |",
              "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in main.itertuples():
        name = r.outcome + (" (domain)" if r.kind.startswith("domain") else "")
        truth = "n/a" if not np.isfinite(r.truth) else f"{r.truth:+.2f}"
        bias = "n/a" if not np.isfinite(r.bias) else f"{r.bias:+.3f} ({r.bias_mcse:.3f})"
        cov = "n/a" if not np.isfinite(r.coverage) else f"{r.coverage:.3f} ({r.coverage_mcse:.3f})" + (
            "" if r.coverage_in_band else " **out**")
        rej = f"{r.rejection:.3f} ({r.rejection_mcse:.3f})" + (" **out**" if r.type1_in_band is False else "")
        perm = f"{r.randomisation_rejection:.3f} (n={r.randomisation_sims})" if r.randomisation_sims else ""
        lines.append(f"| {r.scenario} | {name} | {truth} | {bias} | {cov} | {rej} | {perm} | {r.mean_df:.1f} |")
    other = summary[(summary["term"] != "trained") & summary["kind"].str.startswith("label")]
    lines += ["", "## Timepoints and the immediate-effect sensitivity model (label outcomes)", "",
              "`trained_immediate` is compared with the primary estimand's truth: under build-up or fading effects "
              "it estimates something else, which is why it is only a sensitivity analysis.", "",
              "| scenario | outcome | term | truth | bias | coverage |", "| --- | --- | --- | --- | --- | --- |"]
    for r in other.itertuples():
        lines.append(f"| {r.scenario} | {r.outcome} | {r.term} | {r.truth:+.2f} | {r.bias:+.3f} ({r.bias_mcse:.3f}) "
                     f"| {r.coverage:.3f} ({r.coverage_mcse:.3f}) |")
    return "\n".join(lines) + "\n"


def _pooled_table(main: pd.DataFrame, alpha: float = 0.05) -> list[str]:
    """Per outcome, the verdict's pooled checks: type I error over all null trials, bias z over all scenarios."""
    null = _pooled_type1(main[main["type1_in_band"].notna()], alpha).set_index(["outcome", "kind"])
    bias = _pooled_bias(main[main["kind"].str.startswith("label")]).set_index(["outcome", "kind"])
    lines = ["", "Pooled over scenarios (valid because each scenario's trials are its own):", "",
             "| outcome | type I error, null trials pooled | null trials | bias z, scenarios pooled |",
             "| --- | --- | --- | --- |"]
    for outcome, kind in dict.fromkeys(zip(main["outcome"], main["kind"])):
        name = outcome + (" (domain)" if kind.startswith("domain") else "")
        t1 = null.loc[(outcome, kind)] if (outcome, kind) in null.index else None
        z = f"{bias.loc[(outcome, kind), 'z']:+.2f}" if (outcome, kind) in bias.index else "n/a"
        rate = "n/a" if t1 is None else (f"{t1['rejection']:.4f} ({np.sqrt(t1['rejection'] * (1 - t1['rejection']) / t1['trials']):.4f})"
                                         + ("" if t1["in_band"] else " **out**"))
        lines.append(f"| {name} | {rate} | {'n/a' if t1 is None else int(t1['trials'])} | {z} |")
    return lines


def default_jobs() -> int:
    """Half the machine: validation runs beside other work."""
    return max(1, (os.cpu_count() or 2) // 2)
