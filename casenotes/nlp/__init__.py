"""spaCy pipeline for case notes: tokenise, split sentences, lemmatise, tag family roles, add context."""

from casenotes.nlp.pipeline import build_nlp

__all__ = ["build_nlp"]
