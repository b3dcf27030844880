"""Suggested rewordings come from the nearest victim-blaming example of a contrast pair."""

from __future__ import annotations

import json

from casenotes.data import data_path
from casenotes.rewording import Rewordings


def test_nearest_blaming_example_gives_its_partner():
    r = Rewordings()
    examples = [json.loads(l) for l in data_path("rewordings.v1.jsonl").read_text().splitlines()]
    assert len(examples) >= 200
    for e in examples[:25]:
        got = r.suggest(e["blaming"])
        assert got is not None and got.pair_id == e["pair_id"] and got.rewording == e["rewording"]
        assert got.similarity > 0.99 and "victim_blaming" not in got.rewording_labels


def test_a_paraphrase_finds_its_situation_and_unrelated_text_gets_nothing():
    r = Rewordings()
    got = r.suggest("mum failed to protect the kids from witnessing the assault")
    assert got is not None and "failed to protect" in got.blaming_example.lower()
    assert r.suggest("Interpreter booked for Tuesday.") is None
