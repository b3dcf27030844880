"""The Trends page keeps to the small-number floor set where the dashboard is served."""

from __future__ import annotations

from tests.app.test_pages import run_page


def test_the_trends_page_offers_no_threshold_under_the_floor(trial, monkeypatch):
    monkeypatch.setenv("CASENOTES_MIN_NOTES", "15")
    at = run_page(trial["db"], "trends")
    box = at.number_input(key="trend_min_notes")
    assert not at.exception and box.min == 15 and box.value == 15
