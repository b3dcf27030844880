"""The case-note spaCy pipeline: sentence splitting, lemmas, family roles and ConText."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casenotes.nlp import build_nlp


def sents(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize("text,expected", [
    ("Mr. Okafor seen at 10.30am. S.47 enquiry started.", ["Mr. Okafor seen at 10.30am.", "S.47 enquiry started."]),
    ("Seen approx. 3pm with Dr. Patel. Next visit booked.", ["Seen approx. 3pm with Dr. Patel.", "Next visit booked."]),
    ("Strategy meeting held\n- M seen\n- F not seen", ["Strategy meeting held", "- M seen", "- F not seen"]),
    ("HV completed\nkids seen alone\nno concerns", ["HV completed", "kids seen alone", "no concerns"]),
    ("C1 seen.mum said all fine", ["C1 seen.", "mum said all fine"]),
    ('She said "leave me alone." Then F left.', ['She said "leave me alone."', "Then F left."]),
    ("1. Referral to IDVA\n2. Core group on 03/04/25", ["1. Referral to IDVA", "2. Core group on 03/04/25"]),
])
def test_sentence_splitting(nlp, text, expected):
    assert sents(nlp, text) == expected


def test_lemmas_from_lookup_tables(nlp):
    doc = nlp("She allowed him back and the children were frightened")
    assert [t.lemma_ for t in doc if t.text in ("allowed", "children", "were")] == ["allow", "child", "be"]


def test_roles_resolve_by_agency_not_gender(nlp):
    doc = nlp("Mum hit Dad in front of the children. Dad called the police.")
    roles = {(s.text, s.label_) for s in doc.spans["roles"]}
    assert ("Mum", "PCH") in roles and ("Dad", "NAP") in roles and ("children", "CHILD") in roles


def test_roles_male_abuser(nlp):
    doc = nlp("F has threatened mum repeatedly. SW spoke to M alone.")
    roles = {(s.text, s.label_) for s in doc.spans["roles"]}
    assert ("F", "PCH") in roles and ("M", "NAP") in roles and ("SW", "PRACTITIONER") in roles


def test_unsettled_parents_stay_parent(nlp):
    doc = nlp("Mum and Dad attended the meeting.")
    assert {s.label_ for s in doc.spans["roles"]} == {"PARENT"}


def test_role_hints_from_people_table(nlp):
    doc = nlp.make_doc("Jordan came to the house and Riley answered.")
    doc._.role_hints = {"jordan": "PCH", "riley": "NAP"}
    doc = nlp(doc)
    assert {(s.text, s.label_) for s in doc.spans["roles"]} == {("Jordan", "PCH"), ("Riley", "NAP")}


def test_child_name_with_age_is_a_child(nlp):
    doc = nlp("Amara (7) seen at school.")
    assert [(s.text, s.label_) for s in doc.spans["roles"]] == [("Amara (7)", "CHILD")]


def test_context_negation_scope_stops_at_terminator(nlp):
    from casenotes.nlp.components import context_flags

    doc = nlp("No concerns about the baby but F hit mum.")
    flags = nlp.get_pipe("casenotes_context").ruleset.category_flags
    baby = [t.i for t in doc if t.text == "baby"][0]
    hit = [t.i for t in doc if t.text == "hit"][0]
    assert context_flags(doc, baby, baby + 1, flags)["is_negated"]
    assert not context_flags(doc, hit, hit + 1, flags)["is_negated"]


def test_context_hypothetical(nlp):
    from casenotes.nlp.components import context_flags

    doc = nlp("If he returns she will call the police.")
    flags = nlp.get_pipe("casenotes_context").ruleset.category_flags
    returns = [t.i for t in doc if t.text == "returns"][0]
    assert context_flags(doc, returns, returns + 1, flags)["is_hypothetical"]


def test_bad_context_rule_file_names_the_problem(tmp_path):
    from casenotes.errors import RuleFileError
    from casenotes.nlp.context import load_context_rules

    bad = tmp_path / "ctx.json"
    bad.write_text('{"category_flags": {"NEG": "is_negated"}, "context_rules": [{"literal": "no", "category": "NEG", "direction": "SIDEWAYS"}]}')
    with pytest.raises(RuleFileError, match="SIDEWAYS"):
        load_context_rules(bad)


def _reference_starts(doc) -> list[bool]:
    """The splitter's rules written token by token, as the component first did them (it now visits only the
    tokens that can end a sentence or a line)."""
    from casenotes.nlp.components import _BULLETS, _CLOSERS, _NUMBERED, _TERMINAL

    text, n = [t.text for t in doc], len(doc)
    newline = [t.is_space and "\n" in t.text for t in doc]

    def list_number(i):
        return (i > 0 and text[i] == "." and bool(_NUMBERED.match(text[i - 1] + "."))
                and (i == 1 or newline[i - 2]))

    starts = [i == 0 for i in range(n)]
    i = 0
    while i < n:
        tok = doc[i]
        if (tok.text in _TERMINAL or (tok.is_punct and tok.text.endswith((".", "!", "?")) and len(tok.text) <= 3)) \
                and not list_number(i):
            j = i + 1
            while j < n and (text[j] in _CLOSERS or text[j] in _TERMINAL):
                j += 1
            if j < n:
                starts[j] = True
            i = j
            continue
        if newline[i]:
            j = i + 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n:
                starts[j] = True
        i += 1
    for i in range(1, n):
        if newline[i - 1] and (text[i] in _BULLETS or _NUMBERED.match(text[i])):
            starts[i] = True
    return starts


_PIECES = st.lists(st.sampled_from(["Mum", "said", "1", "a", "2.", "b)", ".", "!", "?", "?!", "...", '"', "'", ")", "]",
                                    "-", "•", "o", "*", ">", " ", "  ", "\n", "\n\n", " \n ", "Mr.", "S.47", "x.",
                                    "…", "—", "\t", "F", "left", "!?", "?.", "..", "!!!", "?!?", "\u3000", "\u00a0"]),
                   max_size=40)
"""Note-like strings made of the tokens the splitter treats differently (punctuation, spaces, bullets...)."""


def _join(pieces: list[str]) -> str:
    return " ".join(pieces) if len(pieces) % 2 else "".join(pieces)


@settings(max_examples=300, deadline=None)
@given(_PIECES)
def test_sentence_starts_follow_the_rules_token_by_token(nlp, pieces):
    doc = nlp(_join(pieces))
    assert [t.is_sent_start for t in doc] == _reference_starts(doc)


@pytest.fixture(scope="module")
def text_only_nlp():
    return build_nlp({"annotate": False})


@settings(max_examples=300, deadline=None)
@given(_PIECES)
def test_text_only_pipeline_splits_as_the_full_one(nlp, text_only_nlp, pieces):
    """The pipeline for text-only models skips most lexical attributes; its sentences must not change."""
    text = _join(pieces)
    assert [(s.start_char, s.end_char) for s in text_only_nlp(text).sents] == \
           [(s.start_char, s.end_char) for s in nlp(text).sents]

