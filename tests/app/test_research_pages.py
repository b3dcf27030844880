"""The researcher's pages say why (issue #18, items 10 and 11): Notes shows the evidence behind each label, and
Models opens on the default model, marks superseded ones and shows external-set scores beside the gold test."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from casenotes.app.data import load_model_cards
from casenotes.classify.registry import DEFAULT_MODEL, models_dir
from tests.app.test_pages import run_page


def test_models_page_opens_on_the_default_and_marks_superseded_models(trial):
    at = run_page(trial["db"], "models")
    assert not at.exception, at.exception
    assert at.selectbox(key="models_pick").value == DEFAULT_MODEL
    table = at.dataframe[0].value.set_index("model")
    assert table.loc[DEFAULT_MODEL, "status"] == "default"
    assert table.loc["ensemble-v1", "status"] == "superseded by ensemble-v2"
    assert table.loc["linear-v2", "status"] == ""
    # the shipped cards hold no external-set scores yet: said so, not left blank or drawn as 0
    assert set(table["macro F1, external v2"]) == {"not measured"}
    assert table.loc[DEFAULT_MODEL, "macro F1, gold test"] == "0.906"
    at.selectbox(key="models_pick").set_value("ensemble-v1").run()
    assert any("superseded by ensemble-v2" in w.value for w in at.warning)


@pytest.fixture
def cards_with_external(tmp_path, monkeypatch):
    """Three shipped models' model.json (no weights: the page reads cards only), two of them with external-set
    scores in their cards, under CASENOTES_MODELS."""
    folder = tmp_path / "models"
    external = {"linear-v1": {"external_v2": {"macro_f1": 0.62}, "external_v1": {"macro_f1": 0.71}},
                "ensemble-v2": {"external_v2": {"macro_f1": 0.81}}}
    for name in ("ensemble-v2", "linear-v1", "rules-v1"):
        (folder / name).mkdir(parents=True)
        meta = json.loads((models_dir() / name / "model.json").read_text(encoding="utf-8"))
        if name in external:
            meta["card"]["external"] = external[name]
        (folder / name / "model.json").write_text(json.dumps(meta), encoding="utf-8")
        shutil.copy(models_dir() / name / "MODEL_CARD.md", folder / name)
    monkeypatch.setenv("CASENOTES_MODELS", str(folder))
    load_model_cards.clear()
    yield folder
    load_model_cards.clear()


def test_models_are_ranked_by_the_external_v2_set_where_cards_hold_it(trial, cards_with_external):
    at = run_page(trial["db"], "models")
    assert not at.exception, at.exception
    table = at.dataframe[0].value
    assert table["model"].tolist() == ["ensemble-v2", "linear-v1", "rules-v1"]
    assert table["macro F1, external v2"].tolist() == ["0.810", "0.620", "not measured"]
    assert table["macro F1, external v1"].tolist() == ["not measured", "0.710", "not measured"]


def test_a_malformed_model_status_file_is_one_coded_error(tmp_path):
    from casenotes.app.data import model_status
    from casenotes.errors import InputError

    bad = tmp_path / "status.json"
    bad.write_text(json.dumps({"superseded_by": {}}), encoding="utf-8")
    with pytest.raises(InputError, match=r"^\[E480\] Model status file 'status.json'"):
        model_status(bad)
