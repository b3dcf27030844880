"""The small-number floor: set where results are served, raised but never lowered by users, and groups written
by too few practitioners withheld too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from casenotes.errors import InputError
from casenotes.store import outcomes_of
from casenotes.trends import Suppression, aggregate, aggregate_cells, cell_frame

EXE = Path(sys.executable).with_name("casenotes")


def test_the_configured_floor_cannot_be_lowered(monkeypatch):
    monkeypatch.setenv("CASENOTES_MIN_NOTES", "12")
    monkeypatch.setenv("CASENOTES_MIN_AUTHORS", "3")
    floor = Suppression.configured()
    assert (floor.min_notes, floor.min_authors) == (12, 3)
    assert floor.at_least(20).min_notes == 20
    with pytest.raises(InputError, match=r"\[E271\]"):
        floor.at_least(1)
    with pytest.raises(InputError, match=r"\[E271\]"):
        floor.at_least(min_authors=1)
    monkeypatch.setenv("CASENOTES_MIN_NOTES", "0")
    with pytest.raises(InputError, match=r"\[E270\]"):
        Suppression.configured()


def _notes(authors: list[str | None]) -> pd.DataFrame:
    n = len(authors)
    frame = pd.DataFrame({"note_id": [f"n{i}" for i in range(n)], "borough": "B", "team": "T", "timepoint": "baseline",
                          "author_id": authors, "n_sentences": 10, "trained": False,
                          **{f"n_{label}": 1 for label in ("victim_blaming", "perpetrator_pattern", "child_focus",
                                                            "partnering")},
                          **{d: 2 for d in ("perpetrator_pattern", "non_blaming_strengths", "partnering_safety",
                                            "child_harm_assessment")}})
    return outcomes_of(frame)


def test_a_group_written_by_one_practitioner_is_withheld():
    rule = Suppression(min_notes=10, min_authors=2)
    one_author = aggregate(_notes(["a"] * 30), ["team"], rule=rule)
    assert one_author["suppressed"].all() and one_author["mean"].isna().all()
    two_authors = aggregate(_notes(["a"] * 15 + ["b"] * 15), ["team"], rule=rule)
    assert not two_authors["suppressed"].any()
    unrecorded = aggregate(_notes([None] * 30), ["team"], rule=rule)  # no author ids: only the notes count
    assert not unrecorded["suppressed"].any()


def test_cells_never_show_a_group_the_notes_would_withhold(trial):
    """From summary cells, a group's practitioners are at least its largest cell's: a group is withheld whenever
    per-note aggregation withholds it (and may be withheld more often, never less)."""
    from casenotes.store import Store

    rule = Suppression(min_notes=5, min_authors=3)
    with Store(trial["db"], read_only=True) as store:
        notes = store.note_outcomes()
        cells = cell_frame(store.note_cells())
    for by in (["borough", "timepoint"], ["borough", "team", "timepoint"]):
        exact = aggregate(notes, by, rule=rule).set_index([*by, "outcome"])["suppressed"]
        fast = aggregate_cells(cells, by, rule=rule).set_index([*by, "outcome"])["suppressed"]
        assert np.all(fast.loc[exact.index] | ~exact)


def test_trends_command_refuses_less_suppression_than_the_floor(trial, tmp_path):
    env = {"CASENOTES_MIN_NOTES": "10", "PATH": ""}
    done = subprocess.run([EXE, "trends", "--db", trial["db"], "--min-notes", "1", "--json"], capture_output=True,
                          text=True, env=env)
    assert done.returncode == 1 and "E271" in done.stderr and "Traceback" not in done.stderr
