"""The statistical analysis plan as data: a versioned TOML file read strictly, hashed, and recorded with each run.

What a trial analysis may choose (primary outcome, windows, time effects, weights, multiplicity, permutations,
planning grid) is fixed in ``casenotes/data/analysis_plan.v<N>.toml`` before the data are seen, so an estimate can
always be traced to the plan that produced it (``Plan.sha256``).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casenotes.data import resolve, sha256
from casenotes.errors import InputError
from casenotes.schemas import DOMAINS, LABELS

DEFAULT_PLAN = "analysis_plan.v3.toml"
KINDS = {"label_rate_per_100_sentences": LABELS, "domain_share_good": DOMAINS}
"""Outcome kinds: a label's sentences per 100, or the share (%) of cases whose domain score reaches ``good_at``."""
ROLES = ("primary", "secondary")
TIME_EFFECTS = ("stratum_period", "period")
MULTIPLICITY = ("holm", "none")
ESTIMATORS = ("imputation", "regression")
"""How the exposure-month effects are estimated: ``imputation`` (``imputation.py``: the untreated outcome fitted on
not-yet-trained cells, trained cells' effects averaged with the stated weights) or ``regression`` (``primary.py``:
the fixed-effects event study, whose implicit weights differ from the stated ones when effects vary)."""
ESTIMAND_WEIGHTS = ("team",)

_SECTIONS: dict[str, set[str]] = {
    "design": {"cluster", "stratum", "time_effects", "refuse_below_clusters", "warn_below_clusters"},
    "analysis": {"working_icc", "variance", "df", "level", "exposure_unit", "primary_window_months",
                 "immediate_effect_sensitivity"},
    "domains": {"good_at"},
    "multiplicity": {"method", "p_values"},
    "randomisation": {"permutations", "seed", "outcomes"},
    "suppression": {"min_notes", "min_authors"},
    "planning": {"icc", "cac", "teams", "steps", "notes_per_team_period", "power", "alpha"},
}
_OPTIONAL = {"estimand": {"weights", "estimator"}}
"""Sections a later plan version added; a plan without them keeps the behaviour of the version before them."""
_TOP = {"version", "timepoints", "outcomes", *_SECTIONS, *_OPTIONAL}
VARIANCES = ("CR2", "CR3")
_FIXED = {("design", "cluster"): "team", ("design", "stratum"): "borough",
          ("analysis", "df"): "satterthwaite", ("analysis", "exposure_unit"): "month"}
"""Values this version of the code implements and nothing else; the plan states them so that a reader sees them."""


@dataclass(frozen=True)
class Outcome:
    """One planned outcome: ``name`` (a label or a domain), its ``kind`` and ``role``."""

    name: str
    kind: str
    role: str

    @property
    def key(self) -> str:
        """Unique key: a label and a domain can share a name (``perpetrator_pattern``)."""
        return f"{self.name}:{self.kind}"


@dataclass(frozen=True)
class Plan:
    """A loaded analysis plan; ``raw`` keeps the parsed TOML for the sections read elsewhere (planning grid)."""

    version: str
    path: Path
    sha256: str
    outcomes: tuple[Outcome, ...]
    time_effects: str
    refuse_below_clusters: int
    warn_below_clusters: int
    working_icc: float
    variance: str
    level: float
    primary_window: tuple[int, int]
    immediate_effect_sensitivity: bool
    timepoints: dict[str, tuple[int, int]]
    good_at: float
    multiplicity: str
    p_value_roles: tuple[str, ...]
    permutations: int
    permutation_seed: int
    permutation_roles: tuple[str, ...]
    min_notes: int
    min_authors: int
    raw: dict[str, Any]
    estimators: dict[str, str] = field(default_factory=lambda: {role: "regression" for role in ROLES})
    """``[estimand] estimator`` per outcome role (plans before v2: the regression for every role)."""
    estimand_weights: str | None = None
    """``[estimand] weights``; None (plans before v2): the estimand is what the regression weights give."""

    def estimator_of(self, outcome: Outcome) -> str:
        """How the outcome's exposure-time effects are estimated (:data:`ESTIMATORS`)."""
        return self.estimators[outcome.role]

    @property
    def primary(self) -> Outcome:
        return next(o for o in self.outcomes if o.role == "primary")

    def record(self) -> dict[str, str]:
        """What a run stores about its plan: name, version and SHA-256 of the exact file."""
        return {"plan": self.path.name, "plan_version": self.version, "plan_sha256": self.sha256}


