"""The labels case systems and agencies write before their references, kept as written.

A reference is written after the name of the system or record it belongs to: "CRIS 4203719/24", "Merlin PAC:
24MER0193847", "MRN RLH4471982", "ULN 5021948873". The identifier patterns claim the reference; its label, a word
in capitals or a joined-up product name, is no one's name, yet the name finder would take a capitalised word it
has not seen for a person and replace it. Replacing only the reference also keeps the note readable ("CRIS
[CASE_REF]"). The rule is the ``reference_labels`` section of the identifier patterns file: which entities are
references, and the shape of a label written straight before one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from casenotes.deid.identifiers import read_pattern_file
from casenotes.errors import RuleFileError

_KEYS = {"entities", "label"}
_WIDEN_KEYS = {"prefix", "kept", "suffix"}


@dataclass(frozen=True)
class LabelRules:
    """The entities that are references (``entities``) and the label written just before one (``label``,
    matched against the text of the line before the reference, so anchored at its end with ``\\Z``)."""

    entities: frozenset[str]
    label: re.Pattern[str] | None
    prefix: re.Pattern[str] | None = None
    kept: frozenset[str] = frozenset()
    suffix: re.Pattern[str] | None = None

    @classmethod
    def load(cls, path: str | Path = "default") -> "LabelRules":
        file, raw = read_pattern_file(path)
        if "reference_labels" not in raw:  # an older patterns file: no label is kept by its place
            return cls(frozenset(), None)
        rules = raw["reference_labels"]
        if not isinstance(rules, dict) or not _KEYS <= set(rules) <= _KEYS | _WIDEN_KEYS \
                or not isinstance(rules["entities"], list) or not isinstance(rules.get("kept", []), list):
            raise RuleFileError(f"[E545] {file.name} reference_labels: expected the keys {sorted(_KEYS)} (and "
                                f"optionally {sorted(_WIDEN_KEYS)}): lists of entities and kept words, regex strings.")
        regexes = {key: _regex(file, rules, key) for key in ("label", "prefix", "suffix")}
        return cls(frozenset(str(e) for e in rules["entities"]), regexes["label"], regexes["prefix"],
                   frozenset(str(w).casefold() for w in rules.get("kept", [])), regexes["suffix"])

    def widen(self, text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """``found`` (start, end, entity) with each reference taking the prefix written before it that is not a
        kept label, and a digit group written after it, where no other span claims them."""
        out = sorted(found)
        for k, (start, end, entity) in enumerate(out):
            if entity not in self.entities:
                continue
            left = out[k - 1][1] if k else 0
            right = out[k + 1][0] if k + 1 < len(out) else len(text)
            start = self._prefixed(text, max(left, start - 40), start)
            m = self.suffix.match(text, end, right) if self.suffix is not None else None
            out[k] = (start, m.end("suffix") if m is not None else end, entity)
        return out

    def _prefixed(self, text: str, left: int, start: int) -> int:
        """Where a reference starting at ``start`` starts once it takes its prefix (``prefix`` ends where the
        reference starts, its lookahead reading the reference's opening), or ``start`` when it has none."""
        if self.prefix is None:
            return start
        end = min(len(text), start + 20)
        for pos in range(left, start):  # every place, not finditer: a kept code's match must not hide a later one
            m = self.prefix.match(text, pos, end)
            if m is not None and m.end() == start and m.group("prefix").casefold() not in self.kept:
                return m.start("prefix")
        return start

    def spans(self, text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
        """Where the labels of the references in ``found`` (start, end, entity) are written in ``text``."""
        if self.label is None:
            return []
        out = []
        for start, _end, entity in found:
            if entity not in self.entities:
                continue
            line = text.rfind("\n", 0, start) + 1
            m = self.label.search(text, line, start)
            if m is not None:
                out.append(m.span("label"))
        return out


def _regex(file: Path, rules: dict, key: str) -> re.Pattern[str] | None:
    """The compiled regex under ``key`` (None when an optional one is absent), with its group of the same name."""
    if key not in rules and key != "label":
        return None
    if not isinstance(rules[key], str):
        raise RuleFileError(f"[E545] {file.name} reference_labels: '{key}' is not a regex string.")
    try:
        regex = re.compile(rules[key])
    except re.error as exc:
        raise RuleFileError(f"[E545] {file.name} reference_labels: bad regex ({exc}).") from None
    if key not in regex.groupindex:
        raise RuleFileError(f"[E545] {file.name} reference_labels: the regex has no group named '{key}'.")
    return regex
