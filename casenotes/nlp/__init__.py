"""spaCy pipeline for case notes: tokenise, split sentences, lemmatise, tag family roles, add context."""

from casenotes.nlp.pipeline import build_nlp, sentence_chars

__all__ = ["build_nlp", "sentence_chars"]
