"""Words of a note as the de-identification steps see them, and the one way names are compared.

Names are compared folded: NFKD, without accents, casefolded (``Zoë``, ``ZOE`` and a decomposed ``Zoe\u0308`` from
a Mac or Excel export all fold to ``zoe``), so a people table and a note written differently still meet. Word
lists are looked up by a 64-bit hash of the folded form (:func:`key64`), which lets large lists live in numpy
arrays rather than in dictionaries of strings in every worker.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

import numpy as np

# letters with inner apostrophes or hyphens (O'Neill, Smith-Jones, Zara's); digits and underscores are not words
WORD = re.compile(r"(?<!\w)[^\W\d_]+(?:['’\-][^\W\d_]+)*(?!\w)")
_POSSESSIVE = ("'s", "’s", "'S", "’S")
# letters that do not decompose into a base letter and an accent
_NO_DECOMPOSE = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                               "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "þ": "th", "’": "'"})


def fold(text: str) -> str:
    """The form in which names are compared: no accents, casefolded, typographic apostrophes straightened."""
    if text.isascii():
        return text.lower()  # what the general case gives for ASCII, at a fraction of the cost
    text = unicodedata.normalize("NFKD", text.translate(_NO_DECOMPOSE))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def key64(folded: str) -> int:
    """A stable 64-bit key of a folded form (BLAKE2b; Python's own hash changes between processes)."""
    return int.from_bytes(hashlib.blake2b(folded.encode("utf-8"), digest_size=8).digest(), "little")


def keys64(folded: list[str]) -> np.ndarray:
    """:func:`key64` of many forms, as an unsigned array."""
    return np.fromiter((key64(f) for f in folded), dtype=np.uint64, count=len(folded))


@dataclass
class Words:
    """A text's words as columns (one list per attribute: notes have hundreds of words, and a batch job looks at
    every one, so no object per word).

    ``forms`` are the words as written without a possessive ending (``Zara's`` is ``Zara``, with
    ``possessive`` set); ``folded`` their folded forms; ``gaps[i]`` the text between word ``i - 1`` and word ``i``
    (``gaps[0]`` is what precedes the first word, ``gaps[n]`` what follows the last).
    """

    text: str
    starts: list[int]
    ends: list[int]
    forms: list[str]
    possessive: list[bool]
    folded: list[str]

    def __len__(self) -> int:
        return len(self.forms)

    def gap(self, i: int) -> str:
        """The text before word ``i`` (after the previous word); ``i == len(self)`` gives the tail."""
        start = self.ends[i - 1] if i > 0 else 0
        end = self.starts[i] if i < len(self.starts) else len(self.text)
        return self.text[start:end]


def words(text: str) -> Words:
    """The text's words in order (a possessive ``'s`` is not part of the word: ``Zara's`` is ``Zara``)."""
    starts, ends, forms, possessive = [], [], [], []
    for m in WORD.finditer(text):
        start, end, word = m.start(), m.end(), m.group()
        poss = len(word) > 3 and word.endswith(_POSSESSIVE)
        if poss:
            end -= 2
            word = word[:-2]
        starts.append(start)
        ends.append(end)
        forms.append(word)
        possessive.append(poss)
    return Words(text, starts, ends, forms, possessive, [fold(w) for w in forms])


def shape(word: str) -> str:
    """``Xx`` (capitalised), ``XX`` (capitals), ``X`` (one capital), ``x`` (lower case) or ``xX`` (mixed)."""
    if word.isupper():
        return "X" if len(word) == 1 else "XX"
    if word.islower():
        return "x"
    if word[0].isupper() and (word[1:].islower() or not any(c.isupper() for c in word[1:].replace("'", ""))):
        return "Xx"
    # O'Neill, McDonald, Smith-Jones: capitalised parts
    parts = re.split(r"['’\-]", word)
    if all(p[:1].isupper() for p in parts if p):
        return "Xx"
    return "xX"


def recase(replacement: str, original: str) -> str:
    """``replacement`` written in the case style of ``original`` (a pseudonym for ``zara`` is lower case)."""
    kind = shape(original)
    if kind == "x":
        return replacement.lower()
    if kind in ("XX", "X") and len(original) > 1:
        return replacement.upper()
    return replacement
