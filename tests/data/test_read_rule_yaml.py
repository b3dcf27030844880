"""Every YAML data file is read by ``casenotes.data.read_rule_yaml`` (issue #16, robustness): a file that is not
YAML, or not UTF-8, is its family's coded error on one line naming the file and where the parser stopped, never a
``yaml.YAMLError`` traceback. Shipped files are only ever edited copies here, passed as paths."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import spacy

from casenotes.app.data import guess_mapping
from casenotes.classify.counterfactual import _load as load_gender_swap
from casenotes.data import read_rule_yaml
from casenotes.deid import Pseudonymiser
from casenotes.deid.identifiers import load_patterns
from casenotes.deid.lexicon import Lexicon
from casenotes.deid.people import load_diminutives
from casenotes.deid.places import PlaceRules
from casenotes.deid.sweep import Sweep
from casenotes.errors import CODES, InputError, RuleFileError
from casenotes.nlp.components import RoleTagger, load_abbreviations
from casenotes.schemas import load_domains, load_labels
from casenotes.synth import Generator, load_templates

BROKEN = "version: 1\nwords: a: b\n"
"""Not YAML: a mapping value where none is allowed (line 2, column 9)."""

READERS: list[tuple[str, Callable[[Path], Any], str]] = [
    ("identifier patterns", load_patterns, "E030"),
    ("places", PlaceRules.load, "E267"),
    ("residual sweep", Sweep.load, "E543"),
    ("diminutives", load_diminutives, "E266"),
    ("word-list config", Lexicon.load, "E260"),
    ("abbreviations", load_abbreviations, "E045"),
    ("role lexicon", lambda p: RoleTagger(spacy.blank("en"), lexicon=str(p)), "E046"),
    ("synth templates", load_templates, "E546"),
    ("synth world", lambda p: Generator(world=p), "E547"),
    ("pseudonym pool", lambda p: Pseudonymiser(key=b"k" * 32, pseudonyms=p, detector=None), "E548"),
    ("gender swap", load_gender_swap, "E549"),
    ("labels", load_labels, "E530"),
    ("domains", load_domains, "E550"),
    ("column names", lambda p: guess_mapping(["note_id"], p), "E482"),
]
RAISED_AS = {c.code: c.raised_as for c in CODES}


@pytest.mark.parametrize("read,code", [r[1:] for r in READERS], ids=[r[0] for r in READERS])
def test_a_file_that_is_not_yaml_is_its_coded_error_on_one_line(tmp_path: Path, read, code):
    path = tmp_path / "edited.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(RAISED_AS[code]) as caught:
        read(path)
    message = str(caught.value)
    assert message.startswith(f"[{code}] edited.yaml is not valid YAML (line 2, column 9: "), message
    assert "\n" not in message


@pytest.mark.parametrize("error", [RuleFileError, InputError])
def test_a_file_that_is_not_utf8_names_the_byte(tmp_path: Path, error):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("words: [caf\u00e9]\n".encode("latin-1"))
    with pytest.raises(error, match=re.escape("[E543] latin1.yaml is not UTF-8 text (byte 11)")):
        read_rule_yaml(path, "deid_sweep.v1.yaml", "E543", error=error)


def test_an_empty_file_reads_as_an_empty_mapping(tmp_path: Path):
    path = tmp_path / "empty.yaml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    assert read_rule_yaml(path, "deid_sweep.v1.yaml", "E543") == (path, {})
