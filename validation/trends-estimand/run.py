"""Run the independent simulation (``../trends-independent``) through the imputation estimator of plan v2.

    python run.py trials --n 200 [--only NAME,...] [--until HH:MM] [--part K/N]   # appends to results/trials.csv
    python run.py restricted --n 100 [--only NAME,...]                          # results/restricted.csv
    python run.py worlds --n 80 [--only NAME,...]                              # results/worlds.csv
    python run.py summary                                                      # results/summary.csv, table.md

The generator and its truths are the independent ones, used unchanged (``generate.py`` is not edited), and each
trial is seeded exactly as ``../trends-independent/run.py`` seeds it, so trial ``t`` of a scenario is the same
trial there and here. Each trial is analysed once by ``analyse_trial(facts, plan)`` with plan v2, which reports
both estimators for every outcome (the role's own as model ``exposure_time``, the other as the sensitivity
analysis), so their bias, coverage and interval width come from the same call on the same data. The numbers in
README.md were run with a draft of v2 that made imputation every role's estimator (the estimates are the same:
only which of the two is labelled the sensitivity analysis changed). ``--part K/N`` runs every N-th trial from K (parallel workers); the shipped per-trial rows are the parts joined
into ``results/trials.csv.gz``.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "trends-independent")]
from generate import generate, truths  # noqa: E402
from run import BY_NAME, OUTCOMES, seed_of  # noqa: E402
from trends_mc import (complete, deadline_of, done_trials, mc_stats, pick, run_resumable,  # noqa: E402
                       short_name, values)

from casenotes.data import data_path  # noqa: E402
from casenotes.inference.plan import load_plan  # noqa: E402
from casenotes.inference.trial import analyse_trial  # noqa: E402

RESULTS = HERE / "results"
SCENARIOS = ("null-12x150", "null-6x150", "effect-12x150", "effect-6x150", "heterogeneous-24x150", "buildup-24x150")
MODELS = {"imputation": ("exposure_time", "exposure_time_imputation"),
          "regression": ("exposure_time", "exposure_time_regression")}
"""Each estimator's rows: the plan's estimator of a role is its ``exposure_time`` model, the other its sensitivity
analysis; ``method`` says which is which."""


def one_trial(name: str, trial: int, plan) -> list[dict]:
    """Generate (the independent generator, its seed), compute the truths, analyse with plan v2."""
    index, scenario, _ = BY_NAME[name]
    seed = seed_of(index, trial)
    g = generate(scenario, seed)
    truth = truths(g["cf"])
    t0 = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        est = analyse_trial(g["facts"], plan, terms=("trained",), permutations=0, with_components=False).estimates
    seconds = time.perf_counter() - t0
    w170 = [str(w.message) for w in caught if str(w.message).startswith("[W170]")]
    lost = {m.split(":")[0].removeprefix("[W170] "): int(m.split(": ")[1].split(" of ")[0]) for m in w170}
    rows = []
    for kind, outcome in OUTCOMES:
        key = ("label:" if kind.startswith("label") else "domain:") + outcome
        for estimator, models in MODELS.items():
            where = est["model"].isin(models) & (est["method"].str.startswith("imputation")
                                                 == (estimator == "imputation"))
            v = values(pick(est, kind, outcome, "trained", where))
            rows.append({"scenario": name, "trial": trial, "seed": seed, "kind": kind, "outcome": outcome,
                         "estimator": estimator, "truth_team": truth[key]["team"], "truth_cell": truth[key]["cell"],
                         **{c: v[c] for c in ("estimate", "se", "df", "ci_low", "ci_high")},
                         "unimputable_cells": lost.get(kind, 0), "seconds": seconds})
    return rows


def run_trials(names: list[str], n: int, deadline: float | None, part: tuple[int, int]) -> None:
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"trials.part{part[0]}.csv"
    plan = load_plan(data_path("analysis_plan.v2.toml"))
    have = done_trials(RESULTS.glob("trials*.csv*"))
    for cap in sorted({min(n, c) for c in (5, 50, 100, 200, 300, 500) if c <= n} | {n}):  # rounds: all reach 50
        for name in names:
            todo = ((name, trial) for trial in range(part[0], cap, part[1]))
            if not run_resumable(todo, lambda s, t: one_trial(s, t, plan), out, have, deadline):
                return
            print(f"{time.strftime('%H:%M:%S')} {name}: up to {cap}", flush=True)


def restricted(names: list[str], n: int, deadline: float | None) -> None:
    """Diagnosis: the team truth over the cells the imputation estimator can impute (the same counterfactual
    truth, ``generate.truths``, computed on those cells' notes only). The estimator leaves out trained cells with
    no not-yet-trained comparison in their borough x month (mostly the last teams trained in a borough); against
    this truth its remaining bias is noise, and ``truth_team - truth_imputable`` is what leaving them out costs.
    Appends to results/restricted.csv."""
    from casenotes.inference import imputation
    from casenotes.inference.cells import build_cells, month_index
    from casenotes.store import team_keys

    plan = load_plan(data_path("analysis_plan.v2.toml"))
    out = RESULTS / "restricted.csv"
    for name in names:
        index, scenario, _ = BY_NAME[name]
        for trial in range(n):
            if deadline and time.time() > deadline:
                return
            g = generate(scenario, seed_of(index, trial))
            facts, cf = g["facts"], g["cf"]
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                cells = build_cells(facts, plan)
            note_cell = pd.MultiIndex.from_arrays([team_keys(facts).to_numpy(), month_index(facts["recorded_at"])])
            rows = []
            for kind in ("label_rate_per_100_sentences", "domain_share_good"):
                outcome = next(o for o in plan.outcomes if o.kind == kind)
                imp = imputation.build(cells, outcome, plan, terms=("trained",), jackknife=False)
                frame = cells.frame.iloc[imp.rows[imp.imputable]]
                keep = note_cell.isin(pd.MultiIndex.from_arrays([frame["team_key"], frame["month"].astype(float)]))
                with np.errstate(invalid="ignore", divide="ignore"):  # no pre-training rows: contamination NaN
                    truth = truths(cf[keep])
                rows += [{"scenario": name, "trial": trial, "kind": k, "outcome": o,
                          "truth_imputable": truth[("label:" if k.startswith("label") else "domain:") + o]["team"]}
                         for k, o in OUTCOMES if k == kind]
            pd.DataFrame(rows).to_csv(out, mode="a", header=not out.is_file(), index=False)
        print(f"{time.strftime('%H:%M:%S')} restricted {name}: {n} trials", flush=True)


def worlds(names: list[str], n: int, deadline: float | None) -> None:
    """Diagnosis, as ``../trends-independent/run.py implicit`` does for the regression: both estimators run on each
    trial's two noise-free worlds (expected labelled sentences with and without training; the common-random-number
    domain scores). Both are linear in the cell outcomes, so ``est(world 1) - est(world 0)`` is the truth weighted
    as the estimator weights it (its implicit estimand) and ``est(world 0)``, which is 0 when untreated outcomes
    follow the fixed-effects model, is its bias from that model's misfit. Appends to results/worlds.csv."""
    plan = load_plan(data_path("analysis_plan.v2.toml"))
    out = RESULTS / "worlds.csv"
    for name in names:
        index, scenario, _ = BY_NAME[name]
        for trial in range(n):
            if deadline and time.time() > deadline:
                return
            g = generate(scenario, seed_of(index, trial))
            facts, cf = g["facts"], g["cf"]
            est = {}
            for world in ("1", "0"):
                x = facts.assign(n_sentences=cf[f"n{world}"].to_numpy(dtype=float),
                                 **{f"n_{label}": cf[f"e{world}_{label}"].to_numpy() for _, label in OUTCOMES[:4]},
                                 **{d: cf[f"d{world}_{d}"].to_numpy() for _, d in OUTCOMES[4:]})
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    e = analyse_trial(x, plan, terms=("trained",), permutations=0, with_components=False).estimates
                e = e[e["term"] == "trained"].assign(estimator=np.where(e["method"].str.startswith("imputation"),
                                                                        "imputation", "regression"))
                est[world] = e[e["model"] != "immediate"].set_index(["kind", "outcome", "estimator"])["estimate"]
            pd.DataFrame({"world1": est["1"], "world0": est["0"]}).reset_index().assign(
                scenario=name, trial=trial).to_csv(out, mode="a", header=not out.is_file(), index=False)
        print(f"{time.strftime('%H:%M:%S')} worlds {name}: {n} trials", flush=True)


