"""An independent data-generating process for stepped-wedge trials of Safe & Together training, per note.

Written apart from casenotes' own trial simulator and from its analysis model (neither was read): it describes how
children's social-care teams record and how a real training rollout goes, and only then is it handed to the
shipped analysis. Nothing in it is shaped to what the analysis assumes:

- sentence labels are Bernoulli draws on the **logit** scale, with borough, team, team x month (AR(1) over months,
  so the correlation decays), practitioner (a shared writing "style" plus a label-specific part), case (family
  severity) and note effects there, a secular trend, a winter dip and borough-specific drift;
- training comes in **waves** (4-6 rounds, 2-3 months apart, several teams per round, the order random within
  borough); in each team about 85% of the staff attend; effects reach only those who attended, after a
  team-specific **lag**, and **build up** or **fade**, with **team heterogeneity** and individual responsiveness;
- practitioners **leave** (replaced by untrained hires, some trained later) and **move** between teams of a
  borough, taking their training with them (so not-yet-trained teams can be contaminated);
- **cases** stay open for months and span the rollout (the same family written about before and after);
- notes per team-month are negative binomial around a team-size multiplier (unequal teams), with a winter and an
  August dip in volume and whole months missing for some teams; notes get **longer** after training;
- audit domain scores (1-4) come from a latent ordinal (cumulative-logit) scale driven by the note's label logits
  and its length.

Truth is computed by counterfactuals on the same draws: every note carries what it would have been with no training
anywhere (its sentence count, label probabilities and domain scores under common random numbers), see
:func:`truths`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

LABELS = ("victim_blaming", "perpetrator_pattern", "child_focus", "partnering")
DOMAINS = ("perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment")
START = pd.Timestamp("2024-01-01")
WINDOW = (0, 6)  # the analysis plan's primary window: exposure months 0-5
WORKING_ICC = 0.02  # the plan's cell weight m / (1 + (m - 1) * icc), used only for the "cell-weighted" truth
GOOD_AT = 3.0  # the plan's dichotomy of the 1-4 domain scale

# baseline logits (share of sentences: ~8%, ~9%, ~15%, ~5%)
BASE = np.array([-2.45, -2.3, -1.75, -2.9])
# effect of training on the logit scale at full strength, per label (victim-blaming down, the others up)
EFFECT = np.array([-0.50, 0.45, 0.30, 0.40])
STYLE = np.array([-0.35, 0.30, 0.25, 0.30])  # practitioner's general "style" loading per label
SEVERITY = np.array([0.20, 0.35, 0.10, -0.10])  # family severity loading per label
SECULAR = np.array([-0.010, 0.008, 0.006, 0.004])  # per month, common to all teams
WINTER = np.array([0.08, -0.05, -0.15, -0.05])  # Dec-Feb: rushed recording
NOTE_TYPES = ("case note", "home visit", "assessment", "supervision")
TYPE_P = np.array([0.5, 0.25, 0.15, 0.10])
TYPE_LEN = np.array([5.0, 9.0, 16.0, 6.0])  # mean sentences per note type
TYPE_LOGIT = np.array([[0.0, 0.0, 0.0, 0.0], [0.05, 0.0, 0.25, 0.1], [-0.1, 0.3, 0.35, 0.15],
                       [0.1, 0.1, -0.2, 0.0]])
ROLES = ("social worker", "senior practitioner", "family support worker")
# domain latent: weights on the note's (centred) label logits, in LABELS order
DOMAIN_W = np.array([[0.0, 1.0, 0.0, 0.0], [-0.9, 0.0, 0.0, 0.5], [-0.2, 0.0, 0.0, 1.0], [0.0, 0.3, 1.0, 0.0]])
DOMAIN_C = np.array([0.0, 0.4, -0.3, 0.1])  # domain-specific offsets of the latent
CUTS = np.array([-0.4, 0.9, 2.3])  # cumulative-logit cut points between scores 1|2, 2|3, 3|4


@dataclass(frozen=True)
class Scenario:
    """One simulated design and effect. ``effect`` scales :data:`EFFECT` (0: null); ``shape`` is how an attending
    practitioner's writing changes with months since training (see :func:`effect_curve`); ``lag`` draws a team
    lag of 0-3 months; ``heterogeneity`` is the SD of the team multiplier of the effect (mean 1); ``growth`` is how
    much longer an attending practitioner's notes get (0.25: a quarter more sentences once it has built up). A
    sharp null has ``effect=0, growth=0``: training then changes nothing at all."""

    name: str
    teams: int = 24
    notes_per_quarter: float = 30.0
    effect: float = 1.0
    shape: str = "immediate"
    lag: bool = False
    heterogeneity: float = 0.0
    growth: float = 0.25
    move_rate: float = 0.01  # per practitioner-month, to another team of the borough
    ar_sd: float = 0.20  # team x month (AR(1)) SD on the logit scale
    ar_rho: float = 0.75  # month-to-month autocorrelation of the team x month effect
    extra: dict[str, Any] = field(default_factory=dict)


def effect_curve(shape: str, months: np.ndarray) -> np.ndarray:
    """Share of the full effect reached ``months`` (>= 0, continuous) after the change starts."""
    if shape == "immediate":
        return np.ones_like(months)
    if shape == "buildup":  # 63% at 3 months, 86% at 6
        return 1.0 - np.exp(-months / 3.0)
    if shape == "fading":  # full at once, then down towards a third of it
        return 1 / 3 + 2 / 3 * np.exp(-months / 4.0)
    if shape == "hump":  # builds up over ~2 months, then fades towards 40%
        return (1.0 - np.exp(-months / 1.5)) * (0.4 + 0.6 * np.exp(-months / 6.0))
    raise ValueError(f"unknown effect shape {shape!r}")


def _months(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Continuous months from dates ``b`` to ``a`` (both datetime64[D])."""
    return (a - b).astype("timedelta64[D]").astype(float) / 30.44


