"""Sentence classifiers for the four framings, behind one scikit-learn style interface."""

from casenotes.classify.base import SentenceClassifier
from casenotes.classify.registry import DEFAULT_MODEL, load_model

__all__ = ["SentenceClassifier", "load_model", "DEFAULT_MODEL"]
