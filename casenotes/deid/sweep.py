"""The residual sweep: the last pass for identifier-shaped tokens that no identifier pattern claimed.

Each corpus writer brings formats no pattern has seen (a mooring permit, a new force's references, a username of
dotted words). Their shape gives them away: letters mixed with digits, a number after a word that introduces a
reference, words joined by dots or underscores with a digit. The sweep's rules (``deid_sweep.v1.yaml``) read the
text with everything claimed so far masked out, so dates, times and money kept by the patterns are never swept;
the file's ``keep`` shapes (doses, school years, roads, device models, sections...) say what an identifier-shaped
token may still be without naming anyone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from casenotes.data import read_rule_yaml, sha256
from casenotes.deid.identifiers import mask
from casenotes.errors import RuleFileError

_FILE_KEYS = {"version", "rules", "keep"}
_RULE_KEYS = {"id", "entity", "regex", "screen", "note", "examples", "counterexamples"}
_KEEP_KEYS = {"id", "regex", "note"}


@dataclass(frozen=True)
class SweepRule:
    id: str
    entity: str
    regex: re.Pattern[str]
    screen: re.Pattern[str] | None = None
    """A cheap pattern every match holds (no leading assertion, so ``re`` jumps through the text): a text where
    it finds nothing is not read with ``regex``."""
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sweep:
    """The sweep's rules, in order, and the shapes that are never identifiers (one regex, matched whole)."""

    rules: tuple[SweepRule, ...]
    keep: re.Pattern[str]
    file: Path

    @classmethod
    def load(cls, path: str | Path = "default") -> "Sweep":
        """Read and check a sweep file (``"default"`` or a path); a wrong key or a bad regex raises."""
        file, raw = read_rule_yaml(path, "deid_sweep.v1.yaml", "E543")
        if not isinstance(raw, dict) or set(raw) - _FILE_KEYS:
            raise RuleFileError(f"[E543] {file.name}: keys {sorted(raw) if isinstance(raw, dict) else '?'}; allowed "
                                f"{sorted(_FILE_KEYS)}.")
        rules = tuple(_rule(file, i, item) for i, item in enumerate(raw.get("rules") or [], start=1))
        shapes = [_regex(file, _checked(file, i, item, _KEEP_KEYS, {"id", "regex"}), "keep")
                  for i, item in enumerate(raw.get("keep") or [], start=1)]
        keep = re.compile("(?i)(?:" + "|".join(f"(?:{s.pattern})" for s in shapes) + ")" if shapes else r"(?!)")
        return cls(rules, keep, file)

    @property
    def files(self) -> dict[str, str]:
        return {self.file.name: sha256(self.file)}

    def find(self, text: str, claimed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The identifier-shaped spans of ``text`` outside ``claimed`` (start, end, entity), each rule seeing the
        text with the spans claimed before it masked out."""
        rules = [r for r in self.rules if r.screen is None or r.screen.search(text)]
        if not rules:
            return []
        masked = mask(text, [(a, b) for a, b, _ in claimed])
        out: list[tuple[int, int, str]] = []
        for rule in rules:
            found = []
            group = "id" if "id" in rule.regex.groupindex else 0
            for m in rule.regex.finditer(masked):
                start, end = m.span(group)
                if start < end and not self.keep.fullmatch(masked[start:end]):
                    found.append((start, end))
            out += [(a, b, rule.entity) for a, b in found]
            if found:
                masked = mask(masked, found)
        return sorted(out)


def _checked(file: Path, i: int, item: object, allowed: set[str], required: set[str]) -> dict:
    if not isinstance(item, dict) or set(item) - allowed or not required <= set(item):
        keys = sorted(item) if isinstance(item, dict) else "?"
        raise RuleFileError(f"[E543] {file.name} item {i}: keys {keys}; allowed {sorted(allowed)}, required "
                            f"{sorted(required)}.")
    return item


def _regex(file: Path, item: dict, where: str) -> re.Pattern[str]:
    try:
        return re.compile(item["regex"])
    except (re.error, TypeError) as exc:
        raise RuleFileError(f"[E544] {file.name} {where} {item['id']}: bad regex ({exc}).") from None


def _rule(file: Path, i: int, item: object) -> SweepRule:
    item = _checked(file, i, item, _RULE_KEYS, {"id", "entity", "regex"})
    screen = _regex(file, {"id": item["id"], "regex": item["screen"]}, "screen") if "screen" in item else None
    return SweepRule(item["id"], item["entity"], _regex(file, item, "rule"), screen, tuple(item.get("examples", ())),
                     tuple(item.get("counterexamples", ())))
