"""Audit-domain scores (1-4) from sentence evidence, by a rubric kept in a data file.

A domain is scored either by ``levels`` (counts of labelled sentences, tried top to bottom) or, once calibrated
against human auditors, by an ``ordinal`` mapping: a weighted index of note features cut at fitted cutpoints.
``floors`` then raise a score that an anchor guarantees (a note with no blaming sentence is at least "no blame"),
because a mapping fitted to human scores can trade that guarantee away for a small average gain. Either way the
rubric names the labels whose sentences justify the score, so every score can be traced to the sentences behind it.

Long because the rubric file's reading and checking, the note features the ordinal mappings read (counts, shares,
probabilities, spans and joint features of two labels) and the scoring that applies them are one contract: a
feature named in a rubric file must be computed here exactly as calibration computed it.
"""

from __future__ import annotations

import math
import tomllib
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from casenotes.data import resolve, sha256
from casenotes.errors import CasenotesWarning, RubricError
from casenotes.schemas import DEFAULT_RUBRIC_PATH, DOMAIN_INFO, DOMAINS, LABELS, domains_path

_LEVEL_KEYS = {"score", "min", "max"}
_DOMAIN_KEYS = {"title", "evidence", "anchors", "levels", "floors", "ordinal", "calibration_features"}
_ORDINAL_KEYS = {"weights", "cutpoints"}
SURE_CUTS = (0.3, 0.8)
"""Probabilities at which :func:`note_features` also counts a label's sentences (``n_p30_<label>``,
``n_p80_<label>``): a note's clear sentences (0.8) set apart from its borderline ones, such as a trained note's
sentence naming his pattern that the classifier also gives victim_blaming at 0.5-0.8."""
DEFAULT_RUBRIC = DEFAULT_RUBRIC_PATH.name
"""The rubric ``Rubric.load("default")`` reads: the one the domains file in force names (shipped:
``audit_rubric.v4.toml``; older versions stay loadable by path)."""


def note_features(sentence_labels: Sequence[Sequence[str]],
                  sentence_probs: Sequence[dict[str, float]] | None = None) -> dict[str, float]:
    """Evidence features of one note, the inputs of ordinal mappings.

    ``n_<label>`` sentences carrying the label, ``n_<a>&<b>`` carrying both (log1p-scaled), ``n_p30_<label>`` and
    ``n_p80_<label>`` sentences whose probability for the label reaches 0.3 (possible) or 0.8 (clear), whatever
    the model's threshold (log1p-scaled; :data:`SURE_CUTS`), ``sum_p_<label>`` summed probability (log1p-scaled),
    ``max_p_<label>`` highest probability, ``mean_p_<label>`` mean probability over the note's sentences (the
    share of the note's probability mass, as ``share_<label>`` is of its labelled sentences), ``max_p_<a>&<b>``
    the highest of a sentence's lower probability of the two labels (both in one sentence: his behaviour and the
    child's experience of it), ``sum_p_<a>&<b>`` the summed product of the two (log1p-scaled), ``share_<label>``
    share of sentences, ``any_<label>`` 1 when a sentence carries the label, ``span_<label>`` the share of the
    note's sentences from its first to its last sentence carrying the label (a pattern named across the note, not
    in one place; 0 without one), and ``n_sentences`` (log1p-scaled). ``n_``, ``share_``, ``any_`` and ``span_``
    read the model's own labels (its thresholds), not its probability scale.
    """
    given, probs = _note_arrays(sentence_labels, sentence_probs)
    return {name: float(values[0]) for name, values in note_feature_table(given, probs, np.array([len(given)])).items()}


def count_feature(condition: tuple[str, ...]) -> str:
    """The :func:`note_features` name counting the sentences that carry every label of ``condition`` (one label or
    two): ``n_<a>`` or ``n_<a>&<b>``."""
    return "n_" + "&".join(condition)


def counts_from_features(features: dict[str, Any], conditions: Sequence[tuple[str, ...]]
                         ) -> dict[tuple[str, ...], Any]:
    """Sentence counts behind ``conditions`` read back from note features (their ``n_*`` are log1p of counts), so a
    rubric's floors can be applied where only the features are kept (calibration)."""
    return {c: np.rint(np.expm1(np.asarray(features[count_feature(c)], dtype=float))) for c in conditions}


