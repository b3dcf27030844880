"""Every dashboard page renders on a small synthetic store without exceptions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


def run_page(db: Path, title: str | None = None, role: str = "admin") -> AppTest:
    """A page as a signed-in user (AppTest cannot type into the sign-in form before the first run)."""
    from casenotes.app.auth import User, UserStore, start_session, users_file

    os.environ["CASENOTES_DB"] = str(db)  # the served store: its access log goes beside it
    user, users = User(f"test-{role}", role), UserStore(users_file(db))
    if users.get(user.name) != user:  # sessions are re-checked against the users file on every run
        users.add(user.name, role, "test password 123")
    at = AppTest.from_file(str(ROOT / "app_streamlit.py"), default_timeout=120)
    at.session_state["user"] = start_session(user)
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


def test_models_page_lists_shipped_models_and_shows_a_card(trial):
    at = run_page(trial["db"], "models")
    assert not at.exception
    table = at.dataframe[0].value
    assert {"ensemble-v1", "linear-v1", "rules-v1", "transformer-v1"} <= set(table["model"])
    at.selectbox(key="models_pick").set_value("linear-v1").run()
    assert not at.exception and any("Model card: linear-v1" in m.value for m in at.markdown)


def test_batch_page_renders_without_an_upload(trial):
    at = run_page(trial["db"], "batch")
    assert not at.exception
    assert at.title[0].value == "Batch scoring"


def test_batch_scoring_with_a_column_mapping(tmp_path):
    import pandas as pd

    from casenotes.app.data import load_scored_notes, run_batch

    src = tmp_path / "export.csv"
    pd.DataFrame({"ID": ["a", "b", "b"], "Body": ["Dad hit mum. C1 was scared.", "Visit booked.", "Visit booked."],
                  "Date": ["01/02/2025", "02/02/2025", "02/02/2025"]}).to_csv(src, index=False)
    seen = []
    report = run_batch(str(src), str(tmp_path / "s.duckdb"), mapping={"ID": "note_id", "Body": "text", "Date": "recorded_at"},
                       model="linear-v1", progress=seen.append)
    assert report["rows_read"] == 3 and report["notes_new"] == 2 and report["rows_rejected"] == 1 and report["reconciles"]
    assert sum(seen) == 3
    scores = load_scored_notes(str(tmp_path / "s.duckdb"), report["run_id"])
    assert list(scores["note_id"]) == ["a", "b"] and "perpetrator_pattern" in scores.columns
    assert "duplicate_note" in (Path(report["rejects_path"]).read_text())


def test_notes_page_suggests_rewordings_for_victim_blaming_sentences(trial):
    at = run_page(trial["db"], "notes")
    at.selectbox(key="notes_label").set_value("victim_blaming").run()
    assert not at.exception
    assert any(e.label.startswith("Suggested rewording for:") for e in at.expander)
    assert any("Suggestions, not corrections" in c.value for c in at.caption)


def test_trends_charts_download_as_png_and_csv(trial):
    at = run_page(trial["db"], "trends")
    assert not at.exception
    labels = {b.label for b in at.get("download_button")}
    assert {"Download this chart (PNG)", "Download its data (CSV)", "Download this table (CSV)"} <= labels
    from casenotes.app.data import chart_png
    import altair as alt
    import pandas as pd

    png = chart_png(alt.Chart(pd.DataFrame({"x": [1, 2]})).mark_point().encode(x="x:Q").to_json())
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


def test_trends_page_fits_effects_on_request_and_reads_them_after(trial, cli, tmp_path):
    import shutil

    db = tmp_path / "copy.duckdb"
    shutil.copy(trial["db"], db)
    at = run_page(db, "trends")
    assert not at.exception and at.get("arrow_data_frame") is not None
    assert any("has not been fitted" in i.value for i in at.info)
    at.button(key="fit_effects").click().run()
    assert not at.exception
    assert list(tmp_path.glob("copy_effects_*.parquet"))
    # `casenotes trends` writes the same cache, so the page reads estimates without refitting; an analysis other
    # than the dashboard's (here without the randomisation test) keeps nothing for it
    for cache in tmp_path.glob("copy_effects_*.parquet"):
        cache.unlink()
    cli("trends", "--db", db, "--permutations", "0")
    assert not list(tmp_path.glob("copy_effects_*.parquet"))
    cli("trends", "--db", db)
    at = run_page(db, "trends")
    assert not at.exception and not any("has not been fitted" in i.value for i in at.info)


def test_trends_page_draws_the_stepped_wedge(trial):
    from casenotes.app.data import load_wedge

    at = run_page(trial["db"], "trends")
    assert not at.exception
    assert any(s.value == "Stepped wedge: each team by quarter" for s in at.subheader)
    wedge = load_wedge(str(trial["db"]), "any", "victim_blaming_rate", 3)
    assert {"team_key", "quarter", "n_notes", "trained_share", "status", "mean"} <= set(wedge.columns)
    # trained teams go from grey to blue: within a team, status never returns to untrained
    for _, team in wedge.sort_values("quarter").groupby("team_key"):
        seen_trained = (team["status"] == "trained").cumsum() > 0
        assert (team.loc[seen_trained, "trained_share"] > 0).all()
    assert wedge.loc[wedge["n_notes"] < 3, "mean"].isna().all()
