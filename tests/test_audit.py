"""Audit rubric: loading, validation and the mapping from sentence evidence to 1-4 scores."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casenotes.audit import Rubric, note_features
from casenotes.data import data_path
from casenotes.errors import RubricError
from casenotes.schemas import DOMAINS, LABELS


def test_default_rubric_loads_all_domains():
    rubric = Rubric.load()
    assert list(rubric.domains) == list(DOMAINS)
    assert rubric.version == "audit_rubric.v4" and rubric.scale == 4


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


_ORDINAL = """
[domains.partnering_safety.ordinal]
weights = { n_partnering = 1.5, sum_p_partnering = 0.8, max_p_victim_blaming = -2.0, "n_partnering&child_focus" = 0.3 }
cutpoints = [0.4, 1.1, 2.0]
"""


@settings(max_examples=60, deadline=None)
@given(notes=st.lists(st.lists(st.tuples(st.sets(st.sampled_from(LABELS)),
                                         st.lists(st.floats(0, 1), min_size=4, max_size=4)), max_size=6),
                      max_size=8),
       ordinal=st.booleans())
def test_notes_scored_together_get_the_scores_each_gets_alone(tmp_path_factory, notes, ordinal):
    """The batch job scores a chunk's notes at once: note boundaries (empty notes too) must not leak."""
    rubric = Rubric.load()
    if ordinal:
        path = tmp_path_factory.mktemp("rubric") / "ordinal.toml"
        path.write_text(rubric.path.read_text() + _ORDINAL)
        rubric = Rubric.load(path)
    labels = [[sorted(s) for s, _ in note] for note in notes]
    probs = [[dict(zip(LABELS, p)) for _, p in note] for note in notes]
    flat = [s for note in notes for s in note]
    given = np.array([[label in s for label in LABELS] for s, _ in flat], dtype=bool).reshape(-1, len(LABELS))
    scores = np.array([p for _, p in flat], dtype=float).reshape(-1, len(LABELS))
    together = rubric.score_notes(given, scores, np.array([len(note) for note in notes], dtype=np.int64))
    for i, (note_labels, note_probs) in enumerate(zip(labels, probs)):
        alone = rubric.score(note_labels, note_probs)
        assert {d: (s.score, s.evidence) for d, s in alone.items()} == \
               {d: (int(s.scores[i]), s.evidence[i]) for d, s in together.items()}


def test_a_level_without_conditions_scores_every_note(tmp_path):
    path = tmp_path / "flat.toml"
    path.write_text('version = "flat"\nscale = 4\n' + "".join(
        f'[domains.{d}]\nevidence = ["partnering"]\nlevels = [{{ score = 2 }}]\n' for d in DOMAINS))
    scores = Rubric.load(path).score_notes(np.zeros((3, len(LABELS)), dtype=bool), None, np.array([2, 0, 1]))
    assert {d: s.scores.tolist() for d, s in scores.items()} == {d: [2, 2, 2] for d in DOMAINS}


def _reference_features(sentence_labels, sentence_probs=None):
    """note_features as first written, one note in plain Python (the batch form must give the same numbers)."""
    sets = [set(s) for s in sentence_labels]
    n = len(sets)
    feats = {"n_sentences": math.log1p(n)}
    for i, a in enumerate(LABELS):
        count = sum(a in s for s in sets)
        feats[f"n_{a}"] = math.log1p(count)
        feats[f"share_{a}"] = count / n if n else 0.0
        feats[f"any_{a}"] = float(count > 0)  # rubric v5 candidates: where in the note, the model's own labels
        at = [k for k, s in enumerate(sets) if a in s]
        feats[f"span_{a}"] = (at[-1] - at[0] + 1) / n if at else 0.0
        probs = [p.get(a, 0.0) for p in sentence_probs] if sentence_probs else [float(a in s) for s in sets]
        for b in LABELS[i + 1:]:
            feats[f"n_{a}&{b}"] = feats[f"n_{b}&{a}"] = math.log1p(sum(a in s and b in s for s in sets))
            other = [p.get(b, 0.0) for p in sentence_probs] if sentence_probs else [float(b in s) for s in sets]
            feats[f"max_p_{a}&{b}"] = feats[f"max_p_{b}&{a}"] = max(map(min, probs, other), default=0.0)
            feats[f"sum_p_{a}&{b}"] = feats[f"sum_p_{b}&{a}"] = math.log1p(sum(x * y for x, y in zip(probs, other)))
        feats[f"sum_p_{a}"] = math.log1p(sum(probs))
        feats[f"max_p_{a}"] = max(probs, default=0.0)
        feats[f"mean_p_{a}"] = sum(probs) / n if n else 0.0  # rubric v6 candidates: the share of probability mass
        feats[f"n_p30_{a}"] = math.log1p(sum(p >= 0.3 for p in probs))  # rubric v3: possible and clear sentences
        feats[f"n_p80_{a}"] = math.log1p(sum(p >= 0.8 for p in probs))
    return feats


