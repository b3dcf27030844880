"""Plain words for the Safe & Together lead: readable names, the trial's estimates as sentences that carry their
uncertainty, the caveats that go with them, and tables people can read (rounded, readable headers, small counts
as "< N").

The words and colours are data (``casenotes/data/lead_view.v1.toml``) so that a service can change what its leads
read without touching code; this module only fills them in. Used by the dashboard's Overview and Trends pages and
by the files they export (:mod:`casenotes.export`).
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from casenotes.data import resolve
from casenotes.errors import InputError
from casenotes.schemas import DOMAIN_INFO, LABEL_INFO, TIMEPOINTS

DEFAULT_WORDS = "lead_view.v1.toml"
LABEL_KIND = "label_rate_per_100_sentences"
_KINDS = ("domain_share_good", "domain_score")
"""The outcome kinds besides labels; each needs its unit in the words file (every outcome kind does) and may name
its domains (labels are named by the labels file; a domain the words file does not name, by the domains file)."""
_PHRASES = ("effect", "up", "down", "flat", "includes_zero", "excludes_zero", "rise", "fall", "few_teams", "refused",
            "not_estimable", "no_reason", "borough_refused", "team_change", "team_suppressed", "team_caveat", "scale_caveat",
            "window", "suppressed_marker", "suppressed_marker_authors", "suppressed_cell", "suppressed_cell_authors",
            "source", "threshold")
_COLOURS = ("timepoints", "status")


@dataclass(frozen=True)
class Words:
    """A loaded words file: outcome names and units per kind, timepoint names, column headers, colours, phrases."""

    path: Path
    outcomes: dict[str, dict[str, str]]
    timepoints: dict[str, str]
    columns: dict[str, str]
    colours: dict[str, Any]
    phrases: dict[str, str]

    def outcome(self, name: str, kind: str) -> str:
        """The readable name of an outcome: a label's phrase from the labels file ("Child-focused language"),
        a domain's name from this file, or for a domain it does not name (one added to the domains file) the
        domains file's title."""
        if kind == LABEL_KIND:
            phrase = LABEL_INFO[name].phrase
            return phrase[:1].upper() + phrase[1:]
        return self.outcomes[kind].get(name) or DOMAIN_INFO[name].title

    def unit(self, kind: str) -> str:
        return self.outcomes[kind]["unit"]

    def timepoint(self, name: str) -> str:
        return self.timepoints.get(name, name)

    def phrase(self, key: str, **values: Any) -> str:
        return self.phrases[key].format(**values)


def load_words(path: str | Path = "default") -> Words:
    """Read a words file (``"default"``: the shipped one), strictly.

    Raises:
        InputError: [E492] not TOML, or an outcome, timepoint, colour or phrase is missing.
    """
    file = resolve(path, DEFAULT_WORDS)
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"[E492] Words file '{file.name}' is not valid TOML: {exc}.") from None
    outcomes, timepoints = raw.get("outcomes", {}), raw.get("timepoints", {})
    missing = [f"outcomes.{kind}.unit" for kind in (LABEL_KIND, *_KINDS) if "unit" not in outcomes.get(kind, {})]
    missing += [f"timepoints.{t}" for t in TIMEPOINTS if t not in timepoints]
    missing += [f"colours.{c}" for c in _COLOURS if c not in raw.get("colours", {})]
    missing += [f"phrases.{p}" for p in _PHRASES if p not in raw.get("phrases", {})]
    if missing:
        raise InputError(f"[E492] Words file '{file.name}' lacks {', '.join(missing[:5])}"
                         f"{' and more' if len(missing) > 5 else ''}; copy the shipped {DEFAULT_WORDS} and edit it.")
    return Words(file, outcomes, timepoints, raw.get("columns", {}), raw["colours"], raw["phrases"])


def number(value: float) -> str:
    """A size as people say it: one decimal under 10, whole numbers above (never fifteen digits)."""
    return f"{abs(value):.1f}" if abs(value) < 10 else f"{abs(value):.0f}"


def signed(value: float) -> str:
    """``number`` with its sign: ``+1.2``, ``-14``, ``0``."""
    text = number(value)
    return "0" if float(text) == 0 else ("+" if value > 0 else "-") + text


