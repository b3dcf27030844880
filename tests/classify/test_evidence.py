"""Evidence a reader recognises as the reason (issue #21): never function words alone, the linear model's
phrases for the sentence at hand, and plausibility against human rationales computed as ERASER does."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casenotes.classify.evaluate import plausibility, rationale_match, read_rationales
from casenotes.classify.explain import load_settings, phrases, words
from casenotes.data import data_path
from casenotes.classify.registry import models_dir
from casenotes.errors import InputError, RuleFileError
from casenotes.schemas import LABELS
from tests.classify.shipped import OUTPUTS, live_models

ROOT = Path(__file__).resolve().parents[2]
GOLD_TEST = [r["text"] for r in map(json.loads, (ROOT / "annotation" / "gold" / "sentences.v1.jsonl").open())
             if r.get("split") == "test"]
RATIONALES = ROOT / "annotation" / "rationales" / "rationales.v1.jsonl"
def needs(model: str) -> None:
    backend = json.loads((models_dir() / model / "model.json").read_text())["backend"]
    if backend.startswith(("transformer", "ensemble")):
        pytest.importorskip("torch")


def stopword_only(records: list[list[dict]], texts: list[str]) -> list[str]:
    settings = load_settings()
    return [e["text"] for ev, text in zip(records, texts) for e in ev
            if not any(settings.is_content(w) for w in re.findall(r"\w[\w'-]*", text[e["start"]:e["end"]]))]


@pytest.mark.parametrize("model", live_models())
def test_no_stopword_only_span_over_the_gold_test_sentences(model):
    """What `casenotes classify` shows by default, over every gold test sentence, and every label's full
    evidence (a transformer's occlusion) over the first 40."""
    from casenotes.classify import load_model

    needs(model)
    loaded = load_model(model)
    shown = [rec["evidence"] for rec in loaded.classify(GOLD_TEST)]
    assert sum(map(len, shown)) > 50
    assert stopword_only(shown, GOLD_TEST) == []
    assert stopword_only(loaded.evidence(GOLD_TEST[:40], mode="full"), GOLD_TEST[:40]) == []


@pytest.mark.parametrize("model", sorted(p.stem for p in OUTPUTS.glob("*.jsonl")))
def test_no_stopword_only_span_in_any_shipped_models_saved_outputs(model):
    """Every shipped model's `classify` evidence for the first 200 gold test sentences, as saved (and reproduced
    by test_shipped_models; a bfloat16 model measured only in float32 is pinned by its sibling's)."""
    gold = {r["id"]: r["text"] for r in map(json.loads, (ROOT / "annotation" / "gold" / "sentences.v1.jsonl").open())}
    saved = [json.loads(line) for line in (OUTPUTS / f"{model}.jsonl").open(encoding="utf-8")]
    shown, texts = [row["evidence"] for row in saved], [gold[row["id"]] for row in saved]
    assert sum(map(len, shown)) > 10
    assert stopword_only(shown, texts) == []


def test_linear_evidence_is_content_phrases_of_the_sentence():
    from casenotes.classify import load_model

    text = "Mum has failed to protect the children by allowing him back into the family home again."
    model = load_model("linear-v2")
    [record] = model.classify([text])
    assert "victim_blaming" in record["labels"]
    spans = [e for e in record["evidence"] if e["label"] == "victim_blaming"]
    assert spans and stopword_only([spans], [text]) == []
    # a phrase, not a single heavy word: several words, at least one of them not a function word
    assert any(len(e["text"].split()) >= 2 for e in spans)
    assert any("protect" in e["text"] or "allowing" in e["text"] for e in spans)


def test_token_and_iou_f1_on_a_hand_made_case():
    text = "He hit her and she called the police."
    #       words: He(0) hit(1) her(2) and(3) she(4) called(5) the(6) police(7)
    got = rationale_match(text, [(0, 10)], [(3, 6)])  # "He hit her" against "hit"
    assert got["token_precision"] == pytest.approx(1 / 3) and got["token_recall"] == 1.0
    assert got["token_f1"] == pytest.approx(0.5)
    assert got["iou_f1"] == 0.0  # IOU 1/3 < 0.5
    got = rationale_match(text, [(3, 10), (19, 37)], [(0, 6), (19, 25)])  # "hit her", "called the police"
    # tokens: predicted {1, 2, 5, 6, 7}, human {0, 1, 5}: 2 shared
    assert got["token_f1"] == pytest.approx(2 * (2 / 5) * (2 / 3) / (2 / 5 + 2 / 3))
    # spans: "hit her" vs "He hit" IOU 1/3 (miss); "called the police" vs "called" IOU 1/3 (miss)
    assert got["iou_f1"] == 0.0
    got = rationale_match(text, [(3, 10)], [(3, 6), (29, 37)])  # "hit her" vs "hit": IOU 1/2, a hit
    assert got["iou_f1"] == pytest.approx(2 * 1 * 0.5 / 1.5)
    assert rationale_match(text, [], [(3, 6)]) == {"token_precision": 0.0, "token_recall": 0.0, "token_f1": 0.0,
                                                   "iou_f1": 0.0}


class _Fixed:
    """A stand-in model with fixed evidence and decisions."""

    labels_ = ("victim_blaming", "child_focus")

    def evidence(self, texts, *, mode):
        return [[{"label": "victim_blaming", "start": 3, "end": 6}], []]

    def predict(self, texts):
        import numpy as np

        return np.array([[1, 0], [0, 1]])


def test_plausibility_averages_lines_per_label():
    rows = [{"id": "a", "text": "He hit her.", "label": "victim_blaming", "rationale": [[3, 6]]},
            {"id": "b", "text": "She cried.", "label": "child_focus", "rationale": [[4, 9]]}]
    got = plausibility(_Fixed(), rows)
    assert got["labels"]["victim_blaming"]["token_f1"] == 1.0 and got["labels"]["child_focus"]["token_f1"] == 0.0
    assert got["all"]["token_f1"] == 0.5 and got["all"]["evidence"] == 0.5 and got["all"]["given"] == 1.0
    assert got["labels"]["child_focus"]["token_f1_given"] == 0.0


@pytest.mark.parametrize(("name", "source", "labels", "every_positive"), [
    ("rationales.v1.jsonl", "external_v2", "labels.jsonl", False),  # development: a selection of pairs
    ("rationales.v2.jsonl", "external_v3", "labels_a.jsonl", True),  # held out: build_v2.py, every positive label
])
def test_the_rationale_file_is_the_one_delivered_and_its_offsets_are_valid(name, source, labels, every_positive):
    path = RATIONALES.parent / name
    readme = (RATIONALES.parent / "README.md").read_text()
    assert hashlib.sha256(path.read_bytes()).hexdigest() in readme
    rows = read_rationales(path)
    assert len({r["id"] for r in rows}) >= 200
    sentences = {r["id"]: r["text"] for r in map(json.loads, (ROOT / "annotation" / source /
                                                            "sentences.jsonl").open())}
    labels = {r["id"]: r for r in map(json.loads, (ROOT / "annotation" / source / labels).open())}
    if every_positive:
        assert {(r["id"], r["label"]) for r in rows} == {(i, label) for i, r in labels.items() for label in LABELS
                                                         if r[label] == 1}
    for r in rows:
        assert r["text"] == sentences[r["id"]] and labels[r["id"]][r["label"]] == 1, r["id"]
        for start, end in r["rationale"]:
            # spans start and end on word boundaries, without surrounding space
            assert not r["text"][start].isspace() and not r["text"][end - 1].isspace(), r["id"]
            assert start == 0 or not (r["text"][start - 1].isalnum() and r["text"][start].isalnum()), r["id"]
            assert end == len(r["text"]) or not (r["text"][end - 1].isalnum() and r["text"][end].isalnum()), r["id"]


def test_a_bad_rationale_line_is_named(tmp_path):
    bad = tmp_path / "r.jsonl"
    bad.write_text(json.dumps({"id": "x1", "text": "He hit her.", "label": "victim_blaming",
                               "rationale": [[3, 40]]}) + "\n")
    with pytest.raises(InputError, match=r"\[E472\] r.jsonl line 1 \(id x1\)"):
        read_rationales(bad)


def test_a_bad_evidence_settings_file_is_refused(tmp_path):
    bad = tmp_path / "evidence.toml"
    bad.write_text("[phrases]\nmin_share = 0\nbridge = 1\nmax_phrases = 3\n[stopwords]\nwords = 'a the'\n")
    with pytest.raises(RuleFileError, match="E470"):
        load_settings(bad)


def test_evaluate_rationales_and_classify_evidence_on_the_command_line(tmp_path):
    done = subprocess.run(["casenotes", "evaluate", "--model", "linear-v2", "--rationales", str(RATIONALES),
                           "--json"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)["plausibility"]
    assert got["all"]["n"] == len(read_rationales(RATIONALES)) and 0 < got["all"]["token_f1"] < 1
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "s1", "text": "Mum failed to protect the children."}) + "\n")
    done = subprocess.run(["casenotes", "classify", str(source), "-o", str(tmp_path / "out.jsonl"),
                           "--evidence", "everything"], capture_output=True, text=True)
    assert done.returncode == 2 and "everything" in done.stderr


