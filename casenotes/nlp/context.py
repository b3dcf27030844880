"""ConText rules (medspaCy's rule format, our own code): negation, hypothetical, historical, reported context.

A rule's literal (or token pattern) is a modifier; it governs a scope of tokens in its sentence in one
direction. TERMINATE rules end scopes; PSEUDO rules claim a longer phrase so its shorter part ("not only" vs
"not") does not trigger.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from casenotes.data import resolve
from casenotes.errors import RuleFileError

DIRECTIONS = ("FORWARD", "BACKWARD", "BIDIRECTIONAL", "TERMINATE", "PSEUDO")
RULE_KEYS = {"literal", "category", "direction", "pattern", "max_scope"}
DEFAULT_MAX_SCOPE = 8


@dataclass(frozen=True)
class ContextRule:
    """One modifier rule, as in medspaCy's ``context_rules`` JSON."""

    literal: str
    category: str
    direction: str
    pattern: list[dict[str, Any]] | None = None
    max_scope: int | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, source: str = "<dict>", index: int = 0) -> "ContextRule":
        unknown = set(data) - RULE_KEYS
        if unknown:
            raise RuleFileError(f"[E040] {source} rule {index}: unknown key(s) {sorted(unknown)}; "
                                f"allowed {sorted(RULE_KEYS)}.")
        if "literal" not in data or "category" not in data:
            raise RuleFileError(f"[E041] {source} rule {index}: 'literal' and 'category' are required.")
        direction = str(data.get("direction", "BIDIRECTIONAL")).upper()
        if direction not in DIRECTIONS:
            raise RuleFileError(f"[E042] {source} rule {index} ('{data['literal']}'): direction '{direction}' "
                                f"is not one of {list(DIRECTIONS)}.")
        return cls(literal=data["literal"], category=str(data["category"]).upper(), direction=direction,
                   pattern=data.get("pattern"), max_scope=data.get("max_scope"))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"literal": self.literal, "category": self.category, "direction": self.direction}
        if self.pattern is not None:
            out["pattern"] = self.pattern
        if self.max_scope is not None:
            out["max_scope"] = self.max_scope
        return out


@dataclass
class ContextRuleSet:
    rules: list[ContextRule]
    category_flags: dict[str, str]
    path: Path | None = None


def load_context_rules(path: str | Path = "default") -> ContextRuleSet:
    """Read a ConText rule file; every category must map to a flag (or be TERMINATE/PSEUDO)."""
    file = resolve(path, "context_rules.v1.json")
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise RuleFileError(f"[E043] {file.name}: not valid JSON (line {exc.lineno}).") from None
    flags = raw.get("category_flags", {})
    rules = [ContextRule.from_dict(r, source=file.name, index=i) for i, r in enumerate(raw.get("context_rules", []))]
    for i, rule in enumerate(rules):
        if rule.direction not in ("TERMINATE", "PSEUDO") and rule.category not in flags:
            raise RuleFileError(f"[E044] {file.name} rule {i} ('{rule.literal}'): category '{rule.category}' has "
                                f"no entry in category_flags {sorted(flags)}.")
    return ContextRuleSet(rules=rules, category_flags=flags, path=file)


class ContextMatcher:
    """Find modifiers in a doc and compute the token scope each governs."""

    def __init__(self, vocab: Vocab, rules: ContextRuleSet, *, max_scope: int = DEFAULT_MAX_SCOPE) -> None:
        self.rules = rules
        self.max_scope = max_scope
        self._phrases = PhraseMatcher(vocab, attr="LOWER")
        self._patterns = Matcher(vocab)
        for i, rule in enumerate(rules.rules):
            key = str(i)
            if rule.pattern is not None:
                self._patterns.add(key, [rule.pattern])
            else:
                self._phrases.add(key, [Doc(vocab, words=rule.literal.split())])

    def modifiers(self, doc: Doc) -> list[Span]:
        """Return modifier spans labelled with their category and carrying their scope in ``span._.scope``."""
        matches = [(int(doc.vocab.strings[m]), s, e) for m, s, e in self._phrases(doc)]
        if len(self._patterns):
            matches += [(int(doc.vocab.strings[m]), s, e) for m, s, e in self._patterns(doc)]
        # Longest match wins where matches overlap (PSEUDO "not only" beats "not").
        matches.sort(key=lambda m: (m[1], -(m[2] - m[1])))
        chosen: list[tuple[ContextRule, int, int]] = []
        taken: set[int] = set()
        for idx, start, end in matches:
            if any(t in taken for t in range(start, end)):
                continue
            taken.update(range(start, end))
            chosen.append((self.rules.rules[idx], start, end))
        terminators = {s for r, s, _ in chosen if r.direction == "TERMINATE"}
        spans = []
        for rule, start, end in chosen:
            if rule.direction in ("TERMINATE", "PSEUDO"):
                continue
            sent = doc[start].sent
            limit = rule.max_scope or self.max_scope
            lo, hi = start, end
            if rule.direction in ("FORWARD", "BIDIRECTIONAL"):
                hi = end
                while hi < sent.end and hi - end < limit and hi not in terminators:
                    hi += 1
            if rule.direction in ("BACKWARD", "BIDIRECTIONAL"):
                lo = start
                while lo > sent.start and start - lo < limit and (lo - 1) not in terminators:
                    lo -= 1
            span = Span(doc, start, end, label=rule.category)
            spans.append((span, lo, hi))
        for span, lo, hi in spans:
            span._.scope = (lo, hi)
        return [s for s, _, _ in spans]
