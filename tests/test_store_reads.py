"""Every read of the store is a named ``Store`` method: no SQL anywhere else in the package, and no read brings a
whole table into memory where a page or command shows only part of it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pandas as pd
import pytest

import casenotes
from casenotes.annotate import queue
from casenotes.errors import InputError
from casenotes.schemas import LABELS
from casenotes.store import Store
from tests.conftest import read_jsonl

PACKAGE = Path(casenotes.__file__).parent
SQL = re.compile(r"\b(SELECT\s+[\w*(]|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
                 r"(CREATE|ALTER|DROP)\s+(OR\s+REPLACE\s+)?(TEMP\s+)?(TABLE|VIEW|INDEX|MACRO|SCHEMA)|"
                 r"ORDER\s+BY|GROUP\s+BY)\b")
PRIVATE_STORE = {"_query", "_con"}
ALLOWED: dict[str, str] = {}
"""Modules (relative to the package) that may hold SQL besides store.py, each with the reason. None do."""


def _sql_found(path: Path) -> list[str]:
    """Where a module has SQL in a string literal (f-string parts too), imports duckdb, or reaches into a store's
    private reads."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
            found.append(f"line {node.lineno}: SQL {SQL.search(node.value).group(0)!r}")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) else [])
            if any(n and n.split(".")[0] == "duckdb" for n in names):
                found.append(f"line {node.lineno}: imports duckdb")
        elif isinstance(node, ast.Attribute) and node.attr in PRIVATE_STORE:
            found.append(f"line {node.lineno}: uses {node.attr}")
    return found


def test_no_sql_outside_the_store():
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel != "store.py" and rel not in ALLOWED and (found := _sql_found(path)):
            offenders[rel] = found
    assert not offenders, f"SQL outside casenotes/store.py (add a Store method): {offenders}"


def test_the_scan_finds_sql():
    """The scan above is not vacuous: it finds the store's own SQL."""
    assert len(_sql_found(PACKAGE / "store.py")) > 10


def test_the_store_has_no_open_door():
    assert not hasattr(Store, "query") and not hasattr(Store, "con")


@pytest.fixture
def fetched(monkeypatch) -> list[int]:
    """The number of rows each store read brings into memory, in order."""
    counts: list[int] = []
    read = Store._query

    def spy(self, *args, **kwargs):
        frame = read(self, *args, **kwargs)
        counts.append(len(frame))
        return frame

    monkeypatch.setattr(Store, "_query", spy)
    return counts


def _sentence_count(db: Path) -> int:
    with Store(db, read_only=True) as store:
        return store.info()["sentences"]


def _queue_over_every_sentence(db: Path, thresholds: dict[str, float], size: int, exclude: set[str]) -> pd.DataFrame:
    """The queue as it was made before the database ranked it: every sentence, in storage order, into memory."""
    with Store(db, read_only=True) as store:
        sentences = store._query("SELECT * FROM sentences")
    return queue(sentences, thresholds, size=size, exclude=exclude)


@pytest.mark.parametrize("threshold", [0.5, 0.3, 0.0])
@pytest.mark.parametrize("size", [1, 12, 60])
def test_the_queue_is_the_one_ranked_over_every_sentence(trial, threshold, size):
    """Ties, repeated texts (synthetic notes repeat their templates) and excluded ids give the same queue as ranking
    every sentence in memory; a threshold of 0 ranks most sentences alike."""
    thresholds = {label: threshold for label in LABELS}
    whole = _queue_over_every_sentence(trial["db"], thresholds, size, set())
    exclude = set(whole["id"].iloc[::2]) | {"no-such-note:0", "x"}
    expected = _queue_over_every_sentence(trial["db"], thresholds, size, exclude)
    with Store(trial["db"], read_only=True) as store:
        candidates = store.queue_candidates(thresholds, size=size, exclude=exclude)
    assert len(candidates) <= size
    got = queue(candidates, thresholds, size=size)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected.reset_index(drop=True))


@pytest.mark.parametrize("size", [12, 60])
def test_the_queue_takes_more_rows_while_repeats_fill_them(trial, tmp_path, fetched, size):
    """Every sentence copied into 30 other notes, whose ids rank before the originals': the first rows the
    database ranks are almost all repeats, and it takes more until the queue is full."""
    import shutil

    db = tmp_path / "s.duckdb"
    shutil.copy(trial["db"], db)
    with Store(db) as store:
        store._con.execute("INSERT INTO sentences SELECT s.* REPLACE (note_id || '-' || k AS note_id) "
                           "FROM sentences s, (SELECT range AS k FROM range(30))")
    thresholds = {label: 0.5 for label in LABELS}
    expected = _queue_over_every_sentence(db, thresholds, size, set())
    fetched.clear()
    with Store(db, read_only=True) as store:
        got = queue(store.queue_candidates(thresholds, size=size), thresholds, size=size)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected.reset_index(drop=True))
    assert len(fetched) > 1 and sum(fetched) < 31 * _sentence_count(trial["db"]), fetched


