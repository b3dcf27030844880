"""Concurrency: the store can be read while a batch run writes, and a second writer fails at once, clearly."""

from __future__ import annotations

import subprocess
import time

import pytest

from casenotes.store import Store


@pytest.mark.slow
def test_readers_get_in_while_a_batch_writes_and_a_second_writer_is_refused(tmp_path, cli):
    cli("synth", tmp_path / "n.csv", "--notes", 2000, "--seed", 51)
    db = tmp_path / "s.duckdb"
    cmd = ["casenotes", "score", str(tmp_path / "n.csv"), "--db", str(db), "--model", "rules-v1",
           "--chunk-size", "20", "--workers", "1"]
    writer = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 300
        while not db.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        second = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        counts = []
        while writer.poll() is None and time.monotonic() < deadline:
            with Store(db, read_only=True) as store:  # waits for a chunk write to finish, never fails
                counts.append(int(store._query("SELECT count(*) FROM notes").iloc[0, 0]))
            time.sleep(0.1)
        second_output = second.communicate(timeout=120)[0]
    finally:
        writer.wait(timeout=300)
    assert writer.returncode == 0, writer.stderr.read()
    assert second.returncode == 1, second_output
    assert "[E246]" in second_output and "Traceback" not in second_output
    assert len(counts) >= 3 and counts == sorted(counts) and counts[-1] > 0
    assert len(set(counts)) >= 2, "readers only ever saw one state: they did not get in during the run"
    with Store(db, read_only=True) as store:
        assert int(store._query("SELECT count(*) FROM notes").iloc[0, 0]) == 2000
