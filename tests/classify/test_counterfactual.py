"""The gender swap is data of its own (issue #17, item 7): editing the synthetic world must not change real
predictions, and every word and name the swap uses comes from ``gender_swap.v1.yaml``."""

from __future__ import annotations

import yaml

from casenotes.classify.counterfactual import SWAP_FILE, swap_gender
from casenotes.data import data_path


def test_every_pair_in_the_swap_file_is_swapped_both_ways():
    data = yaml.safe_load(data_path(SWAP_FILE).read_text(encoding="utf-8"))
    first_word_pair = {}
    for a, b in data["words"]:
        first_word_pair.setdefault(a, b)
        first_word_pair.setdefault(b, a)
    for a, b in data["names"]:
        assert swap_gender(f"{a} rang {b}.") == f"{b} rang {a}."
    for word, other in first_word_pair.items():
        if word not in ("her", "f", "m"):  # 'her' depends on the next word; f/m only as capitals
            assert swap_gender(f"the {word} said") == f"the {other} said", word


def test_her_before_an_object_word_is_him_and_before_a_noun_is_his():
    data = yaml.safe_load(data_path(SWAP_FILE).read_text(encoding="utf-8"))
    word = data["her_object_before"][0]
    assert swap_gender(f"He told her {word} it") == f"She told him {word} it"
    assert swap_gender("He took her phone") == "She took his phone"


def test_the_synthetic_world_is_not_read_by_the_swap():
    import casenotes.classify.counterfactual as module

    assert "synth_world" not in module.__doc__ + open(module.__file__, encoding="utf-8").read()
