"""Dashboard forms record only what the user chose (issues #16 and #18): every test saves through the page,
twice in a row where a second save could pick up the first one's choices."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.app.test_pages import ROOT, run_page


@pytest.fixture
def study(trial, tmp_path) -> Path:
    """A private copy of the trial store (pages here write beside it)."""
    db = tmp_path / "study" / "study.duckdb"
    db.parent.mkdir()
    shutil.copy(trial["db"], db)
    return db


@pytest.fixture
def packet(study, cli, tmp_path) -> Path:
    """A blinded audit packet of three notes in the store's packets folder."""
    cli("sample", "--db", study, "--out", tmp_path / "s", "--strata", "borough", "--per-stratum", 1, "--seed", 2)
    out = study.parent / "audit_packets" / "round1"
    cli("audit", "export-blind", "--db", study, "--sample", tmp_path / "s" / "sample.csv", "--out", out)
    return out


def click(at: AppTest, label: str) -> AppTest:
    next(b for b in at.button if b.label == label).click().run()
    assert not at.exception, at.exception
    return at


def open_audit(db: Path, packet: Path, role: str = "researcher") -> AppTest:
    at = run_page(db, "audit", role=role)
    at.selectbox(key="audit_packet").set_value(packet.name).run()
    assert not at.exception, at.exception
    return at


def test_audit_next_unit_opens_empty_and_back_shows_the_saved_one(study, packet):
    at = open_audit(study, packet)
    first = at.subheader[0].value
    for radio, score in zip(at.radio, [4, 3, 2, 1]):
        radio.set_value(score)
    click(at, "Save and next")
    assert at.subheader[0].value != first
    assert [r.value for r in at.radio] == [None] * 4  # nothing carried over from the unit before
    click(at, "Save and next")  # saving unchanged must not record the first unit's scores for this one
    assert any("Score all four domains" in e.value for e in at.error)
    sheet = pd.read_csv(packet / "scored_test-researcher.csv", dtype=str, keep_default_na=False)
    assert (sheet["score_perpetrator_pattern"] != "").sum() == 1
    click(at, "Back")
    assert at.subheader[0].value == first and [r.value for r in at.radio] == [4, 3, 2, 1]


def tick(at: AppTest, label: str) -> None:
    next(c for c in at.checkbox if c.label == label.replace("_", " ")).check()


def test_annotate_saves_only_what_is_ticked_for_this_sentence(study):
    from casenotes.annotate import AnnotationLog

    at = run_page(study, "annotate")
    first = at.markdown[0].value
    tick(at, "victim_blaming")
    click(at, "Save")
    assert at.markdown[0].value != first
    assert not any(c.value for c in at.checkbox)  # the next sentence's boxes are clear ...
    click(at, "Save")  # ... and saving them clear records no label
    records = [r for r in AnnotationLog(study).latest().to_dict("records")]
    assert len(records) == 2
    assert records[0]["labels"] == ["victim_blaming"] and records[1]["labels"] == []


def score_unit(at: AppTest, scores: list[int], arm: str = "", timepoint: str = "") -> AppTest:
    for radio, score in zip(at.radio, scores):
        radio.set_value(score)
    guesses = {s.label: s for s in at.selectbox}
    guesses["Your guess: arm"].set_value(arm)
    guesses["Your guess: timepoint"].set_value(timepoint)
    return click(at, "Save and next")


def test_audit_correct_arm_guesses_count_as_correct_when_unblinding_is_measured(study, packet, cli, tmp_path):
    import json

    key = pd.read_csv(packet / "key.csv", dtype=str, keep_default_na=False).set_index("blind_id")
    assert {"comparison"} < set(key["arm"])  # comparison teams and teams at a training step
    at = open_audit(study, packet)
    for _ in range(len(key)):
        truth = key.loc[at.subheader[0].value.removeprefix("Unit ")]
        score_unit(at, [2, 2, 2, 2], arm="comparison" if truth["arm"] == "comparison" else "trained",
                   timepoint=truth["timepoint"])
    assert any("All units scored" in s.value for s in at.success)
    scores = tmp_path / "scores.csv"
    cli("audit", "import-scores", packet / "scored_test-researcher.csv", "--key", packet / "key.csv",
        "--scorer", "ana", "-o", scores)
    report = json.loads(cli("audit", "agreement", scores, "--json").stdout)
    blind = report["unblinding"][0]
    assert blind["arm_guesses"] == len(key) and blind["arm_correct"] == 1.0
    assert blind["timepoint_correct"] == 1.0


def test_audit_page_refuses_roles_that_may_not_see_text(study):
    import os

    from casenotes.app.auth import AccessLog

    os.environ["CASENOTES_DB"] = str(study)
    at = AppTest.from_file(str(ROOT / "casenotes" / "app" / "pages" / "audit.py"), default_timeout=60)
    at.session_state["user"] = {"name": "lead1", "role": "lead"}  # opened directly, not through the router
    at.run()
    assert not at.exception and any("Researchers and admins only" in e.value for e in at.error)
    assert not at.selectbox and not at.text_input and not at.radio
    assert AccessLog.for_store(study).read()[-1]["event"] == "text_refused"


def test_audit_packets_come_only_from_the_packets_folder_beside_the_store(study, packet, cli, tmp_path):
    from casenotes.app.data import packet_folder
    from casenotes.errors import InputError

    elsewhere = tmp_path / "elsewhere"
    cli("audit", "export-blind", "--db", study, "--sample", tmp_path / "s" / "sample.csv", "--out", elsewhere)
    (packet.parent / "link").symlink_to(elsewhere)
    at = open_audit(study, packet)
    assert at.selectbox(key="audit_packet").options == ["round1"]
    for name in (str(elsewhere), "../../elsewhere", "link", "round1/../../elsewhere"):
        with pytest.raises(InputError, match="E340"):
            packet_folder(str(study), name)
    assert packet_folder(str(study), "round1") == packet.resolve()
