"""Privacy guarantees: no network during a full run, and a case can be forgotten everywhere."""

from __future__ import annotations

import json
import socket

import pytest

from casenotes.scoring import score_file
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
        case = store.query("SELECT case_id, count(*) AS n FROM notes GROUP BY case_id ORDER BY n DESC LIMIT 1").iloc[0]
    result = cli("forget", case["case_id"], "--db", db)
    assert f"removed {case['n']} notes" in result.stdout
    with Store(db, read_only=True) as store:
        assert store.query("SELECT count(*) FROM notes WHERE case_id = ?", [case["case_id"]]).iloc[0, 0] == 0
        orphans = store.query("SELECT count(*) FROM sentences s LEFT JOIN notes n USING (note_id) WHERE n.note_id IS NULL")
        assert orphans.iloc[0, 0] == 0
