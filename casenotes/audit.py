"""Audit-domain scores (1-4) from sentence evidence, by a rubric kept in a data file.

The rubric maps counts of labelled sentences in a note to a score per domain and names the labels whose
sentences justify it, so every score can be traced to the sentences behind it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casenotes.data import resolve, sha256
from casenotes.errors import RubricError
from casenotes.schemas import DOMAINS, LABELS

_LEVEL_KEYS = {"score", "min", "max"}
_DOMAIN_KEYS = {"title", "evidence", "anchors", "levels"}


@dataclass(frozen=True)
class Level:
    score: int
    min: dict[tuple[str, ...], int]
    max: dict[tuple[str, ...], int]

    def holds(self, counts: dict[tuple[str, ...], int]) -> bool:
        return all(counts.get(k, 0) >= v for k, v in self.min.items()) and all(
            counts.get(k, 0) <= v for k, v in self.max.items())


@dataclass(frozen=True)
class DomainRule:
    key: str
    title: str
    evidence: tuple[str, ...]
    anchors: dict[int, str]
    levels: tuple[Level, ...]


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
    """

    def __init__(self, version: str, scale: int, domains: dict[str, DomainRule], path: Path) -> None:
        self.version = version
        self.scale = scale
        self.domains = domains
        self.path = path
        self.sha256 = sha256(path)

    @classmethod
    def load(cls, path: str | Path = "default") -> "Rubric":
        file = resolve(path, "audit_rubric.v1.toml")
        try:
            raw = tomllib.loads(file.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise RubricError(f"[E070] {file.name}: not valid TOML ({exc}).") from None
        scale = raw.get("scale", 4)
        if not isinstance(scale, int) or scale not in (4, 5):
            raise RubricError(f"[E071] {file.name}: scale {scale!r}; expected 4 or 5.")
        found = raw.get("domains", {})
        if set(found) != set(DOMAINS):
            raise RubricError(f"[E072] {file.name}: domains {sorted(found)}; expected exactly {list(DOMAINS)}.")
        domains = {key: cls._domain(file.name, key, found[key], scale) for key in DOMAINS}
        return cls(str(raw.get("version", file.stem)), scale, domains, file)

    @staticmethod
    def _domain(fname: str, key: str, raw: dict[str, Any], scale: int) -> DomainRule:
        unknown = set(raw) - _DOMAIN_KEYS
        if unknown:
            raise RubricError(f"[E073] {fname} domain {key}: unknown key(s) {sorted(unknown)}; allowed {sorted(_DOMAIN_KEYS)}.")
        evidence = tuple(raw.get("evidence", []))
        if set(evidence) - set(LABELS):
            raise RubricError(f"[E074] {fname} domain {key}: evidence labels {list(evidence)}; expected some of {list(LABELS)}.")
        levels = []
        for i, lv in enumerate(raw.get("levels", [])):
            if set(lv) - _LEVEL_KEYS or not isinstance(lv.get("score"), int) or not 1 <= lv["score"] <= scale:
                raise RubricError(f"[E075] {fname} domain {key} level {i}: needs an integer 'score' in 1..{scale} and "
                                  f"optional 'min'/'max' tables; found {sorted(lv)}.")
            conds = {}
            for bound in ("min", "max"):
                conds[bound] = {}
                for cond, n in lv.get(bound, {}).items():
                    labels = tuple(cond.split("&"))
                    if set(labels) - set(LABELS) or not isinstance(n, int):
                        raise RubricError(f"[E076] {fname} domain {key} level {i}: condition '{cond} = {n}'; labels "
                                          f"must be from {list(LABELS)} joined by '&', counts integers.")
                    conds[bound][labels] = n
            levels.append(Level(lv["score"], conds["min"], conds["max"]))
        anchors = {int(k): str(v) for k, v in raw.get("anchors", {}).items()}
        return DomainRule(key, str(raw.get("title", key)), evidence, anchors, tuple(levels))

    def score(self, sentence_labels: Sequence[Sequence[str]]) -> dict[str, DomainScore]:
        """Score one note from the labels of its sentences (in order)."""
        sets = [set(s) for s in sentence_labels]
        out = {}
        for key, rule in self.domains.items():
            conditions = {c for lv in rule.levels for c in (*lv.min, *lv.max)}
            counts = {c: sum(1 for s in sets if set(c) <= s) for c in conditions}
            score = next((lv.score for lv in rule.levels if lv.holds(counts)), 1)
            evidence = [i for i, s in enumerate(sets) if s & set(rule.evidence)]
            out[key] = DomainScore(key, score, evidence)
        return out
