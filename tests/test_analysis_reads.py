"""``casenotes.analysis.run_trends`` reads the notes once (issue #17): ``Store.note_facts()`` serves the trial
analysis, the correction and the descriptive view, whose rows are still exactly ``Store.note_outcomes()``'s."""

from __future__ import annotations

import pandas as pd
import pytest

from casenotes.analysis import run_trends
from casenotes.store import Store


@pytest.mark.parametrize("view, windows", [("itt", (3, 6)), ("as-treated", (2, 5))])
def test_run_trends_reads_the_notes_once(trial, monkeypatch, view, windows):
    with Store(trial["db"], read_only=True) as store:
        expected = store.note_outcomes(view=view, windows=windows)
    reads = []
    facts = Store.note_facts

    def counted(self):
        reads.append("note_facts")
        return facts(self)

    def refused(self, **kwargs):
        raise AssertionError("run_trends read the notes a second time (note_outcomes)")

    monkeypatch.setattr(Store, "note_facts", counted)
    monkeypatch.setattr(Store, "note_outcomes", refused)
    result = run_trends(trial["db"], view=view, windows=windows, permutations=0)
    assert reads == ["note_facts"]
    pd.testing.assert_frame_equal(result.notes[expected.columns], expected)
