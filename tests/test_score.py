"""Batch scoring into the store: reconciliation, rejects, idempotent re-runs, resume, pseudonymisation."""

from __future__ import annotations

import json

import duckdb
import pandas as pd
import pytest

from casenotes.batch import score_file
from casenotes.store import Store


def info(cli, db):
    return json.loads(cli("info", "--db", db, "--json").stdout)


def test_trial_store_reconciles_and_holds_all_boroughs(trial, cli):
    got = info(cli, trial["db"])
    assert got["notes"] + got["rejects"] == 240
    assert got["runs"] == 1 and got["sentences"] > 240
    assert len(got["boroughs"]) == 6


def test_second_run_adds_nothing(tmp_path, trial, cli):
    result = cli("score", trial["notes"], "--db", trial["db"], "--model", "linear-v1", "--rejects", tmp_path / "r.csv")
    assert "notes scored (new)   0" in result.stdout and "already in store     240" in result.stdout
    assert "counts reconcile     yes" in result.stdout
    got = info(cli, trial["db"])
    assert got["notes"] == 240 and got["runs"] == 2


def test_rejects_file_and_counts(tmp_path, cli):
    src = tmp_path / "export.csv"
    pd.DataFrame({"note_id": ["a", "b", "", "a", "c"],
                  "text": ["Home visit, mum seen.", "", "No id here.", "Different text.", "=HYPERLINK(\"x\")"],
                  "recorded_at": ["01/02/2025", "02/02/2025", "03/02/2025", "04/02/2025", "99/99/2025"]}).to_csv(src, index=False)
    result = cli("score", src, "--db", tmp_path / "s.duckdb", "--rejects", tmp_path / "rej.csv")
    assert "rows read            5" in result.stdout and "rows rejected        4" in result.stdout
    rejects = pd.read_csv(tmp_path / "rej.csv", dtype=str, keep_default_na=False)
    assert sorted(rejects["reason"]) == ["bad_date", "duplicate_note_id", "missing_note_id", "missing_text"]
    assert set(rejects["row"].astype(int)) == {2, 3, 4, 5}
    got = info(cli, tmp_path / "s.duckdb")
    assert got["notes"] == 1 and got["rejects"] == 4


def test_killed_run_resumes_without_duplicates(tmp_path, trial):
    db = tmp_path / "s.duckdb"
    calls = {"n": 0}

    def die_after_two_chunks(_):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        score_file(trial["notes"], db, chunk_size=50, model="linear-v1", progress=die_after_two_chunks)
    with Store(db, read_only=True) as store:
        partial = store.info()["notes"]
    assert partial == 100
    report = score_file(trial["notes"], db, chunk_size=50, model="linear-v1")
    assert report.notes_already_stored == 100 and report.notes_new == 140 and report.reconciles
    with Store(db, read_only=True) as store:
        assert store._query("SELECT count(*) AS n, count(DISTINCT note_id) AS d FROM notes").iloc[0].tolist() == [240, 240]
        statuses = store._query("SELECT status FROM runs ORDER BY started_at")["status"].tolist()
    assert statuses == ["interrupted", "complete"]


def test_names_from_people_table_never_reach_the_store(trial):
    people = pd.read_csv(trial["people"])
    firsts = set(people["name"].str.split().str[0])
    with Store(trial["db"], read_only=True) as store:
        texts = " ".join(store._query("SELECT text FROM notes")["text"])
    words = set(texts.replace(",", " ").replace(".", " ").split())
    leaked = firsts & words
    # pseudonyms are drawn from a separate pool, so a surviving original name is a leak
    assert not leaked, sorted(leaked)[:5]


def test_run_record_has_versions_and_hashes(trial):
    with Store(trial["db"], read_only=True) as store:
        run = store._query("SELECT * FROM runs ORDER BY started_at LIMIT 1").iloc[0]
    assert run["model"] == "linear-v1" and run["rubric"] == "audit_rubric.v4"
    assert len(run["input_sha256"]) == 64 and len(run["model_sha256"]) == 64 and run["code_version"]