SUMMARY_COLUMNS = ["scenario", "kind", "outcome", "estimator", "trials", "not_estimable", "truth_team", "estimate",
                   "bias", "bias_mcse", "rel_bias", "emp_se", "model_se", "coverage", "coverage_mcse", "reject",
                   "reject_mcse", "ci_width", "df", "unimputable_cells", "seconds"]


def summary() -> pd.DataFrame:
    """Per scenario, outcome and estimator: team truth, bias (MC SE), coverage (MC SE), rejection rate, CI width."""
    d = pd.concat([pd.read_csv(f) for f in sorted(RESULTS.glob("trials*.csv*"))], ignore_index=True)
    d = complete(d.drop_duplicates(["scenario", "trial", "kind", "outcome", "estimator"]),
                 len(OUTCOMES) * len(MODELS))
    out = []
    for (scenario, kind, outcome, estimator), g in d.groupby(["scenario", "kind", "outcome", "estimator"],
                                                             sort=False):
        ok = g.dropna(subset=["estimate", "ci_low", "ci_high"])
        st = mc_stats(g)
        out.append({"scenario": scenario, "kind": kind, "outcome": outcome, "estimator": estimator, **st,
                    "rel_bias": st["bias"] / st["truth_team"] if abs(st["truth_team"]) > 1e-9 else np.nan,
                    "unimputable_cells": ok["unimputable_cells"].mean(), "seconds": ok["seconds"].mean()})
    s = pd.DataFrame(out)[SUMMARY_COLUMNS]
    # the two estimators on the same trials: their mean difference has a much smaller MC SE than either bias
    wide = d.pivot_table(index=["scenario", "kind", "outcome", "trial"], columns="estimator", values="estimate")
    diff = (wide["imputation"] - wide["regression"]).dropna().groupby(level=["scenario", "kind", "outcome"])
    paired = pd.DataFrame({"imp_minus_reg": diff.mean(), "imp_minus_reg_mcse": diff.std(ddof=1) / np.sqrt(diff.size())})
    s = s.merge(paired.reset_index(), on=["scenario", "kind", "outcome"], how="left")
    s.to_csv(RESULTS / "summary.csv", index=False, float_format="%.4f")
    (RESULTS / "table.md").write_text(markdown(s), encoding="utf-8")
    if (RESULTS / "restricted.csv").is_file():
        restricted_summary(d)
    if (RESULTS / "worlds.csv").is_file():
        worlds_summary(d)
    return s


