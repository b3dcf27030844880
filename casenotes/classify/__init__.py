"""Sentence classifiers for the four framings, behind one scikit-learn style interface.

``SentenceClassifier`` (and with it spaCy) is imported on first use, so that resolving and loading models by
name stays light for processes that never classify.
"""

from typing import Any

from casenotes.classify.registry import DEFAULT_MODEL, load_model

__all__ = ["SentenceClassifier", "load_model", "DEFAULT_MODEL"]


def __getattr__(name: str) -> Any:
    if name == "SentenceClassifier":
        from casenotes.classify.base import SentenceClassifier

        return SentenceClassifier
    raise AttributeError(f"module 'casenotes.classify' has no attribute {name!r}")