def test_second_writer_fails_clearly(tmp_path, trial):
    db = tmp_path / "locked.duckdb"
    with Store(db):
        import subprocess
        import sys

        code = ("from casenotes.store import Store\n"
                "from casenotes.errors import StoreError\n"
                f"try:\n    Store({str(db)!r})\nexcept StoreError as e:\n    print('E246' in str(e))\n")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "True", out.stderr[-300:]


def test_precision_is_validated_and_recorded(trial, cli, tmp_path):
    from casenotes.errors import InputError

    with pytest.raises(InputError, match="E054"):
        score_file(trial["notes"], tmp_path / "s.duckdb", precision="int4")
    assert cli("score", trial["notes"], "--db", tmp_path / "s.duckdb", "--precision", "int4", ok=False).exit_code == 2
    report = tmp_path / "report.json"
    cli("score", trial["notes"], "--db", tmp_path / "s.duckdb", "--model", "rules-v1", "--report", report)
    assert json.loads(report.read_text())["reconciles"] is True
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        assert store._query("SELECT precision FROM runs").iloc[0, 0] == "float32"


def test_pipeline_rebuilt_on_long_runs_gives_the_same_results(monkeypatch):
    """spaCy's vocabulary only grows; the scorer rebuilds its pipeline every so many notes, unchanged output."""
    import casenotes.batch.texts
    from casenotes.batch import NoteScorer

    texts = [f"Dad shouted at Mum on {d}/0{m}/24 (ref LCS{d * 977}). Mum and the baby went to her sister's."
             for d in range(1, 13) for m in range(1, 4)]
    steady = NoteScorer(model="linear-v1")
    expected = [steady.score_texts([t]) for t in texts]
    monkeypatch.setattr(casenotes.batch.texts, "NLP_REBUILD_NOTES", 5)
    renewed = NoteScorer(model="linear-v1")
    pipelines = set()
    got = []
    for t in texts:
        got.append(renewed.score_texts([t]))
        pipelines.add(id(renewed.nlp))
    assert len(pipelines) >= len(texts) // 6  # rebuilt along the way
    assert [[s.sentences for s in g] for g in got] == [[s.sentences for s in e] for e in expected]
    assert [[s.domains for s in g] for g in got] == [[s.domains for s in e] for e in expected]


def test_a_note_written_twice_fails_its_chunk_and_leaves_no_second_copy(tmp_path):
    """Sentences carry no key index: the notes key is what keeps a note's rows single."""
    note = pd.DataFrame({"note_id": ["n1"], "text": ["Dad hit Mum."], "n_sentences": [1]})
    sentence = pd.DataFrame({"note_id": ["n1"], "sent_idx": [0], "text": ["Dad hit Mum."]})
    with Store(tmp_path / "s.duckdb") as store:
        store.write_chunk(note, sentence, pd.DataFrame(), pd.DataFrame())
        with pytest.raises(duckdb.ConstraintException):
            store.write_chunk(note.assign(text="again"), sentence, pd.DataFrame(), pd.DataFrame())
        assert store._query("SELECT count(*) AS n FROM sentences")["n"].tolist() == [1]
        assert store._query("SELECT text FROM notes")["text"].tolist() == ["Dad hit Mum."]


def test_people_table_with_missing_names_and_roles(tmp_path):
    """A Parquet people table may hold nulls: a person with no name names nobody, the others are still replaced."""
    notes = pd.DataFrame({"note_id": ["n1", "n2"], "case_id": ["c1", "c1"], "recorded_at": ["01/02/2025"] * 2,
                          "text": ["Ann Lee was seen with the children.", "Dad shouted at Ann again."]})
    notes.to_csv(tmp_path / "notes.csv", index=False)
    pd.DataFrame({"case_id": ["c1", "c1"], "name": ["Ann Lee", None], "role": ["NAP", "PCH"]}).astype(
        "string").to_parquet(tmp_path / "people.parquet")
    report = score_file(tmp_path / "notes.csv", tmp_path / "s.duckdb", people=tmp_path / "people.parquet",
                        model="linear-v1")
    assert report.reconciles and report.notes_new == 2
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        texts = " ".join(store._query("SELECT text FROM notes")["text"])
    assert "Ann" not in texts and "Lee" not in texts
