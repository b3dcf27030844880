"""Issue #20 on the dashboard: the Annotate page codes the store's validation sample blind to arm and period and
saves each code to the store under the signed-in coder, first and second coder apart; the Trends page shows
corrected estimates from the stored coded sample without any upload, and says its estimates are on the
classifier's scale when there is none."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from casenotes.analysis import MEASURED_CAVEAT
from casenotes.schemas import LABELS
from casenotes.store import Store
from casenotes.validation import draw_sample
from tests.app.test_pages import run_page


@pytest.fixture
def drawn(trial, tmp_path) -> dict:
    db = tmp_path / "store.duckdb"
    shutil.copy(trial["db"], db)
    record = draw_sample(db, tmp_path / "vs", per_stratum=5, seed=1)
    return {"db": db, "key": record["sample"],
            "rows": pd.read_csv(tmp_path / "vs" / "sample.csv", dtype=str, keep_default_na=False)}


def _everything_shown(at) -> str:
    return " ".join(str(e.value) for e in [*at.markdown, *at.caption, *at.text, *at.info, *at.success])


def _codes(db: Path, key: str) -> pd.DataFrame:
    with Store(db, read_only=True) as store:
        return store.validation_codes(key)


def test_annotate_codes_the_stored_sample_blind_and_saves_each_code_to_the_store(drawn):
    at = run_page(drawn["db"], "annotate")
    at.radio(key="annotate_task").set_value("validation").run()  # coded on its own, never beside the queue
    assert not at.exception, at.exception
    shown = _everything_shown(at)
    assert not any(s in shown for s in ("not_trained", "trained|", "baseline", "follow_up", "post_training"))
    assert not any(note in shown for note in drawn["rows"]["note_id"])
    first = sorted(drawn["rows"]["sample_id"])[0]  # offered in sample id order, which says nothing of the stratum
    at.checkbox(key=f"vs_{first}_{LABELS[2]}").check()
    at.button(key="vs_save").click().run()
    assert not at.exception, at.exception
    saved = _codes(drawn["db"], drawn["key"])
    assert len(saved) == 1 and saved.iloc[0]["sample_id"] == first
    assert (saved.iloc[0]["coder_role"], saved.iloc[0]["coder"]) == ("first", "test-admin")
    assert [int(saved.iloc[0][l]) for l in LABELS] == [int(l == LABELS[2]) for l in LABELS]
    # as second coder the sentence she coded first is not offered to her again
    at.radio(key="vs_role").set_value("second").run()
    assert not at.exception, at.exception
    assert not [c for c in at.checkbox if c.key and c.key.startswith(f"vs_{first}_")]
    at.button(key="vs_save").click().run()
    saved = _codes(drawn["db"], drawn["key"])
    assert set(saved["coder_role"]) == {"first", "second"} and set(saved["coder"]) == {"test-admin"}
    assert saved["sample_id"].is_unique


def test_agreement_is_recomputed_from_the_stored_codes_of_both_coders(drawn):
    ids = sorted(drawn["rows"]["sample_id"])[:4]
    codes = pd.DataFrame([{"sample_id": i, "coder_role": role, "coder": who, **{l: int(k % 2 == j % 2) for j, l in
                                                                                 enumerate(LABELS)},
                           "source": "test"} for k, i in enumerate(ids) for role, who in (("first", "a"),
                                                                                         ("second", "b"))])
    with Store(drawn["db"]) as store:
        store.save_validation_codes(drawn["key"], codes)
    at = run_page(drawn["db"], "annotate")
    at.radio(key="annotate_task").set_value("validation").run()  # coded on its own, never beside the queue
    assert not at.exception, at.exception
    table = at.dataframe[-1].value.set_index("label")
    assert (table["n_both"] == 4).all() and (table["percent_agreement"] == 100.0).all()


def test_trends_shows_corrected_estimates_from_the_stored_sample_without_an_upload(drawn):
    rows = drawn["rows"]
    with Store(drawn["db"], read_only=True) as store:
        stored = store.sentence_predictions(rows["note_id"] + ":" + rows["sent_idx"])
    stored.index = stored["note_id"] + ":" + stored["sent_idx"].astype(str)
    labels = stored.loc[rows["note_id"] + ":" + rows["sent_idx"], list(LABELS)].to_numpy()
    codes = pd.DataFrame(labels, columns=list(LABELS)).assign(sample_id=rows["sample_id"], coder_role="first",
                                                              coder="amir", source="test")
    with Store(drawn["db"]) as store:
        store.save_validation_codes(drawn["key"], codes)
    at = run_page(drawn["db"], "trends")
    assert not at.exception, at.exception
    assert not at.get("file_uploader")  # nothing to upload
    captions = " ".join(str(c.value) for c in at.caption).replace("\\", "")  # markdown escapes off
    assert drawn["key"] in captions and "amir" in captions and "always on the classifier's scale" in captions
    assert any("corrected" in str(d.value.columns.tolist()) for d in at.dataframe)


def test_trends_says_the_estimates_are_on_the_classifiers_scale_without_a_sample(trial):
    at = run_page(trial["db"], "trends")
    assert not at.exception, at.exception
    assert any(MEASURED_CAVEAT in str(c.value) for c in at.caption)
