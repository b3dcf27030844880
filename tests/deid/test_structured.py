"""Phones, references, registrations, postcodes and handles in the shapes they take in pasted texts, letters and
calls. Notes written for these tests, in formats the held-out corpora do not hold."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,secret", [
    ("her new mobile is zero seven nine double one, four five six, two two eight", "double"),
    ("text me on 07911\n456228 after 6", "07911"),
    ("landline 0161 496\n0732 (nan's)", "0732"),
    ("partial index 'KX7' seen by the neighbour", "KX7"),
    ("plate was LB5, rest unreadable", "LB5"),
    ("now at 4 Tern Close, NE23 6 WD", "NE23"),
    ("passport no. 5 32 118 774 (Polish)", "118"),
])
def test_structured_identifiers_go(deid, text, secret):
    assert secret not in deid(text)


@pytest.mark.parametrize("text,token", [
    ("UC claim ref K7 22 91 04 B pending", "[CASE_REF] pending"),
    ("her old page (niamh.carter.22) still shows photos", "([HANDLE])"),
    ("messaging his dad via Instagram (Lee Bramwell 81) again", "([HANDLE])"),
])
def test_an_identifier_goes_whole(deid, text, token):
    """All of it becomes one token: a name pseudonymised inside a handle or a reference still leaves its shape."""
    assert token in deid(text)


@pytest.mark.parametrize("text,kept", [
    ("seen at 0930\n1030 review with TM", "1030"),
    ("she said it one two three times, seven or eight times in all", "seven or eight"),
    ("on Facebook (see screenshots) and TikTok", "see screenshots"),
    ("reg not known; car was red", "not known"),
])
def test_ordinary_text_stays(deid, text, kept):
    assert kept in deid(text)


def test_a_handle_found_once_is_found_again_without_its_cue(deid):
    out = deid("He messages her as zedkiller and on Kik as @zedkiller; zedkiller deleted later.")
    assert "zedkiller" not in out and out.count("[HANDLE]") == 3


@pytest.mark.parametrize("text,secret", [("car reg jk19 pwv outside", "pwv"), ("index ndt 442k, red van", "442k")])
def test_a_cued_registration_goes_whole_in_lower_case(deid, text, secret):
    assert secret not in deid(text)
