"""The console script makes torch's OpenMP threads sleep between parallel regions rather than spin (issue #21,
speed through `casenotes classify` on cores shared with other processes), unless the user chose otherwise."""

from __future__ import annotations

import os
import sys

import pytest

from casenotes.cli import main


def run_main(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["casenotes", "--help"])
    try:
        main()
    except SystemExit as exc:
        assert exc.code in (0, None)


def test_the_console_script_makes_openmp_threads_sleep(monkeypatch, capsys):
    monkeypatch.setenv("OMP_WAIT_POLICY", "unset")  # restored (to unset) after the test
    monkeypatch.delenv("OMP_WAIT_POLICY")
    run_main(monkeypatch)
    assert os.environ["OMP_WAIT_POLICY"] == "PASSIVE"


def test_a_wait_policy_the_user_set_is_kept(monkeypatch, capsys):
    monkeypatch.setenv("OMP_WAIT_POLICY", "ACTIVE")
    run_main(monkeypatch)
    assert os.environ["OMP_WAIT_POLICY"] == "ACTIVE"
