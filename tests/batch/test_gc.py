"""The collector is tuned only in processes that exist for a batch run (issue #17): constructing a scorer, or a
run in a process that serves other work (the dashboard's Batch page scores in the Streamlit server), leaves the
collector's freeze count and thresholds as they were."""

from __future__ import annotations

import gc

import pandas as pd
import pytest

from casenotes.batch import ChunkScorer, NoteScorer, score_file


def gc_state() -> tuple[int, tuple[int, ...]]:
    return gc.get_freeze_count(), gc.get_threshold()


@pytest.fixture
def before():
    """The collector's state before the test; put back afterwards, so that a failure does not leak into others."""
    state = gc_state()
    yield state
    if gc.get_freeze_count() != state[0]:
        gc.unfreeze()
    gc.set_threshold(*state[1])


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "export.csv"
    pd.DataFrame({"note_id": [f"n{i}" for i in range(6)], "case_id": ["c1", "c1", "c2", "c2", "c3", "c3"],
                  "text": ["Dad shouted at mum. The baby was asleep."] * 6}).to_csv(path, index=False)
    return path


def test_constructing_a_note_scorer_leaves_the_collector_alone(before):
    NoteScorer(model="linear-v1")
    assert gc_state() == before


def test_constructing_a_chunk_scorer_leaves_the_collector_alone(before):
    ChunkScorer(model="linear-v1", rubric="default")
    assert gc_state() == before


def test_a_run_in_a_shared_process_leaves_the_collector_alone(before, export, tmp_path):
    """As the Batch page runs it: in this process, the chunk scored here, nothing tuned during or after."""
    during = []
    report = score_file(export, tmp_path / "s.duckdb", model="linear-v1", progress=lambda n: during.append(gc_state()))
    assert report.notes_new == 6
    assert during == [before] and gc_state() == before


def test_a_run_in_its_own_process_tunes_the_collector_while_it_runs(before, export, tmp_path):
    """The CLI's process exists for its run: the model is frozen out of the collector and collections are rarer
    while it scores, and the collector is put back when the run ends."""
    during = []
    score_file(export, tmp_path / "s.duckdb", model="linear-v1", tune_gc=True,
               progress=lambda n: during.append(gc_state()))
    (frozen, threshold), = during
    assert frozen > before[0] and threshold[0] > before[1][0]
    assert gc_state() == before