def test_annotate_queue_reads_only_what_it_queues(trial, cli, tmp_path, fetched):
    total = _sentence_count(trial["db"])
    fetched.clear()
    cli("annotate", "queue", "--db", trial["db"], "-o", tmp_path / "q.jsonl", "--size", 10)
    assert len(read_jsonl(tmp_path / "q.jsonl")) == 10
    # the newest run (one row), then the least certain sentences: the queue and a few hundred more at most
    assert fetched[0] == 1 and sum(fetched[1:]) <= 4 * 10 + 200 + 50 < total, (fetched, total)


def test_annotate_page_reads_only_what_it_shows(trial, tmp_path, fetched):
    import shutil

    from tests.app.test_pages import run_page

    db = tmp_path / "s.duckdb"
    shutil.copy(trial["db"], db)
    total = _sentence_count(db)
    with Store(db, read_only=True) as store:
        cells = len(store.note_cells())
    fetched.clear()
    at = run_page(db, "annotate", role="researcher")
    assert not at.exception and at.markdown  # a sentence to label
    # the overview (opened first) reads its counts, the newest run and the summary cells (one row per group and
    # month, however many notes), then the queue: 20 sentences and a few hundred more at most
    reads = sorted(fetched)
    if cells in reads:
        reads.remove(cells)
    assert reads[-2] <= 6 and reads[-1] <= 4 * 20 + 200 + 50 < total, (fetched, cells, total)


def test_notes_page_reads_at_most_its_limit(trial, fetched):
    with Store(trial["db"], read_only=True) as store:
        total = store.info()["notes"]
        fetched.clear()
        page = store.notes_page(limit=7)
        labelled = store.notes_page(label="victim_blaming", limit=500)
        with pytest.raises(InputError, match=r"\[E390\].*kindness"):
            store.notes_page(label="kindness")
    assert len(page) == 7 and fetched == [7, len(labelled)] and 0 < len(labelled) < total
    assert list(page["recorded_at"]) == sorted(page["recorded_at"], reverse=True)


def _sample(cli, db: Path, out: Path, unit: str) -> pd.DataFrame:
    cli("sample", "--db", db, "--out", out, "--unit", unit, "--per-stratum", 1, "--seed", 3)
    return pd.read_csv(out / "sample.csv", dtype={"unit_id": str})


@pytest.mark.parametrize("unit", ["note", "case"])
def test_a_blinded_export_reads_only_the_sampled_units_text(trial, cli, tmp_path, fetched, unit):
    sample = _sample(cli, trial["db"], tmp_path / "sample", unit)
    with Store(trial["db"], read_only=True) as store:
        notes = store.info()["notes"]
    fetched.clear()
    cli("audit", "export-blind", "--db", trial["db"], "--sample", tmp_path / "sample" / "sample.csv",
        "--out", tmp_path / "blind")
    sampled_notes = len(sample) if unit == "note" else int(sample["n_notes"].sum())
    assert fetched == [sampled_notes] and sampled_notes < notes
    sheet = pd.read_csv(tmp_path / "blind" / "to_score.csv")
    assert len(sheet) == len(sample) and sheet["text"].str.len().gt(0).all()


def test_case_scores_read_the_units_asked_for(trial, fetched, monkeypatch):
    from casenotes.audit import Rubric, cases

    rubric = Rubric.load("default")
    with Store(trial["db"], read_only=True) as store:
        every = cases.case_scores(store, rubric)
        monkeypatch.setattr(cases, "UNITS_PER_BATCH", 7)  # many batches: the same scores in the same order
        pd.testing.assert_frame_equal(cases.case_scores(store, rubric), every)
        units = sorted(set(every["unit_id"]))[3:6]
        sentences = store.case_sentences(units)
        fetched.clear()
        some = cases.case_scores(store, rubric, unit_ids=units)
    pd.testing.assert_frame_equal(some, every[every["unit_id"].isin(units)].reset_index(drop=True))
    assert fetched == [len(sentences)] and len(sentences) < _sentence_count(trial["db"])