def generate(scenario: Scenario, seed: int) -> dict[str, Any]:
    """Draw one trial.

    Returns:
        ``facts``: per-note rows in ``Store.note_facts()``'s contract; ``notes``, ``scores``, ``teams``,
        ``roster``: the same trial as store tables (to write a real store); ``cf``: per-note counterfactual
        quantities for :func:`truths`.
    """
    rng = np.random.default_rng(seed)
    s = scenario
    n_labels = len(LABELS)
    # -- design: boroughs, waves, order random within borough -----------------------------------------------------
    n_boroughs = max(2, s.teams // 4)
    borough_of = np.arange(s.teams) % n_boroughs
    n_waves = int(rng.choice([4, 5, 6]))
    spacing = 2 if n_waves == 6 else 3
    wave_month = 6 + spacing * np.arange(n_waves)
    n_months = int(wave_month[-1]) + 9
    team_wave = np.empty(s.teams, dtype=int)
    for b in range(n_boroughs):
        members = rng.permutation(np.flatnonzero(borough_of == b))
        slots = np.sort(rng.choice(n_waves, size=len(members), replace=len(members) > n_waves))
        team_wave[members] = slots
    month_start = np.array([(START + pd.DateOffset(months=int(t))).to_datetime64() for t in range(n_months)],
                           dtype="datetime64[D]")
    team_month = wave_month[team_wave]
    train_date = month_start[team_month] + rng.integers(0, 28, s.teams).astype("timedelta64[D]")
    # -- team, borough and time effects (logit) -------------------------------------------------------------------
    size = rng.lognormal(0.0, 0.6, s.teams)
    size /= size.mean()
    borough_fx = rng.normal(0, 0.2, (n_boroughs, n_labels))
    borough_slope = rng.normal(0, 0.008, (n_boroughs, n_labels))
    team_fx = rng.normal(0, 0.3, (s.teams, n_labels))
    ar = np.empty((s.teams, n_months, n_labels))
    ar[:, 0] = rng.normal(0, s.ar_sd, (s.teams, n_labels))
    for t in range(1, n_months):
        ar[:, t] = s.ar_rho * ar[:, t - 1] + np.sqrt(1 - s.ar_rho ** 2) * rng.normal(0, s.ar_sd, (s.teams, n_labels))
    het = rng.normal(1.0, s.heterogeneity, s.teams) if s.heterogeneity > 0 else np.ones(s.teams)
    lag = rng.integers(0, 4, s.teams).astype(float) if s.lag else np.zeros(s.teams)
    calendar = np.arange(n_months)
    winter = np.isin((calendar % 12), [11, 0, 1])
    volume_season = np.where(calendar % 12 == 11, 0.75, np.where(calendar % 12 == 7, 0.8, 1.0))
    present = np.ones((s.teams, n_months), dtype=bool)  # export gaps and late starts
    for j in range(s.teams):
        if rng.random() < 0.25:
            g0 = int(rng.integers(1, n_months - 3))
            present[j, g0:g0 + int(rng.integers(1, 4))] = False
        if rng.random() < 0.10:
            present[j, :int(rng.integers(1, 5))] = False
    # -- practitioners: staff, turnover, moves, training attendance -----------------------------------------------
    prac: dict[str, list[Any]] = {k: [] for k in ("team", "style", "own", "resp", "prod", "trained", "lag_of",
                                                    "het_of", "role", "alive")}

    def hire(team: int) -> None:
        prac["team"].append(team)
        prac["style"].append(rng.normal())
        prac["own"].append(rng.normal(0, 0.3, n_labels))
        prac["resp"].append(rng.lognormal(-0.08, 0.4))
        prac["prod"].append(rng.gamma(2.0, 0.5))
        prac["trained"].append(np.datetime64("NaT", "D"))
        prac["lag_of"].append(0.0)
        prac["het_of"].append(1.0)
        prac["role"].append(int(rng.choice(3, p=[0.6, 0.2, 0.2])))
        prac["alive"].append(True)

    for j in range(s.teams):
        for _ in range(max(2, int(round(7 * size[j])))):
            hire(j)
    members_at: list[list[np.ndarray]] = []  # [month][team] -> practitioner indices
    late_training: dict[int, np.datetime64] = {}
    for t in range(n_months):
        k_all = np.flatnonzero(np.array(prac["alive"]))
        for k in k_all:
            u = rng.random()
            if u < 0.025:  # leaves the service: replaced by an untrained hire
                prac["alive"][k] = False
                hire(prac["team"][k])
                if rng.random() < 0.3 and t >= team_month[prac["team"][k]]:  # a later training round
                    late_training[len(prac["team"]) - 1] = month_start[min(n_months - 1, t + int(rng.integers(2, 6)))]
            elif u < 0.025 + s.move_rate:
                same = np.flatnonzero((borough_of == borough_of[prac["team"][k]]) & (np.arange(s.teams) != prac["team"][k]))
                if len(same):
                    prac["team"][k] = int(rng.choice(same))
        for k, date in list(late_training.items()):
            if date <= month_start[t] and np.isnat(prac["trained"][k]):
                prac["trained"][k] = date
                prac["lag_of"][k] = lag[prac["team"][k]]
                prac["het_of"][k] = het[prac["team"][k]]
                del late_training[k]
        team_arr = np.array(prac["team"])
        alive = np.array(prac["alive"])
        for j in np.flatnonzero(team_month == t):  # this month's training round
            for k in np.flatnonzero(alive & (team_arr == j)):
                if np.isnat(prac["trained"][k]) and rng.random() < 0.85:
                    prac["trained"][k] = train_date[j]
                    prac["lag_of"][k] = lag[j]
                    prac["het_of"][k] = het[j]
        members_at.append([np.flatnonzero(alive & (team_arr == j)) for j in range(s.teams)])
    P = {k: np.array(v) for k, v in prac.items() if k != "own"}
    own = np.array(prac["own"])
    # -- cases: open for months (geometric), arrivals keep a caseload of ~3 per worker ---------------------------------
    case_team: list[int] = []
    open_cases: list[list[int]] = [[] for _ in range(s.teams)]
    cases_at: list[list[np.ndarray]] = []
    for t in range(n_months):
        row = []
        for j in range(s.teams):
            open_cases[j] = [c for c in open_cases[j] if rng.random() > 0.1]
            want = 3 * max(1, len(members_at[t][j]))
            for _ in range(max(0, want - len(open_cases[j])) if t == 0 else int(rng.poisson(0.1 * want))):
                open_cases[j].append(len(case_team))
                case_team.append(j)
            if not open_cases[j]:
                open_cases[j].append(len(case_team))
                case_team.append(j)
            row.append(np.array(open_cases[j]))
        cases_at.append(row)
    n_cases = len(case_team)
    severity = rng.normal(0, 1, n_cases)
    case_fx = rng.normal(0, 0.25, (n_cases, n_labels)) + severity[:, None] * SEVERITY
    case_risk = np.where(severity > 0.8, "medium", "low")
    # -- notes ----------------------------------------------------------------------------------------------------
    mu = (s.notes_per_quarter / 3.0) * size[:, None] * volume_season[None, :] * present
    k_disp = 1.5
    counts = rng.negative_binomial(k_disp, k_disp / (k_disp + np.maximum(mu, 1e-12))) * present
    team_idx, month_idx, author, case = [], [], [], []
    for j in range(s.teams):
        for t in range(n_months):
            n = int(counts[j, t])
            if n == 0 or len(members_at[t][j]) == 0:
                continue
            m = members_at[t][j]
            w = P["prod"][m] / P["prod"][m].sum()
            author.append(rng.choice(m, size=n, p=w))
            case.append(rng.choice(cases_at[t][j], size=n))
            team_idx.append(np.full(n, j))
            month_idx.append(np.full(n, t))
    team_n = np.concatenate(team_idx)
    month_n = np.concatenate(month_idx)
    author_n = np.concatenate(author)
    case_n = np.concatenate(case)
    n_notes = len(team_n)
    days_in = ((month_start[np.minimum(month_n + 1, n_months - 1)] - month_start[month_n]).astype(int))
    days_in = np.where(month_n == n_months - 1, 28, days_in)
    date = month_start[month_n] + (rng.random(n_notes) * days_in).astype(int).astype("timedelta64[D]")
    ntype = rng.choice(len(NOTE_TYPES), size=n_notes, p=TYPE_P)
    len_mean = TYPE_LEN[ntype] * np.where(winter[month_n], 0.9, 1.0)
    n0 = 1 + rng.negative_binomial(2.0, 2.0 / (2.0 + len_mean - 1))
    bor = borough_of[team_n]
    eta0 = (BASE + SECULAR * month_n[:, None] + WINTER * winter[month_n][:, None] + borough_fx[bor]
            + borough_slope[bor] * month_n[:, None] + team_fx[team_n] + ar[team_n, month_n]
            + own[author_n] + P["style"][author_n][:, None] * STYLE + case_fx[case_n] + TYPE_LOGIT[ntype]
            + rng.normal(0, 0.35, (n_notes, n_labels)))
    trained_on = P["trained"][author_n]
    is_trained = ~np.isnat(trained_on) & (date >= np.where(np.isnat(trained_on), date, trained_on))
    since = np.where(is_trained, _months(date, np.where(np.isnat(trained_on), date, trained_on)), 0.0)
    active = is_trained & (since >= P["lag_of"][author_n])
    strength = np.where(active, effect_curve(s.shape, np.maximum(since - P["lag_of"][author_n], 0.0)), 0.0)
    eff = s.effect * EFFECT * (strength * P["het_of"][author_n] * P["resp"][author_n])[:, None]
    eta1 = eta0 + eff
    # longer notes after training, whatever the effect on labels: up to +growth sentences, reached over ~3 months
    grow = np.where(is_trained, s.growth * np.minimum(1.0, since / 3.0), 0.0)
    n1 = n0 + rng.binomial(n0, grow)
    p0, p1 = 1 / (1 + np.exp(-eta0)), 1 / (1 + np.exp(-eta1))
    labels = rng.binomial(n1[:, None], p1)
    # domains: latent ordinal from label logits and length; common random numbers for the counterfactual
    noise = rng.normal(0, 0.8, (n_notes, len(DOMAINS)))
    u = rng.random((n_notes, len(DOMAINS)))

    def domain_scores(eta: np.ndarray, n_sent: np.ndarray) -> np.ndarray:
        z = (eta - BASE) @ DOMAIN_W.T + DOMAIN_C + 0.4 * np.log(n_sent / 8.0)[:, None] + noise
        below = 1 / (1 + np.exp(-(CUTS[None, None, :] - z[:, :, None])))  # P(score <= k)
        return 1 + (u[:, :, None] > below).sum(axis=2)

    d1, d0 = domain_scores(eta1, n1), domain_scores(eta0, n0)
    # -- tables in the store's shapes -----------------------------------------------------------------------------
    team_name = np.array([f"Team {j + 1:02d}" for j in range(s.teams)])
    borough_name = np.array([f"Borough {chr(65 + b)}" for b in range(n_boroughs)])
    note_id = np.array([f"N{seed}-{i:06d}" for i in range(n_notes)])
    notes = pd.DataFrame({
        "note_id": note_id, "run_id": "sim", "case_id": np.char.add("C", case_n.astype(str)),
        "borough": borough_name[bor], "team": team_name[team_n], "author_id": np.char.add("P", author_n.astype(str)),
        "author_role": np.array(ROLES)[P["role"][author_n]], "recorded_at": date.astype("datetime64[ns]"),
        "note_type": np.array(NOTE_TYPES)[ntype], "timepoint_given": None, "risk_level": case_risk[case_n],
        "case_status": "open", "text_sha1": None, "n_sentences": n1.astype("int32"),
        "n_words": (n1 * rng.integers(11, 17, n_notes)).astype("int32"),
        **{f"n_{label}": labels[:, i].astype("int32") for i, label in enumerate(LABELS)}})
    teams = pd.DataFrame({"borough": borough_name[borough_of], "team": team_name,
                          "trained_at": train_date.astype("datetime64[ns]"),
                          "arm": [f"step {w + 1}" for w in team_wave]})
    ever = np.flatnonzero(~np.isnat(P["trained"]))
    roster = pd.DataFrame({"practitioner_id": np.char.add("P", ever.astype(str)),
                           "borough": borough_name[borough_of[P["team"][ever]]], "team": team_name[P["team"][ever]],
                           "course": "CORE", "status": "completed",
                           "date": P["trained"][ever].astype("datetime64[ns]")})
    scores = pd.DataFrame({"note_id": np.repeat(note_id, len(DOMAINS)), "domain": np.tile(DOMAINS, n_notes),
                           "score": d1.reshape(-1).astype("int32"), "evidence": "[]", "rubric": "independent-sim"})
    cf = pd.DataFrame({"team": team_n, "month": month_n, "case": case_n,
                       "exposure": month_n - team_month[team_n], "n1": n1, "n0": n0,
                       **{f"e1_{l}": n1 * p1[:, i] for i, l in enumerate(LABELS)},
                       **{f"e0_{l}": n0 * p0[:, i] for i, l in enumerate(LABELS)},
                       **{f"d1_{d}": d1[:, i] for i, d in enumerate(DOMAINS)},
                       **{f"d0_{d}": d0[:, i] for i, d in enumerate(DOMAINS)}})
    return {"facts": note_facts(notes, scores, teams, roster), "notes": notes, "scores": scores, "teams": teams,
            "roster": roster, "cf": cf, "design": {"waves": n_waves, "spacing": spacing, "months": n_months}}


def note_facts(notes: pd.DataFrame, scores: pd.DataFrame, teams: pd.DataFrame, roster: pd.DataFrame) -> pd.DataFrame:
    """The rows ``Store.note_facts()`` returns for these tables (checked against a real store in ``run.py``)."""
    f = notes.merge(teams, on=["borough", "team"], how="left")
    f["team_from_membership"] = False
    f["trained"] = f["trained_at"].notna() & (f["recorded_at"] >= f["trained_at"])
    first = roster.groupby("practitioner_id")["date"].min().rename("author_trained_at")
    f = f.merge(first, left_on="author_id", right_index=True, how="left")
    f["author_trained"] = f["author_trained_at"].notna() & (f["recorded_at"] >= f["author_trained_at"])
    start = f["trained_at"]
    at3 = start + pd.DateOffset(months=3)
    at6 = start + pd.DateOffset(months=6)
    f["timepoint"] = np.select([start.isna() | (f["recorded_at"] < start), f["recorded_at"] < at3,
                                f["recorded_at"] < at6], ["baseline", "post_training", "follow_up_3m"],
                               "follow_up_6m")
    f["month"] = f["recorded_at"].dt.to_period("M").dt.to_timestamp()
    wide = scores.pivot(index="note_id", columns="domain", values="score").reindex(columns=list(DOMAINS))
    return f.merge(wide, left_on="note_id", right_index=True, how="left")


def truths(cf: pd.DataFrame, window: tuple[int, int] = WINDOW) -> dict[str, dict[str, float]]:
    """The primary estimand of each outcome from the counterfactuals, under three weightings.

    Each is the mean over exposure months ``window`` (equal weight per month, as the plan says) of a
    per-exposure-month effect, per 100 sentences (labels) or in percentage points of cases rated good (domains):

    - ``team``: the mean over the teams observed in that exposure month of the team's cell effect (a ratio of
      sums of sentences under training minus the same without it). Each team counts once: the question is what
      training does to a team's recording. This is the headline truth.
    - ``cell``: the same with the plan's cell weights m / (1 + (m - 1) * 0.02) (m notes or cases), the weighting
      the shipped estimator's cluster-period summary leans towards.
    - ``sentence``: all sentences of the exposure month pooled (bigger teams count more).
    Also ``contamination``: the sentence-pooled effect in cells before a team's own training (movers carrying
    training into not-yet-trained teams), which the analysis cannot attribute and which biases it towards 0.
    """
    out: dict[str, dict[str, float]] = {}
    inside = cf[(cf["exposure"] >= window[0]) & (cf["exposure"] < window[1])]
    before = cf[cf["exposure"] < 0]
    cell = inside.groupby(["exposure", "team"])
    for label in LABELS:
        agg = cell[["n1", "n0", f"e1_{label}", f"e0_{label}"]].sum()
        eff = 100 * (agg[f"e1_{label}"] / agg["n1"] - agg[f"e0_{label}"] / agg["n0"])
        m = cell.size()
        out[f"label:{label}"] = _weighted(eff, m)
        pooled = inside.groupby("exposure")[["n1", "n0", f"e1_{label}", f"e0_{label}"]].sum()
        out[f"label:{label}"]["sentence"] = float((100 * (pooled[f"e1_{label}"] / pooled["n1"]
                                                          - pooled[f"e0_{label}"] / pooled["n0"])).mean())
        pre = before[["n1", "n0", f"e1_{label}", f"e0_{label}"]].sum()
        out[f"label:{label}"]["contamination"] = float(100 * (pre[f"e1_{label}"] / pre["n1"]
                                                              - pre[f"e0_{label}"] / pre["n0"]))
    for domain in DOMAINS:
        case_cell = inside.groupby(["exposure", "team", "case"])[[f"d1_{domain}", f"d0_{domain}"]].mean()
        good = (case_cell >= GOOD_AT).astype(float)
        by_cell = good.groupby(level=["exposure", "team"])
        eff = 100 * (by_cell[f"d1_{domain}"].mean() - by_cell[f"d0_{domain}"].mean())
        out[f"domain:{domain}"] = _weighted(eff, by_cell.size())
        pooled = good.groupby(level="exposure").mean()
        out[f"domain:{domain}"]["sentence"] = float((100 * (pooled[f"d1_{domain}"] - pooled[f"d0_{domain}"])).mean())
        pre = before.groupby(["team", "month", "case"])[[f"d1_{domain}", f"d0_{domain}"]].mean() >= GOOD_AT
        out[f"domain:{domain}"]["contamination"] = float(100 * (pre[f"d1_{domain}"].mean() - pre[f"d0_{domain}"].mean()))
    return out


def _weighted(eff: pd.Series, m: pd.Series) -> dict[str, float]:
    """Per-exposure-month means of cell effects, equal (``team``) or plan-weighted (``cell``), then their mean."""
    w = m / (1 + (m - 1) * WORKING_ICC)
    frame = pd.DataFrame({"eff": eff, "w": w})
    team = frame.groupby(level="exposure")["eff"].mean()
    cellw = frame.groupby(level="exposure").apply(lambda g: float(np.average(g["eff"], weights=g["w"])))
    return {"team": float(team.mean()), "cell": float(cellw.mean())}
