"""Agreement between audit scorers (humans and the machine) per domain, and drift flags.

Pairwise quadratic-weighted kappa, Krippendorff's alpha (ordinal) over all scorers, ICC(2,1) (two-way random
effects, absolute agreement, single rater) over units every scorer scored, and, per scorer, mean kappa with
the others and mean difference from the others' consensus. A scorer is flagged as drifting when that kappa is
below ``min_qwk`` or their scores differ from the others' by more than ``max_bias`` points on average.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from casenotes.audit.calibrate import agreement_stats
from casenotes.classify.evaluate import krippendorff_alpha


def icc_2_1(matrix: np.ndarray) -> float:
    """ICC(2,1) for a complete units x raters matrix (Shrout & Fleiss)."""
    y = np.asarray(matrix, dtype=float)
    n, k = y.shape
    if n < 2 or k < 2:
        return float("nan")
    grand = y.mean()
    ssr = k * ((y.mean(axis=1) - grand) ** 2).sum()
    ssc = n * ((y.mean(axis=0) - grand) ** 2).sum()
    sse = ((y - grand) ** 2).sum() - ssr - ssc
    msr, msc, mse = ssr / (n - 1), ssc / (k - 1), sse / ((n - 1) * (k - 1))
    denom = msr + (k - 1) * mse + k * (msc - mse) / n
    return float((msr - mse) / denom) if denom > 0 else float("nan")


def agreement_report(scores: pd.DataFrame, *, min_qwk: float = 0.6, max_bias: float = 0.5) -> dict[str, Any]:
    """Agreement per domain over a long table ``unit_id|note_id, scorer, domain, score``."""
    unit = "unit_id" if "unit_id" in scores.columns else "note_id"
    report: dict[str, Any] = {}
    for domain, group in scores.groupby("domain"):
        wide = group.pivot_table(index=unit, columns="scorer", values="score", aggfunc="first")
        scorers = list(wide.columns)
        pairs = {}
        for i, a in enumerate(scorers):
            for b in scorers[i + 1:]:
                both = wide[[a, b]].dropna()
                if len(both) >= 2:
                    pairs[f"{a} vs {b}"] = agreement_stats(both[a].to_numpy(), both[b].to_numpy())
        complete = wide.dropna()
        entry: dict[str, Any] = {
            "scorers": scorers, "units": int(len(wide)), "pairwise": pairs,
            "krippendorff_alpha_ordinal": krippendorff_alpha(wide.T.to_numpy(), level="ordinal") if len(scorers) > 1 else float("nan"),
            "icc_2_1": icc_2_1(complete.to_numpy()) if len(complete) >= 2 else float("nan"),
            "icc_units": int(len(complete)), "drift": {},
        }
        for s in scorers:
            others = [o for o in scorers if o != s]
            if not others:
                continue
            kappas = [v["qwk"] for k, v in pairs.items() if s in k.split(" vs ")]
            rest = wide[others].mean(axis=1)
            common = wide[s].notna() & rest.notna()
            bias = float((wide.loc[common, s] - rest[common]).mean()) if common.any() else float("nan")
            mean_qwk = float(np.mean(kappas)) if kappas else float("nan")
            entry["drift"][s] = {"mean_qwk_with_others": mean_qwk, "mean_difference_from_others": bias,
                                 "flagged": bool((mean_qwk < min_qwk) or (abs(bias) > max_bias))}
        report[domain] = entry
    return report
