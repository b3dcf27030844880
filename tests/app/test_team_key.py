"""One team key (issue #17): the trial's clusters and the dashboard's team rows name a team the same way, from the
store's definition carried in the note facts, for a team name shared by two boroughs."""

from __future__ import annotations

from casenotes.inference.cells import build_cells
from casenotes.inference.plan import load_plan
from casenotes.store import Store
from tests.app.test_pages import run_page

PLACES = [("Ashby", "Team 1"), ("Brent", "Team 1"), ("Brent", "Team 2")]


def scored(tmp_path, cli, places: list[tuple[str, str]]):
    """A store of four short notes per (borough, team), scored through the CLI."""
    rows = ["note_id,borough,team,author_id,recorded_at,text"]
    for p, (borough, team) in enumerate(places):
        rows += [f"N{p}{i},{borough},{team},A{p}{i % 3},2024-0{i + 1}-10,Visit completed. Mother was spoken to alone."
                 for i in range(4)]
    (tmp_path / "notes.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    cli("score", tmp_path / "notes.csv", "--db", db, "--model", "linear-v1", "--workers", 1)
    return db


def test_trial_cells_and_dashboard_team_rows_agree(tmp_path, cli):
    db = scored(tmp_path, cli, PLACES)
    with Store(db, read_only=True) as store:
        trial = set(build_cells(store.note_facts(), load_plan()).teams["team_key"])
    assert trial == {"Ashby / Team 1", "Brent / Team 1", "Brent / Team 2"}

    at = run_page(db, "trends")
    at.selectbox(key="trend_group").set_value("team").run()
    assert not at.exception, at.exception
    table = next(d.value for d in at.dataframe if "Team" in d.value.columns)
    assert set(table["Team"]) == trial


def test_notes_with_no_borough_are_a_place_of_their_own_not_a_crash_or_a_gap(tmp_path, cli):
    """Borough and team are optional in the input: their notes are shown under '?' (the store's mark for a missing
    part, as in ``team_key``), so the place picker does not fail on a missing value and no note drops out of the
    borough rows."""
    db = scored(tmp_path, cli, [("Brent", "Team 1"), ("", "Team 2")])
    with Store(db, read_only=True) as store:
        cells = store.note_cells()
    assert set(cells["borough"]) == {"Brent", "?"} and cells["n_notes"].sum() == 8
    for page in ("overview", "trends"):
        at = run_page(db, page)
        assert not at.exception, at.exception
        assert "?" in at.selectbox(key="place_borough").options
