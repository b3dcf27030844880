"""Monte Carlo helpers shared by the runners of the independent trial simulation (issue #19).

``trends-independent/run.py`` (plan v1), ``trends-estimand/run.py`` (plan v2) and ``trends-plan-v3/run.py`` (the
default plan) analyse the same generated trials with different plans; what they share lives here so a fix to the
resumable loop or to a Monte Carlo SE is made once: picking an estimate's row, the resumable append-only trial
loop, the ``--until`` deadline and the per-cell summary (bias, coverage, rejection of 0, each with its MC SE).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
import pandas as pd

ESTIMATE_COLUMNS = ("estimate", "se", "df", "ci_low", "ci_high", "p")


def pick(estimates: pd.DataFrame, kind: str, outcome: str, term: str,
         where: pd.Series | None = None) -> pd.Series | None:
    """One outcome's row for a term (and an extra filter, e.g. the estimator), or None when it was not reported."""
    mask = (estimates["outcome"] == outcome) & (estimates["kind"] == kind) & (estimates["term"] == term)
    hit = estimates[mask if where is None else mask & where]
    return hit.iloc[0] if len(hit) else None


def values(row: pd.Series | None) -> dict[str, float]:
    """The estimate columns of a picked row as floats, NaN when the analysis did not report it."""
    return {c: (float(row[c]) if row is not None and c in row and row[c] is not None else np.nan)
            for c in ESTIMATE_COLUMNS}


def deadline_of(until: str) -> float | None:
    """``HH:MM`` (local time today) as an epoch time, or None when empty: no trial is started after it."""
    if not until:
        return None
    hh, mm = map(int, until.split(":"))
    now = time.localtime()
    return time.mktime((now.tm_year, now.tm_mon, now.tm_mday, hh, mm, 0, 0, 0, -1))


def done_trials(files: Iterable[Path]) -> set[tuple[str, int]]:
    """(scenario, trial) pairs already written to any of these per-trial files (plain or gzipped csv)."""
    have: set[tuple[str, int]] = set()
    for f in files:
        if f.is_file():
            pairs = pd.read_csv(f, usecols=["scenario", "trial"], on_bad_lines="skip").drop_duplicates()
            have |= {(str(s), int(t)) for s, t in pairs.to_numpy()}
    return have


def run_resumable(todo: Iterable[tuple[str, int]], one_trial: Callable[[str, int], list[dict]], out: Path,
                  have: set[tuple[str, int]], deadline: float | None) -> bool:
    """Run ``one_trial(scenario, trial)`` for each pair not in ``have``, appending its rows to ``out`` as soon as it
    is done (so a stopped run resumes where it stopped). Returns False when the deadline stopped it."""
    out.parent.mkdir(parents=True, exist_ok=True)
    for name, trial in todo:
        if (name, trial) in have:
            continue
        if deadline and time.time() > deadline:
            print("deadline reached", flush=True)
            return False
        pd.DataFrame(one_trial(name, trial)).to_csv(out, mode="a", header=not out.is_file(), index=False)
        have.add((name, trial))
    return True


def complete(d: pd.DataFrame, per_trial: int) -> pd.DataFrame:
    """Only trials with all their rows (a trial cut off while being written is left out)."""
    return d[d.groupby(["scenario", "trial"])["outcome"].transform("size") == per_trial]


def mc_stats(g: pd.DataFrame, truth: str = "truth_team") -> dict[str, float]:
    """Bias against ``truth``, coverage of it and rejection of 0 by the 95% CI, each with its Monte Carlo SE;
    SE model (root mean reported variance) and empirical (SD of the estimates); CI width; mean df. Trials whose
    estimate or interval was not reported are counted in ``not_estimable`` and left out of the rest."""
    ok = g.dropna(subset=["estimate", "ci_low", "ci_high"])
    n = len(ok)
    err = ok["estimate"] - ok[truth]
    cover = float(((ok["ci_low"] <= ok[truth]) & (ok[truth] <= ok["ci_high"])).mean())
    reject = float(((ok["ci_low"] > 0) | (ok["ci_high"] < 0)).mean())
    return {"trials": n, "not_estimable": len(g) - n, "truth_team": ok["truth_team"].mean(),
            "estimate": ok["estimate"].mean(), "bias": err.mean(), "bias_mcse": err.std(ddof=1) / np.sqrt(n),
            "emp_se": ok["estimate"].std(ddof=1), "model_se": np.sqrt((ok["se"] ** 2).mean()),
            "coverage": cover, "coverage_mcse": np.sqrt(cover * (1 - cover) / n),
            "reject": reject, "reject_mcse": np.sqrt(reject * (1 - reject) / n),
            "ci_width": (ok["ci_high"] - ok["ci_low"]).mean(), "df": ok["df"].mean()}


def short_name(kind: str, outcome: str) -> str:
    """How the tables name an outcome: labels bare, domains prefixed."""
    return ("" if kind.startswith("label") else "domain ") + outcome
