"""Audit rubric: loading, validation and the mapping from sentence evidence to 1-4 scores."""

from __future__ import annotations

import pytest

from casenotes.audit import Rubric
from casenotes.errors import RubricError
from casenotes.schemas import DOMAINS


def test_default_rubric_loads_all_domains():
    rubric = Rubric.load()
    assert list(rubric.domains) == list(DOMAINS)
    assert rubric.version == "audit_rubric.v1" and rubric.scale == 4


def test_no_evidence_scores_the_floor_except_non_blaming():
    scores = Rubric.load().score([[], [], []])
    assert {d: s.score for d, s in scores.items()} == {
        "perpetrator_pattern": 1, "non_blaming_strengths": 3, "partnering_safety": 1, "child_harm_assessment": 1}


def test_strong_practice_scores_high_with_evidence():
    sentences = [["perpetrator_pattern"], ["perpetrator_pattern", "child_focus"], ["partnering"], ["partnering"],
                 ["child_focus"], []]
    scores = Rubric.load().score(sentences)
    assert {d: s.score for d, s in scores.items()} == {
        "perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 4}
    assert scores["perpetrator_pattern"].evidence == [0, 1]
    assert scores["partnering_safety"].evidence == [2, 3]


def test_blaming_lowers_non_blaming_and_partnering():
    scores = Rubric.load().score([["victim_blaming"], ["victim_blaming"], ["partnering"]])
    assert scores["non_blaming_strengths"].score == 2
    assert scores["partnering_safety"].score == 2


def test_rubric_with_unknown_label_is_rejected(tmp_path):
    text = Rubric.load().path.read_text().replace('evidence = ["child_focus"]', 'evidence = ["kids"]')
    bad = tmp_path / "rubric.toml"
    bad.write_text(text)
    with pytest.raises(RubricError, match="child_harm_assessment.*kids"):
        Rubric.load(bad)
