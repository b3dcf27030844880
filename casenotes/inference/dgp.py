"""A data-generating process for stepped-wedge trials of case-note language that the analysis does NOT assume.

The primary analysis (``primary.py``) is a linear model on team x month summaries with fixed effects; this
generator departs from it wherever real trials do: notes (not cells) are generated, each with a sentence count and
label counts drawn as binomial given the note's own latent propensity (beta around a mean, so notes are
over-dispersed), and that mean carries a secular trend, month shocks common to all teams, borough-specific drift,
team x quarter variation, case and practitioner effects that span months, team-specific (heterogeneous) effects
that build up or fade with exposure time, longer notes after training, and a step order that may follow the
teams' baseline practice. Audit domains are ordinal 1-4 scores cut from a latent scale per note, so a case's
score in a month is an average of ordinal values (never the Gaussian the old model assumed).

Effects are in percentage points of sentences (labels) or latent standard deviations (domains); the truth for a
label's estimand is the planted effect averaged over the estimand's exposure window, exactly, because the
propensity is linear in the effect and every random term is symmetric around zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from casenotes.schemas import DOMAINS, LABEL_SPECS

BASE_RATES = {s.name: s.synthetic["trial_share"] for s in LABEL_SPECS if "trial_share" in s.synthetic}
"""Share of sentences carrying each simulated label before training (labels file: a realistic mix, kept away from
0 and 1)."""
SIMULATED: tuple[str, ...] = tuple(BASE_RATES)
"""The labels a simulated trial's notes carry: those the labels file gives a ``trial_share``, in its order. A label
without one is left out of the simulated notes (there is no rate to invent for it); ``simulate.run`` says so (W121)
and refuses a plan that analyses it (E555)."""
DOMAIN_CUTS = (-1.0, 0.2, 1.2)
"""Latent cut-points of the 1-4 audit scale (scores 1..4 between them)."""
_TRUNC = 2.5
"""Every random term is a normal truncated symmetrically at this many SDs: still mean zero, and bounded so that a
propensity rarely needs clipping into (0, 1) (the share clipped is returned with each trial)."""


@dataclass(frozen=True)
class Scenario:
    """One simulated design and truth. Sizes: ``teams`` in ``boroughs`` strata over ``months``; notes per team per
    quarter (teams vary in size). Variation (percentage points of sentences, SDs): ``team_sd``, ``team_quarter_sd``
    (team x quarter), ``month_sd`` (shocks shared by all teams), ``trend`` (total secular change over the study),
    ``borough_drift`` (SD of each borough's own total change), ``case_sd``, ``practitioner_sd``. Effects:
    ``effects`` (label -> pp at full strength), ``domain_effect`` (latent SD), ``shape`` ('immediate',
    'build_up' over ``ramp_months``, 'fading' to nothing over ``ramp_months``), ``heterogeneity`` (SD of each
    team's multiplier of the effect, around 1). ``length_change``: relative change in sentences per note after
    training. ``step_order``: 'random' within borough, or 'baseline' (the teams with most victim-blaming
    language first)."""

    name: str
    teams: int = 24
    boroughs: int = 6
    months: int = 24
    notes_per_team_quarter: float = 100.0
    team_sd: float = 2.0
    team_quarter_sd: float = 1.0
    month_sd: float = 0.7
    trend: float = 2.0
    borough_drift: float = 0.0
    case_sd: float = 2.0
    practitioner_sd: float = 1.0
    notes_per_case: float = 4.0
    effects: dict[str, float] = field(default_factory=dict)
    domain_effect: float = 0.0
    shape: str = "immediate"
    ramp_months: int = 6
    heterogeneity: float = 0.0
    length_change: float = 0.0
    step_order: str = "random"
    concentration: float = 40.0

    @property
    def is_null(self) -> bool:
        return not any(self.effects.values()) and self.domain_effect == 0

    def strength(self, exposure: np.ndarray) -> np.ndarray:
        """Share of the full effect at each exposure month (0 before training)."""
        e = np.asarray(exposure, dtype=float)
        on = np.isfinite(e) & (e >= 0)
        if self.shape == "immediate":
            s = np.ones_like(e)
        elif self.shape == "build_up":
            s = np.minimum(1.0, (np.nan_to_num(e) + 1.0) / self.ramp_months)
        else:
            s = np.maximum(0.0, 1.0 - np.nan_to_num(e) / self.ramp_months)
        return np.where(on, s, 0.0)

    def truth(self, label: str, window: tuple[int, int]) -> float:
        """The label's planted effect (pp) averaged over exposure months ``[start, end)``."""
        return float(self.effects.get(label, 0.0) * self.strength(np.arange(*window)).mean())


def _tn(rng: np.random.Generator, sd: float, size: int | tuple[int, ...]) -> np.ndarray:
    return np.clip(rng.standard_normal(size), -_TRUNC, _TRUNC) * sd


def _steps(scenario: Scenario, per_borough: int) -> np.ndarray:
    """Training months of a borough's teams, evenly spread so the last team has six months of exposure."""
    first, last = 3, scenario.months - 6
    if per_borough == 1:
        return np.array([first])
    return np.round(first + np.arange(per_borough) * (last - first) / (per_borough - 1)).astype(int)


def generate(scenario: Scenario, seed: int) -> tuple[pd.DataFrame, dict[str, float]]:
    """One trial: per-note rows with the columns of ``Store.note_facts()`` that trial inference reads, and a
    record of the trial (``clipped``: share of notes whose propensity had to be clipped)."""
    rng = np.random.default_rng(seed)
    s = scenario
    n_labels = len(SIMULATED)
    borough = np.arange(s.teams) % s.boroughs
    team_re = _tn(rng, s.team_sd / 100, (s.teams, n_labels))
    team_dom = _tn(rng, 0.3, (s.teams, len(DOMAINS)))
    size = np.exp(_tn(rng, 0.4, s.teams))
    size /= size.mean()
    step = _rollout(s, rng, borough, team_re)
    het = 1.0 + _tn(rng, s.heterogeneity, s.teams)
    t = np.arange(s.months)
    time_l = (s.trend / 100) * (t / (s.months - 1) - 0.5)[:, None] + _tn(rng, s.month_sd / 100, (s.months, n_labels))
    drift = _tn(rng, s.borough_drift / 100, (s.boroughs, n_labels))
    quarters = (s.months + 2) // 3
    tq = _tn(rng, s.team_quarter_sd / 100, (s.teams, quarters, n_labels))
    tq_dom = _tn(rng, s.team_quarter_sd / 10, (s.teams, quarters, len(DOMAINS)))

    counts = rng.poisson(s.notes_per_team_quarter / 3 * size[:, None], (s.teams, s.months))
    team = np.repeat(np.repeat(np.arange(s.teams), s.months), counts.ravel())
    month = np.repeat(np.tile(t, s.teams), counts.ravel())
    n = len(team)
    e = month - step[team]
    exposed = e >= 0
    strength = s.strength(e)

    # cases last six months in one team; slots are staggered so that cases straddle steps and quarters
    slots = np.maximum(1, np.round(s.notes_per_team_quarter * 2 * size / s.notes_per_case)).astype(int)
    slot = (rng.random(n) * slots[team]).astype(int)
    spell = (month + slot % 6) // 6
    case_code = pd.factorize(pd.Series(team * 1_000_000 + slot * 100 + spell))[0]
    n_cases = case_code.max() + 1
    case_re = _tn(rng, s.case_sd / 100, (n_cases, n_labels))
    case_dom = _tn(rng, 0.3, (n_cases, len(DOMAINS)))
    author = (rng.random(n) * 5).astype(int)
    prac_re = _tn(rng, s.practitioner_sd / 100, (s.teams, 5, n_labels))

    effect = np.array([s.effects.get(label, 0.0) / 100 for label in SIMULATED])
    mu = (np.array([BASE_RATES[label] for label in SIMULATED])[None, :] + team_re[team] + time_l[month]
          + drift[borough[team]] * (month / (s.months - 1) - 0.5)[:, None] + tq[team, month // 3]
          + case_re[case_code] + prac_re[team, author] + (strength * het[team])[:, None] * effect[None, :])
    clipped = float(np.mean((mu < 0.005) | (mu > 0.995)))
    mu = np.clip(mu, 0.005, 0.995)
    p = rng.beta(mu * s.concentration, (1 - mu) * s.concentration)
    sentences = 1 + rng.poisson(11.0 * np.where(exposed, 1.0 + s.length_change, 1.0))
    k = rng.binomial(sentences[:, None], p)

    latent = (team_dom[team] + case_dom[case_code] + tq_dom[team, month // 3] + rng.standard_normal((n, len(DOMAINS)))
              + (strength * het[team] * s.domain_effect)[:, None])
    scores = 1 + (latent[..., None] > np.array(DOMAIN_CUTS)).sum(axis=2)

    firsts = pd.date_range("2024-01-01", periods=s.months, freq="MS")  # the first day of each study month
    recorded = firsts[month] + pd.to_timedelta(rng.integers(0, 28, n), "D")
    trained = firsts[step[team]]
    frame = _note_frame(s, borough=borough[team], team=team, author=author, case=case_code, recorded=recorded,
                        trained=trained, sentences=sentences, label_counts=k, scores=scores)
    return frame, {"clipped": clipped, "notes": float(n)}


def _rollout(s: Scenario, rng: np.random.Generator, borough: np.ndarray, team_re: np.ndarray) -> np.ndarray:
    """Each team's training month: a borough's teams take its stepped schedule's months in order of their first
    label's baseline (``step_order="baseline"``) or at random."""
    step = np.empty(s.teams, dtype=int)
    for b in range(s.boroughs):
        members = np.flatnonzero(borough == b)
        months = _steps(s, len(members))
        order = (members[np.argsort(-team_re[members, 0])] if s.step_order == "baseline"
                 else rng.permutation(members))
        step[order] = months
    return step


def _note_frame(s: Scenario, *, borough: np.ndarray, team: np.ndarray, author: np.ndarray, case: np.ndarray,
                recorded: pd.DatetimeIndex, trained: pd.DatetimeIndex, sentences: np.ndarray,
                label_counts: np.ndarray, scores: np.ndarray) -> pd.DataFrame:
    """The per-note rows, one a note, in the columns of ``Store.note_facts()``."""
    frame = pd.DataFrame({"borough": pd.Categorical.from_codes(borough, [f"B{b}" for b in range(s.boroughs)]),
                          "team": pd.Categorical.from_codes(team, [f"T{j:02d}" for j in range(s.teams)]),
                          "author_id": team * 10 + author, "case_id": case, "recorded_at": recorded,
                          "trained_at": trained, "n_sentences": sentences})
    for i, label in enumerate(SIMULATED):
        frame[f"n_{label}"] = label_counts[:, i]
    for i, domain in enumerate(DOMAINS):
        frame[domain] = scores[:, i]
    return frame
