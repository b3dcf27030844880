"""Run the independent simulation through the shipped trial analysis and summarise it.

    python run.py trials [--rounds 200,500] [--only NAME,...]   # Monte Carlo trials, appended to results/trials.csv
    python run.py store-check --scenario NAME --n 10            # real store + `casenotes trends --json` vs the API
    python run.py summary                                      # results/summary.csv and the README table

Each trial is analysed by ``casenotes.inference.trial.analyse_trial(facts, load_plan(PLAN))`` with plan v1, the
default when these results were frozen (randomisation test and variance components off: they do not change the
estimates or intervals checked here). Plan v2's estimators are run on the same trials by
``../trends-estimand/run.py``.
Trials are seeded by (scenario index, trial number), so a run can be stopped and resumed; ``--rounds`` brings every
scenario to the first count before any goes to the next.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent.parent))  # validation/: the shared trends_mc helpers
sys.path.insert(0, str(Path(__file__).parent))
from generate import DOMAINS, LABELS, Scenario, generate, truths
from trends_mc import complete, deadline_of, done_trials, mc_stats, pick, run_resumable, values

from casenotes.data import data_path
from casenotes.inference.plan import load_plan
from casenotes.inference.trial import analyse_trial

HERE = Path(__file__).parent
PLAN = data_path("analysis_plan.v1.toml")
RESULTS = HERE / "results"
TRIALS = RESULTS / "trials.csv"
SCENARIOS = (  # (scenario, target trials); "main" scenarios (null and immediate effect) aim at 500
    (Scenario("null-24x30", teams=24, notes_per_quarter=30, effect=0, growth=0), 500),
    (Scenario("effect-24x30", teams=24, notes_per_quarter=30), 500),
    (Scenario("null-12x150", teams=12, notes_per_quarter=150, effect=0, growth=0), 500),
    (Scenario("effect-12x150", teams=12, notes_per_quarter=150), 500),
    (Scenario("null-6x150", teams=6, notes_per_quarter=150, effect=0, growth=0), 500),
    (Scenario("effect-6x150", teams=6, notes_per_quarter=150), 500),
    (Scenario("null-24x150", teams=24, notes_per_quarter=150, effect=0, growth=0), 500),
    (Scenario("effect-24x150", teams=24, notes_per_quarter=150), 500),
    (Scenario("null-24x3", teams=24, notes_per_quarter=3, effect=0, growth=0), 300),
    (Scenario("null-24x500", teams=24, notes_per_quarter=500, effect=0, growth=0), 300),
    (Scenario("null-labels-longer-notes-24x150", teams=24, notes_per_quarter=150, effect=0), 300),
    (Scenario("effect-12x500", teams=12, notes_per_quarter=500), 300),
    (Scenario("buildup-24x150", teams=24, notes_per_quarter=150, shape="buildup"), 300),
    (Scenario("fading-24x150", teams=24, notes_per_quarter=150, shape="fading"), 300),
    (Scenario("heterogeneous-24x150", teams=24, notes_per_quarter=150, heterogeneity=0.8), 300),
    (Scenario("lagged-24x150", teams=24, notes_per_quarter=150, lag=True), 300),
    (Scenario("everything-12x150", teams=12, notes_per_quarter=150, shape="hump", lag=True, heterogeneity=0.8,
              move_rate=0.02, ar_sd=0.3), 300),
    (Scenario("everything-24x150", teams=24, notes_per_quarter=150, shape="hump", lag=True, heterogeneity=0.8,
              move_rate=0.02, ar_sd=0.3), 300),
    # added after the results above (appended, so every earlier scenario keeps its seeds): build-up and fading
    # with no practitioner moving between teams, to tell the estimator's bias from intention-to-treat dilution
    (Scenario("buildup-nomove-24x150", teams=24, notes_per_quarter=150, shape="buildup", move_rate=0.0), 300),
    (Scenario("fading-nomove-24x150", teams=24, notes_per_quarter=150, shape="fading", move_rate=0.0), 300),
)
BY_NAME = {s.name: (i, s, n) for i, (s, n) in enumerate(SCENARIOS)}
OUTCOMES = [("label_rate_per_100_sentences", l) for l in LABELS] + [("domain_share_good", d) for d in DOMAINS]
TERMS = ("trained", "trained_immediate")


def seed_of(index: int, trial: int) -> int:
    return 1_000_003 * (index + 1) + trial


def one_trial(scenario: Scenario, index: int, trial: int, plan) -> list[dict]:
    """Generate, compute the truths, analyse; one row per outcome and term."""
    seed = seed_of(index, trial)
    t0 = time.perf_counter()
    g = generate(scenario, seed)
    truth = truths(g["cf"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        est = analyse_trial(g["facts"], plan, permutations=0, with_components=False).estimates
    seconds = time.perf_counter() - t0
    rows = []
    for kind, name in OUTCOMES:
        key = ("label:" if kind.startswith("label") else "domain:") + name
        for term in TERMS:
            rows.append({"scenario": scenario.name, "trial": trial, "seed": seed, "kind": kind, "outcome": name,
                         "term": term, **{f"truth_{k}": v for k, v in truth[key].items()},
                         **values(pick(est, kind, name, term)),
                         "n_notes": len(g["facts"]), "waves": g["design"]["waves"], "seconds": seconds})
    return rows


def run_trials(rounds: list[int], only: set[str] | None, deadline: float | None) -> None:
    RESULTS.mkdir(exist_ok=True)
    plan = load_plan(PLAN)
    have = done_trials([TRIALS])
    for cap in rounds:
        for scenario, target in SCENARIOS:
            if only and scenario.name not in only:
                continue
            todo = ((scenario.name, t) for t in range(min(cap, target)))
            if not run_resumable(todo, lambda name, t: one_trial(BY_NAME[name][1], BY_NAME[name][0], t, plan),
                                 TRIALS, have, deadline):
                return
            done = sum(1 for s, _ in have if s == scenario.name)
            print(f"{time.strftime('%H:%M:%S')} {scenario.name}: {done} trials", flush=True)


def implicit(names: list[str], n: int, deadline: float | None) -> None:
    """The estimator's own estimand on the same trials (same seeds as ``trials``): the analysis run on each
    trial's noise-free worlds, with and without training (expected labelled sentences ``n1 * p1`` and ``n0 * p0``,
    the common-random-number domain scores), differenced. The analysis is linear in the cell outcomes for fixed
    cells and weights, so this is the truth weighted exactly as the estimator weights it (its implicit weights over
    teams, months and exposure months); ``estimate - implicit`` is then noise only. Appends to results/implicit.csv.
    """
    plan = load_plan(PLAN)
    out = RESULTS / "implicit.csv"
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
                                 **{f"n_{l}": cf[f"e{world}_{l}"].to_numpy() for l in LABELS},
                                 **{d: cf[f"d{world}_{d}"].to_numpy() for d in DOMAINS})
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    e = analyse_trial(x, plan, permutations=0, with_components=False).estimates
                est[world] = e[e["term"].isin(TERMS)].set_index(["kind", "outcome", "term"])["estimate"]
            diff = (est["1"] - est["0"]).rename("truth_implicit").reset_index()
            diff.assign(scenario=name, trial=trial).to_csv(out, mode="a", header=not out.is_file(), index=False)
        print(f"{time.strftime('%H:%M:%S')} implicit {name}: {n} trials", flush=True)


SUMMARY_COLUMNS = ["scenario", "kind", "outcome", "term", "trials", "not_estimable", "truth_team", "truth_cell",
                   "truth_sentence", "contamination", "estimate", "bias", "bias_mcse", "bias_cell", "emp_se",
                   "model_se", "coverage", "coverage_mcse", "coverage_cell", "reject", "reject_mcse", "ci_width", "df",
                   "seconds"]


def summary() -> pd.DataFrame:
    """Per scenario, outcome and term: truths, bias with its MC SE, coverage, rejection rate, CI width, df."""
    d = complete(pd.read_csv(TRIALS, on_bad_lines="skip"), len(OUTCOMES) * len(TERMS))
    out = []
    for (scenario, kind, outcome, term), g in d.groupby(["scenario", "kind", "outcome", "term"], sort=False):
        ok = g.dropna(subset=["estimate", "ci_low", "ci_high"])
        cell = mc_stats(g, truth="truth_cell")
        out.append({"scenario": scenario, "kind": kind, "outcome": outcome, "term": term, **mc_stats(g),
                    "truth_cell": ok["truth_cell"].mean(), "truth_sentence": ok["truth_sentence"].mean(),
                    "contamination": ok["truth_contamination"].mean(), "bias_cell": cell["bias"],
                    "coverage_cell": cell["coverage"], "seconds": g["seconds"].mean()})
    s = pd.DataFrame(out)[SUMMARY_COLUMNS]
    s.to_csv(RESULTS / "summary.csv", index=False, float_format="%.4f")
    (RESULTS / "table.md").write_text(markdown(s), encoding="utf-8")
    if (RESULTS / "implicit.csv").is_file():
        implicit_summary(d)
    return s


def implicit_summary(d: pd.DataFrame) -> pd.DataFrame:
    """On the trials with an implicit truth: the team truth, the estimator's implicit truth, their gap (the estimand
    mismatch) and the bias and coverage against each, with MC SEs. Writes results/implicit_summary.csv."""
    imp = pd.read_csv(RESULTS / "implicit.csv").drop_duplicates(["scenario", "trial", "kind", "outcome", "term"])
    m = d.merge(imp, on=["scenario", "trial", "kind", "outcome", "term"]).dropna(subset=["estimate"])
    out = []
    for (scenario, kind, outcome, term), g in m.groupby(["scenario", "kind", "outcome", "term"], sort=False):
        n = len(g)
        gap = g["truth_implicit"] - g["truth_team"]
        err = g["estimate"] - g["truth_implicit"]
        cover = ((g["ci_low"] <= g["truth_implicit"]) & (g["truth_implicit"] <= g["ci_high"])).mean()
        out.append({"scenario": scenario, "kind": kind, "outcome": outcome, "term": term, "trials": n,
                    "truth_team": g["truth_team"].mean(), "truth_implicit": g["truth_implicit"].mean(),
                    "gap": gap.mean(), "gap_mcse": gap.std(ddof=1) / np.sqrt(n),
                    "bias_team": (g["estimate"] - g["truth_team"]).mean(),
                    "bias_implicit": err.mean(), "bias_implicit_mcse": err.std(ddof=1) / np.sqrt(n),
                    "coverage_implicit": cover})
    s = pd.DataFrame(out)
    s.to_csv(RESULTS / "implicit_summary.csv", index=False, float_format="%.4f")
    return s


def markdown(s: pd.DataFrame) -> str:
    """The README's table: the primary-window estimate (``trained``) of every outcome in every scenario."""
    lines = ["| scenario | outcome | n | truth team / cell | bias (MC SE) | coverage (MC SE) | rejects 0 (MC SE) "
             "| CI width | df |", "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for _, r in s[s["term"] == "trained"].iterrows():
        short = ("" if r["kind"].startswith("label") else "domain ") + r["outcome"]
        lines.append(f"| {r['scenario']} | {short} | {r['trials']} | {r['truth_team']:.2f} / {r['truth_cell']:.2f} "
                     f"| {r['bias']:+.2f} ({r['bias_mcse']:.2f}) | {r['coverage']:.3f} ({r['coverage_mcse']:.3f}) "
                     f"| {r['reject']:.3f} ({r['reject_mcse']:.3f}) | {r['ci_width']:.2f} | {r['df']:.1f} |")
    return "\n".join(lines) + "\n"


def store_check(scenario_name: str, n: int, binary: Path) -> None:
    """Write trials into real stores through ``Store``'s public methods and compare ``casenotes trends --json``
    with the API on the same rows. Appends to results/store_check.csv."""
    from casenotes.store import Store

    index, scenario, _ = BY_NAME[scenario_name]
    plan = load_plan(PLAN)
    rows = []
    for trial in range(n):
        g = generate(scenario, seed_of(index, 10_000 + trial))
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "trial.duckdb"
            with Store(db) as store:
                meta = {"input_name": "independent-sim", "input_sha256": "-", "model": "sim", "model_sha256": "-",
                        "rubric": "independent-sim", "rubric_sha256": "-", "code_version": "-"}
                run_id = store.start_run(meta)
                notes = g["notes"].assign(run_id=run_id, recorded_at=g["notes"]["recorded_at"].dt.date, text="")
                store.write_chunk(notes, pd.DataFrame(), g["scores"], pd.DataFrame())
                store.set_teams(g["teams"])
                store.set_roster(g["roster"])
                store.finish_run(run_id, rows_read=len(notes), notes_new=len(notes), notes_already_stored=0,
                                 rows_rejected=0)
                facts_store = store.note_facts()
            proc = subprocess.run([str(binary), "trends", "--db", str(db), "--json", "--plan", str(PLAN)],
                                  capture_output=True, text=True, timeout=600)
        if proc.returncode != 0:
            rows.append({"trial": trial, "status": f"exit {proc.returncode}", "detail": proc.stderr[-300:]})
            continue
        cli = pd.DataFrame(json.loads(proc.stdout)["estimates"])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            api_mem = analyse_trial(g["facts"], plan, permutations=0, with_components=False).estimates
            api_store = analyse_trial(facts_store, plan, permutations=0, with_components=False).estimates
        for kind, name in OUTCOMES:
            for term in TERMS:
                c, m, s = (pick(e, kind, name, term) for e in (cli, api_mem, api_store))
                rows.append({"trial": trial, "status": "ok", "kind": kind, "outcome": name, "term": term,
                             **{f"{col}_{tag}": (float(x[col]) if x is not None and x[col] is not None else np.nan)
                                for tag, x in (("cli", c), ("api_mem", m), ("api_store", s))
                                for col in ("estimate", "ci_low", "ci_high")}})
        print(f"{time.strftime('%H:%M:%S')} store check {scenario_name} trial {trial} done", flush=True)
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / "store_check.csv"
    pd.DataFrame(rows).assign(scenario=scenario_name).to_csv(out, mode="a", header=not out.is_file(), index=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("trials")
    p.add_argument("--rounds", default="100,300,500")
    p.add_argument("--only", default="")
    p.add_argument("--until", default="", help="stop starting trials after this local time, HH:MM")
    c = sub.add_parser("store-check")
    c.add_argument("--scenario", required=True)
    c.add_argument("--n", type=int, default=10)
    c.add_argument("--binary", type=Path, default=Path(sys.executable).with_name("casenotes"))
    i = sub.add_parser("implicit")
    i.add_argument("--only", required=True)
    i.add_argument("--n", type=int, default=40)
    i.add_argument("--until", default="")
    sub.add_parser("summary")
    a = parser.parse_args()
    deadline = deadline_of(getattr(a, "until", ""))
    if a.cmd == "trials":
        run_trials([int(x) for x in a.rounds.split(",")], set(filter(None, a.only.split(","))), deadline)
    elif a.cmd == "implicit":
        implicit(a.only.split(","), a.n, deadline)
    elif a.cmd == "store-check":
        store_check(a.scenario, a.n, a.binary)
    else:
        print(summary().to_string())


if __name__ == "__main__":
    main()
