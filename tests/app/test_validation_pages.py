"""Issue #20 on the dashboard: the Annotate page codes a validation sample blind to arm and period, and the Trends
page says its estimates are on the classifier's scale when no filled sample is given."""

from __future__ import annotations

import pandas as pd
import pytest

from casenotes.analysis import MEASURED_CAVEAT
from casenotes.schemas import LABELS
from casenotes.validation import coder_agreement, draw_sample
from tests.app.test_pages import run_page


@pytest.fixture(scope="module")
def sample_bytes(trial, tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("vs")
    draw_sample(trial["db"], out, per_stratum=5, seed=1)
    return (out / "sample.csv").read_bytes()


def _everything_shown(at) -> str:
    return " ".join(str(e.value) for e in [*at.markdown, *at.caption, *at.text, *at.info, *at.success])


def test_annotate_codes_the_sample_showing_only_the_text(trial, sample_bytes):
    from casenotes.app.corrected import CODES, SAMPLE

    sample = pd.read_csv(__import__("io").BytesIO(sample_bytes), dtype=str, keep_default_na=False)
    at = run_page(trial["db"], "annotate")
    at.session_state[SAMPLE] = sample_bytes
    at.run()
    assert not at.exception, at.exception
    first = sample.iloc[0]
    shown = _everything_shown(at)
    assert not any(s in shown for s in ("not_trained", "trained|", "baseline", "follow_up", "post_training"))
    assert first["note_id"] not in shown
    at.checkbox(key=f"vs_{first['sample_id']}_{LABELS[2]}").check()
    at.button(key="vs_save").click().run()
    assert not at.exception, at.exception
    assert at.session_state[CODES] == {first["sample_id"]: {l: int(l == LABELS[2]) for l in LABELS}}


def test_double_coding_gives_agreement_per_label(sample_bytes):
    sample = pd.read_csv(__import__("io").BytesIO(sample_bytes), dtype=str, keep_default_na=False)
    a, b = sample.copy(), sample.copy()
    for i, label in enumerate(LABELS):
        a[label] = [str((j + i) % 2) for j in range(len(a))]
        b[label] = a[label]
    b.loc[0, LABELS[0]] = str(1 - int(b.loc[0, LABELS[0]]))
    b.loc[b.index[-4:], list(LABELS)] = ""  # the second coder double-coded a share only
    table = coder_agreement(a, b).set_index("label")
    assert (table["n_both"] == len(sample) - 4).all()
    assert table.loc[LABELS[1], "cohen_kappa"] == 1.0 and table.loc[LABELS[0], "cohen_kappa"] < 1.0


def test_trends_says_the_estimates_are_on_the_classifiers_scale_without_a_sample(trial):
    at = run_page(trial["db"], "trends")
    assert not at.exception, at.exception
    assert any(MEASURED_CAVEAT in str(c.value) for c in at.caption)