def load_plan(path: str | Path = "default") -> Plan:
    """Read and check an analysis plan (``"default"``: the shipped ``analysis_plan.v3.toml``; ``v1`` and ``v2``
    stay loadable by path and give the results they always gave).

    Raises:
        InputError: [E431] the file is not TOML, has an unknown key, a missing or out-of-range value, or does not
            name exactly one primary outcome.
    """
    file = resolve(path, DEFAULT_PLAN)
    name = file.name
    raw = _read(file)
    estimand = raw.get("estimand")
    design, analysis = raw["design"], raw["analysis"]
    outcomes = tuple(_outcome(name, i, o) for i, o in enumerate(raw.get("outcomes", [])))
    if [o.role for o in outcomes].count("primary") != 1:
        raise InputError(f"[E431] {name}: [[outcomes]] must name exactly one outcome with role = 'primary'.")
    if len({o.key for o in outcomes}) != len(outcomes):
        raise InputError(f"[E431] {name}: an outcome is listed twice in [[outcomes]].")
    timepoints = {k: _window(name, f"[timepoints] {k}", v) for k, v in _table(name, raw, "timepoints").items()}
    multiplicity = raw["multiplicity"]
    randomisation = raw["randomisation"]
    plan = Plan(
        version=str(raw.get("version", file.stem)), path=file, sha256=sha256(file), outcomes=outcomes,
        time_effects=_choice(name, "[design] time_effects", design.get("time_effects"), TIME_EFFECTS),
        refuse_below_clusters=_int(name, "[design] refuse_below_clusters", design.get("refuse_below_clusters"), 2),
        warn_below_clusters=_int(name, "[design] warn_below_clusters", design.get("warn_below_clusters"), 2),
        working_icc=_fraction(name, "[analysis] working_icc", analysis.get("working_icc")),
        variance=_choice(name, "[analysis] variance", analysis.get("variance"), VARIANCES),
        level=_fraction(name, "[analysis] level", analysis.get("level")),
        primary_window=_window(name, "[analysis] primary_window_months", analysis.get("primary_window_months")),
        immediate_effect_sensitivity=bool(analysis.get("immediate_effect_sensitivity", True)),
        timepoints=timepoints,
        good_at=float(_int(name, "[domains] good_at", raw["domains"].get("good_at"), 1)),
        multiplicity=_choice(name, "[multiplicity] method", multiplicity.get("method"), MULTIPLICITY),
        p_value_roles=_roles(name, "[multiplicity] p_values", multiplicity.get("p_values", [])),
        permutations=_int(name, "[randomisation] permutations", randomisation.get("permutations"), 0),
        permutation_seed=_int(name, "[randomisation] seed", randomisation.get("seed"), 0),
        permutation_roles=_roles(name, "[randomisation] outcomes", randomisation.get("outcomes", [])),
        min_notes=_int(name, "[suppression] min_notes", raw["suppression"].get("min_notes"), 1),
        min_authors=_int(name, "[suppression] min_authors", raw["suppression"].get("min_authors"), 1),
        raw=raw,
        estimators=({role: "regression" for role in ROLES} if estimand is None else
                    _estimators(name, estimand.get("estimator"))),
        estimand_weights=(None if estimand is None else
                          _choice(name, "[estimand] weights", estimand.get("weights"), ESTIMAND_WEIGHTS)))
    if plan.refuse_below_clusters > plan.warn_below_clusters:
        raise InputError(f"[E431] {name} [design]: refuse_below_clusters ({plan.refuse_below_clusters}) is above "
                         f"warn_below_clusters ({plan.warn_below_clusters}).")
    return plan


