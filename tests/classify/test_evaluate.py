"""Evaluation, agreement and counterfactual tools, through the CLI and the library."""

from __future__ import annotations

import json

import numpy as np
import pytest

from casenotes.classify.counterfactual import swap_gender
from casenotes.classify.evaluate import agreement, metrics
from casenotes.schemas import LABELS


def write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_metrics_perfect_and_ci():
    Y = np.array([[1, 0, 0, 1], [0, 1, 0, 0], [0, 0, 1, 0], [1, 1, 1, 1]] * 5)
    result = metrics(Y, Y, n_boot=50)
    assert result["macro_f1"] == 1.0
    assert all(m["f1_ci"] == [1.0, 1.0] for m in result["labels"].values())
    assert result["confusions"] == []


@pytest.mark.parametrize("seed", range(6))
def test_metrics_are_sklearn_s_numbers_and_bootstrap(seed):
    """metrics computes precision, recall and F1 from counts (fast); they must be exactly what sklearn's
    precision_recall_fscore_support gives, on the sentences and on each bootstrap resample (the same resamples:
    the generator metrics draws them from), with empty labels and empty predictions among them."""
    from sklearn.metrics import precision_recall_fscore_support

    rng = np.random.default_rng(seed)
    n = int(rng.integers(5, 120))
    Y, P = (rng.random((n, 4)) < rng.uniform(0.05, 0.9)).astype(int), (rng.random((n, 4)) < 0.4).astype(int)
    Y[:, seed % 4] = 0 if seed % 2 else Y[:, seed % 4]
    P[:, (seed + 1) % 4] = 0
    got = metrics(Y, P, n_boot=40, seed=seed)
    boots = np.random.default_rng(seed).integers(0, n, size=(40, n))

    def sk(y, p):
        return precision_recall_fscore_support(y, p, average="binary", zero_division=0)[:3]

    for j, label in enumerate(LABELS):
        row = got["labels"][label]
        assert (row["precision"], row["recall"], row["f1"]) == tuple(float(v) for v in sk(Y[:, j], P[:, j]))
        lo, hi = np.percentile(np.array([sk(Y[b, j], P[b, j]) for b in boots]), [2.5, 97.5], axis=0)
        assert (row["precision_ci"], row["recall_ci"], row["f1_ci"]) == tuple([lo[k], hi[k]] for k in range(3))


def test_agreement_kappa_and_alpha():
    a = np.array([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 1], [0, 0, 0, 0]] * 10)
    b = a.copy()
    b[0, 0] = 0
    result = agreement(a, b)
    assert result["labels"]["perpetrator_pattern"]["cohen_kappa"] == pytest.approx(1.0)
    assert 0.8 < result["labels"]["victim_blaming"]["cohen_kappa"] < 1.0
    assert 0.8 < result["krippendorff_alpha_all_labels"] < 1.0


def test_swap_gender_round_trip_keeps_roles():
    assert swap_gender("Dad hit Mum and took her phone.") == "Mum hit Dad and took his phone."
    assert swap_gender("F told her to leave.") == "M told him to leave."
    assert swap_gender("Visit booked.") == "Visit booked."


def test_swap_gender_edge_cases():
    """Only whole tokens change, "her" looks at the next word only across whitespace, case is kept."""
    assert swap_gender("HER phone; her. Phone") == "HIS phone; him. Phone"
    assert swap_gender("with her\u00a0car and her-") == "with his\u00a0car and her-"
    assert swap_gender("Dad's boyfriend's herself mothers") == "Mum's girlfriend's himself fathers"
    assert swap_gender("m and f, M and F, mum") == "m and f, F and M, dad"
    assert swap_gender("sheep shed mum-ish") == "sheep shed mum-ish"


def test_evaluate_and_agreement_cli(tmp_path, cli):
    rows = [{"id": "a", "text": "Mother failed to protect the children.", "labels": ["victim_blaming"], "split": "test"},
            {"id": "b", "text": "Visit booked for Tuesday.", "labels": [], "split": "test"},
            {"id": "c", "text": "F controls the money and checks her phone.", "labels": ["perpetrator_pattern"], "split": "test"}]
    data = write(tmp_path / "gold.jsonl", rows)
    result = cli("evaluate", "--model", "rules-v1", "--data", data, "--split", "test", "--json")
    got = json.loads(result.stdout)
    assert got["n"] == 3 and set(got["labels"]) == {"victim_blaming", "perpetrator_pattern", "child_focus", "partnering"}
    second = write(tmp_path / "b.jsonl", [{**r, "labels": []} if r["id"] == "c" else r for r in rows])
    text = cli("agreement", data, second).stdout
    assert "3 sentences labelled by both" in text and "kappa" in text


@pytest.mark.slow
def test_train_linear_writes_model_and_card(tmp_path, cli):
    from tests.classify.test_contract import TEXTS, Y
    from casenotes.schemas import LABELS

    rows = [{"id": f"s{i}", "text": t, "labels": [l for l, v in zip(LABELS, y) if v],
             "split": "test" if i % 4 == 0 else "train"} for i, (t, y) in enumerate(zip(TEXTS, Y))]
    data = write(tmp_path / "gold.jsonl", rows)
    cli("train", "--backend", "linear", "--data", data, "--out", tmp_path / "lin")
    card = (tmp_path / "lin" / "MODEL_CARD.md").read_text()
    assert "## Evaluation" in card and "macro" in card and "Counterfactual flip rate" in card
    meta = json.loads((tmp_path / "lin" / "model.json").read_text())
    assert meta["backend"] == "linear.v1" and meta["card"]["training_data"]["sentences"] == len(rows) - 10


def test_train_write_card_evaluate_and_agreement_are_library_calls(tmp_path):
    """Issue #17, item 5: the commands' work is a library function each (casenotes.classify), silent, returning
    what the command prints."""
    from casenotes.classify.evaluate import evaluate_model, file_agreement
    from casenotes.classify.model_card import write_card
    from casenotes.classify.train import train
    from casenotes.errors import InputError

    rows = [{"id": "a", "text": "Mother failed to protect the children.", "labels": ["victim_blaming"], "split": "test"},
            {"id": "b", "text": "Visit booked for Tuesday.", "labels": [], "split": "test"},
            {"id": "c", "text": "F controls the money and checks her phone.", "labels": ["perpetrator_pattern"],
             "split": "test"}]
    data = write(tmp_path / "gold.jsonl", rows)
    card = train("rules", tmp_path / "m")
    assert card["name"] == "m" and "evaluation" not in card
    card = write_card(tmp_path / "m", card, data=data)
    assert json.loads((tmp_path / "m" / "model.json").read_text())["card"]["evaluation"]["n"] == 3
    assert "## Evaluation" in (tmp_path / "m" / "MODEL_CARD.md").read_text()
    again = evaluate_model(tmp_path / "m", data, split="test")
    assert again["macro_f1"] == pytest.approx(card["evaluation"]["macro_f1"]) and "fairness" in again
    other = write(tmp_path / "b.jsonl", [{**r, "labels": []} if r["id"] == "c" else r for r in rows])
    assert file_agreement(data, other)["n"] == 3
    with pytest.raises(InputError, match=r"\[E125\]"):
        file_agreement(data, write(tmp_path / "c.jsonl", [{**rows[0], "id": "z"}]))
    for backend, kwargs, code in (("bogus", {}, "E110"), ("linear", {}, "E111"), ("rules", {"extra": [data]}, "E112"),
                                  ("linear", {"members": ["rules-v1"]}, "E113")):
        with pytest.raises(InputError, match=rf"\[{code}\]"):
            train(backend, tmp_path / "x", **kwargs)
