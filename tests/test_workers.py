"""Parallel scoring: worker processes give exactly the rows one process gives."""

from __future__ import annotations

import duckdb
import pytest


def _dump(db):
    with duckdb.connect(str(db), read_only=True) as con:
        notes = con.execute("SELECT * EXCLUDE (run_id) FROM notes ORDER BY note_id").df()
        sents = con.execute("SELECT * FROM sentences ORDER BY note_id, sent_idx").df()
        scores = con.execute("SELECT * FROM domain_scores ORDER BY note_id, domain").df()
    return notes, sents, scores


@pytest.mark.slow
def test_two_workers_store_the_same_rows_as_one(tmp_path, cli):
    cli("synth", tmp_path / "n.csv", "--notes", 300, "--seed", 31)
    common = ["--model", "linear-v1", "--people", tmp_path / "n_people.csv", "--chunk-size", 40]
    one = cli("score", tmp_path / "n.csv", "--db", tmp_path / "one.duckdb", "--workers", 1, *common)
    # the same pseudonym key, so both stores hold the same pseudonyms
    (tmp_path / "two.duckdb.key").write_bytes((tmp_path / "one.duckdb.key").read_bytes())
    two = cli("score", tmp_path / "n.csv", "--db", tmp_path / "two.duckdb", "--workers", 2, *common)
    assert "notes scored (new)   300" in one.stdout and "notes scored (new)   300" in two.stdout
    a, b = _dump(tmp_path / "one.duckdb"), _dump(tmp_path / "two.duckdb")
    for x, y in zip(a, b):
        assert len(x) and x.equals(y)
