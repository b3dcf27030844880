"""Counterfactual text: swap genders, family terms and names, keeping everything else.

Used to augment training data and to measure how often a model's predictions flip when only the genders of
the people in a sentence change (the labels should not depend on them).
"""

from __future__ import annotations

import re
from pathlib import Path

from casenotes.data import read_rule_yaml

SWAP_FILE = "gender_swap.v1.yaml"
"""The words, first names and ``her`` contexts a swap uses (data, not the synthetic world: real predictions of
every symmetric model depend on it)."""


def _load(path: str | Path = "default") -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """The word table (each pair both ways, the first pair winning for a word in several), the first-name map and
    the words after which ``her`` is an object, from :data:`SWAP_FILE` (or an edited copy at ``path``)."""
    data = read_rule_yaml(path, SWAP_FILE, "E549")[1]
    table: dict[str, str] = {}
    for a, b in data["words"]:
        table.setdefault(str(a), str(b))
        table.setdefault(str(b), str(a))
    names = {str(a): str(b) for a, b in data["names"]} | {str(b): str(a) for a, b in data["names"]}
    return table, names, frozenset(str(w) for w in data["her_object_before"])


_TABLE, _NAME_MAP, _NOT_A_NOUN = _load()
_NAMES = set(_NAME_MAP)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*")
_SPLIT = re.compile(f"({_TOKEN.pattern})")  # split() keeps the tokens, between the gaps


def _case_like(src: str, word: str) -> str:
    if src.isupper() and len(src) > 1:
        return word.upper()
    if src[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


_CANDIDATES = frozenset(_TABLE) | {word + "'s" for word in _TABLE} | {name.lower() for name in _NAMES}
"""Lower-cased tokens that a swap may change: a sentence with none of them is returned as it is."""


def swap_gender(text: str) -> str:
    """Swap gendered words and first names ("Dad hit Mum" -> "Mum hit Dad", "Mr" -> "Ms")."""
    # the text split into [gap, token, gap, token, ..., gap]: tokens as _TOKEN finds them, so only the tokens
    # that may change are looked at (a callback for every word cost more than the classifier's second pass)
    parts = _SPLIT.split(text)
    words = list(map(str.lower, parts[1::2]))
    if _CANDIDATES.isdisjoint(words):  # half of all sentences: decided without a loop in Python
        return text
    changing = [2 * k + 1 for k, word in enumerate(words) if word in _CANDIDATES]
    swapped = list(parts)
    for i in changing:
        # the word after (for "her"): one that follows only whitespace
        after = parts[i + 2] if i + 2 < len(parts) and parts[i + 1].isspace() else None
        swapped[i] = _swap_token(parts[i], after)
    return "".join(swapped)


def _swap_token(word: str, after: str | None) -> str:
    if word.lower() == "her":  # possessive "her phone" -> "his phone"; object "told her" -> "told him"
        possessive = after is not None and after.lower() not in _NOT_A_NOUN
        return _case_like(word, "his" if possessive else "him")
    if word in _NAME_MAP:
        return _NAME_MAP[word]
    low = word.lower()
    if low in ("f", "m") and word != word.upper():
        return word  # lower-case f/m are not the case-note shorthand for father/mother
    if low.endswith("'s") and low[:-2] in _TABLE:
        return _case_like(word, _TABLE[low[:-2]]) + word[-2:]
    swapped = _TABLE.get(low)
    return _case_like(word, swapped) if swapped else word
