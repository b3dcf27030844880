"""Every dashboard page renders on a small synthetic store without exceptions."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


def run_page(db: Path, title: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app_streamlit.py"), default_timeout=120)
    at.session_state["db_path"] = str(db)
    at.run()
    if title:
        at.switch_page(str(ROOT / "casenotes" / "app" / "pages" / f"{title}.py"))
        at.run()
    return at


def test_overview(trial):
    at = run_page(trial["db"])
    assert not at.exception
    assert any(m.label == "Notes" and m.value == "240" for m in at.metric)


@pytest.mark.parametrize("page", ["trends", "notes"])
def test_page_renders(trial, page):
    at = run_page(trial["db"], page)
    assert not at.exception, at.exception


def test_trends_switch_outcome(trial):
    at = run_page(trial["db"], "trends")
    at.selectbox(key="trend_outcome").set_value(("domain_score", "child_harm_assessment")).run()
    at.selectbox(key="trend_group").set_value("team").run()
    assert not at.exception


def test_notes_page_shows_a_note_with_domain_scores(trial):
    at = run_page(trial["db"], "notes")
    at.selectbox(key="notes_label").set_value("perpetrator_pattern").run()
    assert not at.exception
    assert any("perpetrator_pattern:" in e.label for e in at.expander)


def test_missing_store_is_a_message_not_a_crash(tmp_path):
    at = run_page(tmp_path / "none.duckdb")
    assert not at.exception and at.warning