def worlds_summary(d: pd.DataFrame) -> pd.DataFrame:
    """Per estimator: its implicit estimand's distance from the team truth (the weighting) and its mean estimate
    in the untreated world (the untreated model's misfit), with MC SEs. Writes results/worlds_summary.csv, .md."""
    w = pd.read_csv(RESULTS / "worlds.csv").drop_duplicates(["scenario", "trial", "kind", "outcome", "estimator"])
    truth = d.drop_duplicates(["scenario", "trial", "kind", "outcome"])[["scenario", "trial", "kind", "outcome",
                                                                         "truth_team"]]
    m = w.merge(truth, on=["scenario", "trial", "kind", "outcome"]).dropna(subset=["world1", "world0"])
    m["gap"] = m["world1"] - m["world0"] - m["truth_team"]
    g = m.groupby(["scenario", "kind", "outcome", "estimator"], sort=False)
    s = pd.DataFrame({"trials": g.size(), "truth_team": g["truth_team"].mean(), "gap": g["gap"].mean(),
                      "gap_mcse": g["gap"].std(ddof=1) / np.sqrt(g.size()), "world0": g["world0"].mean(),
                      "world0_mcse": g["world0"].std(ddof=1) / np.sqrt(g.size())}).reset_index()
    s.to_csv(RESULTS / "worlds_summary.csv", index=False, float_format="%.4f")
    lines = ["| scenario | outcome | trials | team truth | implicit - team: imputation / regression (MC SE) "
             "| untreated-world estimate: imputation / regression (MC SE) |", "| --- | --- | ---: | ---: | ---: | ---: |"]
    for (scenario, kind, outcome), x in s.groupby(["scenario", "kind", "outcome"], sort=False):
        i, r = x.set_index("estimator").loc["imputation"], x.set_index("estimator").loc["regression"]
        short = short_name(kind, outcome)
        lines.append(f"| {scenario} | {short} | {int(i['trials'])} | {i['truth_team']:.2f} "
                     f"| {i['gap']:+.2f} ({i['gap_mcse']:.2f}) / {r['gap']:+.2f} ({r['gap_mcse']:.2f}) "
                     f"| {i['world0']:+.2f} ({i['world0_mcse']:.2f}) / {r['world0']:+.2f} ({r['world0_mcse']:.2f}) |")
    (RESULTS / "worlds.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return s


def restricted_summary(d: pd.DataFrame) -> pd.DataFrame:
    """The imputation estimate against the truth over the cells it can impute, and that truth's distance from the
    team truth. Writes results/restricted_summary.csv and results/restricted.md."""
    r = pd.read_csv(RESULTS / "restricted.csv").drop_duplicates(["scenario", "trial", "kind", "outcome"])
    m = d[d["estimator"] == "imputation"].merge(r, on=["scenario", "trial", "kind", "outcome"])
    out = []
    for (scenario, kind, outcome), g in m.groupby(["scenario", "kind", "outcome"], sort=False):
        ok = g.dropna(subset=["estimate", "ci_low", "ci_high"])
        n = len(ok)
        gap, err = ok["truth_imputable"] - ok["truth_team"], ok["estimate"] - ok["truth_imputable"]
        cover = ((ok["ci_low"] <= ok["truth_imputable"]) & (ok["truth_imputable"] <= ok["ci_high"])).mean()
        out.append({"scenario": scenario, "kind": kind, "outcome": outcome, "trials": n,
                    "truth_team": ok["truth_team"].mean(), "truth_imputable": ok["truth_imputable"].mean(),
                    "gap": gap.mean(), "gap_mcse": gap.std(ddof=1) / np.sqrt(n),
                    "bias_imputable": err.mean(), "bias_imputable_mcse": err.std(ddof=1) / np.sqrt(n),
                    "coverage_imputable": cover})
    s = pd.DataFrame(out)
    s.to_csv(RESULTS / "restricted_summary.csv", index=False, float_format="%.4f")
    lines = ["| scenario | outcome | trials | team truth | truth over imputable cells | gap (MC SE) "
             "| bias vs imputable truth (MC SE) | coverage of it |", "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for _, x in s.iterrows():
        short = short_name(x["kind"], x["outcome"])
        lines.append(f"| {x['scenario']} | {short} | {x['trials']} | {x['truth_team']:.2f} | {x['truth_imputable']:.2f} "
                     f"| {x['gap']:+.2f} ({x['gap_mcse']:.2f}) | {x['bias_imputable']:+.2f} "
                     f"({x['bias_imputable_mcse']:.2f}) | {x['coverage_imputable']:.3f} |")
    (RESULTS / "restricted.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return s


def markdown(s: pd.DataFrame) -> str:
    """Imputation beside regression, one line per scenario and outcome."""
    lines = ["| scenario | outcome | trials imp. / reg. | team truth | bias imputation (MC SE) | bias regression (MC SE) "
             "| imp. - reg. (MC SE) | coverage imp. / reg. (MC SE) | rejects 0 imp. / reg. | CI width imp. / reg. "
             "| SE model / empirical imp. / reg. | df imp. / reg. |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for (scenario, kind, outcome), g in s.groupby(["scenario", "kind", "outcome"], sort=False):
        r = g.set_index("estimator")
        i, q = r.loc["imputation"], r.loc["regression"]
        short = short_name(kind, outcome)
        lines.append(f"| {scenario} | {short} | {int(i['trials'])} / {int(q['trials'])} | {q['truth_team']:.2f} "
                     f"| {i['bias']:+.2f} ({i['bias_mcse']:.2f}) | {q['bias']:+.2f} ({q['bias_mcse']:.2f}) "
                     f"| {i['imp_minus_reg']:+.2f} ({i['imp_minus_reg_mcse']:.2f}) | {i['coverage']:.3f} / {q['coverage']:.3f} ({i['coverage_mcse']:.3f}) "
                     f"| {i['reject']:.3f} / {q['reject']:.3f} | {i['ci_width']:.2f} / {q['ci_width']:.2f} "
                     f"| {i['model_se'] / i['emp_se']:.2f} / {q['model_se'] / q['emp_se']:.2f} "
                     f"| {i['df']:.1f} / {q['df']:.1f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("trials")
    p.add_argument("--n", type=int, default=200)
    p.add_argument("--only", default=",".join(SCENARIOS))
    p.add_argument("--until", default="", help="stop starting trials after this time (HH:MM, local)")
    p.add_argument("--part", default="0/1", help="K/N: trials K, K+N, K+2N, ...")
    r = sub.add_parser("restricted")
    r.add_argument("--n", type=int, default=100)
    r.add_argument("--only", default="effect-12x150,effect-6x150,heterogeneous-24x150,buildup-24x150")
    r.add_argument("--until", default="")
    w = sub.add_parser("worlds")
    w.add_argument("--n", type=int, default=60)
    w.add_argument("--only", default="effect-12x150")
    w.add_argument("--until", default="")
    sub.add_parser("summary")
    a = parser.parse_args()
    if a.cmd == "summary":
        print(summary().to_string())
        return
    deadline = deadline_of(getattr(a, "until", ""))
    if a.cmd in ("restricted", "worlds"):
        (restricted if a.cmd == "restricted" else worlds)(a.only.split(","), a.n, deadline)
        return
    k, n_parts = map(int, a.part.split("/"))
    run_trials(a.only.split(","), a.n, deadline, (k, n_parts))


if __name__ == "__main__":
    main()
