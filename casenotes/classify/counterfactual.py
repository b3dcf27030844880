"""Counterfactual text: swap genders, family terms and names, keeping everything else.

Used to augment training data and to measure how often a model's predictions flip when only the genders of
the people in a sentence change (the labels should not depend on them).
"""

from __future__ import annotations

import re

from casenotes.data import resolve

_PAIRS = [
    ("he", "she"), ("him", "her"), ("his", "her"), ("himself", "herself"), ("man", "woman"), ("men", "women"),
    ("mr", "ms"), ("father", "mother"), ("dad", "mum"), ("daddy", "mummy"), ("stepdad", "stepmum"),
    ("step-dad", "step-mum"), ("stepfather", "stepmother"), ("step-father", "step-mother"), ("husband", "wife"),
    ("boyfriend", "girlfriend"), ("son", "daughter"), ("sons", "daughters"), ("brother", "sister"),
    ("brothers", "sisters"), ("boy", "girl"), ("boys", "girls"), ("uncle", "aunt"), ("nephew", "niece"),
    ("grandfather", "grandmother"), ("grandad", "grandma"), ("pgf", "pgm"), ("mgf", "mgm"), ("f", "m"),
    ("ex-husband", "ex-wife"), ("fathers", "mothers"), ("dads", "mums"), ("paternal", "maternal"),
]


def _swap_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for a, b in _PAIRS:
        table.setdefault(a, b)
        table.setdefault(b, a)
    return table


_TABLE = _swap_table()
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*")
_SPLIT = re.compile(f"({_TOKEN.pattern})")  # split() keeps the tokens, between the gaps
# After "her", these words mean object position ("told her to", "with her and") rather than possessive.
_NOT_A_NOUN = {"to", "and", "the", "a", "an", "that", "in", "on", "at", "with", "for", "from", "about", "again",
               "back", "out", "up", "down", "off", "as", "when", "if", "because", "but", "or", "so", "too", "into",
               "by", "not", "this", "it", "he", "she", "they", "we", "i", "home", "alone", "before", "after",
               "over", "what", "how", "why", "where", "who", "is", "was", "has", "had", "will", "would", "can"}


def _names() -> tuple[dict[str, str], set[str]]:
    import yaml

    world = yaml.safe_load(resolve("default", "synth_world.v1.yaml").read_text(encoding="utf-8"))
    female, male = list(world["female_first"]), list(world["male_first"])
    n = min(len(female), len(male))
    mapping = {**dict(zip(female[:n], male[:n])), **dict(zip(male[:n], female[:n]))}
    return mapping, set(mapping)


_NAME_MAP, _NAMES = _names()


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
