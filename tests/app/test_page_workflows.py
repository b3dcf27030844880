"""Dashboard forms record only what the user chose (issues #16 and #18): every test saves through the page,
twice in a row where a second save could pick up the first one's choices."""

from __future__ import annotations

import io
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
        truth = key.loc[at.subheader[0].value.removeprefix("Unit ").replace("\\", "")]  # shown Markdown-escaped
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


# -- Batch ------------------------------------------------------------------------------------------------------

@pytest.fixture
def downloads(monkeypatch) -> dict[str, object]:
    """What each download button offers (label -> data), as the page passed it."""
    import streamlit as st
    from streamlit.delta_generator import DeltaGenerator

    offered: dict[str, object] = {}
    real = DeltaGenerator.download_button

    def capture(self, label, data, *args, **kwargs):
        offered[label] = data
        return real(self, label, data, *args, **kwargs)

    monkeypatch.setattr(DeltaGenerator, "download_button", capture)  # columns' buttons
    monkeypatch.setattr(st, "download_button", st._main.download_button)  # st.download_button, bound at import
    return offered


def export_csv(trial, *, boroughs: tuple[str, ...] | None = None, rows: int = 9) -> bytes:
    """An export in an authority's own column names: rows from teams the study knows, or from new boroughs."""
    teams = pd.read_csv(trial["dir"] / "notes_teams.csv")
    place = ([(b, "Assessment 1") for b in boroughs] if boroughs else list(zip(teams["borough"], teams["team"])))
    frame = pd.DataFrame({
        "ID": [f"UP{i:03d}" for i in range(rows)],
        "Body": ["Dad hit mum in front of C1. C1 was scared and mum asked for help with a plan."] * rows,
        "Date": ["03/04/2025"] * rows, "Case": [f"C9{i:03d}" for i in range(rows)],
        "Borough": [place[i % len(place)][0] for i in range(rows)],
        "Team": [place[i % len(place)][1] for i in range(rows)], "Extra": ["=HYPERLINK(1)"] * rows})
    return frame.to_csv(index=False).encode()


def map_export(at: AppTest) -> AppTest:
    for source, target in (("ID", "note_id"), ("Body", "text"), ("Date", "recorded_at"), ("Case", "case_id"),
                           ("Borough", "borough"), ("Team", "team")):
        at.selectbox(key=f"batch_map_{target}").set_value(source)
    return at.run()


def upload(at: AppTest, data: bytes, name: str = "export.csv", people: bytes | None = None) -> AppTest:
    at.file_uploader(key="batch_upload").set_value((name, data, "text/csv"))
    if people is not None:
        at.file_uploader(key="batch_people").set_value(("people.csv", people, "text/csv"))
    at.run()
    assert not at.exception, at.exception
    return at


def score(at: AppTest) -> AppTest:
    at.button(key="batch_go").click().run()
    assert not at.exception, at.exception
    return at


def study_facts(db: Path) -> tuple[int, list[str]]:
    from casenotes.store import Store

    with Store(db, read_only=True) as store:
        info = store.info()
    return info["notes"], info["boroughs"]


def events(db: Path, name: str) -> list[dict]:
    from casenotes.app.auth import AccessLog

    return [e for e in AccessLog.for_store(db).read() if e["event"] == name]


def test_batch_scores_into_a_scratch_store_and_refuses_teams_without_training_dates(study, trial):
    before = study_facts(study)
    at = map_export(upload(run_page(study, "batch"), export_csv(trial, boroughs=("Atlantis", "Lemuria"))))
    score(at)
    assert study_facts(study) == before  # the study store is untouched: no notes, no boroughs
    [scored] = events(study, "batch_score")
    scratch = Path(scored["store"])
    assert scored["user"] == "test-admin" and scored["rows"] == 9 and scratch.is_file() and study_facts(scratch)[0] == 9
    assert scratch.parent.parent == study.parent / "batch_scratch"
    assert scratch.parent.parent.stat().st_mode & 0o777 == 0o700
    [refusal] = [e.value for e in at.error]
    assert "Atlantis" in refusal and "Lemuria" in refusal  # one message listing both new boroughs' teams
    assert not [b for b in at.button if b.label == "Add to the study store"]