def note_positions(n_sentences: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For sentences held one note after another (``n_sentences[i]`` of note ``i``): each sentence's note, and
    its index within the note."""
    note_of = np.repeat(np.arange(len(n_sentences)), n_sentences)
    return note_of, np.arange(len(note_of)) - np.repeat(np.cumsum(n_sentences) - n_sentences, n_sentences)


def note_feature_table(given: np.ndarray, probs: np.ndarray | None, n_sentences: np.ndarray) -> dict[str, np.ndarray]:
    """:func:`note_features` of many notes at once, one array per feature.

    ``given`` (sentences x LABELS, 0/1) and ``probs`` (the same shape, or None: the 0/1 labels stand in) hold the
    notes' sentences one note after another, ``n_sentences[i]`` of them for note ``i``.
    """
    note_of, sent_idx = note_positions(n_sentences)
    n_notes = len(n_sentences)
    given = given.astype(bool)
    probs = given.astype(float) if probs is None else probs
    feats: dict[str, np.ndarray] = {"n_sentences": _log1p(n_sentences)}
    for i, a in enumerate(LABELS):
        count = np.bincount(note_of[given[:, i]], minlength=n_notes)
        feats[f"n_{a}"] = _log1p(count)
        feats[f"share_{a}"] = np.divide(count, n_sentences, out=np.zeros(n_notes), where=n_sentences > 0)
        feats[f"any_{a}"] = (count > 0).astype(float)
        feats[f"span_{a}"] = _span(note_of[given[:, i]], sent_idx[given[:, i]], n_sentences)
        for j, b in enumerate(LABELS[i + 1:], start=i + 1):
            both = np.bincount(note_of[given[:, i] & given[:, j]], minlength=n_notes)
            feats[f"n_{a}&{b}"] = feats[f"n_{b}&{a}"] = _log1p(both)
            joint = np.zeros(n_notes)
            np.maximum.at(joint, note_of, np.minimum(probs[:, i], probs[:, j]))
            feats[f"max_p_{a}&{b}"] = feats[f"max_p_{b}&{a}"] = joint
            summed = np.bincount(note_of, weights=probs[:, i] * probs[:, j], minlength=n_notes)
            feats[f"sum_p_{a}&{b}"] = feats[f"sum_p_{b}&{a}"] = _log1p(summed)
        for cut in SURE_CUTS:
            feats[f"n_p{round(cut * 100)}_{a}"] = _log1p(np.bincount(note_of[probs[:, i] >= cut], minlength=n_notes))
        summed_p = np.bincount(note_of, weights=probs[:, i], minlength=n_notes)
        feats[f"sum_p_{a}"] = _log1p(summed_p)
        feats[f"mean_p_{a}"] = np.divide(summed_p, n_sentences, out=np.zeros(n_notes), where=n_sentences > 0)
        highest = np.zeros(n_notes)  # probabilities are >= 0: a note without sentences has 0.0
        np.maximum.at(highest, note_of, probs[:, i])
        feats[f"max_p_{a}"] = highest
    return feats


def _span(note_of: np.ndarray, index: np.ndarray, n_sentences: np.ndarray) -> np.ndarray:
    """Per note, the share of its sentences from the first to the last of the sentences given (their notes and
    indexes within the note); 0 for a note with none."""
    first = np.full(len(n_sentences), np.iinfo(np.int64).max)
    last = np.full(len(n_sentences), -1)
    np.minimum.at(first, note_of, index)
    np.maximum.at(last, note_of, index)
    width = np.where(last >= 0, last - first + 1, 0)
    return np.divide(width, n_sentences, out=np.zeros(len(n_sentences)), where=n_sentences > 0)


def _log1p(values: np.ndarray) -> np.ndarray:
    """``math.log1p`` of each value: numpy's own log1p can differ from it in the last bit, and calibrated cutpoints
    were fitted on features computed with ``math``."""
    return np.fromiter(map(math.log1p, values.tolist()), dtype=float, count=len(values))


def _note_arrays(sentence_labels: Sequence[Sequence[str]], sentence_probs: Sequence[dict[str, float]] | None
                 ) -> tuple[np.ndarray, np.ndarray | None]:
    """One note's sentence labels (and probabilities) as the sentences x LABELS arrays the batch forms read."""
    sets = [set(s) for s in sentence_labels]
    given = np.array([[label in s for label in LABELS] for s in sets], dtype=bool).reshape(-1, len(LABELS))
    probs = np.array([[p.get(label, 0.0) for label in LABELS] for p in sentence_probs], dtype=float
                     ).reshape(-1, len(LABELS)) if sentence_probs else None
    return given, probs


@dataclass(frozen=True)
class Level:
    score: int
    min: dict[tuple[str, ...], int]
    max: dict[tuple[str, ...], int]

    def holds(self, counts: dict[tuple[str, ...], np.ndarray], n_notes: int) -> np.ndarray:
        """Per note, whether every condition holds (``counts``: per label combination, per note)."""
        held = np.ones(n_notes, dtype=bool)
        for k, v in self.min.items():
            held &= counts[k] >= v
        for k, v in self.max.items():
            held &= counts[k] <= v
        return held


@dataclass(frozen=True)
class Ordinal:
    """score = 1 + number of cutpoints the weighted feature index reaches."""

    weights: dict[str, float]
    cutpoints: tuple[float, ...]

    def score(self, features: dict[str, Any]) -> Any:
        """The score of one note (features as numbers) or of many (features as arrays)."""
        index = sum(w * features.get(f, 0.0) for f, w in self.weights.items())
        return 1 + sum(index >= c for c in self.cutpoints)


@dataclass(frozen=True)
class DomainRule:
    key: str
    title: str
    evidence: tuple[str, ...]
    anchors: dict[int, str]
    levels: tuple[Level, ...]
    ordinal: Ordinal | None = None
    calibration_features: tuple[str, ...] = ()
    floors: tuple[Level, ...] = ()
    """Lowest scores the rubric guarantees whatever the levels or the ordinal mapping give: a floor whose
    conditions hold raises the score to its own."""

    def raise_to_floors(self, scores: np.ndarray, counts: dict[tuple[str, ...], Any], n_notes: int) -> np.ndarray:
        """``scores`` raised to every floor whose conditions hold (``counts``: per label combination, per note)."""
        for floor in self.floors:
            scores = np.where(floor.holds(counts, n_notes), np.maximum(scores, floor.score), scores)
        return scores

    @property
    def floor_conditions(self) -> list[tuple[str, ...]]:
        """The label combinations the floors count."""
        return [c for floor in self.floors for c in (*floor.min, *floor.max)]


@dataclass
class DomainScores:
    """One domain's scores for many notes, and per note the indexes of its sentences that justify the score."""

    domain: str
    scores: np.ndarray
    evidence: list[list[int]]


@dataclass
class DomainScore:
    domain: str
    score: int
    evidence: list[int]
    """Indexes of the note's sentences that justify the score."""


class Rubric:
    """A versioned audit rubric.

    Attributes:
        version: the rubric's own version string, stored with every score.
        scale: number of scale points (scores run 1..scale).
        domains: one :class:`DomainRule` per domain in :data:`casenotes.schemas.DOMAINS` order.
        path, sha256: where it was read from, for the run record.
        fallback: the default rubric that scores the domains this one lacks, or None (see :meth:`load`).
    """

    def __init__(self, version: str, scale: int, domains: dict[str, DomainRule], path: Path,
                 fallback: Path | None = None) -> None:
        self.version = version
        self.scale = scale
        self.domains = domains
        self.path = path
        self.sha256 = sha256(path)
        self.fallback = fallback

    @property
    def files(self) -> dict[str, Path]:
        """The rubric files its scores come from (itself, and the default rubric for domains it lacks)."""
        return {p.name: p for p in (self.path, self.fallback) if p is not None}

    @classmethod
    def load(cls, path: str | Path = "default") -> "Rubric":
        """Read a rubric (``"default"``: the one the domains file in force names) for the domains in force.

        A rubric written for another domain set keeps working: a domain in force it lacks is scored by the
        default rubric's table (W120; a rubric calibrated for a model before the domain was added scores the
        domains it knows as calibrated), and a domain it defines that is not in force is left out (W122).

        Raises:
            RubricError: the file is not TOML (E070), has a bad scale (E071) or a bad domain table (E073-E078,
                E520), or the default rubric lacks a domain in force or has another scale (E072).
        """
        file = DEFAULT_RUBRIC_PATH if str(path) == "default" else resolve(path, DEFAULT_RUBRIC)
        try:
            raw = tomllib.loads(file.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise RubricError(f"[E070] {file.name}: not valid TOML ({exc}).") from None
        scale = raw.get("scale", 4)
        if not isinstance(scale, int) or scale not in (4, 5):
            raise RubricError(f"[E071] {file.name}: scale {scale!r}; expected 4 or 5.")
        found = raw.get("domains", {})
        extra = sorted(set(found) - set(DOMAINS))
        if extra:
            warnings.warn(f"[W122] {file.name}: domain(s) {extra} are not in {domains_path().name}; left out.",
                          CasenotesWarning, stacklevel=2)
        own = {key: cls._domain(file.name, key, found[key], scale) for key in DOMAINS if key in found}
        lacking = [key for key in DOMAINS if key not in found]
        if not lacking:
            return cls(str(raw.get("version", file.stem)), scale, own, file)
        default = cls.load("default") if file.resolve() != DEFAULT_RUBRIC_PATH.resolve() else None
        if default is None:
            raise RubricError(f"[E072] {file.name}: no table for domain(s) {lacking} of {domains_path().name}, "
                              f"whose default rubric it is; the default rubric must score every domain in force.")
        if default.scale != scale:
            raise RubricError(f"[E072] {file.name}: scale {scale}, but the default rubric {default.path.name} that "
                              f"would score its missing domain(s) {lacking} has scale {default.scale}; add tables "
                              f"for them to {file.name}.")
        warnings.warn(f"[W120] {file.name} has no table for domain(s) {lacking} of {domains_path().name}: they are "
                      f"scored by the default rubric {default.path.name}.", CasenotesWarning, stacklevel=2)
        domains = {key: own[key] if key in own else default.domains[key] for key in DOMAINS}
        return cls(str(raw.get("version", file.stem)), scale, domains, file, fallback=default.path)

    @staticmethod
    def _domain(fname: str, key: str, raw: dict[str, Any], scale: int) -> DomainRule:
        unknown = set(raw) - _DOMAIN_KEYS
        if unknown:
            raise RubricError(f"[E073] {fname} domain {key}: unknown key(s) {sorted(unknown)}; allowed {sorted(_DOMAIN_KEYS)}.")
        evidence = tuple(raw.get("evidence", DOMAIN_INFO[key].labels))
        if set(evidence) - set(LABELS):
            raise RubricError(f"[E074] {fname} domain {key}: evidence labels {list(evidence)}; expected some of {list(LABELS)}.")
        levels = Rubric._levels(fname, key, raw.get("levels", []), scale, "level")
        floors = Rubric._levels(fname, key, raw.get("floors", []), scale, "floor")
        for i, floor in enumerate(floors):
            too_long = [c for c in (*floor.min, *floor.max) if len(c) > 2]
            if too_long:
                raise RubricError(f"[E520] {fname} domain {key} floor {i}: condition '{'&'.join(too_long[0])}' joins "
                                  f"{len(too_long[0])} labels; a floor counts one label or two ('a&b').")
        anchors = {int(k): str(v) for k, v in raw.get("anchors", {}).items()}
        ordinal = None
        if "ordinal" in raw:
            o = raw["ordinal"]
            cuts = o.get("cutpoints", [])
            known = set(note_features([[]]))
            if set(o) - _ORDINAL_KEYS or len(cuts) != scale - 1 or sorted(cuts) != list(cuts) \
                    or set(o.get("weights", {})) - known:
                raise RubricError(f"[E077] {fname} domain {key}: 'ordinal' needs 'weights' over features "
                                  f"{sorted(known)} and {scale - 1} increasing 'cutpoints'.")
            ordinal = Ordinal({k: float(v) for k, v in o["weights"].items()}, tuple(float(c) for c in cuts))
        features = tuple(raw.get("calibration_features", []))
        if set(features) - set(note_features([[]])):
            raise RubricError(f"[E078] {fname} domain {key}: calibration_features {sorted(set(features) - set(note_features([[]])))} "
                              f"unknown; expected some of {sorted(note_features([[]]))}.")
        return DomainRule(key, str(raw.get("title", key)), evidence, anchors, levels, ordinal, features, floors)

    @staticmethod
    def _levels(fname: str, key: str, entries: list[dict[str, Any]], scale: int, kind: str) -> tuple[Level, ...]:
        """A domain's ``levels`` or ``floors``: each a score with optional ``min``/``max`` count conditions."""
        levels = []
        for i, lv in enumerate(entries):
            if set(lv) - _LEVEL_KEYS or not isinstance(lv.get("score"), int) or not 1 <= lv["score"] <= scale:
                raise RubricError(f"[E075] {fname} domain {key} {kind} {i}: needs an integer 'score' in 1..{scale} and "
                                  f"optional 'min'/'max' tables; found {sorted(lv)}.")
            conds: dict[str, dict[tuple[str, ...], int]] = {}
            for bound in ("min", "max"):
                conds[bound] = {}
                for cond, n in lv.get(bound, {}).items():
                    labels = tuple(cond.split("&"))
                    if set(labels) - set(LABELS) or not isinstance(n, int):
                        raise RubricError(f"[E076] {fname} domain {key} {kind} {i}: condition '{cond} = {n}'; labels "
                                          f"must be from {list(LABELS)} joined by '&', counts integers.")
                    conds[bound][labels] = n
            levels.append(Level(lv["score"], conds["min"], conds["max"]))
        return tuple(levels)

    @cached_property
    def _conditions(self) -> dict[tuple[str, ...], list[int]]:
        """Each label combination that a domain's levels or floors count, with its labels' columns (worked out
        once)."""
        counted = [c for rule in self.domains.values() if rule.ordinal is None
                   for lv in rule.levels for c in (*lv.min, *lv.max)]
        counted += [c for rule in self.domains.values() for c in rule.floor_conditions]
        return {c: [LABELS.index(label) for label in c] for c in counted}

    def score(self, sentence_labels: Sequence[Sequence[str]],
              sentence_probs: Sequence[dict[str, float]] | None = None) -> dict[str, DomainScore]:
        """Score one note (or a case's notes in a window) from its sentences' labels and probabilities."""
        given, probs = _note_arrays(sentence_labels, sentence_probs)
        return {key: DomainScore(key, int(d.scores[0]), d.evidence[0])
                for key, d in self.score_notes(given, probs, np.array([len(given)])).items()}

    def score_notes(self, given: np.ndarray, probs: np.ndarray | None, n_sentences: np.ndarray
                    ) -> dict[str, DomainScores]:
        """Score many notes at once: ``given`` and ``probs`` as :func:`note_feature_table` reads them."""
        n_notes = len(n_sentences)
        given = given.astype(bool)
        note_of, sent_idx = note_positions(n_sentences)
        features = note_feature_table(given, probs, n_sentences) if any(
            r.ordinal for r in self.domains.values()) else {}
        # each label combination any domain's levels count, counted once for all domains
        counts = {c: np.bincount(note_of[given[:, columns].all(axis=1)], minlength=n_notes)
                  for c, columns in self._conditions.items()}
        out = {}
        for key, rule in self.domains.items():
            if rule.ordinal is not None:
                scores = np.zeros(n_notes, dtype=int) + rule.ordinal.score(features)
            else:
                scores = np.ones(n_notes, dtype=int)
                for lv in reversed(rule.levels):  # the first level that holds gives the score
                    scores = np.where(lv.holds(counts, n_notes), lv.score, scores)
            scores = rule.raise_to_floors(scores, counts, n_notes)
            cited = np.flatnonzero(given[:, [LABELS.index(label) for label in rule.evidence]].any(axis=1))
            per_note = np.split(sent_idx[cited], np.cumsum(np.bincount(note_of[cited], minlength=n_notes))[:-1]) \
                if n_notes else []
            out[key] = DomainScores(key, scores, [idx.tolist() for idx in per_note])
        return out


def _toml_value(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(type(value))


def _toml_key(key: Any) -> str:
    key = str(key)
    return key if key.replace("_", "").isalnum() else _toml_value(key)


def _level_table(level: Level) -> dict[str, Any]:
    """A level or floor as its TOML inline table."""
    entry: dict[str, Any] = {"score": level.score}
    for bound in ("min", "max"):
        table = getattr(level, bound)
        if table:
            entry[bound] = {"&".join(k): v for k, v in table.items()}
    return entry


def rubric_toml(rubric: Rubric, *, version: str, comment: str = "") -> str:
    """Write a rubric (including ordinal mappings) as TOML that :meth:`Rubric.load` reads back."""
    lines = [f"# {line}" for line in comment.splitlines()] + [f"version = {_toml_value(version)}",
                                                               f"scale = {rubric.scale}", ""]
    for key, rule in rubric.domains.items():
        lines += [f"[domains.{key}]", f"title = {_toml_value(rule.title)}", f"evidence = {_toml_value(list(rule.evidence))}",
                  f"anchors = {_toml_value({str(k): v for k, v in rule.anchors.items()})}"]
        if rule.calibration_features:
            lines.append(f"calibration_features = {_toml_value(list(rule.calibration_features))}")
        lines.append("levels = [")
        lines += [f"  {_toml_value(_level_table(lv))}," for lv in rule.levels]
        lines.append("]")
        if rule.floors:
            lines.append("floors = [")
            lines += [f"  {_toml_value(_level_table(floor))}," for floor in rule.floors]
            lines.append("]")
        if rule.ordinal is not None:
            lines += [f"[domains.{key}.ordinal]", f"weights = {_toml_value(rule.ordinal.weights)}",
                      f"cutpoints = {_toml_value(list(rule.ordinal.cutpoints))}"]
        lines.append("")
    return "\n".join(lines)
