"""Assemble the casenotes spaCy pipeline from a config dict; component logic lives in ``components.py``."""

from __future__ import annotations

import re
from typing import Any

import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

import casenotes.nlp.components  # noqa: F401  (registers the casenotes_* factories)
from casenotes.nlp.components import load_abbreviations

DEFAULT_CONFIG: dict[str, Any] = {
    "base": "blank",
    "abbreviations": "default",
    "lemmatizer": True,
    "roles": {"lexicon": "default"},
    "context": {"rules": "default", "max_scope": 8},
    "annotate": True,
}
"""``annotate: False`` stops after sentence splitting (no lemmas, roles or ConText): enough for a classifier that
reads only the text, and several times faster."""


def build_nlp(config: dict[str, Any] | None = None) -> Language:
    """Build the case-note pipeline.

    Args:
        config: overrides of :data:`DEFAULT_CONFIG`. ``base`` is ``"blank"`` (``spacy.blank("en")``) or the
            name of an installed trained pipeline to build on (its own sentence splitting is replaced).

    Returns:
        A spaCy ``Language`` with tokenizer special cases for case-note abbreviations and the components
        ``casenotes_sentences``, ``lemmatizer`` (lookup tables from spacy-lookups-data), ``casenotes_roles``
        and ``casenotes_context``.
    """
    cfg = {**DEFAULT_CONFIG, **(config or {})}
    if cfg["base"] == "blank":
        nlp = spacy.blank("en")
    else:
        nlp = spacy.load(cfg["base"], exclude=["parser", "senter", "sentencizer"])
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer), "an English pipeline has spaCy's rule-based tokenizer"
    for abbr in load_abbreviations(cfg["abbreviations"]):
        tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    # "seen.mum said" -> "seen . mum": a stop typed without a following space still ends a sentence.
    infixes = list(nlp.Defaults.infixes or ()) + [r"(?<=[a-z]{2})\.(?=[A-Za-z]{2})"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # Only explicit links are URLs; spaCy's default also swallows "seen.mum" as a domain name.
    tokenizer.url_match = re.compile(r"^(?:https?://|www\.)\S+$").match
    nlp.add_pipe("casenotes_sentences", first=True)
    if not cfg["annotate"]:
        if cfg["base"] == "blank":
            # the splitter is all that runs, and it reads no lexical attribute but these two: spaCy would work out
            # the rest (norm, shape, prefix, suffix, ...) for every token string it has not seen, and notes bring
            # new ones (typos, times, references) all the time. A trained base keeps them: its models read them
            # (lex_attr_getters is missing from the stub of spaCy's Cython Vocab)
            getters = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]
            nlp.vocab.lex_attr_getters = {attr: getters[attr] for attr in (IS_PUNCT, IS_SPACE)}  # type: ignore[attr-defined]
        return nlp
    if cfg["lemmatizer"] and "lemmatizer" not in nlp.pipe_names:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    nlp.add_pipe("casenotes_roles", config=cfg["roles"])
    nlp.add_pipe("casenotes_context", config=cfg["context"])
    return nlp

