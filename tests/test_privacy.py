"""Privacy guarantees: no network during a full run, and a case can be forgotten everywhere."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from casenotes.batch import score_file
from casenotes.store import Store


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test."""
    attempts = []

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise AssertionError(f"network connection attempted to {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a[0] if a else None))
    return attempts


def test_full_run_opens_no_network_connection(tmp_path, no_network, cli):
    from casenotes.synth import write

    paths = write(tmp_path / "n.csv", notes=60, seed=9)
    report = score_file(paths["notes"], tmp_path / "s.duckdb", people=paths["people"], teams=paths["teams"],
                        model="linear-v1")
    assert report.reconciles and report.notes_new == 60
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "a", "text": "F hit mum."}) + "\n")
    cli("classify", tmp_path / "c.jsonl", "-o", tmp_path / "o.jsonl", "--model", "linear-v1")
    cli("trends", "--db", tmp_path / "s.duckdb", "--json")
    assert no_network == []


def test_forget_removes_a_case_everywhere(tmp_path, cli):
    from casenotes.synth import write

    paths = write(tmp_path / "n.csv", notes=80, seed=4)
    db = tmp_path / "s.duckdb"
    score_file(paths["notes"], db, model="linear-v1")
    with Store(db, read_only=True) as store:
        case = store._query("SELECT case_id, count(*) AS n FROM notes GROUP BY case_id ORDER BY n DESC LIMIT 1").iloc[0]
    result = cli("forget", case["case_id"], "--db", db)
    assert f"removed {case['n']} notes" in result.stdout
    with Store(db, read_only=True) as store:
        assert store._query("SELECT count(*) FROM notes WHERE case_id = ?", [case["case_id"]]).iloc[0, 0] == 0
        orphans = store._query("SELECT count(*) FROM sentences s LEFT JOIN notes n USING (note_id) WHERE n.note_id IS NULL")
        assert orphans.iloc[0, 0] == 0


NEEDLE = "the turquoise lighthouse keeper counted seventeen porcelain umbrellas"


