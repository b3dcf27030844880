"""Crash safety: `casenotes score` killed with SIGKILL at random points, then re-run, stores every note once.

SIGKILL gives the process no chance to clean up, so this exercises DuckDB's write-ahead log replay and the
store's one-transaction-per-chunk design, not any exception handler.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import time

import duckdb
import pandas as pd
import psutil
import pytest


def _score(notes, db, *extra):
    return ["casenotes", "score", str(notes), "--db", str(db), "--model", "rules-v1", "--chunk-size", "20", *extra]


@pytest.mark.slow
def test_sigkill_at_random_points_then_resume_stores_every_note_exactly_once(tmp_path, cli):
    cli("synth", tmp_path / "n.csv", "--notes", 400, "--seed", 21)
    notes = tmp_path / "n.csv"
    db = tmp_path / "s.duckdb"
    rejects = tmp_path / "rejects.csv"
    rng = random.Random(7)
    kills = 0
    for _attempt in range(4):
        rejects.unlink(missing_ok=True)
        proc = subprocess.Popen(_score(notes, db, "--rejects", str(rejects)), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        # the rejects file is opened once the run is recorded: wait for it, then a random moment more
        deadline = time.monotonic() + 60
        while not rejects.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.uniform(0.1, 2.0))
        if proc.poll() is None:
            workers = psutil.Process(proc.pid).children(recursive=True)
            proc.send_signal(signal.SIGKILL)
            kills += 1
            # its worker processes cannot be shut down by it: they notice and exit on their own
            _, alive = psutil.wait_procs(workers, timeout=15)
            assert not alive, f"worker processes outlived their killed parent: {alive}"
        proc.wait(timeout=60)
    assert kills >= 2, "the runs finished before they could be killed; use more notes"

    final = subprocess.run(_score(notes, db), capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stdout + final.stderr

    source = pd.read_csv(notes, dtype=str)
    with duckdb.connect(str(db), read_only=True) as con:
        stored = con.execute("SELECT note_id, count(*) AS n FROM notes GROUP BY note_id").df()
        orphans = con.execute("""SELECT (SELECT count(*) FROM sentences WHERE note_id NOT IN (SELECT note_id FROM notes)),
                                        (SELECT count(*) FROM domain_scores WHERE note_id NOT IN (SELECT note_id FROM notes))""").fetchone()
        unscored = con.execute("""SELECT count(*) FROM notes n WHERE n_sentences > 0 AND
                                  (SELECT count(*) FROM sentences s WHERE s.note_id = n.note_id) != n.n_sentences""").fetchone()[0]
        no_scores = con.execute("""SELECT count(*) FROM notes WHERE note_id NOT IN
                                   (SELECT note_id FROM domain_scores)""").fetchone()[0]
        runs = con.execute("SELECT status, notes_new, notes_already_stored, rows_read, rows_rejected FROM runs "
                           "ORDER BY started_at").df()
    assert set(stored["note_id"]) == set(source["note_id"]) and (stored["n"] == 1).all()
    assert orphans == (0, 0) and unscored == 0 and no_scores == 0
    # every killed run is marked as not complete; the last one reconciles against the whole input
    assert (runs["status"].iloc[:-1] != "complete").sum() >= kills - 1
    last = runs.iloc[-1]
    assert last["status"] == "complete"
    assert last["rows_read"] == len(source) == last["notes_new"] + last["notes_already_stored"] + last["rows_rejected"]
    info = json.loads(cli("info", "--db", db, "--json").stdout)
    assert info["notes"] == len(source)