def test_batch_adds_to_the_study_store_only_when_confirmed_and_logs_it(study, trial):
    notes, boroughs = study_facts(study)
    at = map_export(upload(run_page(study, "batch"), export_csv(trial)))
    score(at)
    assert study_facts(study) == (notes, boroughs)
    add = next(b for b in at.button if b.label == "Add to the study store")
    assert add.disabled  # until confirmed
    at.checkbox(key="batch_confirm").check().run()
    click(at, "Add to the study store")
    assert study_facts(study) == (notes + 9, boroughs)
    [added] = events(study, "batch_add")
    assert added["user"] == "test-admin" and added["notes_new"] == 9 and added["rows"] == 9
    assert added["store"] == str(study) and any("Added to" in s.value for s in at.success)


def test_batch_pseudonymises_the_names_of_an_uploaded_people_table(study, trial):
    from casenotes.store import Store

    data = export_csv(trial, rows=2).replace(b"Dad hit mum", b"Quentin Zorblax hit Marigold Wexley")
    people = b"case_id,name,role\n" + b"".join(b"C900%d,Quentin Zorblax,PCH\nC900%d,Marigold Wexley,NAP\n" % (i, i)
                                              for i in range(2))
    at = map_export(upload(run_page(study, "batch"), data, people=people))
    score(at)
    with Store(events(study, "batch_score")[0]["store"], read_only=True) as store:
        texts = " ".join(store._query("SELECT text FROM notes")["text"])
    assert texts and not any(n in texts for n in ("Quentin", "Zorblax", "Marigold", "Wexley"))


def test_batch_keeps_uploads_off_disk_between_runs_and_removes_its_copies(study, trial, tmp_path, monkeypatch):
    import tempfile

    import casenotes.batch

    scratch_tmp = tmp_path / "tmp"
    scratch_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch_tmp))
    modes, real = [], casenotes.batch.score_file

    def spy(input_path, *args, **kwargs):  # the folder the export is scored from, while it is scored
        modes.append(Path(input_path).parent.stat().st_mode & 0o777)
        return real(input_path, *args, **kwargs)

    monkeypatch.setattr(casenotes.batch, "score_file", spy)
    at = upload(run_page(study, "batch"), export_csv(trial))
    for _ in range(3):
        at.run()
    map_export(at)
    score(at)
    at.run()
    assert not at.exception and modes == [0o700]
    assert not list(scratch_tmp.iterdir())  # nothing left behind, however many runs


