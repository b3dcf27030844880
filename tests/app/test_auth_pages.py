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


def test_annotate_saves_labels_and_shows_agreement(served):
    from casenotes.annotate import AnnotationLog

    log = AnnotationLog(served)
    texts = {}
    for name in ("admin1", "ana"):
        at = AppTest.from_file(str(ROOT / "app_streamlit.py"), default_timeout=120)
        at.session_state["user"] = {"name": name, "role": "admin" if name == "admin1" else "researcher"}
        at.run()
        at.switch_page(str(ROOT / "casenotes" / "app" / "pages" / "annotate.py")).run()
        assert not at.exception, at.exception
        texts[name] = at.markdown[0].value
        at.checkbox(key="ann_perpetrator_pattern").check()
        if name == "ana":
            at.checkbox(key="ann_child_focus").check()
        at.button[0].click().run()  # Save
        assert not at.exception
    # both were shown the same most-uncertain sentence, and both labels are stored
    assert texts["admin1"] == texts["ana"]
    latest = log.latest()
    assert len(latest) == 2 and {tuple(l) for l in latest["labels"]} == {("perpetrator_pattern",),
                                                                       ("perpetrator_pattern", "child_focus")}
    pair = log.agreement()[0]
    assert pair["n"] == 1 and pair["labels"]["perpetrator_pattern"]["percent_agreement"] == 1.0
    assert pair["labels"]["child_focus"]["percent_agreement"] == 0.0
    events = [e for e in AccessLog.for_store(served).read() if e["event"] == "view_text" and e["page"] == "annotate"]
    assert events
