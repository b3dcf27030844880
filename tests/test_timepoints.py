"""Timepoints and per-note outcomes are defined once, in the store, in calendar months: `casenotes trends`, the
dashboard's summary cells, the audit sample and simulations all see the same ones, across month ends and leap
years."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from casenotes.errors import InputError
from casenotes.store import Store
from casenotes.trends import Suppression, aggregate_cells, cell_frame

TRAINED = {"Leapton": "2024-01-31", "Febhold": "2023-02-28", "Leapdon": "2024-02-29"}
"""Borough (one team each) -> its training date: a month's last day, February's in a common and a leap year."""
NOTES = {  # borough -> (recorded_at, timepoint with windows (3, 6), timepoint with windows (2, 5))
    "Leapton": [("2024-01-30", "baseline", "baseline"), ("2024-01-31", "post_training", "post_training"),
                ("2024-02-29", "post_training", "post_training"), ("2024-03-30", "post_training", "post_training"),
                ("2024-03-31", "post_training", "follow_up_3m"), ("2024-04-29", "post_training", "follow_up_3m"),
                ("2024-04-30", "follow_up_3m", "follow_up_3m"), ("2024-05-01", "follow_up_3m", "follow_up_3m"),
                ("2024-06-30", "follow_up_3m", "follow_up_6m"), ("2024-07-30", "follow_up_3m", "follow_up_6m"),
                ("2024-07-31", "follow_up_6m", "follow_up_6m"), ("2024-08-01", "follow_up_6m", "follow_up_6m")],
    "Febhold": [("2023-02-27", "baseline", "baseline"), ("2023-02-28", "post_training", "post_training"),
                ("2023-05-27", "post_training", "follow_up_3m"), ("2023-05-28", "follow_up_3m", "follow_up_3m"),
                ("2023-08-27", "follow_up_3m", "follow_up_6m"), ("2023-08-28", "follow_up_6m", "follow_up_6m")],
    "Leapdon": [("2024-02-28", "baseline", "baseline"), ("2024-04-28", "post_training", "post_training"),
                ("2024-04-29", "post_training", "follow_up_3m"), ("2024-05-28", "post_training", "follow_up_3m"),
                ("2024-05-29", "follow_up_3m", "follow_up_3m"), ("2024-07-29", "follow_up_3m", "follow_up_6m"),
                ("2024-08-28", "follow_up_3m", "follow_up_6m"), ("2024-08-29", "follow_up_6m", "follow_up_6m"),
                ("2025-02-28", "follow_up_6m", "follow_up_6m")],
}
TEXTS = ["Dad hit Mum in front of the children. Mum moved the children to her sister's house to keep them safe.",
         "Mum failed to protect the children from the volatile relationship. The children were upset.",
         "Home visit completed. Ella said she feels scared when Dad shouts at Mum."]


@pytest.fixture(scope="module")
def edges(tmp_path_factory, cli) -> dict[str, Path]:
    """A store whose notes fall on each side of every window end, for teams trained on month ends."""
    work = tmp_path_factory.mktemp("edges")
    rows, roster, expected = [], [], {}
    for borough, notes in NOTES.items():
        for author in ("a", "b"):
            roster.append({"practitioner_id": f"{borough}-{author}", "borough": borough, "team": "Team 1",
                           "course": "CORE", "status": "completed", "date": TRAINED[borough]})
        for k, (day, tp36, tp25) in enumerate(notes):
            note_id = f"{borough}-{k:02d}"
            rows.append({"note_id": note_id, "case_id": f"{borough}-case", "borough": borough, "team": "Team 1",
                         "author_id": f"{borough}-{'ab'[k % 2]}", "author_role": "Social Worker",
                         "recorded_at": pd.Timestamp(day).strftime("%d/%m/%Y"), "text": TEXTS[k % len(TEXTS)]})
            expected[note_id] = {(3, 6): tp36, (2, 5): tp25}
    pd.DataFrame(rows).to_csv(work / "notes.csv", index=False)
    pd.DataFrame(roster).to_csv(work / "roster.csv", index=False)
    pd.DataFrame([{"borough": b, "team": "Team 1", "trained_at": d, "arm": "trained"} for b, d in TRAINED.items()]
                 ).to_csv(work / "teams.csv", index=False)
    db = work / "s.duckdb"
    cli("score", work / "notes.csv", "--db", db, "--model", "linear-v1", "--teams", work / "teams.csv",
        "--roster", work / "roster.csv")
    return {"db": db, "dir": work, "expected": expected}


def _expected(edges, windows) -> pd.Series:
    expected = pd.Series({note: tps[windows] for note, tps in edges["expected"].items()}, name="timepoint")
    return expected.rename_axis("note_id").sort_index()


@pytest.mark.parametrize("view", ["itt", "as-treated"])  # each author completed CORE on the team's date
@pytest.mark.parametrize("windows", [(3, 6), (2, 5)])
def test_timepoints_are_calendar_months(edges, view, windows):
    with Store(edges["db"], read_only=True) as store:
        notes = store.note_outcomes(view=view, windows=windows)
    got = notes.set_index("note_id")["timepoint"].sort_index()
    pd.testing.assert_series_equal(got, _expected(edges, windows), check_dtype=False)
    assert (notes["trained"] == (notes["timepoint"] != "baseline")).all()


def test_the_view_the_dashboard_and_the_audit_sample_read_has_the_same_timepoints(edges, cli, tmp_path):
    with Store(edges["db"], read_only=True) as store:
        facts = store.note_facts().set_index("note_id")["timepoint"].sort_index()
    pd.testing.assert_series_equal(facts, _expected(edges, (3, 6)), check_dtype=False)
    cli("sample", "--db", edges["db"], "--out", tmp_path, "--per-stratum", 100)
    frame = pd.read_csv(tmp_path / "frame.csv").set_index("note_id")["timepoint"].sort_index()
    pd.testing.assert_series_equal(frame, _expected(edges, (3, 6)), check_dtype=False)


def test_trends_cli_and_dashboard_cells_agree(edges, cli, monkeypatch):
    """`casenotes trends --json` aggregates by borough and timepoint equal the dashboard's, from its cells."""
    monkeypatch.setenv("CASENOTES_MIN_NOTES", "1")  # the controller's floor for a store this small
    monkeypatch.setenv("CASENOTES_MIN_AUTHORS", "1")
    # the analysis plan's suppression is the reports' default; ask for the floor explicitly
    printed = json.loads(cli("trends", "--db", edges["db"], "--json", "--min-notes", 1, "--min-authors", 1).stdout)
    trends = pd.DataFrame(printed["aggregates"]).set_index(["borough", "timepoint", "kind", "outcome"]).sort_index()
    with Store(edges["db"], read_only=True) as store:
        cells = cell_frame(store.note_cells())
    dashboard = aggregate_cells(cells, ("borough", "timepoint"), rule=Suppression(1, 1))
    dashboard = dashboard.set_index(["borough", "timepoint", "kind", "outcome"]).sort_index()
    assert trends.index.equals(dashboard.index)
    for column in ("n_notes", "n_sentences"):
        assert (trends[column] == dashboard[column]).all(), column
    for column in ("mean", "ci_low", "ci_high"):
        np.testing.assert_allclose(trends[column].to_numpy(float), dashboard[column].to_numpy(float), rtol=1e-9,
                                   equal_nan=True, err_msg=column)
    counts = _expected(edges, (3, 6)).groupby([lambda note: note.split("-")[0], _expected(edges, (3, 6))]).size()
    per_group = trends.xs("victim_blaming", level="outcome")["n_notes"].droplevel("kind")
    assert per_group.sort_index().tolist() == counts.sort_index().tolist()


def test_outcomes_outside_a_store_are_the_stores(edges):
    """A simulated trial's own labels get their outcomes from the same SQL as the store's notes."""
    from casenotes.store import outcomes_of

    with Store(edges["db"], read_only=True) as store:
        stored = store.note_outcomes()
        facts = store.note_facts()
    recomputed = outcomes_of(facts).sort_values("note_id", ignore_index=True)
    stored = stored.sort_values("note_id", ignore_index=True)  # two reads: neither promises a row order
    for column in ("victim_blaming_rate", "partnering_rate", "team_key", "trained"):
        assert recomputed[column].tolist() == stored[column].tolist(), column
    assert set(stored["team_key"]) == {f"{b} / Team 1" for b in TRAINED}


@pytest.mark.parametrize("view, windows, code", [("per-protocol", (3, 6), "E391"), ("itt", (6, 3), "E392"),
                                                  ("itt", (3,), "E392"), ("itt", (3, 6.5), "E392")])
def test_a_bad_view_or_windows_is_refused(edges, view, windows, code):
    with Store(edges["db"], read_only=True) as store, pytest.raises(InputError, match=rf"\[{code}\]"):
        store.note_outcomes(view=view, windows=windows)