def _reference_levels(rubric, sentence_labels):
    sets = [set(s) for s in sentence_labels]
    out = {}
    for key, rule in rubric.domains.items():
        counts = {c: sum(1 for s in sets if set(c) <= s) for lv in rule.levels for c in (*lv.min, *lv.max)}
        score = next((lv.score for lv in rule.levels if all(counts[k] >= v for k, v in lv.min.items())
                      and all(counts[k] <= v for k, v in lv.max.items())), 1)
        out[key] = (score, [i for i, s in enumerate(sets) if s & set(rule.evidence)])
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sets(st.sampled_from(LABELS)), st.lists(st.floats(0, 1), min_size=4, max_size=4)),
                max_size=12), st.booleans())
def test_one_note_scores_and_features_as_first_written(note, with_probs):
    labels = [sorted(s) for s, _ in note]
    probs = [dict(zip(LABELS, p)) for _, p in note] if with_probs else None
    assert note_features(labels, probs) == _reference_features(labels, probs)  # exactly, not approximately
    rubric = Rubric.load()
    assert {d: (s.score, s.evidence) for d, s in rubric.score(labels, probs).items()} == \
           _reference_levels(rubric, labels)


def test_clear_and_possible_sentences_are_counted_apart_from_the_threshold():
    """Rubric v3's features: sentences whose probability reaches 0.8 (clear) and 0.3 (possible), whatever the
    model's own threshold gave."""
    labels = [["victim_blaming"], ["victim_blaming"], [], []]
    probs = [{"victim_blaming": 0.95}, {"victim_blaming": 0.6}, {"victim_blaming": 0.35}, {"victim_blaming": 0.1}]
    feats = note_features(labels, probs)
    assert feats["n_victim_blaming"] == math.log1p(2)
    assert feats["n_p80_victim_blaming"] == math.log1p(1) and feats["n_p30_victim_blaming"] == math.log1p(3)
    assert feats["n_p80_partnering"] == feats["n_p30_partnering"] == 0.0


def test_v3_calibrates_on_clear_sentences():
    rubric = Rubric.load(data_path("audit_rubric.v3.toml"))
    assert "n_p80_victim_blaming" in rubric.domains["non_blaming_strengths"].calibration_features
    assert all(any(f.startswith("n_p80_") for f in rule.calibration_features) for rule in rubric.domains.values())
    assert Rubric.load(data_path("audit_rubric.v2.toml")).version == "audit_rubric.v2"  # the old version stays loadable


def test_v4_weighs_length_and_clear_blame_in_pattern_and_child_harm_only():
    """models/RESULTS.md, "Audit rubric v4": perpetrator_pattern and child_harm_assessment also weigh the note's
    length and its clearly blaming sentences; every other domain, every level and every floor is v3's."""
    v3, v4 = Rubric.load(data_path("audit_rubric.v3.toml")), Rubric.load(data_path("audit_rubric.v4.toml"))
    added = ("n_sentences", "n_p80_victim_blaming")
    for key in ("perpetrator_pattern", "child_harm_assessment"):
        assert v4.domains[key].calibration_features == (*v3.domains[key].calibration_features, *added)
    for key, rule in v4.domains.items():
        old = v3.domains[key]
        assert (rule.levels, rule.floors, rule.anchors, rule.evidence) == (old.levels, old.floors, old.anchors,
                                                                           old.evidence)
        if key not in ("perpetrator_pattern", "child_harm_assessment"):
            assert rule.calibration_features == old.calibration_features
    assert Rubric.load().path.name == "audit_rubric.v4.toml"


def test_v3_floor_no_blame_with_her_strengths_is_at_least_4(tmp_path):
    """Anchor 4 of non_blaming_strengths ("no blame, her strengths recorded") survives a calibrated mapping that
    would score the note lower; one blaming sentence takes the guarantee away."""
    text = Rubric.load(data_path("audit_rubric.v3.toml")).path.read_text(encoding="utf-8")
    low = text.replace("[domains.partnering_safety]", "[domains.non_blaming_strengths.ordinal]\n"
                       "weights = { n_p80_victim_blaming = 1.0 }\ncutpoints = [10.0, 11.0, 12.0]\n\n"
                       "[domains.partnering_safety]")
    (tmp_path / "low.toml").write_text(low, encoding="utf-8")
    rubric = Rubric.load(tmp_path / "low.toml")
    assert rubric.score([["partnering"], []])["non_blaming_strengths"].score == 4
    assert rubric.score([[], []])["non_blaming_strengths"].score == 3
    assert rubric.score([["partnering"], ["victim_blaming"]])["non_blaming_strengths"].score == 1