def p_value(p: float) -> str:
    """A p-value to three decimals, ``< 0.001`` below that (never ``0.0000000``), blank when there is none."""
    if p is None or not math.isfinite(p):
        return ""
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def effect_sentences(row: Mapping[str, Any], words: Words, *, warn_below: int) -> list[str]:
    """The trial's estimate of one outcome (a row of the estimates with ``term == "trained"``) in plain words:
    its size with the plausible range (the 95% interval), whether that range includes no change, and a warning
    when there are fewer teams than the analysis plan is comfortable with (W050)."""
    name = words.outcome(row["outcome"], row["kind"])
    estimate, low, high = (float(row[k]) for k in ("estimate", "ci_low", "ci_high"))
    if not all(math.isfinite(v) for v in (estimate, low, high)):
        method = str(row.get("method", ""))
        reason = (method.removeprefix("not estimable: ") if method.startswith("not estimable: ")
                  else words.phrase("no_reason"))
        return [f"{name}: " + words.phrase("not_estimable", reason=reason)]
    unit = words.unit(row["kind"])
    direction = words.phrase("flat" if signed(estimate) == "0" else "up" if estimate > 0 else "down")
    out = [words.phrase("effect", outcome=name, direction=direction, size=number(estimate), unit=unit,
                        low=signed(low), high=signed(high))]
    if low <= 0 <= high:
        out.append(words.phrase("includes_zero"))
    else:
        near, far = sorted((abs(low), abs(high)))
        out.append(words.phrase("excludes_zero", direction_word=words.phrase("rise" if low > 0 else "fall"),
                                near=number(near), far=number(far), unit=unit))
    if int(row["n_clusters"]) < warn_below:
        out.append(words.phrase("few_teams", teams=int(row["n_clusters"])))
    return out


def team_sentences(changes: pd.DataFrame, words: Words, *, floor: int) -> list[str]:
    """One team's descriptive changes (its rows of :func:`casenotes.inference.summaries.team_changes`) in plain
    words, each beside the change in teams not yet trained over the same months; a team with a side under the
    suppression floor gets one line saying so and no figures."""
    first = changes.iloc[0]
    if not first["enough"]:
        return [words.phrase("team_suppressed", team=first["team_key"], floor=floor)]
    unit = words.unit(LABEL_KIND)
    return [words.phrase("team_change", outcome=words.outcome(r.outcome, LABEL_KIND),
                         before=f"{r.before:.1f}", after=f"{r.after:.1f}", unit=unit,
                         own=signed(r.after - r.before), others=signed(r.others_after - r.others_before))
            for r in changes.itertuples()]


def suppressed_text(n_notes: pd.Series, words: Words, *, floor: int, authors: int, marker: bool) -> pd.Series:
    """What a suppressed group shows instead of its count: ``< N`` (table) or ``suppressed (< N notes)`` (chart)
    when it has fewer notes than the floor, else the practitioners' rule that withheld it - never its count."""
    few = words.phrase("suppressed_marker" if marker else "suppressed_cell", floor=floor)
    thin = words.phrase("suppressed_marker_authors" if marker else "suppressed_cell_authors", authors=authors)
    return pd.Series([few if n < floor else thin for n in n_notes], index=n_notes.index, dtype=object)


def readable_table(frame: pd.DataFrame, words: Words, *, floor: int, authors: int) -> pd.DataFrame:
    """``frame`` (an aggregate, wedge or monthly table) for people: outcome and timepoint names in words, numbers
    rounded to one decimal (shares to whole percents), the counts of suppressed groups as ``< N`` (never the
    exact small count), and readable column headers."""
    out = frame.copy()
    if "outcome" in out and "kind" in out:
        out["outcome"] = [words.outcome(o, k) for o, k in zip(out["outcome"], out["kind"])]
        out = out.drop(columns="kind")
    if "timepoint" in out:
        out["timepoint"] = out["timepoint"].map(words.timepoint)
    for col in ("mean", "ci_low", "ci_high"):
        if col in out:
            out[col] = out[col].round(1)
    if "trained_share" in out:
        out["trained_share"] = (100 * out["trained_share"]).round(0).map(lambda v: f"{v:.0f}%")
    if "suppressed" in out:
        small = out["suppressed"].astype(bool)
        if "n_notes" in out:
            shown = suppressed_text(out["n_notes"], words, floor=floor, authors=authors, marker=False)
            out["n_notes"] = out["n_notes"].map(str).where(~small, shown)  # one type: a text column
        if "n_sentences" in out:
            out["n_sentences"] = out["n_sentences"].map(str).where(~small, "")
        out["suppressed"] = small.map({True: "yes", False: ""})
    if "month" in out:
        out["month"] = pd.to_datetime(out["month"]).dt.strftime("%Y-%m")
    return out.rename(columns=words.columns)
