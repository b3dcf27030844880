"""Sign-in and roles in the dashboard: enforced on the server, logged."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from casenotes.app.auth import AccessLog, UserStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def served(trial, tmp_path, monkeypatch):
    users = UserStore(tmp_path / "users.toml")
    users.add("lead1", "lead", "lead password 123")
    users.add("admin1", "admin", "admin password 123")
    monkeypatch.setenv("CASENOTES_DB", str(trial["db"]))
    monkeypatch.setenv("CASENOTES_USERS", str(users.path))
    return trial["db"]


def sign_in(name: str, password: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app_streamlit.py"), default_timeout=120)
    at.run()
    at.text_input(key="sign_in_name").set_value(name)
    at.text_input(key="sign_in_password").set_value(password)
    at.button[0].click().run()
    return at


def test_sign_in_wrong_password_then_right(served):
    at = sign_in("admin1", "nope")
    assert not at.exception and any("Wrong name or password" in e.value for e in at.error)
    assert "user" not in at.session_state
    at = sign_in("admin1", "admin password 123")
    assert not at.exception and at.session_state["user"]["role"] == "admin"
    events = [e["event"] for e in AccessLog.for_store(served).read()]
    assert "sign_in_failed" in events and "sign_in" in events


def test_lead_sees_aggregates_only(served):
    at = sign_in("lead1", "lead password 123")
    assert not at.exception
    # the lead's navigation holds the aggregate pages only: there is no Notes page to switch to
    with pytest.raises(ValueError, match=r"Known pages: \[.*overview.py', '.*trends.py'\]"):
        at.switch_page(str(ROOT / "casenotes" / "app" / "pages" / "notes.py"))
    # and the text loader refuses a lead even when called directly
    from casenotes.app import data
    from casenotes.app.auth import AuthError

    import streamlit as st
    st.session_state["user"] = {"name": "lead1", "role": "lead"}
    try:
        with pytest.raises(AuthError, match="E226"):
            data.load_note(str(served), "N0000001")
    finally:
        del st.session_state["user"]
    assert AccessLog.for_store(served).read()[-1]["event"] == "text_refused"


def test_admin_access_page_and_text_views_are_logged(served):
    at = sign_in("admin1", "admin password 123")
    at.switch_page(str(ROOT / "casenotes" / "app" / "pages" / "notes.py")).run()
    assert not at.exception
    at.switch_page(str(ROOT / "casenotes" / "app" / "pages" / "access.py")).run()
    assert not at.exception and any("hash chain is intact" in s.value for s in at.success)
    views = [e for e in AccessLog.for_store(served).read() if e["event"] == "view_text"]
    assert views and views[-1]["note_ids"] and views[-1]["user"] == "admin1"


def test_repeated_failures_lock_the_form(served):
    for _ in range(5):
        sign_in("lead1", "wrong")
    at = sign_in("lead1", "lead password 123")
    assert any("Too many failed sign-ins" in e.value for e in at.error)
    assert "user" not in at.session_state
