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
    at.session_state["user"] = {"name": "ana", "role": "researcher"}
    at.run()
    at.switch_page(str(ROOT / "casenotes" / "app" / "pages" / "audit.py")).run()
    at.selectbox(key="audit_packet").set_value(packet.name).run()
    assert not at.exception, at.exception
    for _ in range(2):
        for k, radio in enumerate(at.radio):  # one per domain; keys carry the unit's blind id
            radio.set_value(k % 4 + 1)
        next(s for s in at.selectbox if s.label == "Your guess: timepoint").set_value("baseline")
        at.button[0].click().run()
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
