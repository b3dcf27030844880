"""The Safe & Together lead's view (issue #18 items 6-9): her borough fixed by her account, what changed since
training in plain words, suppressed groups marked with "< N", and files she can take to a meeting."""

from __future__ import annotations

import io
import re
import shutil
import sys
from pathlib import Path

import pypdf
import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

from tests.app.test_pages import run_page

BOROUGH = "Camden"


@pytest.fixture(scope="module")
def lead_store(trial, cli, tmp_path_factory):
    """A copy of the trial store with the trial analysis cached (as `casenotes trends` leaves it) and a lead whose
    account is tied to one borough."""
    from casenotes.app.auth import UserStore, users_file

    db = tmp_path_factory.mktemp("lead") / "store.duckdb"
    shutil.copy(trial["db"], db)
    cli("trends", "--db", db)
    UserStore(users_file(db)).add("test-lead", "lead", "test password 123", borough=BOROUGH)
    return db


@pytest.fixture
def downloads(monkeypatch):
    """The bytes of every download the page offers, by file name (caught where Streamlit stores them)."""
    files: dict[str, bytes] = {}
    store = MemoryMediaFileStorage.load_and_get_id

    def keep(self, path_or_data, mimetype, kind, filename=None):
        if filename and isinstance(path_or_data, (bytes, str)):
            files[filename] = path_or_data if isinstance(path_or_data, bytes) else path_or_data.encode()
        return store(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", keep)
    return files


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return len(reader.pages), " ".join(page.extract_text() for page in reader.pages)


def shown(at) -> str:
    """Every markdown and caption on the page as the reader sees it (Markdown escapes taken off)."""
    return " ".join(e.value for e in [*at.markdown, *at.caption]).replace("\\", "")


def table(at, column: str):
    """The first table on the page with ``column`` (the group table has "Suppressed", the analysts' "term")."""
    return next(d.value for d in at.dataframe if column in d.value.columns)


def test_a_leads_pages_are_tied_to_her_borough(lead_store):
    for page in ("trends", "overview"):
        at = run_page(lead_store, page, role="lead")
        assert not at.exception, at.exception
        box = at.selectbox(key="place_borough")
        assert box.value == BOROUGH and box.disabled
    at = run_page(lead_store, "trends", role="lead")
    at.selectbox(key="trend_group").set_value("team").run()
    teams = set(table(at, "Suppressed")["Team"])
    assert f"{BOROUGH} (all teams)" in teams and all("/" not in t for t in teams)  # her teams, no one else's


def test_users_without_a_scope_pick_a_borough_and_team(lead_store):
    at = run_page(lead_store, "trends", role="researcher")
    assert not at.selectbox(key="place_borough").disabled and at.selectbox(key="place_borough").value is None
    at.selectbox(key="place_borough").set_value("Camden").run()
    at.selectbox(key="place_team").set_value("Assessment 1").run()
    assert not at.exception
    text = shown(at)
    assert "Camden / Assessment 1 (trained" in text and "Camden / Child in Need 1" not in text


def test_what_changed_since_training_in_plain_words(lead_store):
    at = run_page(lead_store, "trends", role="lead")
    assert not at.exception
    text = shown(at)
    # the study's trial estimate, its plausible range and what the range is consistent with
    assert re.search(r"Victim-blaming language: (up|down|about the same,) about [\d.]+ per 100 sentences "
                     r"\(plausible range [-+]?[\d.]+ to [-+]?[\d.]+\)", text)
    assert "The range includes no change" in text or "The range does not include no change" in text
    assert "W050" in text  # 12 teams: the range relies on small-sample corrections
    # her borough alone has too few teams for a trial estimate (E430), and team figures are descriptive
    assert f"{BOROUGH} has 2 teams, too few for a trial estimate of its own" in text and "E430" in text
    assert "descriptive, not trial effects" in text and "classifier's scale" in text
    # the model tables are for analysts, p-values readable
    assert any(e.label == "For analysts" for e in at.expander)
    estimates = table(at, "term")
    assert {"term", "df", "p"} <= set(estimates.columns)
    assert not any(re.search(r"0\.0000", str(p)) for p in estimates["p"])
    at.checkbox(key="analyst_icc").check().run()
    assert {"outcome", "icc", "cac"} <= set(table(at, "icc").columns)


def test_suppressed_groups_show_less_than_the_floor_never_their_count(lead_store, downloads):
    at = run_page(lead_store, "trends", role="lead")
    at.selectbox(key="trend_group").set_value("team").run()
    groups = table(at, "Suppressed")
    small = groups["Suppressed"] == "yes"
    assert small.any() and (groups.loc[small, "Notes"] == "< 10").all()
    assert groups.loc[small, "Mean"].isna().all() and (groups.loc[small, "Sentences"] == "").all()
    _, chart = pdf_text(downloads["trends_victim_blaming.pdf"])
    assert "suppressed (< 10 notes)" in chart  # the chart marks the group instead of dropping it
    monthly = downloads["trends_victim_blaming_monthly.csv"].decode()
    assert "< 10" in monthly and "yes" in monthly


def test_the_floor_cannot_be_lowered_only_raised(lead_store, monkeypatch):
    monkeypatch.setenv("CASENOTES_MIN_NOTES", "15")
    at = run_page(lead_store, "trends", role="lead")
    box = at.number_input(key="trend_min_notes")
    assert box.min == 15 and box.value == 15
    box.set_value(3).run()  # the browser refuses it; a value sent anyway is still held to the floor
    at.selectbox(key="trend_group").set_value("team").run()
    groups = table(at, "Suppressed")
    assert set(groups.loc[groups["Suppressed"] == "yes", "Notes"]) == {"< 15"}
    at.number_input(key="trend_min_notes").set_value(40).run()
    groups = table(at, "Suppressed")
    assert set(groups.loc[groups["Suppressed"] == "yes", "Notes"]) == {"< 40"}


def test_meeting_ready_exports(lead_store, downloads):
    at = run_page(lead_store, "trends", role="lead")
    assert not at.exception
    png = downloads["trends_victim_blaming.png"]
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pages, text = pdf_text(downloads["trends_victim_blaming.pdf"])
    assert "Victim-blaming language by team" not in text and "Victim-blaming language by borough" in text
    assert "Source: casenotes" in text and "fewer than 10 notes" in text and "Exported 20" in text
    assert "timepoint" not in text and "Before training" in text  # readable labels, no snake_case
    csv = downloads["trends_victim_blaming.csv"].decode()
    header = csv.splitlines()[0]
    assert header.startswith("Borough,Timepoint,Outcome,Notes") and "_" not in header
    assert not re.search(r"\d\.\d{3,}", csv)  # rounded
    pages, report = pdf_text(downloads["team_report.pdf"])
    assert pages == 1
    for words in ("What changed since training: Camden", "plausible range", "descriptive", "suppressed",
                  "Source: casenotes"):
        assert words in report, words


def test_a_users_scope_is_set_listed_and_checked_from_the_command_line(tmp_path):
    import subprocess

    users = tmp_path / "users.toml"
    casenotes = [str(Path(sys.executable).with_name("casenotes"))]
    add = subprocess.run([*casenotes, "users", "add", "lead2", "--role", "lead", "--borough", "Barking & Dagenham",
                          "--team", "Assessment 1", "--users", str(users), "--password-stdin"],
                         input="a long password 1\n", capture_output=True, text=True)
    assert add.returncode == 0, add.stderr
    listed = subprocess.run([*casenotes, "users", "list", "--users", str(users)], capture_output=True, text=True)
    assert re.split(r"\s{2,}", listed.stdout.strip()) == ["lead2", "lead", "Barking & Dagenham", "Assessment 1"]
    no_borough = subprocess.run([*casenotes, "users", "add", "lead3", "--role", "lead", "--team", "Assessment 1",
                                 "--users", str(users), "--password-stdin"], input="a long password 1\n",
                                capture_output=True, text=True)
    assert no_borough.returncode == 1 and "[E491]" in no_borough.stdout + no_borough.stderr
    users.write_text(users.read_text().replace('borough = "Barking & Dagenham"', "borough = 3"))
    bad = subprocess.run([*casenotes, "users", "list", "--users", str(users)], capture_output=True, text=True)
    assert bad.returncode == 1 and "[E490]" in bad.stdout + bad.stderr and "lead2" in bad.stdout + bad.stderr
