"""Scale-out: a directory of Parquet partitions scored on a Dask LocalCluster stores exactly what the local
engine stores from the same input."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest


def _rows(db):
    with duckdb.connect(str(db), read_only=True) as con:
        return [con.execute(q).df() for q in (
            "SELECT * EXCLUDE (run_id) FROM notes ORDER BY note_id",
            "SELECT * FROM sentences ORDER BY note_id, sent_idx",
            "SELECT * FROM domain_scores ORDER BY note_id, domain",
            "SELECT * EXCLUDE (run_id) FROM rejects ORDER BY source, row")]


@pytest.mark.slow
def test_dask_engine_matches_the_local_engine_on_partitions(tmp_path, cli):
    pytest.importorskip("distributed")
    cli("synth", tmp_path / "n.parquet", "--notes", 240, "--seed", 41)
    notes = pd.read_parquet(tmp_path / "n.parquet")
    notes.loc[5, "text"] = ""  # a reject, so rejects are compared too
    parts = tmp_path / "parts"
    parts.mkdir()
    for k in range(3):
        notes.iloc[k * 80:(k + 1) * 80].to_parquet(parts / f"part-{k:03d}.parquet", index=False)
    common = ["--model", "linear-v1", "--people", tmp_path / "n_people.parquet", "--chunk-size", 50]
    local = cli("score", parts, "--db", tmp_path / "local.duckdb", "--workers", 1, *common)
    # the same pseudonym key, so both stores hold the same pseudonyms
    (tmp_path / "dask.duckdb.key").write_bytes((tmp_path / "local.duckdb.key").read_bytes())
    dask = cli("score", parts, "--db", tmp_path / "dask.duckdb", "--engine", "dask", "--workers", 2, *common)
    assert "rows read            240" in local.stdout and "rows read            240" in dask.stdout
    for a, b in zip(_rows(tmp_path / "local.duckdb"), _rows(tmp_path / "dask.duckdb")):
        pd.testing.assert_frame_equal(a, b)
    # resumable as the local engine: a second run adds nothing
    again = cli("score", parts, "--db", tmp_path / "dask.duckdb", "--engine", "dask", "--workers", 2, *common)
    assert "notes scored (new)   0" in again.stdout


def test_unknown_engine_and_empty_partition_directory_are_clear_errors(tmp_path, cli):
    from casenotes.errors import InputError
    from casenotes.batch import score_file

    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=r"\[E244\] Input directory 'empty'"):
        cli("score", tmp_path / "empty", "--db", tmp_path / "s.duckdb")
    (tmp_path / "n.csv").write_text("note_id,text\n1,Seen.\n")
    with pytest.raises(InputError, match=r"\[E245\] --engine 'spark'"):
        score_file(tmp_path / "n.csv", tmp_path / "s.duckdb", engine="spark")
    assert cli("score", tmp_path / "n.csv", "--db", tmp_path / "s.duckdb", "--engine", "spark", ok=False).exit_code == 2


def _score_on(scheduler: str, tmp_path, env: dict[str, str] | None = None):
    import os
    import subprocess

    pytest.importorskip("distributed")
    notes = tmp_path / "n.csv"
    notes.write_text("note_id,case_id,text\nn1,c1,Mum was seen at home.\n")
    return subprocess.run(["casenotes", "score", str(notes), "--db", str(tmp_path / "s.duckdb"), "--model", "rules-v1",
                           "--engine", "dask", "--scheduler", scheduler], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "500", **(env or {})})


@pytest.mark.parametrize("scheduler", ["tcp://192.0.2.10:8786", "192.0.2.10:8786", "tls://192.0.2.10:8786",
                                       "tcp://scheduler.example.org:8786"])
def test_a_scheduler_on_another_machine_without_tls_is_refused(tmp_path, scheduler):
    """Chunks reach the workers before pseudonymisation: over plain TCP (or TLS without certificates) they would
    cross the network as raw note text and real names. Refused before any connection, in one line."""
    result = _score_on(scheduler, tmp_path)
    assert result.returncode == 1 and "[E326]" in result.stderr and "tls://" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.strip().splitlines()[-1].count("[E") == 1


def test_a_tls_scheduler_with_certificates_configured_is_tried(tmp_path):
    """With Dask's TLS settings the address passes the check and the client goes on to connect (here it fails at
    once: the certificate files are empty)."""
    for name in ("ca.pem", "cert.pem", "key.pem"):
        (tmp_path / name).write_text("")
    result = _score_on("tls://192.0.2.10:8786", tmp_path, {
        "DASK_DISTRIBUTED__COMM__TLS__CA_FILE": str(tmp_path / "ca.pem"),
        "DASK_DISTRIBUTED__COMM__TLS__CLIENT__CERT": str(tmp_path / "cert.pem"),
        "DASK_DISTRIBUTED__COMM__TLS__CLIENT__KEY": str(tmp_path / "key.pem"),
        "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert result.returncode == 1 and "[E326]" not in result.stderr and "[E243]" in result.stderr, result.stderr