def _read(file: Path) -> dict[str, Any]:
    """The plan file's TOML with every section's keys checked and the settings this version fixes confirmed."""
    name = file.name
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"[E431] {name}: not valid TOML ({exc}).") from None
    _keys(name, "the top level", raw, _TOP)
    for section, allowed in _SECTIONS.items():
        _keys(name, f"[{section}]", _table(name, raw, section), allowed)
    for section, allowed in _OPTIONAL.items():
        if section in raw:
            _keys(name, f"[{section}]", _table(name, raw, section), allowed)
    for (section, key), value in _FIXED.items():
        if raw[section].get(key) != value:
            raise InputError(f"[E431] {name} [{section}] {key} = {raw[section].get(key)!r}; this version of "
                             f"casenotes implements only {value!r}.")
    return raw


def _estimators(name: str, value: Any) -> dict[str, str]:
    """``[estimand] estimator``: one estimator for every role, or a table giving each role's."""
    if isinstance(value, dict):
        if set(value) != set(ROLES):
            raise InputError(f"[E431] {name} [estimand] estimator: a table needs exactly the roles {list(ROLES)}; "
                             f"got {sorted(value)}.")
        return {role: _choice(name, f"[estimand] estimator.{role}", value[role], ESTIMATORS) for role in ROLES}
    return {role: _choice(name, "[estimand] estimator", value, ESTIMATORS) for role in ROLES}


def _table(name: str, raw: dict[str, Any], section: str) -> dict[str, Any]:
    value = raw.get(section)
    if not isinstance(value, dict):
        raise InputError(f"[E431] {name}: section [{section}] is missing.")
    return value


def _keys(name: str, where: str, table: dict[str, Any], allowed: set[str]) -> None:
    unknown = set(table) - allowed
    if unknown:
        raise InputError(f"[E431] {name}: unknown key(s) {sorted(unknown)} in {where}; allowed {sorted(allowed)}.")


def _outcome(name: str, i: int, raw: Any) -> Outcome:
    if not isinstance(raw, dict) or set(raw) != {"name", "kind", "role"}:
        raise InputError(f"[E431] {name}: [[outcomes]] entry {i} needs exactly the keys name, kind, role.")
    kind = _choice(name, f"[[outcomes]] entry {i} kind", raw["kind"], tuple(KINDS))
    _choice(name, f"[[outcomes]] entry {i} name", raw["name"], KINDS[kind])
    return Outcome(raw["name"], kind, _choice(name, f"[[outcomes]] entry {i} role", raw["role"], ROLES))


def _choice(name: str, where: str, value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise InputError(f"[E431] {name} {where} = {value!r}; expected one of {list(allowed)}.")
    return str(value)


def _roles(name: str, where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise InputError(f"[E431] {name} {where} = {value!r}; expected a list of roles from {list(ROLES)}.")
    return tuple(_choice(name, where, v, ROLES) for v in value)


def _int(name: str, where: str, value: Any, minimum: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise InputError(f"[E431] {name} {where} = {value!r}; expected a whole number of at least {minimum}.")
    return value


def _fraction(name: str, where: str, value: Any) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value < 1:
        raise InputError(f"[E431] {name} {where} = {value!r}; expected a number in [0, 1).")
    return float(value)


def _window(name: str, where: str, value: Any) -> tuple[int, int]:
    if (not isinstance(value, list) or len(value) != 2 or not all(isinstance(v, int) for v in value)
            or not 0 <= value[0] < value[1]):
        raise InputError(f"[E431] {name} {where} = {value!r}; expected [start, end) in whole months, "
                         f"0 <= start < end.")
    return int(value[0]), int(value[1])
