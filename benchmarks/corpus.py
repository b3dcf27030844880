"""A benchmark corpus as varied as real case notes.

The synthetic generator writes notes from templates, so its vocabulary is small and spaCy's tokenizer cache (and
casenotes' own per-word caches) would see almost every word before: timings would flatter everything. Real notes
are full of one-off strings. Here every note is perturbed the way practitioners' writing is: typos (dropped,
doubled, swapped and wrong letters), times, dates, reference numbers, initials and phone numbers, so that a
realistic share of tokens has never been seen. ``--typo-rate`` sets how many words get a typo.
"""

from __future__ import annotations

import random
import re

import pandas as pd

_WORD = re.compile(r"[A-Za-z]{4,}")


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1:]  # dropped
    if kind == 1:
        return word[:i] + word[i] + word[i:]  # doubled
    if kind == 2:
        return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]  # swapped
    return word[:i] + rng.choice("abcdefghijklmnopqrstuvwxyz") + word[i + 1:]  # wrong letter


def _one_off(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return f"at {rng.randrange(24):02d}:{rng.randrange(60):02d}"
    if kind == 1:
        return f"on {rng.randrange(1, 29)}/{rng.randrange(1, 13)}/{rng.choice(['23', '24', '2024', '2025'])}"
    if kind == 2:
        return f"(ref {rng.choice(['LCS', 'EH', 'MASH'])}{rng.randrange(10**5, 10**7)})"
    if kind == 3:
        return f"{rng.choice('ABCDEFGHJKLMNPRSTW')}{rng.choice('ABCDEFGHJKLMNPRSTW')}"
    return f"tel 07{rng.randrange(10**8, 10**9)}"


def vary(texts: list[str], *, seed: int = 0, typo_rate: float = 0.05, one_offs_per_note: float = 2.0) -> list[str]:
    """Each text with ``typo_rate`` of its longer words misspelt and about ``one_offs_per_note`` one-off tokens
    (times, dates, references, initials, phone numbers) inserted after random words."""
    rng = random.Random(seed)
    out = []
    for text in texts:
        text = _WORD.sub(lambda m: _typo(m.group(0), rng) if rng.random() < typo_rate else m.group(0), text)
        words = text.split(" ")
        for _ in range(int(one_offs_per_note) + (rng.random() < one_offs_per_note % 1)):
            words.insert(rng.randrange(1, len(words) + 1), _one_off(rng))
        out.append(" ".join(words))
    return out


def varied_corpus(notes: int, *, seed: int = 0, typo_rate: float = 0.05) -> dict[str, pd.DataFrame]:
    """Synthetic notes, people and teams (``casenotes.synth``) with each note's text varied as above."""
    from casenotes.synth import Generator

    data = Generator(notes=notes, seed=seed).generate()
    data["notes"] = data["notes"].assign(text=vary(list(data["notes"]["text"]), seed=seed, typo_rate=typo_rate))
    return data
