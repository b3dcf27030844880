"""The rules backend: estimator contract, evidence, persistence and its data file."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
from sklearn.base import clone

from casenotes.classify.rules import RulesClassifier, load_rules
from casenotes.classify.registry import load_model, models_dir
from casenotes.data import data_path
from casenotes.errors import ModelError, NotFittedError, RuleFileError
from casenotes.schemas import LABELS

SENTENCES = [
    "Mother failed to protect the children from F's violence.",
    "F has checked mum's phone every night and stopped her seeing her sister.",
    "Amara (7) told SW she hides under the bed when dad shouts.",
    "Safety plan made with Ms C, building on what she already does when he drinks.",
    "Visit booked for Tuesday at 10.30am.",
]


def test_fit_returns_self_and_sets_labels():
    model = RulesClassifier()
    assert model.fit() is model
    assert model.labels_ == LABELS


def test_use_before_fit_raises():
    with pytest.raises(NotFittedError):
        RulesClassifier().predict_proba(["x"])


def test_clone_keeps_hyperparameters():
    model = RulesClassifier(bias=-2.0, threshold=0.6)
    assert clone(model).get_params() == model.get_params()


def test_predict_proba_shape_and_column_order(rules_model):
    proba = rules_model.predict_proba(SENTENCES)
    assert proba.shape == (len(SENTENCES), len(LABELS))
    assert ((proba >= 0) & (proba <= 1)).all()
    expected = np.array([[1, 0, 0, 0], [0, 1, 0, 0], [0, 1, 1, 0], [0, 0, 0, 1], [0, 0, 0, 0]])
    assert (rules_model.predict(SENTENCES) == expected).all()


def test_evidence_spans_point_into_text(rules_model):
    for text, record in zip(SENTENCES, rules_model.classify(SENTENCES)):
        for ev in record["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]
            assert ev["label"] in record["labels"]


def test_save_load_round_trip(tmp_path, rules_model):
    rules_model.save(tmp_path / "m")
    again = load_model(tmp_path / "m")
    assert np.allclose(again.predict_proba(SENTENCES), rules_model.predict_proba(SENTENCES))


def test_negated_and_hypothetical_matches_are_ignored(rules_model):
    assert rules_model.classify(["No concerns that mum failed to protect."])[0]["labels"] == []
    # a threat aimed at her stays victim_blaming even when hypothetical
    assert "victim_blaming" in rules_model.classify(["If mum allows him back the LA will consider PLO."])[0]["labels"]


def test_shipped_model_carries_the_current_rules():
    shipped = (models_dir() / "rules-v1" / "rules.jsonl").read_text(encoding="utf-8")
    assert shipped == data_path("rules.v1.jsonl").read_text(encoding="utf-8"), "run `make models`"


def test_every_rule_example_gets_its_label(rules_model):
    rules, _ = load_rules()
    for rule in rules:
        for example in rule.get("examples", []):
            assert rule["label"] in rules_model.classify([example])[0]["labels"], (rule["id"], example)


def test_bad_rule_file_names_line_and_rule(tmp_path):
    bad = tmp_path / "rules.jsonl"
    bad.write_text(json.dumps({"id": "x.1", "label": "blame", "weight": 1, "phrases": ["a"]}) + "\n")
    with pytest.raises(RuleFileError, match=r"line 1 \(x.1\).*blame"):
        load_rules(bad)


def test_unknown_model_is_a_clear_error():
    with pytest.raises(ModelError, match="not found"):
        load_model("no-such-model")


def test_a_rules_file_without_rules_is_a_warning(tmp_path):
    """Valid but probably a mistake (issue #17, item 8): the classifier would give no label (W001)."""
    from casenotes.errors import CasenotesWarning

    empty = tmp_path / "rules.jsonl"
    empty.write_text("// every rule commented out\n\n")
    with pytest.warns(CasenotesWarning, match=r"\[W001\] rules.jsonl holds no rules"):
        assert load_rules(empty)[0] == []


def test_a_label_no_rule_can_give_is_a_warning(tmp_path):
    """W002: a rules file that covers only some labels never gives the others."""
    import warnings

    from casenotes.errors import CasenotesWarning

    some = tmp_path / "rules.jsonl"
    some.write_text("".join(json.dumps({"id": f"r.{label}", "label": label, "weight": 2, "phrases": [label]}) + "\n"
                            for label in LABELS[:2]))
    with pytest.warns(CasenotesWarning, match=rf"\[W002\] rules.jsonl has no rule for {re.escape(str(list(LABELS[2:])))}"):
        load_rules(some)
    with warnings.catch_warnings():
        warnings.simplefilter("error", CasenotesWarning)
        load_rules()  # the shipped rules give every label
