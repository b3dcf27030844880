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


@dataclass(frozen=True)
class LabelRules:
    """The entities that are references (``entities``) and the label written just before one (``label``,
    matched against the text of the line before the reference, so anchored at its end with ``\\Z``)."""

    entities: frozenset[str]
    label: re.Pattern[str] | None

    @classmethod
    def load(cls, path: str | Path = "default") -> "LabelRules":
        file, raw = read_pattern_file(path)
        if "reference_labels" not in raw:  # an older patterns file: no label is kept by its place
            return cls(frozenset(), None)
        rules = raw["reference_labels"]
        if not isinstance(rules, dict) or set(rules) != _KEYS or not isinstance(rules["label"], str) \
                or not isinstance(rules["entities"], list):
            raise RuleFileError(f"[E545] {file.name} reference_labels: expected the keys {sorted(_KEYS)}: a list "
                                "of entities and a regex string.")
        try:
            label = re.compile(rules["label"])
        except re.error as exc:
            raise RuleFileError(f"[E545] {file.name} reference_labels: bad regex ({exc}).") from None
        if "label" not in label.groupindex:
            raise RuleFileError(f"[E545] {file.name} reference_labels: the regex has no group named 'label'.")
        return cls(frozenset(str(e) for e in rules["entities"]), label)

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