def test_the_card_plausibility_is_reproduced():
    """The Evidence plausibility section of a card (models/add_plausibility.py) is what `casenotes evaluate
    --rationales` measures today, on both rationale files."""
    from casenotes.classify.evaluate import evaluate_rationales

    cards = json.loads((models_dir() / "linear-v2" / "model.json").read_text())["card"]["plausibility"]
    assert list(cards) == ["rationales.v1.jsonl", "rationales.v2.jsonl"]
    text = (models_dir() / "linear-v2" / "MODEL_CARD.md").read_text()
    for file, card in cards.items():
        got = evaluate_rationales("linear-v2", RATIONALES.parent / file, mode=card["mode"])
        assert card["settings"] == load_settings().source
        assert got["all"]["token_f1"] == pytest.approx(card["all"]["token_f1"], abs=1e-9)
        for label, m in card["labels"].items():
            assert got["labels"][label]["iou_f1"] == pytest.approx(m["iou_f1"], abs=1e-9), label
        assert f"`{file}`" in text and f"| **all** | {card['all']['n']} |" in text
        assert f"{card['all']['token_f1']:.3f}" in text
    # the numbers under the previous settings (annotation/rationales/plausibility_before.json) are the last rows
    before = json.loads((models_dir() / "linear-v2" / "model.json").read_text())["card"]["plausibility_before"]
    assert before["settings"] == "evidence.v1.toml" and list(before["results"]) == list(cards)
    assert text.count("| all, before (`evidence.v1.toml`) |") == 2


