"""The residual sweep (issue #16, round 5): identifier-shaped tokens in formats no pattern was written for go,
shapes that name no one stay, and a bad sweep file is a coded error. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from casenotes.deid import Pseudonymiser
from casenotes.deid.sweep import Sweep
from casenotes.errors import RuleFileError

SWEEP = Sweep.load()


@pytest.mark.parametrize("rule", SWEEP.rules, ids=lambda r: r.id)
def test_each_rule_finds_its_examples_and_not_its_counterexamples(rule):
    assert rule.examples
    assert all(SWEEP.find(text, []) for text in rule.examples)
    assert not [text for text in rule.counterexamples if SWEEP.find(text, [])]


@pytest.mark.parametrize("text,secrets", [
    ("Her locker at the unit is coded WQ83K and the key is with staff", ["WQ83K"]),
    ("The canal permit (no. BW 77310) expires in May", ["77310"]),
    ("referred to the SWMARAC 26-012 panel", ["26-012"]),
    ("referred on to the NEMARAC 4471 panel", ["4471"]),
    ("the fob number is 4471 for the flat", ["4471"]),
    ("Gaming name zed.k.2011 on his console", ["zed.k.2011", "2011"]),
    ("account bex.t.99 keeps messaging her", ["bex.t.99"]),
    ("Xbox tag r4z0r.k on the console", ["r4z0r"]),
])
def test_unseen_identifier_shapes_go(deid, text, secrets):
    out = deid(text)
    assert not [s for s in secrets if s in out]


@pytest.mark.parametrize("text", [
    "Took 500mg paracetamol at 10am and 2pm; 24hrs later still 38.5 degrees",
    "Y6 and KS2 SATs in May; Year10 options; U18s on Saturdays",
    "Stuck on the M25 then the A127; iPhone13 cracked; wants a PS5",
    "Section 47 (s47) and s.20 discussed; COVID-19 rules; scored 3/10",
    "Rent £650pcm, 20k debt; born in the 1990s; 2019-20 school year; on the 22nd",
    "the v2.1.3 plan, see p.12 and report.final.pdf, e.g. the GCSE 2025 grades",
])
def test_shapes_that_name_no_one_stay(deid, text):
    assert deid(text) == text


def test_the_sweep_can_be_switched_off():
    text = "Her locker at the unit is coded WQ83K"
    assert Pseudonymiser(key=b"s" * 32, sweep=None)(text) == text
    assert "deid_sweep.v1.yaml" in Pseudonymiser(key=b"s" * 32).data_files


@pytest.mark.parametrize("body,code", [
    ("rules: [1\n", "E543"),
    ("version: 1\nshapes: []\n", "E543"),
    ("rules:\n  - id: x.v1\n    entity: ID\n", "E543"),
    ("rules:\n  - id: x.v1\n    entity: ID\n    regex: '(unclosed'\n", "E544"),
    ("keep:\n  - id: k.v1\n    regex: '[bad'\n", "E544"),
])
def test_a_bad_sweep_file_is_a_coded_error(tmp_path: Path, body, code):
    path = tmp_path / "sweep.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RuleFileError, match=rf"\[{code}\] sweep.yaml"):
        Sweep.load(path)