def test_batch_preview_refuses_a_workbook_that_would_inflate_past_ingest_limits(study, trial):
    import io
    import zipfile

    buf = io.BytesIO()
    pd.read_csv(io.BytesIO(export_csv(trial, rows=2))).to_excel(buf, index=False)
    with zipfile.ZipFile(buf, "a", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/media/padding.bin", b"\0" * (8 << 20))  # 8 MB of zeros in a few KB
    at = run_page(study, "batch")
    at.file_uploader(key="batch_upload").set_value(("export.xlsx", buf.getvalue(), "application/vnd.ms-excel")).run()
    assert not at.exception, at.exception
    assert any("E200" in e.value for e in at.error) and not at.selectbox


def test_batch_results_keep_the_exports_columns_show_rejects_and_outlast_a_download(study, trial, downloads):
    import io

    data = export_csv(trial, rows=3)
    data += data.splitlines(keepends=True)[-1]  # the last row again: a duplicate, rejected
    at = map_export(upload(run_page(study, "batch"), data))
    score(at)
    at.run()  # a download button reruns the page: the results must still be there
    assert {"Download per-row results (CSV)", "Download rejects (CSV)"} <= {b.label for b in at.get("download_button")}
    results = pd.read_csv(io.StringIO(downloads["Download per-row results (CSV)"]), dtype=str, keep_default_na=False)
    assert list(results.columns[:6]) == ["ID", "Date", "Case", "Borough", "Team", "Extra"]  # the note text is not
    assert {"casenotes_status", "n_victim_blaming", "perpetrator_pattern"} <= set(results.columns)
    assert list(results["casenotes_status"]) == ["scored", "scored", "scored", "duplicate_note"]
    assert (results["Extra"] == "'=HYPERLINK(1)").all()  # formula-like cells quoted
    shown = at.dataframe[-1].value
    assert list(shown["reason"]) == ["duplicate_note"] and list(shown["row"].astype(int)) == [4]


# -- Escaping and downloads -------------------------------------------------------------------------------------

EVIL = "http://evil.example/"
HOSTILE_TEAM = f"![t]({EVIL}team.png)"
HOSTILE_BOROUGH = '=HYPERLINK("http://evil.example/b")'
IMAGE_BOROUGH = f"![b]({EVIL}borough.png)"
HOSTILE_TEXT = f"\n\n![n]({EVIL}note.png) <img src={EVIL}tag.png>"


GUESSED = {"note_id": "ID", "text": "Body", "recorded_at": "Date", "case_id": "Case", "borough": "Borough",
           "team": "Team"}


def mapped(at: AppTest) -> dict[str, str]:
    """casenotes column -> the export column the page's selectors now hold (mapped ones only)."""
    return {s.key.removeprefix("batch_map_"): s.value for s in at.selectbox
            if s.key and s.key.startswith("batch_map_") and s.value != "(none)"}


def test_batch_guesses_the_mapping_from_header_names(study, trial):
    at = upload(run_page(study, "batch"), export_csv(trial))
    assert mapped(at) == GUESSED  # "Extra" matches no casenotes column and is left unmapped
    assert not at.button(key="batch_go").disabled


def test_batch_score_is_disabled_until_note_id_and_text_come_from_columns_of_their_own(study, trial):
    frame = pd.read_csv(io.BytesIO(export_csv(trial))).rename(columns={"ID": "Ref", "Body": "Words"})
    at = upload(run_page(study, "batch"), frame.to_csv(index=False).encode())
    assert "note_id" not in mapped(at) and "text" not in mapped(at)
    assert at.button(key="batch_go").disabled
    assert any("choose the export's note_id column" in w.value for w in at.warning)
    at.selectbox(key="batch_map_note_id").set_value("Ref")
    at.selectbox(key="batch_map_text").set_value("Ref").run()  # one column for both
    assert at.button(key="batch_go").disabled and any("more than one column" in w.value for w in at.warning)
    at.selectbox(key="batch_map_text").set_value("Words").run()
    assert not at.button(key="batch_go").disabled and not at.warning[1:]
    score(at)
    assert at.session_state["batch"]["report"]["notes_new"] == 9


def test_batch_mapping_saved_as_yaml_loads_again_here_and_in_the_cli(study, trial, downloads, cli, tmp_path):
    import yaml

    at = upload(run_page(study, "batch"), export_csv(trial))
    at.selectbox(key="batch_map_author_id").set_value("Extra").run()
    saved = downloads["Save this mapping (YAML)"]
    assert yaml.safe_load(saved)["columns"] == {**{v: k for k, v in GUESSED.items()}, "Extra": "author_id"}
    fresh = upload(run_page(study, "batch"), export_csv(trial))
    for target in ("note_id", "author_id"):
        fresh.selectbox(key=f"batch_map_{target}").set_value("(none)")
    fresh.file_uploader(key="batch_mapping_file").set_value(("mine.yaml", saved.encode(), "application/x-yaml"))
    fresh.run()
    assert not fresh.exception and mapped(fresh) == {**GUESSED, "author_id": "Extra"}
    (tmp_path / "mine.yaml").write_text(saved, encoding="utf-8")  # the same file serves `casenotes score`
    (tmp_path / "export.csv").write_bytes(export_csv(trial))
    cli("score", tmp_path / "export.csv", "--db", tmp_path / "cli.duckdb", "--mapping", tmp_path / "mine.yaml",
        "--model", "linear-v1")


def test_batch_mapping_file_that_does_not_fit_is_one_line_not_a_traceback(study, trial):
    at = upload(run_page(study, "batch"), export_csv(trial))
    at.file_uploader(key="batch_mapping_file").set_value(
        ("other.yaml", b"columns:\n  NoteRef: note_id\n  Body: text\n", "application/x-yaml"))
    at.run()
    assert not at.exception
    [error] = [e.value.replace("\\", "") for e in at.error]  # shown as text: punctuation escaped for Markdown
    assert error.startswith("[E481]") and "NoteRef" in error and "\n" not in error
    assert mapped(at) == GUESSED  # the selectors keep what they held
    at.file_uploader(key="batch_mapping_file").set_value(("bad.yaml", b"columns: [1, 2", "application/x-yaml"))
    at.run()
    assert not at.exception and at.error[0].value.replace("\\", "").startswith("[E011] Mapping file 'bad.yaml'")


@pytest.fixture
def hostile(study) -> Path:
    """The study store with an image link in every team name and one borough's name, a formula as another's,
    and an image link and an HTML image after a blank line in every note and sentence."""
    from casenotes.store import Store

    with Store(study) as store:
        store._con.execute("UPDATE notes SET team = ?, text = text || ?, borough = CASE borough WHEN 'Camden' THEN ? "
                           "WHEN 'Croydon' THEN ? ELSE borough END", [HOSTILE_TEAM, HOSTILE_TEXT, HOSTILE_BOROUGH,
                                                                      IMAGE_BOROUGH])
        store._con.execute("UPDATE sentences SET text = text || ?", [HOSTILE_TEXT])
        store.refresh_cells()
    return study


def rendered(at: AppTest) -> list[str]:
    """Everything the page gave Streamlit to read as Markdown: text elements, alerts, and every label."""
    markdown = {"markdown", "caption", "title", "header", "subheader", "success", "info", "warning", "error"}
    out = []
    for root in (at.main, at.sidebar):
        for e in root:
            if getattr(e, "type", None) in markdown and isinstance(getattr(e, "value", None), str):
                out.append(e.value)
            if isinstance(getattr(e, "label", None), str):
                out.append(e.label)
    return out


def outside_fetches(at: AppTest) -> list[str]:
    """Tags linking to or loading from the outside host in the HTML that Markdown (CommonMark, raw HTML allowed,
    as in the dashboard's unsafe_allow_html blocks) makes of what the page rendered."""
    from html.parser import HTMLParser

    from markdown_it import MarkdownIt

    found: list[str] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend(f"<{tag} {k}={v}>" for k, v in attrs if k in ("src", "href") and (v or "").startswith(EVIL))

    markdown = MarkdownIt("commonmark", {"html": True})
    for text in rendered(at):
        Tags().feed(markdown.render(text))
    return found


@pytest.mark.parametrize("page", ["overview", "notes", "annotate"])
def test_store_names_and_text_render_as_plain_text(hostile, page):
    at = run_page(hostile, page)
    if page == "notes":
        at.selectbox(key="notes_label").set_value("victim_blaming").run()
    assert not at.exception, at.exception
    assert any("evil" in t for t in rendered(at))  # the names and text are on the page ...
    assert outside_fetches(at) == []  # ... as text: nothing is fetched from the outside host


def test_audit_unit_text_renders_as_plain_text(hostile, packet):
    at = open_audit(hostile, packet)
    assert any("evil" in t for t in rendered(at))
    assert outside_fetches(at) == []


def test_batch_messages_render_upload_names_as_plain_text(study, trial):
    at = map_export(upload(run_page(study, "batch"), export_csv(trial, boroughs=(f"![b]({EVIL}b.png)",))))
    score(at)
    assert any("evil" in t for t in rendered(at)) and outside_fetches(at) == []


def test_dashboard_csv_downloads_quote_formula_like_cells(hostile, downloads):
    import io

    at = run_page(hostile, "trends")
    assert not at.exception, at.exception
    csvs = {label: data for label, data in downloads.items() if label.endswith("(CSV)")}
    assert {"Download this table (CSV)", "Download its data (CSV)", "Download the wedge (CSV)"} <= set(csvs)
    for label, data in csvs.items():
        cells = pd.read_csv(io.StringIO(data), dtype=str, keep_default_na=False).to_numpy().ravel().tolist()
        assert not [c for c in cells if c.startswith(("=", "@"))], label  # (a leading - is also a number)
    table = pd.read_csv(io.StringIO(csvs["Download this table (CSV)"]), dtype=str, keep_default_na=False)
    assert "'" + HOSTILE_BOROUGH in set(table["Borough"])  # readable headers (issue #18 item 9)


# -- Audit packets made on the page (issue #18, item 14) --------------------------------------------------------

def test_audit_packet_is_drawn_from_the_store_on_the_page_and_opens_for_scoring(study):
    at = run_page(study, "audit")
    assert not at.exception and any("create one above" in i.value for i in at.info)
    assert at.button(key="audit_create").disabled  # no name yet
    at.text_input(key="audit_new_name").set_value("round2")
    at.number_input(key="audit_new_per_stratum").set_value(1).run()
    click(at, "Create packet")
    packet = study.parent / "audit_packets" / "round2"
    assert (packet / "to_score.csv").is_file() and (packet / "key.csv").is_file()
    assert (study.parent / "audit_samples" / "round2" / "sample.csv").is_file()  # the draw can be reproduced
    assert at.selectbox(key="audit_packet").value == "round2" and at.subheader[0].value.startswith("Unit ")
    [made] = events(study, "audit_packet_created")
    assert made["packet"] == "round2" and made["units"] == len(pd.read_csv(packet / "to_score.csv"))
    at.text_input(key="audit_new_name").set_value("round2").run()
    click(at, "Create packet")  # the name is taken: one line, nothing overwritten
    assert any(e.value.replace("\\", "").startswith("[E484]") for e in at.error)
    at.text_input(key="audit_new_name").set_value("../outside").run()
    click(at, "Create packet")
    assert any(e.value.replace("\\", "").startswith("[E483]") for e in at.error)
    assert not (study.parent / "outside").exists()


def test_audit_packet_from_an_uploaded_sample_file(study, cli, tmp_path):
    cli("sample", "--db", study, "--out", tmp_path / "s", "--strata", "borough", "--per-stratum", 1, "--seed", 2)
    at = run_page(study, "audit")
    at.text_input(key="audit_new_name").set_value("uploaded")
    at.selectbox(key="audit_new_source").set_value("Upload a sample file").run()
    assert at.button(key="audit_create").disabled  # no file yet
    at.file_uploader(key="audit_new_sample").set_value(
        ("my_sample.csv", (tmp_path / "s" / "sample.csv").read_bytes(), "text/csv")).run()
    click(at, "Create packet")
    sample = pd.read_csv(tmp_path / "s" / "sample.csv", dtype=str)
    key = pd.read_csv(study.parent / "audit_packets" / "uploaded" / "key.csv", dtype=str)
    assert sorted(key["unit_id"]) == sorted(sample["unit_id"])
    at.text_input(key="audit_new_name").set_value("wrong")
    at.file_uploader(key="audit_new_sample").set_value(("notes.csv", b"a,b\n1,2\n", "text/csv")).run()
    click(at, "Create packet")
    assert any(e.value.replace("\\", "").startswith("[E166] notes.csv") for e in at.error)
