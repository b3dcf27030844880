"""Training sentences for the name detector: case-note sentences with their names marked, refilled with other
names in other forms.

Writers mark spans inline: ``[[P:Zara]]`` a person's name, ``[[S:...]]`` a school or nursery, ``[[A:...]]`` an
address or named place where someone lives. :func:`parse_marked` reads a line; :class:`Filler` writes it again
with names drawn from the lists (or invented: a listed name with letters changed, so that the detector learns
from context and shape, not from the lists alone), keeping each name's shape (first name, title + surname, full
name, initials) and case, and sometimes re-casing the name or the whole sentence (notes are written in lower
case on phones and in capitals in headings).
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from casenotes.deid.lexicon import Lexicon
from casenotes.deid.text import fold, shape, words
from casenotes.errors import InputError

_MARK = re.compile(r"\[\[([PSA]):(.+?)\]\]", re.S)
_TYPO_WORD = re.compile(r"\b[a-z]{4,}\b")
_INITIALS = re.compile(r"^(?:[A-Z]{2,3}|(?:[A-Z]\.\s?){2,3}|[A-Z](?: [A-Z]){1,2})$")


@dataclass(frozen=True)
class Span:
    kind: str  # P, S or A
    start: int
    end: int
    text: str


def parse_marked(line: str) -> tuple[str, list[Span]]:
    """The plain text of a marked line and its spans."""
    out, spans, pos = [], [], 0
    length = 0
    for m in _MARK.finditer(line):
        out.append(line[pos:m.start()])
        length += m.start() - pos
        content = m.group(2)
        spans.append(Span(m.group(1), length, length + len(content), content))
        out.append(content)
        length += len(content)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        at = text.find("[[") if "[[" in text else text.find("]]")
        raise InputError(f"[E265] A marked training line has an unclosed or malformed [[...]] mark (at character "
                         f"{at}).")
    return text, spans


def split_of(text: str, *, dev: float = 0.1, test: float = 0.1) -> str:
    """``train``, ``dev`` or ``test`` for a sentence, by a hash of its marked text (stable across runs)."""
    u = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big") / 2 ** 32
    return "test" if u < test else "dev" if u < test + dev else "train"


def held_out(folded: str, share: float = 0.2) -> bool:
    """Whether a listed name is kept out of training (test sentences use only these, and invented names)."""
    return int.from_bytes(hashlib.sha256(folded.encode("utf-8")).digest()[:4], "big") / 2 ** 32 < share


class Filler:
    """Refill marked sentences with other names.

    Args:
        lexicon: where names come from.
        names: ``"train"`` (listed names not held out) or ``"test"`` (held-out listed names).
        invented: share of names made up (a listed name with one or two letters changed, not in any list).
        keep: share of names left as the writer wrote them.
        typo_rate: share of the other words (four letters or more) given a typo.
        seed: random seed.
    """

    def __init__(self, lexicon: Lexicon, *, names: str = "train", invented: float = 0.25, keep: float = 0.15,
                 typo_rate: float = 0.03, seed: int = 0) -> None:
        self.lexicon = lexicon
        self.rng = random.Random(seed)
        want_held = names == "test"

        def pool(listed: frozenset[str]) -> list[str]:
            return sorted(n for n in listed if held_out(n) == want_held and len(n) > 1 and n.isalpha())

        self.first, self.surname = pool(lexicon.first), pool(lexicon.surname)
        self.invented = invented
        self.keep = keep
        self.typo_rate = typo_rate

    def _name(self, pool: list[str]) -> str:
        name = self.rng.choice(pool)
        if self.rng.random() < self.invented:
            name = self._invent(name)
        return name.capitalize()

    def _invent(self, name: str) -> str:
        """A name like ``name`` that is in neither list (letters changed)."""
        vowels, consonants = "aeiouy", "bcdfghjklmnprstvwz"
        for _ in range(20):
            chars = list(name)
            for _ in range(self.rng.choice((1, 2))):
                i = self.rng.randrange(len(chars))
                chars[i] = self.rng.choice(vowels if chars[i] in vowels else consonants)
            made = "".join(chars)
            if made not in self.lexicon.first and made not in self.lexicon.surname:
                return made
        return name

    def _initials(self, letters: list[str]) -> str:
        """Initials in one of the ways notes write them: ZO, Z.O., Z.O, Z O, zo, z.o."""
        letters = [c.upper() for c in letters]
        kind = self.rng.choice(("run", "run", "dots", "dots", "dots_open", "spaced", "lower", "lower_dots"))
        joined = {"run": "".join(letters), "dots": ".".join(letters) + ".", "dots_open": ".".join(letters),
                  "spaced": " ".join(letters), "lower": "".join(letters).lower(),
                  "lower_dots": ".".join(letters).lower() + "."}
        return joined[kind]

    def _typos(self, text: str) -> str:
        """Ordinary words mistyped now and then, as notes typed in a hurry have them (they are not names)."""
        def typo(m: re.Match[str]) -> str:
            word = m.group()
            if self.rng.random() >= self.typo_rate:
                return word
            i = self.rng.randrange(1, len(word) - 1)
            kind = self.rng.randrange(4)
            if kind == 0:
                return word[:i] + word[i + 1] + word[i] + word[i + 2:]
            if kind == 1:
                return word[:i] + word[i + 1:]
            if kind == 2:
                return word[:i] + word[i] + word[i:]
            return word[:i] + self.rng.choice("aeiourstnl") + word[i + 1:]
        return _TYPO_WORD.sub(typo, text) if self.typo_rate else text

    def _surname(self) -> str:
        name = self._name(self.surname)
        roll = self.rng.random()
        if roll < 0.05:
            return f"{name}-{self._name(self.surname)}"
        if roll < 0.08:
            return f"O'{name}"
        if roll < 0.10:
            return f"Mc{name}"
        return name

    def _like(self, original: str, after_title: bool) -> str:
        """A new name of the same kind and case as ``original``."""
        if self.rng.random() < self.keep:
            return original
        if _INITIALS.match(original):
            return self._initials([self._name(self.first)[0], self._name(self.surname)[0]])
        parts = original.split()
        folded = fold(parts[0])
        if len(parts) == 1:
            surname_like = after_title or (folded in self.lexicon.surname and folded not in self.lexicon.first)
            new = self._surname() if surname_like else self._name(self.first)
        else:
            middles = [self._name(self.first) for _ in parts[1:-1]]
            new = " ".join([self._name(self.first), *middles, self._surname()])
        kind = shape(original.replace(" ", "").replace(".", "") or "x")
        if kind == "x":
            return new.lower()
        if kind == "XX":
            return new.upper()
        return new

    def fill(self, line: str) -> tuple[str, list[tuple[int, int]]]:
        """The line's text with its names replaced, and the character spans of all its names."""
        text, spans = parse_marked(line)
        out, names, pos, length = [], [], 0, 0
        roll = self.rng.random()
        for span in spans:
            before = text[pos:span.start]
            before = self._typos(before)
            out.append(before)
            length += len(before)
            content = span.text
            if span.kind == "P":
                prev = words(text[:span.start])
                after_title = bool(len(prev)) and prev.folded[-1] in self.lexicon.titles
                content = self._like(span.text, after_title)
                form = self.rng.random()
                if form < 0.07:
                    content = content.lower()
                elif form < 0.14:
                    content = content.upper()
                elif form < 0.20 and len(content.split()) > 1:
                    content = self._initials([p[0] for p in content.split()])
                names.append((length, length + len(content)))
            out.append(content)
            length += len(content)
            pos = span.end
        out.append(self._typos(text[pos:]))
        filled = "".join(out)
        if roll < 0.08:
            filled = filled.lower()
        elif roll < 0.13:
            filled = filled.upper()
        return filled, names


def fill_all(lines: Sequence[str], filler: Filler, rounds: int) -> tuple[list[str], list[list[tuple[int, int]]]]:
    """Each line filled ``rounds`` times."""
    texts, spans = [], []
    for _ in range(rounds):
        for line in lines:
            text, names = filler.fill(line)
            texts.append(text)
            spans.append(names)
    return texts, spans
