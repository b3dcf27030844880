"""Scope marks: the words of a sentence inside a negation or refutation (or any other category the data names).

A bag of n-grams sees "failed to protect" in "there is no evidence she failed to protect" just as in "she failed to
protect", so refuted blame is learned as blame. medspaCy's ConText marks a modifier's scope; this module does the
same over the linear backend's words (``explain.words``), without spaCy, so that the linear backend can add each
in-scope word again as ``MARK_word`` (``neg_failed``): features a regression can weigh apart from the plain words.

The triggers, their categories, directions and scopes are data (``casenotes/data/scope_marks.v1.json``, medspaCy's
rule shape, read with :class:`casenotes.nlp.context.ContextRule`); a model keeps the copy it was trained with.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casenotes.classify.explain import words
from casenotes.data import resolve
from casenotes.errors import RuleFileError
from casenotes.nlp.context import ContextRule

DEFAULT_FILE = "scope_marks.v1.json"
_KEYS = {"version", "about", "category_marks", "terminate_punctuation", "default_max_scope", "context_rules"}
_SCOPED = ("FORWARD", "BACKWARD", "BIDIRECTIONAL")


@dataclass(frozen=True)
class ScopeMarker:
    """Marks the words inside each trigger's scope (``scope_marks.v1.json``).

    Attributes:
        rules: the trigger, terminator and pseudo-trigger rules, in file order.
        marks: category -> the prefix its in-scope words get; a word in two scopes takes the first category's.
        punctuation: characters that end a scope when they stand between two words.
        max_scope: words a scope covers when its rule sets no ``max_scope``.
        source: the raw file contents (saved with a model, so the model keeps its own copy).
        by_first: each rule with its literal's words, indexed by the literal's first word (built by the loader).
    """

    rules: tuple[ContextRule, ...]
    marks: dict[str, str]
    punctuation: frozenset[str]
    max_scope: int
    source: str
    by_first: dict[str, tuple[tuple[ContextRule, tuple[str, ...]], ...]]

    def _matches(self, tokens: list[str]) -> list[tuple[ContextRule, int, int]]:
        """The rules found in a sentence's lower-cased words, left to right; where two start at the same word the
        longer wins (a PSEUDO "no longer" over "no"), and a word is in one match at most."""
        found: list[tuple[ContextRule, int, int]] = []
        start = 0
        while start < len(tokens):
            best = None
            for rule, literal in self.by_first.get(tokens[start], ()):
                end = start + len(literal)
                if list(literal) == tokens[start:end] and (best is None or end > best[2]):
                    best = (rule, start, end)
            if best is None:
                start += 1
            else:
                found.append(best)
                start = best[2]
        return found

    def mark(self, text: str) -> list[str]:
        """The sentence's words (``explain.words``), lower-cased, each in a scope prefixed ``MARK_``.

        The list has one entry per word, so a feature over it points back at the word it came from.
        """
        spans = words(text)
        tokens = [text[a:b].lower() for a, b in spans]
        # a scope stops before word k when a terminator is word k or punctuation stands between words k-1 and k
        stops = [k > 0 and any(c in self.punctuation for c in text[spans[k - 1][1]:spans[k][0]])
                 for k in range(len(spans))]
        found = self._matches(tokens)
        terminators = {start for rule, start, _ in found if rule.direction == "TERMINATE"}
        marked: list[str | None] = [None] * len(tokens)
        order = list(self.marks)
        for rule, start, end in found:
            if rule.direction not in _SCOPED:
                continue
            limit = rule.max_scope or self.max_scope
            scope: list[int] = []
            if rule.direction in ("FORWARD", "BIDIRECTIONAL"):
                k = end
                while k < len(tokens) and k - end < limit and k not in terminators and not stops[k]:
                    scope.append(k)
                    k += 1
            if rule.direction in ("BACKWARD", "BIDIRECTIONAL"):
                k = start - 1
                while k >= 0 and start - 1 - k < limit and k not in terminators and not stops[k + 1]:
                    scope.append(k)
                    k -= 1
            for k in scope:
                if marked[k] is None or order.index(rule.category) < order.index(marked[k]):  # type: ignore[arg-type]
                    marked[k] = rule.category
        return [tok if cat is None else f"{self.marks[cat]}_{tok}" for tok, cat in zip(tokens, marked)]

    def is_marked(self, token: str) -> bool:
        """Whether a word of :meth:`mark`'s output is a marked one."""
        return token.startswith(tuple(f"{m}_" for m in self.marks.values()))


def load_scope_marks(path: str | Path = "default") -> ScopeMarker:
    """Read a scope-marks file (``"default"``: the shipped ``scope_marks.v1.json``).

    Raises:
        RuleFileError: not JSON, a missing or unknown key, a category without a mark, a mark that is not a plain
            lower-case word, or a rule the ConText rule format refuses (E610, E611; E040-E042 for a rule).
    """
    file = resolve(path, DEFAULT_FILE)
    source = file.read_text(encoding="utf-8")
    try:
        raw: dict[str, Any] = json.loads(source)
    except json.JSONDecodeError as exc:
        raise RuleFileError(f"[E610] {file.name}: not valid JSON (line {exc.lineno}).") from None
    if not isinstance(raw, dict) or set(raw) != _KEYS:
        found = sorted(raw) if isinstance(raw, dict) else type(raw).__name__
        raise RuleFileError(f"[E610] {file.name}: expected the keys {sorted(_KEYS)}; found {found}.")
    marks = raw["category_marks"]
    if (not isinstance(marks, dict) or not marks
            or not all(isinstance(m, str) and m.isalpha() and m.islower() for m in marks.values())):
        raise RuleFileError(f"[E610] {file.name}: 'category_marks' must map categories to lower-case words "
                            f"(letters only).")
    rules = tuple(ContextRule.from_dict(r, source=file.name, index=i) for i, r in enumerate(raw["context_rules"]))
    for i, rule in enumerate(rules):
        if rule.pattern is not None or not rule.literal.split() or (rule.direction in _SCOPED and rule.category not in marks):
            raise RuleFileError(f"[E611] {file.name} rule {i}: a scope rule needs a 'literal' only (no 'pattern') "
                                f"and a category of 'category_marks' {sorted(marks)}.")
    by_first: dict[str, list[tuple[ContextRule, tuple[str, ...]]]] = {}
    for rule in rules:
        literal = tuple(rule.literal.lower().split())
        by_first.setdefault(literal[0], []).append((rule, literal))
    return ScopeMarker(rules=rules, marks=dict(marks), punctuation=frozenset(str(raw["terminate_punctuation"])),
                       max_scope=int(raw["default_max_scope"]), source=source,
                       by_first={first: tuple(found) for first, found in by_first.items()})
