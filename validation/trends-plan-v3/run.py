"""Run the independent simulation (``../trends-independent``) through the default analysis plan (v3).

    python run.py check-v1 --n 5                                  # v3's regression == v1's stored rows?
    python run.py trials --only NAME,... --trials 500:1500 [--until HH:MM]   # appends to results/trials.csv
    python run.py summary                                         # results/summary.csv, results/table.md

The generator, its truths and its seeds are the independent folder's, imported unchanged (``generate.py`` is not
edited; ``seed_of`` comes from ``../trends-independent/run.py``), so trial ``t`` of a scenario is the same trial in
every folder. Each trial is analysed once by ``analyse_trial(facts, load_plan())``, the default plan, with the
randomisation test and the variance components off (they change no estimate or interval checked here); v3 reports
the regression (its estimator) and the imputation estimator (its sensitivity analysis) from the same call, and
both are kept. Trials are grouped by trial number into seed blocks, so numbers from seeds already looked at never
mix with fresh ones: see :data:`BLOCKS`.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats

HERE = Path(__file__).parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "trends-independent")]
from generate import generate, truths  # noqa: E402
from run import BY_NAME, OUTCOMES, seed_of  # noqa: E402
from trends_mc import (complete, deadline_of, done_trials, mc_stats, pick, run_resumable,  # noqa: E402
                       short_name, values)

from casenotes.inference.plan import load_plan  # noqa: E402
from casenotes.inference.trial import analyse_trial  # noqa: E402

RESULTS = HERE / "results"
TRIALS = RESULTS / "trials.csv"
V1_TRIALS = HERE.parent / "trends-independent" / "results" / "trials.csv.gz"
BLOCKS = ((0, 500, "0-499"), (500, 1500, "500-1499 fresh"), (1500, 2000, "1500-1999 confirmation"))
"""Seed blocks by trial number. 0-499 were looked at (plan v1's shipped run); 500-1499 are the fresh trials the
done-when bands are read on; 1500-1999 are kept for confirming a change chosen on 0-499, never for choosing."""
ESTIMATORS = ("regression", "imputation")


def one_trial(name: str, trial: int, plan=None) -> list[dict]:
    """Generate (the independent generator and seed), compute the truths, analyse with the default plan; one row
    per outcome and estimator of the primary-window term ``trained``."""
    index, scenario, _ = BY_NAME[name]
    seed = seed_of(index, trial)
    t0 = time.perf_counter()
    g = generate(scenario, seed)
    truth = truths(g["cf"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # [W050] fewer than 20 teams, [W170] unimputable cells: expected here
        est = analyse_trial(g["facts"], plan or load_plan(), terms=("trained",), permutations=0,
                            with_components=False).estimates
    seconds = time.perf_counter() - t0
    is_imputation = est["method"].str.startswith("imputation") & (est["model"] != "immediate")
    rows = []
    for kind, outcome in OUTCOMES:
        key = ("label:" if kind.startswith("label") else "domain:") + outcome
        for estimator in ESTIMATORS:
            where = is_imputation if estimator == "imputation" else ~is_imputation & (est["model"] != "immediate")
            rows.append({"scenario": name, "trial": trial, "seed": seed, "kind": kind, "outcome": outcome,
                         "estimator": estimator, "truth_team": truth[key]["team"], "truth_cell": truth[key]["cell"],
                         **values(pick(est, kind, outcome, "trained", where)), "n_notes": len(g["facts"]),
                         "seconds": seconds})
    return rows


def check_v1(names: list[str], n: int) -> pd.DataFrame:
    """v3's regression against plan v1's stored rows (``../trends-independent/results/trials.csv.gz``) on the
    first ``n`` trials of each scenario: largest absolute difference per column."""
    v1 = pd.read_csv(V1_TRIALS)
    v1 = v1[v1["term"] == "trained"].set_index(["scenario", "trial", "kind", "outcome"])
    plan = load_plan()
    rows = []
    for name in names:
        for trial in range(n):
            new = pd.DataFrame(one_trial(name, trial, plan))
            new = new[new["estimator"] == "regression"].set_index(["scenario", "trial", "kind", "outcome"])
            old = v1.loc[new.index]
            rows.append({"scenario": name, "trial": trial,
                         **{c: float((new[c] - old[c]).abs().max()) for c in ("estimate", "se", "df", "ci_low",
                                                                                 "ci_high")}})
    return pd.DataFrame(rows)


def block_of(trial: pd.Series) -> pd.Series:
    """The seed block (:data:`BLOCKS`) each trial number belongs to."""
    return pd.cut(trial, [b[0] for b in BLOCKS] + [BLOCKS[-1][1]], right=False, labels=[b[2] for b in BLOCKS])


def load_trials() -> pd.DataFrame:
    """This folder's rows, then plan v1's stored rows of the trials not run here: v3's regression is v1's
    (``check-v1``), so the trials v1 already analysed are not re-run (``trials`` skips them) and count as
    regression rows of their seed block; v3's own rows win where both exist."""
    d = pd.concat([pd.read_csv(f, on_bad_lines="skip") for f in sorted(RESULTS.glob("trials.csv*"))],
                  ignore_index=True)  # the shipped rows (.csv.gz) and any run since (.csv)
    d = complete(d.drop_duplicates(["scenario", "trial", "kind", "outcome", "estimator"]),
                 len(OUTCOMES) * len(ESTIMATORS)).assign(plan="v3")
    v1 = pd.read_csv(V1_TRIALS)
    v1 = v1[v1["term"] == "trained"]
    d = pd.concat([d, v1.assign(estimator="regression", plan="v1").drop(columns=["term"])], ignore_index=True)
    return d.drop_duplicates(["scenario", "trial", "kind", "outcome", "estimator"]).assign(block=lambda x: block_of(
        x["trial"]))


def summary() -> pd.DataFrame:
    """Per scenario, seed block, outcome and estimator: :func:`trends_mc.mc_stats` against the team truth."""
    d = load_trials()
    out = [{"scenario": s, "block": b, "kind": k, "outcome": o, "estimator": e, "plan": ",".join(sorted(set(
        g["plan"]))), **mc_stats(g)} for (s, b, k, o, e), g in
           d.groupby(["scenario", "block", "kind", "outcome", "estimator"], sort=True, observed=True)]
    s = pd.DataFrame(out)
    s.to_csv(RESULTS / "summary.csv", index=False, float_format="%.4f")
    (RESULTS / "table.md").write_text(markdown(s), encoding="utf-8")
    (RESULTS / "bands.md").write_text(bands(s), encoding="utf-8")
    return s


BANDS = {"reject": (0.03, 0.07), "coverage": (0.93, 0.97)}
"""Issue #19's done-when bands: type I error in the sharp nulls, 95% CI coverage of the team truth otherwise."""
SHARP_NULL = r"null-\d+x\d+"
"""Scenarios with no effect on anything (type I error); every other scenario is read by its coverage."""


def bands(s: pd.DataFrame) -> str:
    """Done-when's bands outcome by outcome for the regression: first the 6- and 12-team main scenarios by seed
    block, then every other scenario on trials 0-499; value (MC SE), ``*`` where it is outside the band."""
    reg = s[s["estimator"] == "regression"]
    main = reg["scenario"].str.fullmatch(r"(null|effect)-(6|12)x150")
    out = []
    for title, x in (("6 and 12 teams, by seed block", reg[main]),
                     ("the other scenarios, trials 0-499", reg[~main & (reg["block"] == "0-499")])):
        for stat, (low, high) in BANDS.items():
            sharp = x["scenario"].str.fullmatch(SHARP_NULL)
            y = x[sharp if stat == "reject" else ~sharp]
            cols = list(y[["scenario", "block"]].drop_duplicates().itertuples(index=False, name=None))
            name = "type I error" if stat == "reject" else "coverage"
            out += [f"{name} ({low:.2f}-{high:.2f}; * outside), {title}", "",
                    "| outcome | " + " | ".join(f"{sc} {b} (n)" for sc, b in cols) + " |",
                    "| --- |" + " ---: |" * len(cols)]
            for (kind, outcome), g in y.groupby(["kind", "outcome"], sort=False):
                cells = []
                for sc, b in cols:
                    r = g[(g["scenario"] == sc) & (g["block"] == b)].iloc[0]
                    flag = "" if low <= r[stat] <= high else " *"
                    cells.append(f"{r[stat]:.3f} ({r[stat + '_mcse']:.3f}){flag} ({r['trials']})")
                out.append(f"| {short_name(kind, outcome)} | " + " | ".join(cells) + " |")
            out.append("")
    return "\n".join(out)


def markdown(s: pd.DataFrame) -> str:
    """One line per scenario, seed block and outcome of the plan's estimator (the regression)."""
    lines = ["| scenario | trials | outcome | n | team truth | bias (MC SE) | coverage (MC SE) | rejects 0 (MC SE) "
             "| SE model / empirical | CI width | df |",
             "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for _, r in s[s["estimator"] == "regression"].iterrows():
        lines.append(f"| {r['scenario']} | {r['block']} | {short_name(r['kind'], r['outcome'])} | {r['trials']} "
                     f"| {r['truth_team']:.2f} | {r['bias']:+.2f} ({r['bias_mcse']:.2f}) "
                     f"| {r['coverage']:.3f} ({r['coverage_mcse']:.3f}) | {r['reject']:.3f} ({r['reject_mcse']:.3f}) "
                     f"| {r['model_se'] / r['emp_se']:.2f} | {r['ci_width']:.2f} | {r['df']:.1f} |")
    return "\n".join(lines) + "\n"


REFERENCES = {"satterthwaite": None, "t(J-2)": 2}
"""The decision rule's candidates (README): the shipped CR2 interval on its Satterthwaite df, and the same
estimate and CR2 SE on t(J - 2) (J teams); a value is how many df below J."""


def rejections(g: pd.DataFrame, teams: int) -> dict[str, float]:
    """Rejection of 0 at 5% under each reference distribution of :data:`REFERENCES`, from the stored estimate, SE
    and Satterthwaite df; and the shape of the t statistics (estimate / SE): their SD, the share beyond the 97.5%
    normal quantile and the largest."""
    ok = g.dropna(subset=["estimate", "se", "df"])
    t = (ok["estimate"] / ok["se"]).to_numpy()
    out = {}
    for name, drop in REFERENCES.items():
        df = ok["df"].to_numpy() if drop is None else np.full(len(ok), teams - drop)
        out[f"reject_{name}"] = float((np.abs(t) > stats.t.ppf(0.975, df)).mean())
    return {**out, "t_sd": float(t.std(ddof=1)), "t_beyond_1.96": float((np.abs(t) > 1.96).mean()),
            "t_max": float(np.abs(t).max())}


def diagnose(block: str) -> pd.DataFrame:
    """The decision rule's inputs on one seed block (choosing: ``0-499``; confirming: ``1500-1999 confirmation``):
    per 6- and 12-team main scenario and outcome, SE model / empirical, df, the t statistics and the rejection of
    0 under each candidate reference distribution; coverage of the team truth under each (effect scenarios).
    Writes results/diagnose-BLOCK.csv."""
    d = load_trials()
    d = d[(d["block"] == block) & (d["estimator"] == "regression")
          & d["scenario"].isin(["null-6x150", "null-12x150", "effect-6x150", "effect-12x150"])]
    rows = []
    for (name, kind, outcome), g in d.groupby(["scenario", "kind", "outcome"], sort=True):
        teams = BY_NAME[name][1].teams
        base = mc_stats(g)
        shifted = g.assign(estimate=g["estimate"] - g["truth_team"])  # coverage = not rejecting the truth
        rows.append({"scenario": name, "kind": kind, "outcome": outcome, "trials": base["trials"],
                     "se_ratio": base["model_se"] / base["emp_se"], "df": base["df"], **rejections(g, teams),
                     **{k.replace("reject_", "coverage_"): 1 - v
                        for k, v in rejections(shifted, teams).items() if k.startswith("reject_")}})
    out = pd.DataFrame(rows)
    out.to_csv(RESULTS / f"diagnose-{block.split()[0]}.csv", index=False, float_format="%.4f")
    return out


def cell_zeros(names: list[str], n: int) -> pd.DataFrame:
    """Is a rare label's cell outcome zero-heavy? Per scenario and label over trials 0..n-1 (looked-at seeds): the
    share of team x month cells with no labelled sentence, the mean cell rate and the share of cells under 10
    notes. Writes results/cell_zeros.csv."""
    from casenotes.inference.cells import build_cells

    plan = load_plan()
    rows = []
    for name in names:
        index, scenario, _ = BY_NAME[name]
        for trial in range(n):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                c = build_cells(generate(scenario, seed_of(index, trial))["facts"], plan).frame
            for o in plan.outcomes:
                if o.kind.startswith("label"):
                    m = c[f"m|{o.key}"].to_numpy()
                    y = c[f"y|{o.key}"].to_numpy()[m > 0]
                    rows.append({"scenario": name, "outcome": o.name, "zero_cells": float((y == 0).mean()),
                                 "mean_rate": float(y.mean()), "cells_under_10_notes": float((m < 10).mean())})
    out = pd.DataFrame(rows).groupby(["scenario", "outcome"], sort=False).mean().reset_index()
    out.to_csv(RESULTS / "cell_zeros.csv", index=False, float_format="%.4f")
    return out


def run_trials(names: list[str], first: int, stop: int, rounds: list[int], deadline: float | None) -> None:
    """Trials ``first``..``stop - 1`` of each scenario, in rounds so every scenario reaches each count in
    ``rounds`` (trials past ``first``) before any goes on."""
    plan = load_plan()
    have = done_trials([*RESULTS.glob("trials.csv*"), V1_TRIALS])  # v1's regression rows stand for v3's (load_trials)
    for cap in sorted({min(r, stop - first) for r in rounds} | {stop - first}):
        for name in names:
            todo = ((name, t) for t in range(first, first + cap))
            if not run_resumable(todo, lambda s, t: one_trial(s, t, plan), TRIALS, have, deadline):
                return
            done = sum(1 for s, t in have if s == name and first <= t < stop)
            print(f"{time.strftime('%H:%M:%S')} {name}: {done} of trials {first}-{stop - 1}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("trials")
    p.add_argument("--only", required=True)
    p.add_argument("--trials", default="0:500", help="FIRST:STOP, trial numbers FIRST..STOP-1")
    p.add_argument("--rounds", default="50,100,250,500,1000")
    p.add_argument("--until", default="", help="start no trial after this local time, HH:MM")
    c = sub.add_parser("check-v1")
    c.add_argument("--n", type=int, default=3)
    c.add_argument("--only", default="null-6x150,null-12x150,effect-6x150,effect-12x150")
    sub.add_parser("summary")
    z = sub.add_parser("cell-zeros")
    z.add_argument("--n", type=int, default=20)
    z.add_argument("--only", default="null-6x150,null-12x150")
    g = sub.add_parser("diagnose")
    g.add_argument("--block", default="0-499", choices=[b[2] for b in BLOCKS])
    a = parser.parse_args()
    if a.cmd == "trials":
        first, stop = map(int, a.trials.split(":"))
        run_trials(a.only.split(","), first, stop, [int(x) for x in a.rounds.split(",")], deadline_of(a.until))
    elif a.cmd == "check-v1":
        print(check_v1(a.only.split(","), a.n).to_string())
    elif a.cmd == "cell-zeros":
        print(cell_zeros(a.only.split(","), a.n).to_string())
    elif a.cmd == "diagnose":
        print(diagnose(a.block).to_string())
    else:
        print(summary().to_string())


if __name__ == "__main__":
    main()