@pytest.fixture
def umask022():
    """The usual umask of a shared server, whatever the test runner's."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def score_cli(export: Path, db: Path, rejects: Path) -> dict:
    report = rejects.with_suffix(".json")
    result = subprocess.run(["casenotes", "score", str(export), "--db", str(db), "--model", "linear-v1",
                             "--rejects", str(rejects), "--report", str(report)], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    return json.loads(report.read_text())


@pytest.fixture
def export_with_a_long_note(tmp_path) -> tuple[Path, str, int]:
    """Synthetic notes plus a long note (stored as it is, not compressed, as long notes are) in one case; returns
    the export, the case and how many rows it has."""
    from casenotes.synth import write

    paths = write(tmp_path / "n.csv", notes=60, seed=4)
    notes = pd.read_csv(paths["notes"], dtype=str, keep_default_na=False)
    case = notes["case_id"].value_counts().index[0]
    long_note = {**notes[notes["case_id"] == case].iloc[0].to_dict(), "note_id": "N-LONG",
                 "text": " ".join(f"At the visit {NEEDLE}." for _ in range(250))}
    notes = pd.concat([notes, pd.DataFrame([long_note])], ignore_index=True)
    notes.to_csv(tmp_path / "export.csv", index=False)
    return tmp_path / "export.csv", case, int((notes["case_id"] == case).sum())


def test_forget_erases_the_case_from_the_file_and_later_runs_reject_it(tmp_path, export_with_a_long_note):
    from casenotes.annotate import AnnotationLog

    export, case, rows = export_with_a_long_note
    db = tmp_path / "s.duckdb"
    score_cli(export, db, tmp_path / "r1.csv")
    assert NEEDLE.encode() in db.read_bytes()
    notes = pd.read_csv(export, dtype=str, keep_default_na=False)
    other = notes.loc[notes["case_id"] != case, "note_id"].iloc[0]
    log = AnnotationLog(db)
    log.add(sentence_id="N-LONG:0", text=NEEDLE, labels=[], annotator="a", model="linear-v1")
    log.add(sentence_id=f"{other}:0", text="another case's sentence", labels=[], annotator="a", model="linear-v1")

    result = subprocess.run(["casenotes", "forget", case, "--db", str(db)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and f"removed {rows} notes" in result.stdout, result.stdout + result.stderr
    assert NEEDLE.encode() not in db.read_bytes()  # gone from the bytes, not only from the tables
    assert not db.with_name(db.name + ".wal").exists() and not db.with_name(db.name + ".compact").exists()
    assert [r["id"] for r in map(json.loads, log.path.read_text().splitlines())] == [f"{other}:0"]
    with Store(db, read_only=True) as store:
        assert store._query("SELECT count(*) FROM notes WHERE case_id = ?", [case]).iloc[0, 0] == 0
        kept = store._query("SELECT case_key FROM forgotten_cases")["case_key"].tolist()
        assert len(kept) == 1 and case not in kept[0]  # a keyed hash, not the id

    again = score_cli(export, db, tmp_path / "r2.csv")
    assert again["rejected_by_reason"] == {"forgotten_case": rows} and again["notes_new"] == 0 and again["reconciles"]
    rejects = pd.read_csv(tmp_path / "r2.csv", dtype=str, keep_default_na=False)
    assert (rejects["reason"] == "forgotten_case").sum() == rows and (rejects["note_id"] == "").all()
    with Store(db, read_only=True) as store:
        assert store._query("SELECT count(*) FROM notes WHERE case_id = ?", [case]).iloc[0, 0] == 0


def test_a_forgotten_case_is_not_stored_again_without_its_key(tmp_path, export_with_a_long_note):
    export, case, _ = export_with_a_long_note
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.forget_case(case)
    db.with_name(db.name + ".forget.key").unlink()
    result = subprocess.run(["casenotes", "score", str(export), "--db", str(db), "--model", "linear-v1"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1 and "[E325]" in result.stderr


def test_the_store_and_the_files_beside_it_are_for_their_owner_only(tmp_path, umask022, export_with_a_long_note):
    from casenotes.annotate import AnnotationLog

    export, case, _ = export_with_a_long_note
    db = tmp_path / "store" / "s.duckdb"
    score_cli(export, db, tmp_path / "out" / "rejects.csv")
    with Store(db) as store:  # the write-ahead log exists while a writer has uncommitted-to-file changes
        store.start_run({"input_name": "x", "input_sha256": "", "model": "", "model_sha256": "", "rubric": "",
                         "rubric_sha256": "", "code_version": ""})
        files = [db, db.with_name(db.name + ".wal"), db.with_name(db.name + ".lock")]
        assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files), [oct(f.stat().st_mode) for f in files]
        store.forget_case(case)
    AnnotationLog(db).add(sentence_id="N0000002:0", text="x", labels=[], annotator="a", model="m")
    for path in (db, tmp_path / "out" / "rejects.csv", db.with_name(db.name + ".forget.key"),
                 db.with_name("s_annotations.jsonl")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert stat.S_IMODE((tmp_path / "out").stat().st_mode) == 0o700
    assert os.umask(0o022) == 0o022  # the store put the process's umask back when it closed


def test_files_the_cli_writes_with_note_text_are_for_their_owner_only(tmp_path, umask022):
    """The installed console script under a shared server's umask (022): pseudonymised notes and their rejects,
    classified sentences and annotation tasks are created 0600 (an outsider's re-check found them 0644)."""
    export = tmp_path / "export.csv"
    pd.DataFrame({"note_id": ["N1", "N2"], "case_id": ["C1", "C1"],
                  "text": ["Mum said Dad hit her in front of the children.", ""]}).to_csv(export, index=False)
    sentences = tmp_path / "sentences.jsonl"
    sentences.write_text(json.dumps({"id": "s1", "text": "He pushed her while the baby watched."}) + "\n")
    runs = [["deid", str(export), "-o", str(tmp_path / "deid.jsonl")],
            ["classify", str(sentences), "-o", str(tmp_path / "classified.jsonl"), "--model", "rules-v1"],
            ["annotate", "export", str(sentences), "-o", str(tmp_path / "tasks.json")]]
    for args in runs:
        done = subprocess.run(["casenotes", *args], capture_output=True, text=True, timeout=300, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    for name in ("deid.jsonl", "deid_rejects.csv", "classified.jsonl", "tasks.json"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
    assert "missing_text" in (tmp_path / "deid_rejects.csv").read_text()  # written to, not only made
