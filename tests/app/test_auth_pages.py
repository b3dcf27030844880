"""Sign-in and roles in the dashboard: enforced on the server, logged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from casenotes.app.auth import AccessLog, User, UserStore, start_session

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def served(trial, tmp_path, monkeypatch):
    users = UserStore(tmp_path / "users.toml")
    users.add("lead1", "lead", "lead password 123")
    users.add("admin1", "admin", "admin password 123")
    users.add("ana", "researcher", "ana password 1234")
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
    assert not at.exception and any("intact and anchored" in s.value for s in at.success)
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
        at.session_state["user"] = start_session(User(name, "admin" if name == "admin1" else "researcher"))
        at.run()
        at.switch_page(str(ROOT / "casenotes" / "app" / "pages" / "annotate.py")).run()
        assert not at.exception, at.exception
        texts[name] = at.markdown[0].value
        boxes = {c.label: c for c in at.checkbox}  # keys carry the sentence id
        boxes["perpetrator pattern"].check()
        if name == "ana":
            boxes["child focus"].check()
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


def test_audit_page_scores_a_blinded_packet_that_import_scores_reads(served, cli, tmp_path):
    import pandas as pd

    cli("sample", "--db", served, "--out", tmp_path / "s", "--strata", "borough", "--per-stratum", 1, "--seed", 2)
    packet = Path(served).parent / "audit_packets" / tmp_path.name  # the page opens packets from here only
    cli("audit", "export-blind", "--db", served, "--sample", tmp_path / "s" / "sample.csv", "--out", packet)
    n_units = len(pd.read_csv(packet / "to_score.csv"))
    at = AppTest.from_file(str(ROOT / "app_streamlit.py"), default_timeout=120)
    at.session_state["user"] = start_session(User("ana", "researcher"))
    at.run()
    at.switch_page(str(ROOT / "casenotes" / "app" / "pages" / "audit.py")).run()
    at.selectbox(key="audit_packet").set_value(packet.name).run()
    assert not at.exception, at.exception
    for _ in range(2):
        for k, radio in enumerate(at.radio):  # one per domain; keys carry the unit's blind id
            radio.set_value(k % 4 + 1)
        next(s for s in at.selectbox if s.label == "Your guess: timepoint").set_value("baseline")
        next(b for b in at.button if b.label == "Save and next").click().run()
        assert not at.exception, at.exception
    # nothing identifying was shown: the page never reads the key
    shown = " ".join(m.value for m in at.markdown)
    key = pd.read_csv(packet / "key.csv", dtype=str)
    assert not any(n in shown for n in key["unit_id"])
    out = tmp_path / "scores.csv"
    cli("audit", "import-scores", packet / "scored_ana.csv", "--key", packet / "key.csv",
        "--scorer", "ana", "-o", out)
    scores = pd.read_csv(out)
    assert scores["unit_id"].nunique() == min(2, n_units) and set(scores["score"]) <= {1, 2, 3, 4}
    assert (scores["guess_timepoint"] == "baseline").all()


# -- issue #16, finding 4: sessions end (idle, absolute, removed or re-roled user); finding 6: Host allow-list ----

def events(db) -> list[dict]:
    return AccessLog.for_store(db).read()


def aged(at: AppTest, **seconds_ago: float) -> AppTest:
    """Move the session's clocks back, as if that much time had passed, and run the app again."""
    session = dict(at.session_state["user"])
    for field, ago in seconds_ago.items():
        session[field] -= ago
    at.session_state["user"] = session
    return at.run()


def assert_signed_out(at: AppTest, notice: str) -> None:
    assert not at.exception and "user" not in at.session_state
    assert any(notice in i.value for i in at.info) and at.text_input(key="sign_in_name")


def test_an_idle_session_ends(served):
    at = sign_in("admin1", "admin password 123")
    assert aged(at, last_seen=29 * 60).session_state["user"]["name"] == "admin1"  # still active
    assert_signed_out(aged(at, last_seen=31 * 60), "without activity")
    last = events(served)[-1]
    assert (last["event"], last["reason"], last["user"]) == ("session_expired", "idle", "admin1")


def test_a_session_ends_after_its_maximum_length_however_active(served):
    at = sign_in("admin1", "admin password 123")
    assert_signed_out(aged(at, signed_in_at=12 * 3600 + 1), "maximum length")
    assert events(served)[-1]["reason"] == "expired"


def test_session_timeouts_come_from_the_environment(served, monkeypatch):
    monkeypatch.setenv("CASENOTES_SESSION_IDLE_MINUTES", "1")
    at = sign_in("admin1", "admin password 123")
    assert_signed_out(aged(at, last_seen=90), "without activity")


