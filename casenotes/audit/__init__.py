"""Audit-domain scoring: the rubric (evidence -> 1-4 scores), calibration to human auditors, case-level scores."""

from casenotes.audit.rubric import DomainScore, Rubric, note_features

__all__ = ["DomainScore", "Rubric", "note_features"]