SENTENCE = "Ms Doyle has once again allowed Mr Brannigan back into the property despite being advised of the risks."


def only(word: str, text: str = SENTENCE) -> tuple[list[tuple[int, int]], list[float]]:
    """The sentence's words and attributions with all the weight on one word."""
    spans = words(text)
    return spans, [1.0 if text[a:b] == word else 0.0 for a, b in spans]


def test_a_phrase_widens_into_its_clause_and_stops_at_its_end():
    """Issue #21: evidence was fragments ("allowed") where a reader marks the phrase; v2 widens a phrase by up
    to `reach` words each side, never past a clause word ("despite") or clause punctuation, and trims it back to
    content words."""
    settings = load_settings()
    assert settings.source == "evidence.v2.toml" and settings.reach == 3
    [got] = phrases(SENTENCE, *only("allowed"), label="victim_blaming", rule="t", settings=settings)
    assert got["text"] == "allowed Mr Brannigan back"  # "once again": function words, trimmed
    [got] = phrases(SENTENCE, *only("property"), label="victim_blaming", rule="t", settings=settings)
    assert got["text"] == "back into the property"  # "despite" opens the next clause
    text = "Mum rang the police, and kept the children upstairs until officers arrived."
    [got] = phrases(text, *only("police", text), label="partnering", rule="t", settings=settings)
    assert got["text"] == "Mum rang the police"  # the comma ends the clause


def test_the_v1_settings_still_cut_the_v1_phrases():
    """evidence.v1.toml reproduces the evidence of the cards measured before v2: no widening."""
    settings = load_settings(data_path("evidence.v1.toml"))
    assert settings.reach == 0
    [got] = phrases(SENTENCE, *only("allowed"), label="victim_blaming", rule="t", settings=settings)
    assert got["text"] == "allowed"


@given(st.lists(st.floats(-2, 2, allow_nan=False), min_size=18, max_size=18), st.integers(0, 6))
def test_no_widened_phrase_is_function_words_alone_or_leaves_its_clauses(scores, reach):
    settings = dataclasses.replace(load_settings(), reach=reach)
    spans = words(SENTENCE)
    assert len(spans) == len(scores)
    for e in phrases(SENTENCE, spans, scores, label="victim_blaming", rule="t", settings=settings):
        inside = [SENTENCE[a:b] for a, b in spans if e["start"] <= a and b <= e["end"]]
        assert settings.is_content(inside[0]) and settings.is_content(inside[-1])
        assert not ("Brannigan" in inside and "risks" in inside and "despite" not in inside)


def test_a_bad_clauses_table_is_refused(tmp_path):
    bad = tmp_path / "evidence.toml"
    bad.write_text("[phrases]\nmin_share = 0.4\nbridge = 1\nmax_phrases = 3\nreach = 3\n[clauses]\nwords = 'but'\n"
                   "marks = ','\n[stopwords]\nwords = 'a the'\n")
    with pytest.raises(RuleFileError, match=r"\[E622\] evidence.toml: \[clauses\]"):
        load_settings(bad)


def test_the_default_model_s_evidence_is_plausible_on_the_development_rationales():
    """Issue #21's goal, token F1 >= 0.5, for what `casenotes classify` shows by default (the default model's
    fast evidence) on the set the settings were developed on, without marking whole sentences."""
    from casenotes.classify.registry import DEFAULT_MODEL

    needs(DEFAULT_MODEL)
    done = subprocess.run(["casenotes", "evaluate", "--model", DEFAULT_MODEL, "--rationales", str(RATIONALES),
                           "--evidence", "fast", "--json"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)["plausibility"]["all"]
    assert got["token_f1"] >= 0.5 and got["token_precision"] >= 0.6 and got["length_share"] <= 0.7