@pytest.mark.parametrize("change", ["remove", "demote"])
def test_a_removed_or_demoted_user_loses_their_session_at_once(served, change):
    at = sign_in("admin1", "admin password 123")
    users = UserStore(os.environ["CASENOTES_USERS"])
    if change == "remove":
        users.remove("admin1")
    else:
        users.add("admin1", "lead", "admin password 123")
    at.run()
    assert not at.exception and "user" not in at.session_state
    last = events(served)[-1]
    assert last["event"] == "session_revoked" and last["reason"] == ("removed" if change == "remove" else
                                                                     "role_changed")


def test_sign_in_and_sign_out_are_logged(served):
    at = sign_in("lead1", "lead password 123")
    at.button(key="sign_out").click().run()
    assert "user" not in at.session_state
    assert [e["event"] for e in events(served)][-3:] == ["sign_in", "page_view", "sign_out"]


def test_a_request_for_another_host_is_refused_and_logged(served, monkeypatch):
    """DNS rebinding: a page at evil.test re-points its name at 127.0.0.1; the browser still sends its Host."""
    import streamlit as st

    monkeypatch.setattr(type(st.context), "headers", property(lambda self: {"host": "evil.test:8501"}))
    at = AppTest.from_file(str(ROOT / "app_streamlit.py"), default_timeout=120).run()
    assert not at.exception and [e.value for e in at.error] == [
        "This dashboard answers only at http://127.0.0.1:8501; open it there."]
    assert not at.text_input  # no sign-in form
    at.run()
    refused = [e for e in events(served) if e["event"] == "host_refused"]
    assert len(refused) == 1 and refused[0]["host"] == "evil.test:8501"


def test_the_local_host_is_served(served, monkeypatch):
    import streamlit as st

    monkeypatch.setattr(type(st.context), "headers", property(lambda self: {"host": "127.0.0.1:8501"}))
    at = AppTest.from_file(str(ROOT / "app_streamlit.py"), default_timeout=120).run()
    assert not at.exception and at.text_input(key="sign_in_name")


# -- issue #18, item 13: a refresh or a bookmark keeps the session until it ends; sign-out and tampering end it ---

def reopened(token: str, page: str | None = None) -> AppTest:
    """A new browser session (a refresh, or a bookmark) opening the address the dashboard last gave."""
    at = AppTest.from_file(str(ROOT / "app_streamlit.py"), default_timeout=120)
    at.query_params["session"] = token
    if page:
        at.query_params["page"] = page
    return at.run()


def test_a_refresh_or_a_bookmarked_page_keeps_the_user_signed_in(served):
    at = sign_in("ana", "ana password 1234")
    token = at.query_params["session"]
    again = reopened(token)
    assert not again.exception and again.session_state["user"]["name"] == "ana"
    assert not again.text_input  # no sign-in form
    bookmark = reopened(token, page="notes")
    assert not bookmark.exception and bookmark.title[0].value == "Notes"
    assert bookmark.query_params["page"] == "notes"
    lead = reopened(sign_in("lead1", "lead password 123").query_params["session"], page="notes")
    assert lead.title[0].value == "casenotes"  # a page the role may not open is not opened: Overview is


def test_a_tampered_token_is_refused(served):
    import base64
    import json

    token = sign_in("lead1", "lead password 123").query_params["session"]
    body, mac = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    forged = base64.urlsafe_b64encode(json.dumps({**claims, "role": "admin"}).encode()).decode().rstrip("=")
    for bad in (f"{forged}.{mac}", token[:-1] + ("0" if token[-1] != "0" else "1"), "nonsense"):
        at = reopened(bad)
        assert_signed_out(at, "no longer valid")
    assert events(served)[-1]["event"] == "session_refused"


def test_an_expired_or_idle_token_is_refused(served):
    from casenotes.app.auth import SessionTokens

    tokens = SessionTokens(os.environ["CASENOTES_USERS"])
    session = start_session(User("ana", "researcher"))
    assert_signed_out(reopened(tokens.issue({**session, "signed_in_at": session["signed_in_at"] - 12 * 3600 - 5})),
                      "maximum length")
    assert_signed_out(reopened(tokens.issue({**session, "last_seen": session["last_seen"] - 31 * 60})),
                      "without activity")


def test_signing_out_ends_the_session_its_token_carried(served):
    at = sign_in("ana", "ana password 1234")
    token = at.query_params["session"]
    at.button(key="sign_out").click().run()
    assert "session" not in at.query_params
    assert_signed_out(reopened(token), "You signed out")


def test_the_session_secret_is_kept_beside_the_users_file_for_its_owner_only(served):
    sign_in("ana", "ana password 1234")
    key = Path(os.environ["CASENOTES_USERS"] + ".session.key")
    assert key.is_file() and key.stat().st_mode & 0o777 == 0o600
