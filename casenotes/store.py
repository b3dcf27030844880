"""The embedded DuckDB store: notes, sentences, labels, domain scores, rejects, runs and team training dates.

Each chunk of notes is written in one transaction with its sentences and scores, so a run killed at any point
leaves whole notes only, and a re-run skips the notes already stored (notes are keyed by ``note_id``).
Only pseudonymised text reaches this module. The store and the files beside it are for their owner only
(``casenotes.private``).

Long because it is where the store's SQL lives: each read and write of the store is a
named method here, so nothing else needs to know the schema.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import hmac
import json
import os
import secrets
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from casenotes.errors import InputError, StoreError
from casenotes.private import PRIVATE_FILE, narrow, private_umask
from casenotes.schemas import DEFAULT_WINDOWS, DOMAINS, LABELS

SCHEMA_VERSION = 3
# Columns added after schema 1, applied to older stores when they are opened for writing (schema 3's tables, the
# validation samples', are made by _DDL then too; a read-only reader of an older store finds none: _has_table).
_MIGRATIONS = [
    "ALTER TABLE notes ADD COLUMN IF NOT EXISTS risk_level VARCHAR",
    "ALTER TABLE notes ADD COLUMN IF NOT EXISTS case_status VARCHAR",
    "ALTER TABLE runs ADD COLUMN IF NOT EXISTS precision VARCHAR",
]
_LABEL_COLS = ", ".join(f"p_{l} DOUBLE, {l} BOOLEAN" for l in LABELS)
_COUNTS = tuple(f"n_{l}" for l in LABELS)
"""A note's count of sentences carrying each label (columns of ``notes``)."""
_COUNT_COLS = ", ".join(f"{c} INTEGER" for c in _COUNTS)
# sentences and domain_scores rows belong to (note_id, sent_idx) and (note_id, domain) but have no key index: a
# note's rows go in with the note, in one transaction, and the notes key refuses a second copy of the note. (An
# index over millions of sentences cost a batch run's writer a third of its time, growing with the store; stores
# made before this keep theirs.)
_DDL = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE IF NOT EXISTS runs (run_id VARCHAR PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP,
        status VARCHAR, input_name VARCHAR, input_sha256 VARCHAR, model VARCHAR, model_sha256 VARCHAR,
        rubric VARCHAR, rubric_sha256 VARCHAR, code_version VARCHAR, data_files VARCHAR, rows_read INTEGER,
        notes_new INTEGER, notes_already_stored INTEGER, rows_rejected INTEGER)""",
    f"""CREATE TABLE IF NOT EXISTS notes (note_id VARCHAR PRIMARY KEY, run_id VARCHAR, case_id VARCHAR,
        borough VARCHAR, team VARCHAR, author_id VARCHAR, author_role VARCHAR, recorded_at DATE, note_type VARCHAR,
        timepoint_given VARCHAR, risk_level VARCHAR, case_status VARCHAR, text VARCHAR, text_sha1 VARCHAR,
        n_sentences INTEGER, n_words INTEGER, {_COUNT_COLS})""",
    f"""CREATE TABLE IF NOT EXISTS sentences (note_id VARCHAR, sent_idx INTEGER, start_char INTEGER,
        end_char INTEGER, text VARCHAR, {_LABEL_COLS}, evidence VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS domain_scores (note_id VARCHAR, domain VARCHAR, score INTEGER,
        evidence VARCHAR, rubric VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS rejects (input_sha256 VARCHAR, source VARCHAR, row INTEGER, note_id VARCHAR,
        col VARCHAR, reason VARCHAR, detail VARCHAR, run_id VARCHAR, PRIMARY KEY (input_sha256, row))""",
    "CREATE TABLE IF NOT EXISTS teams (borough VARCHAR, team VARCHAR, trained_at DATE, arm VARCHAR, PRIMARY KEY (borough, team))",
    """CREATE TABLE IF NOT EXISTS roster (practitioner_id VARCHAR, borough VARCHAR, team VARCHAR, course VARCHAR,
        status VARCHAR, date DATE)""",
    """CREATE TABLE IF NOT EXISTS memberships (practitioner_id VARCHAR, borough VARCHAR, team VARCHAR,
        start_date DATE, end_date DATE)""",
    # cases removed with `casenotes forget`, as HMAC-SHA256 of the case id under the key beside the store (a plain
    # hash of an id of a few digits is reversed by trying them all)
    "CREATE TABLE IF NOT EXISTS forgotten_cases (case_key VARCHAR PRIMARY KEY, forgotten_at TIMESTAMP)",
    # human-coded validation samples (issue #20): the draw (seed, frame and its hash, the run it was drawn from),
    # its sentences (by key and text hash, no text) and each coder's 0/1 codes, first and second coder apart
    """CREATE TABLE IF NOT EXISTS validation_samples (sample_key VARCHAR PRIMARY KEY, created_at TIMESTAMP,
        run_id VARCHAR, seed INTEGER, per_stratum INTEGER, frame VARCHAR, frame_sha256 VARCHAR, settings VARCHAR,
        settings_sha256 VARCHAR, origin VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS validation_rows (sample_key VARCHAR, sample_id VARCHAR, note_id VARCHAR,
        sent_idx INTEGER, stratum VARCHAR, sampling_weight DOUBLE, text_sha256 VARCHAR,
        PRIMARY KEY (sample_key, sample_id))""",
    f"""CREATE TABLE IF NOT EXISTS validation_codes (sample_key VARCHAR, sample_id VARCHAR, coder_role VARCHAR,
        coder VARCHAR, {", ".join(f"{l} INTEGER" for l in LABELS)}, source VARCHAR, coded_at TIMESTAMP,
        PRIMARY KEY (sample_key, sample_id, coder_role))""",
]
VIEWS = {"itt": ("trained", "trained_at"), "as-treated": ("author_trained", "author_trained_at")}
"""Intention to treat: the team's allocated training date; as treated: the author's own completed CORE course
(``view -> (trained flag, training date)``, columns of ``note_facts``)."""


def _timepoint_sql(start: str, first: str, second: str) -> str:
    """The one definition of a note's timepoint: the one given in the input, else derived from the training date in
    column ``start`` in calendar months (a team trained on 31 January reaches 3 months on 30 April): ``baseline``
    before it (or with no date), ``post_training`` up to ``first`` months after, ``follow_up_3m`` up to ``second``,
    ``follow_up_6m`` from then on. ``first`` and ``second`` are SQL: ``?`` in a query, the default windows in the
    ``note_facts`` view (a view cannot take parameters)."""
    return f"""CASE WHEN timepoint_given IS NOT NULL THEN timepoint_given
            WHEN {start} IS NULL OR recorded_at IS NULL OR recorded_at < {start} THEN 'baseline'
            WHEN recorded_at < {start} + to_months({first}) THEN 'post_training'
            WHEN recorded_at < {start} + to_months({second}) THEN 'follow_up_3m'
            ELSE 'follow_up_6m' END"""


# Timepoints are derived at query time from team training dates, so a corrected roster re-derives them.
_VIEW = f"""CREATE OR REPLACE VIEW note_facts AS
SELECT n.*, t.trained_at, t.arm,
       (t.trained_at IS NOT NULL AND n.recorded_at >= t.trained_at) AS trained,
       r.author_trained_at,
       (r.author_trained_at IS NOT NULL AND n.recorded_at >= r.author_trained_at) AS author_trained,
       {_timepoint_sql("trained_at", *map(str, DEFAULT_WINDOWS))} AS timepoint,
       date_trunc('month', n.recorded_at) AS month
FROM (
    -- a note without a team is placed in its author's team on the day it was written (staff move teams)
    SELECT n.* REPLACE (coalesce(n.borough, m.borough) AS borough, coalesce(n.team, m.team) AS team),
           (n.team IS NULL AND m.team IS NOT NULL) AS team_from_membership
    FROM notes n LEFT JOIN memberships m ON n.team IS NULL AND n.author_id = m.practitioner_id
         AND n.recorded_at >= m.start_date AND (m.end_date IS NULL OR n.recorded_at < m.end_date)
    QUALIFY row_number() OVER (PARTITION BY n.note_id ORDER BY m.start_date DESC NULLS LAST) = 1
) n LEFT JOIN teams t ON n.borough = t.borough AND n.team = t.team
LEFT JOIN (SELECT practitioner_id, min(date) AS author_trained_at FROM roster
           WHERE upper(course) = 'CORE' AND lower(status) = 'completed' GROUP BY practitioner_id) r
       ON n.author_id = r.practitioner_id"""
_DOMAIN_PIVOT = ("(SELECT note_id, "
                 + ", ".join(f"max(CASE WHEN domain = '{d}' THEN score END) AS {d}" for d in DOMAINS)
                 + " FROM domain_scores GROUP BY note_id)")
"""One row per note with its score in each domain (columns named after the domains)."""
MISSING_PLACE = "?"
"""What a missing borough or team is called wherever notes are grouped by place (borough and team are optional)."""
_BOROUGH, _TEAM = (f"coalesce({c}::VARCHAR, '{MISSING_PLACE}')" for c in ("borough", "team"))
_TEAM_KEY = f"{_BOROUGH} || ' / ' || {_TEAM}"
"""The one definition of a team's name across boroughs (``Camden / Team 1``), ``?`` for a missing part: the
dashboard's team rows and the trial's clusters both read it (``note_facts`` carries it, :func:`team_keys`)."""
_PLACED = f"* REPLACE ({_BOROUGH} AS borough, {_TEAM} AS team), {_TEAM_KEY} AS team_key"
"""Summary cells' columns with a missing borough or team named, so no page or grouping loses those notes."""
_FACTS = (f"SELECT f.* EXCLUDE (text), {_TEAM_KEY} AS team_key, s.* EXCLUDE (note_id) FROM note_facts f "
          f"LEFT JOIN {_DOMAIN_PIVOT} s USING (note_id)")
"""One row per note: metadata, team key, trained status, timepoint, label counts and domain scores; no text."""
_NOTE_ORDER = " ORDER BY note_id"
"""How every read of the notes ends: DuckDB's parallel join returns rows in any order, and every reader (the
trends, the dashboard, a test comparing two reads) should see the same rows in the same order; sorted once, last."""
_UNIT_ID = "case_id || '@' || timepoint"
"""A case-level audit unit: a case's notes in one timepoint window (``C-104@baseline``)."""
_CASE_NOTES = f"SELECT note_id, recorded_at, text, {_UNIT_ID} AS unit_id FROM note_facts WHERE case_id IS NOT NULL"
"""The notes of cases, each with its unit."""
RATE_SUFFIX = "_rate"
"""A label's outcome is its rate per 100 sentences, ``<label>_rate``."""
_RUN_SUMMARY = ("run_id, status, started_at, finished_at, model, precision, rubric, code_version, rows_read, "
                "notes_new, notes_already_stored, rows_rejected")
_LATEST_RUN = f"SELECT {_RUN_SUMMARY} FROM runs ORDER BY started_at DESC LIMIT 1"
"""The store's newest scoring run: its model is the store's, its id keys the dashboard's caches."""
_NOTE_LIST = ("note_id", "borough", "team", "recorded_at", "note_type", "timepoint", "n_sentences")
"""What the Notes page lists of each note."""
_SCORED_NOTE = ("note_id", "case_id", "borough", "team", "recorded_at", "n_sentences", *_COUNTS)
"""What a batch upload's results give per note, before its domain scores."""
_STRATUM_KEYS = "coalesce(f.trained, false), f.timepoint"
_STRATUM = "coalesce(f.trained, false) AS trained, f.timepoint"
"""A sentence's validation stratum: arm (its note's team trained by the note's date, ITT) x timepoint."""
_SENTENCE_LABELS = ", ".join(f"{l}, p_{l}" for l in LABELS)
TEXT_HASH_SPACE = r"[\t\n\f\r ]+"
"""A sentence's text is hashed with each run of these whitespace characters as one space, trimmed
(``casenotes.validation.text_hash`` does the same in Python): a sampled sentence is known again after a
spreadsheet or Label Studio re-spaced it, but not after its words changed."""
_TEXT_HASH = f"sha256(trim(regexp_replace(s.text, '{TEXT_HASH_SPACE}', ' ', 'g')))"


_CHECKPOINT_EVERY = "64MB"
_WRITER_MEMORY = "256MB"
"""DuckDB's memory for a writing store (beyond it, pages are evicted and large operations spill to disk)."""
_READER_TURN = 1.0
"""Seconds a batch run yields, when it reopens the store, to a dashboard reader that is waiting for it."""


class Store:
    """A casenotes store in one DuckDB file.

    DuckDB lets one process open a file for writing and no one else at that moment, so the store shares it: a
    writer holds an advisory lock file (``<store>.lock``) for its whole life, which makes a second writer fail at
    once with a clear message, but it lets go of the database itself (``release``) whenever a reader says it is
    waiting (``readers_waiting``), and both readers and writers wait a little for the file rather than fail
    when it is busy.

    Args:
        path: the database file (created with its schema if missing, unless ``read_only``).
        read_only: open for queries only (the dashboard), which lets several readers share the file.
        wait: seconds to keep retrying while another process has the file open.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False, wait: float | None = None) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.wait = (5.0 if read_only else 60.0) if wait is None else wait
        if read_only and not self.path.is_file():
            raise StoreError(f"[E080] Store '{self.path}' does not exist; create it with `casenotes score`.")
        # a writer's files (the database, its write-ahead log, which DuckDB makes and removes at every
        # checkpoint, its spill files, the lock, the rejects) are created for the owner only while it is open
        self._private = contextlib.ExitStack()
        if not read_only:
            self._private.enter_context(private_umask())
        self._lock_fh = None
        # a writer checkpoints (writes its log into the file, re-serialising the key indexes) when the log
        # reaches this size or the connection closes: DuckDB's default of 16 MB is a few chunks of notes, and a
        # checkpoint costs more the larger the store. Its buffer pool is capped: by default DuckDB keeps pages
        # cached up to 80% of RAM, so a long batch run's memory would grow with the store
        self._config: dict[str, str | bool | int | float | list[str]] = {} if read_only else {"checkpoint_threshold": _CHECKPOINT_EVERY,
                                             "memory_limit": _WRITER_MEMORY}
        self._open_con: duckdb.DuckDBPyConnection | None = None
        try:
            if not read_only:
                self._lock_fh = self._writer_lock()
                for existing in (self.path, self._wal):  # a store made before this is narrowed too
                    if existing.is_file():
                        narrow(existing)
                for ddl in _DDL + _MIGRATIONS:
                    self._con.execute(ddl)
                self._con.execute(_VIEW)
                self._con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        except BaseException:
            self.close()
            raise

    def _writer_lock(self) -> Any:
        """Take ``<store>.lock`` for this process, or fail naming the process that has it."""
        lock_path = self.path.with_name(self.path.name + ".lock")
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        fh = lock_path.open("a+")
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "unknown"
            fh.close()
            raise StoreError(f"[E246] Store '{self.path}' is being written by another casenotes process (pid "
                             f"{holder}); one writer at a time. Wait for it to finish and run again.") from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        narrow(fh.fileno())
        return fh

    @property
    def _wal(self) -> Path:
        return self.path.with_name(self.path.name + ".wal")

    @property
    def _key_path(self) -> Path:
        return self.path.with_name(self.path.name + ".forget.key")

    @property
    def _con(self) -> duckdb.DuckDBPyConnection:
        """The connection, (re)opened on first use after ``release``."""
        if self._open_con is None:
            self._open_con = self._connect()
        return self._open_con

    def _connect(self) -> duckdb.DuckDBPyConnection:
        """Open the file, retrying while another process has it.

        DuckDB's file lock is not fair: a batch run that reopens the file a moment after releasing it can win
        every race against a reader that retries on a timer. So a waiting reader leaves a marker
        (``<store>.readers``), and a writer that finds a fresh one yields for up to ``_READER_TURN`` seconds
        before it reopens; the reader removes the marker once it is in."""
        deadline = time.monotonic() + self.wait
        delay = 0.01
        waiting = self._waiting_marker
        if not self.read_only:
            self._give_readers_a_turn()
        try:
            while True:
                try:
                    con = duckdb.connect(str(self.path), read_only=self.read_only, config=self._config)
                    return self._casenotes_store(con) if self.read_only else con
                except duckdb.IOException as exc:
                    msg = str(exc).splitlines()[0]
                    if "lock" not in msg.lower():
                        raise StoreError(f"[E082] Store '{self.path}' cannot be opened: {msg[:200]}") from None
                    if time.monotonic() >= deadline:
                        raise StoreError(f"[E081] Store '{self.path}' is busy in another casenotes process (a batch "
                                         f"run writing a chunk) for more than {self.wait:.0f} s; try again.") from None
                    if self.read_only:
                        with contextlib.suppress(OSError):  # a read-only folder: no turn, only retries
                            waiting.touch()
                    time.sleep(delay)
                    delay = min(delay * 2, 0.1)
        finally:
            if self.read_only:
                with contextlib.suppress(OSError):
                    waiting.unlink(missing_ok=True)

    def _casenotes_store(self, con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
        """``con`` if the file is a store ``casenotes score`` wrote (it has the ``meta`` table); a reader of any
        other DuckDB file would fail later on a missing table, in words that do not name the file."""
        if not con.execute("SELECT 1 FROM information_schema.tables WHERE table_name = 'meta'").fetchall():
            con.close()
            raise StoreError(f"[E084] '{self.path}' is a DuckDB file but not a casenotes store (no 'meta' table); "
                             "give the store `casenotes score` wrote.")
        return con

    @property
    def _waiting_marker(self) -> Path:
        return self.path.with_name(self.path.name + ".readers")

    def readers_waiting(self) -> bool:
        """Whether a reader is waiting for this writer to release the file (a cheap check, made between
        chunks: a batch run releases when someone wants in rather than checkpointing at every chunk)."""
        try:
            return time.time() - self._waiting_marker.stat().st_mtime <= 2 * _READER_TURN
        except FileNotFoundError:
            return False

    def _give_readers_a_turn(self) -> None:
        """Wait (at most ``_READER_TURN`` s) while a reader says it is waiting; a marker left behind by a reader
        that was killed goes stale and is ignored."""
        until = time.monotonic() + _READER_TURN
        while self.readers_waiting() and time.monotonic() < until:
            time.sleep(0.01)

    def release(self) -> None:
        """Let other processes open the file until this store is next used (a batch run calls it between
        chunks, so the dashboard can read while it scores)."""
        if self._open_con is not None:
            self._open_con.close()
            self._open_con = None

    def close(self) -> None:
        self.release()
        if self._lock_fh is not None:
            self._lock_fh.close()
            self._lock_fh = None
        self._private.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs ------------------------------------------------------------------------------------------------
    def start_run(self, meta: dict[str, Any]) -> str:
        """Record a new run; any run still marked running was interrupted (the store admits one writer)."""
        self._con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        run_id = uuid.uuid4().hex[:12]
        self._con.execute(
            "INSERT INTO runs (run_id, started_at, status, input_name, input_sha256, model, model_sha256, rubric, "
            "rubric_sha256, code_version, data_files, precision) VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [run_id, _now(), meta["input_name"], meta["input_sha256"], meta["model"], meta["model_sha256"],
             meta["rubric"], meta["rubric_sha256"], meta["code_version"], json.dumps(meta.get("data_files", {})),
             meta.get("precision", "float32")])
        return run_id

    def finish_run(self, run_id: str, *, rows_read: int, notes_new: int, notes_already_stored: int,
                   rows_rejected: int) -> None:
        self._con.execute(
            "UPDATE runs SET finished_at = ?, status = 'complete', rows_read = ?, notes_new = ?, "
            "notes_already_stored = ?, rows_rejected = ? WHERE run_id = ?",
            [_now(), rows_read, notes_new, notes_already_stored, rows_rejected, run_id])

    # -- writes ----------------------------------------------------------------------------------------------
    def stored_ids(self, note_ids: Iterable[str]) -> set[str]:
        """Which of these note ids are already in the store."""
        ids = pd.DataFrame({"note_id": list(note_ids)})
        if ids.empty:
            return set()
        self._con.register("_ids", ids)
        try:
            rows = self._con.execute("SELECT n.note_id FROM notes n JOIN _ids USING (note_id)").fetchall()
        finally:
            self._con.unregister("_ids")
        return {r[0] for r in rows}

    def has_notes(self) -> bool:
        """Whether any note is stored."""
        return bool(self._con.execute("SELECT EXISTS (SELECT 1 FROM notes)").fetchall()[0][0])

    def write_chunk(self, notes: pd.DataFrame, sentences: pd.DataFrame, scores: pd.DataFrame,
                    rejects: pd.DataFrame) -> None:
        """Write one chunk atomically: all of it or none of it.

        The notes must be new to the store (a batch run leaves out the ones it finds there): a note already
        stored fails the chunk rather than leave a second copy of its sentences. A rejected row met again (the
        same input run twice) is recorded once.
        """
        self._con.execute("BEGIN TRANSACTION")
        try:
            self._cells_stale()
            for table, frame, insert in (("notes", notes, "INSERT"), ("sentences", sentences, "INSERT"),
                                         ("domain_scores", scores, "INSERT"), ("rejects", rejects, "INSERT OR IGNORE")):
                if frame.empty:
                    continue
                self._con.register("_chunk", frame)
                cols = ", ".join(frame.columns)
                self._con.execute(f"{insert} INTO {table} ({cols}) SELECT {cols} FROM _chunk")
                self._con.unregister("_chunk")
            self._con.execute("COMMIT")
        except Exception:
            self._con.execute("ROLLBACK")
            raise

    def set_teams(self, teams: pd.DataFrame) -> int:
        """Replace the team training table (``borough, team, trained_at, arm``)."""
        return self._replace_table("teams", teams, ["borough", "team", "trained_at", "arm"], "trained_at")

    def forget_case(self, case_id: str) -> dict[str, int]:
        """Remove a case: every note of it with its sentences, scores and rejects, and its sentences' labels in the
        annotation log; remember it (as a keyed hash, ``forgotten_cases``) so that later runs reject its rows as
        ``forgotten_case`` rather than store them again; and rewrite the file (``compact``), as DuckDB keeps
        deleted rows' bytes in blocks it reuses later. Returns the rows removed."""
        from casenotes.annotate import AnnotationLog

        key = self._forget_key(create=True)
        assert key is not None, "made on first use with create=True"
        ids = [r[0] for r in self._con.execute("SELECT note_id FROM notes WHERE case_id = ?", [case_id]).fetchall()]
        removed = {"notes": len(ids), "sentences": 0, "domain_scores": 0, "rejects": 0}
        self._con.execute("BEGIN TRANSACTION")
        try:
            if ids:
                frame = pd.DataFrame({"note_id": ids})
                self._con.register("_forget", frame)
                for table in ("sentences", "domain_scores"):  # (its validation rows go below)
                    removed[table] = self._con.execute(
                        f"SELECT count(*) FROM {table} WHERE note_id IN (SELECT note_id FROM _forget)").fetchall()[0][0]
                    self._con.execute(f"DELETE FROM {table} WHERE note_id IN (SELECT note_id FROM _forget)")
                removed["rejects"] = self._con.execute(
                    "SELECT count(*) FROM rejects WHERE note_id IN (SELECT note_id FROM _forget)").fetchall()[0][0]
                self._con.execute("DELETE FROM rejects WHERE note_id IN (SELECT note_id FROM _forget)")
                self._con.execute("DELETE FROM validation_codes WHERE (sample_key, sample_id) IN (SELECT sample_key, "
                                  "sample_id FROM validation_rows WHERE note_id IN (SELECT note_id FROM _forget))")
                self._con.execute("DELETE FROM validation_rows WHERE note_id IN (SELECT note_id FROM _forget)")
                self._con.execute("DELETE FROM notes WHERE case_id = ?", [case_id])
                self._con.unregister("_forget")
            self._con.execute("INSERT OR IGNORE INTO forgotten_cases VALUES (?, ?)", [_case_key(key, case_id), _now()])
            self._cells_stale()
            self._con.execute("COMMIT")
        except Exception:
            self._con.execute("ROLLBACK")
            raise
        removed["annotations"] = AnnotationLog(self.path).forget(ids)
        self.refresh_cells()
        self.compact()
        return removed

    def forgotten_cases(self) -> Callable[[str | None], bool] | None:
        """Whether a case id (as ingest cleans it) was forgotten, or None when no case was: a reader given it
        rejects the rows of forgotten cases.

        Raises:
            StoreError: cases were forgotten but the key beside the store is gone, so they cannot be recognised.
        """
        keys = {r[0] for r in self._con.execute("SELECT case_key FROM forgotten_cases").fetchall()}
        if not keys:
            return None
        key = self._forget_key(create=False)
        if key is None:
            raise StoreError(f"[E325] Store '{self.path}' has {len(keys)} forgotten case(s) but its key file "
                             f"'{self._key_path.name}' is missing, so their notes could not be recognised and would "
                             f"be stored again. Restore the key file beside the store.")

        @functools.lru_cache(maxsize=65536)  # a case's notes come together; one HMAC per case and reader
        def forgotten(case_id: str | None) -> bool:
            return case_id is not None and _case_key(key, case_id) in keys

        return forgotten

    def _forget_key(self, *, create: bool) -> bytes | None:
        """The secret that keys ``forgotten_cases`` (``<store>.forget.key``, 0600, a file of its own), made on first
        use if ``create``."""
        try:
            return bytes.fromhex(self._key_path.read_text(encoding="ascii").strip())
        except FileNotFoundError:
            if not create:
                return None
        key = secrets.token_bytes(32)
        with os.fdopen(os.open(self._key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE), "w") as fh:
            fh.write(key.hex() + "\n")
        return key

    def compact(self) -> None:
        """Rewrite the store into a fresh file holding only its live rows, and put it in the old one's place.

        DuckDB marks a deleted row's blocks free and overwrites them only when it needs the space, so the text of
        deleted notes stays in the file's bytes; a copy (``COPY FROM DATABASE``) has none of it. The copy is made
        by this writer, under its lock, and replaces the file atomically; the old write-ahead log, already
        checkpointed, is removed so it can never be replayed onto the new file.
        """
        fresh = self.path.with_name(self.path.name + ".compact")
        for stale in (fresh, fresh.with_name(fresh.name + ".wal")):  # left by a compaction that was killed
            stale.unlink(missing_ok=True)
        source = self._con.execute("SELECT current_database()").fetchall()[0][0]
        self._con.execute(f"ATTACH {_sql_string(str(fresh))} AS casenotes_compact")
        try:
            self._con.execute(f"COPY FROM DATABASE {_sql_identifier(source)} TO casenotes_compact")
        finally:
            self._con.execute("DETACH casenotes_compact")
        self.release()  # checkpoints and closes the old file
        with open(fresh, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(fresh, self.path)
        self._wal.unlink(missing_ok=True)
        directory = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)

    def set_roster(self, roster: pd.DataFrame) -> int:
        """Replace the training roster (``practitioner_id, borough, team, course, status, date``)."""
        return self._replace_table("roster", roster, ["practitioner_id", "borough", "team", "course", "status", "date"],
                                   "date")

    def set_memberships(self, memberships: pd.DataFrame) -> int:
        """Replace team membership over time (``practitioner_id, borough, team, start_date, end_date``; an empty
        end date means still in the team)."""
        return self._replace_table("memberships", memberships,
                                   ["practitioner_id", "borough", "team", "start_date", "end_date"],
                                   "start_date", "end_date")

    def _replace_table(self, table: str, rows: pd.DataFrame, columns: list[str], *date_columns: str) -> int:
        """Replace a reference table in one transaction; date columns are parsed, unparseable dates become NULL."""
        frame = rows.reindex(columns=columns).copy()
        for column in date_columns:
            frame[column] = pd.to_datetime(frame[column], errors="coerce").dt.date
        self._con.execute("BEGIN TRANSACTION")
        try:
            self._cells_stale()
            self._con.execute(f"DELETE FROM {table}")
            self._con.register("_replacement", frame)
            self._con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM _replacement")
            self._con.unregister("_replacement")
            self._con.execute("COMMIT")
        except Exception:
            self._con.execute("ROLLBACK")
            raise
        return len(frame)

    # -- reads -----------------------------------------------------------------------------------------------
    # Every read is a named method here, so what reads the store, and how much of it comes into memory, is said in
    # one place; values reach SQL as parameters or registered tables, never in its text.
    def _query(self, sql: str, params: list[Any] | None = None, *,
               tables: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
        """Run a read query on a cursor of its own (safe across the dashboard's threads), with ``tables`` (ids a
        query keeps or leaves out) registered on that cursor under their names."""
        cur = self._con.cursor()
        try:
            for name, frame in (tables or {}).items():
                cur.register(name, frame)
            return cur.execute(sql, params or []).df()
        finally:
            cur.close()

    def info(self) -> dict[str, Any]:
        """What the store holds, for ``casenotes info``."""
        one = lambda sql: self._query(sql).iloc[0, 0]  # noqa: E731
        period = self._query("SELECT min(recorded_at) AS first, max(recorded_at) AS last FROM notes").iloc[0]
        last_run = self.latest_run()
        return {
            "notes": int(one("SELECT count(*) FROM notes")),
            "sentences": int(one("SELECT count(*) FROM sentences")),
            "runs": int(one("SELECT count(*) FROM runs")),
            "rejects": int(one("SELECT count(*) FROM rejects")),
            # notes without a borough are NULL, which pandas reads as NaN (truthy, and not sortable with strings)
            "boroughs": sorted(self._query("SELECT DISTINCT borough FROM notes WHERE borough <> ''")["borough"]),
            "teams": int(one("SELECT count(DISTINCT (borough, team)) FROM notes")),
            "period": [None if pd.isna(period["first"]) else str(period["first"])[:10],
                       None if pd.isna(period["last"]) else str(period["last"])[:10]],
            "labelled_sentences": {l: int(one(f"SELECT count(*) FROM sentences WHERE {l}")) for l in LABELS},
            "last_run": None if last_run is None else {k: (str(v) if v is not None else None)
                                                       for k, v in last_run.items()},
        }

    def latest_run(self) -> dict[str, Any] | None:
        """The newest scoring run (id, status, times, model, rubric, counts), or None before the first: its model
        is the store's, and its id keys the dashboard's caches."""
        run = self._query(_LATEST_RUN)
        return None if run.empty else run.iloc[0].to_dict()

    # -- summary cells (what the dashboard's trend pages aggregate) -----------------------------------------
    def _cells_stale(self) -> None:
        self._con.execute("INSERT OR REPLACE INTO meta VALUES ('note_cells', 'stale')")

    def refresh_cells(self) -> int:
        """Rebuild ``note_cells``: per borough, team, author role, timepoint, trained status and month, the
        number of notes and sentences and, per outcome, its count, sum and sum of squares over notes - enough
        for any mean and t-interval the trend pages show, from a few thousand rows instead of every note. A
        batch run calls it at its end; anything that changes notes or reference tables marks the cells stale,
        and readers then aggregate from the notes directly until the next refresh."""
        self._con.execute(f"CREATE OR REPLACE TABLE note_cells AS {_cells_sql()}")
        self._con.execute("INSERT OR REPLACE INTO meta VALUES ('note_cells', 'fresh')")
        return int(self._con.execute("SELECT count(*) FROM note_cells").fetchall()[0][0])

    def note_cells(self) -> pd.DataFrame:
        """The summary cells, with each cell's ``team_key`` and a missing borough or team as ``?``: the stored table
        when it is fresh, else computed now from the notes."""
        fresh = self._query("SELECT value FROM meta WHERE key = 'note_cells'")
        if not fresh.empty and fresh.iloc[0, 0] == "fresh":
            cells = self._query(f"SELECT {_PLACED} FROM note_cells")
            if "n_authors" in cells.columns:  # cells of an older store lack the authors' counts: recomputed below
                return cells
        return self._query(f"SELECT {_PLACED} FROM ({_cells_sql()})")

    # -- notes -----------------------------------------------------------------------------------------------
    def note_facts(self) -> pd.DataFrame:
        """One row per note with metadata, ``team_key``, trained status, timepoint, label counts and domain scores
        (no text)."""
        return self._query(_FACTS + _NOTE_ORDER)

    def note_outcomes(self, *, view: str = "itt", windows: Sequence[int] = DEFAULT_WINDOWS) -> pd.DataFrame:
        """``note_facts`` as a trend view sees them, with each note's outcomes: ``trained`` and ``timepoint`` for
        the ``view`` (``VIEWS``) with follow-up ``windows`` (months after training), ``<label>_rate`` per 100
        sentences and ``team_key``. What trend estimates are fitted to, in the CLI, the dashboard and simulations.

        Raises:
            InputError: an unknown view, or windows that are not two increasing whole numbers of months.
        """
        return self._query(_outcomes_sql(f"({_FACTS})", _view_replace(view)) + _NOTE_ORDER, list(_windows(windows)))

    def notes_page(self, *, borough: str | None = None, team: str | None = None, label: str | None = None,
                   limit: int = 500) -> pd.DataFrame:
        """The newest ``limit`` notes (ids and metadata, no text) in a borough and team and with a sentence labelled
        ``label`` (each filter only when given): the Notes page's list, and no more than it shows.

        Raises:
            InputError: ``label`` is not a sentence label.
        """
        where, params = [], []
        for column, value in (("borough", borough), ("team", team)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if label:
            if label not in LABELS:
                raise InputError(f"[E390] Label '{label}' is unknown; expected one of {list(LABELS)}.")
            where.append(f"n_{label} > 0")
        return self._query(f"SELECT {', '.join(_NOTE_LIST)} FROM note_facts"
                           + (" WHERE " + " AND ".join(where) if where else "")
                           + " ORDER BY recorded_at DESC LIMIT ?", params + [limit])

    def note(self, note_id: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        """One note: its facts row with its (pseudonymised) text, its sentences in order, and its domain scores with
        their evidence.

        Raises:
            StoreError: the note is not in the store.
        """
        note = self._query("SELECT * FROM note_facts WHERE note_id = ?", [note_id])
        if note.empty:
            raise StoreError(f"[E083] note {note_id} is not in the store.")
        sentences = self._query("SELECT * FROM sentences WHERE note_id = ? ORDER BY sent_idx", [note_id])
        scores = self._query("SELECT domain, score, evidence, rubric FROM domain_scores WHERE note_id = ?", [note_id])
        return note, sentences, scores

    def note_texts(self, note_ids: Iterable[str]) -> dict[str, str]:
        """note_id -> (pseudonymised) text, for these notes only; ids not in the store are left out."""
        texts = self._query("SELECT note_id, text FROM notes SEMI JOIN _ids USING (note_id)",
                            tables={"_ids": _id_table("note_id", note_ids)})
        return dict(zip(texts["note_id"], texts["text"]))

    def domain_scores(self) -> pd.DataFrame:
        """Every note's score in each domain (``note_id, domain, score``): the machine's note-level audit scores."""
        return self._query("SELECT note_id, domain, score FROM domain_scores")

    def scored_notes(self, run_id: str) -> pd.DataFrame:
        """Per-note results of one run, by note id: metadata, label counts and each domain's score (no text)."""
        columns = ", ".join(f"n.{c}" for c in _SCORED_NOTE)
        return self._query(f"SELECT {columns}, s.* EXCLUDE (note_id) FROM notes n LEFT JOIN {_DOMAIN_PIVOT} s "
                           f"USING (note_id) WHERE n.run_id = ? ORDER BY n.note_id", [run_id])

    # -- teams -----------------------------------------------------------------------------------------------
    def teams(self) -> pd.DataFrame:
        """The teams in the training table (``borough, team``)."""
        return self._query("SELECT borough, team FROM teams")

    def teams_deriving_timepoints(self) -> pd.DataFrame:
        """``borough, team`` ('' for a missing part), sorted, of the notes whose timepoint is derived from their
        team's training date rather than given in the input."""
        return self._query("SELECT DISTINCT coalesce(borough, '') AS borough, coalesce(team, '') AS team "
                           "FROM notes WHERE timepoint_given IS NULL ORDER BY ALL")

    # -- case-level audit units --------------------------------------------------------------------------------
    def case_units(self) -> list[str]:
        """Every case-level audit unit (a case's notes in one timepoint window, ``case_id@timepoint``), sorted."""
        units = self._query(f"SELECT DISTINCT {_UNIT_ID} AS unit_id FROM note_facts WHERE case_id IS NOT NULL "
                            f"ORDER BY unit_id")
        return units["unit_id"].tolist()

    def case_notes(self, unit_ids: Iterable[str]) -> pd.DataFrame:
        """The notes of these case units (``note_id, unit_id, recorded_at, text``) in reading order: by date (notes
        without one last), then note id."""
        return self._query(f"SELECT note_id, unit_id, recorded_at, text FROM ({_CASE_NOTES}) SEMI JOIN _units "
                           f"USING (unit_id) ORDER BY recorded_at NULLS LAST, note_id",
                           tables={"_units": _id_table("unit_id", unit_ids)})

    def case_sentences(self, unit_ids: Iterable[str]) -> pd.DataFrame:
        """The sentences of these case units' notes (``note_id, sent_idx, unit_id, recorded_at``, labels and
        probabilities; no text), each unit's together in reading order, units sorted by id."""
        return self._query(f"SELECT s.note_id, s.sent_idx, u.unit_id, u.recorded_at, {_SENTENCE_LABELS} "
                           f"FROM sentences s JOIN ({_CASE_NOTES}) u USING (note_id) SEMI JOIN _units USING (unit_id) "
                           f"ORDER BY u.unit_id, u.recorded_at NULLS LAST, s.note_id, s.sent_idx",
                           tables={"_units": _id_table("unit_id", unit_ids)})

    # -- validation sample (classifier-error correction) -------------------------------------------------------
    def sentence_strata(self) -> pd.DataFrame:
        """Stored sentences per validation stratum (``trained``: the note's team trained by its date, ITT;
        ``timepoint``): ``trained, timepoint, n_sentences``, sorted. The frame a validation sample is drawn from."""
        return self._query(f"SELECT {_STRATUM}, count(*) AS n_sentences FROM sentences s JOIN note_facts f "
                           f"USING (note_id) GROUP BY ALL ORDER BY ALL")

    def sentences_at(self, picks: pd.DataFrame) -> pd.DataFrame:
        """The sentences at positions ``pos`` (0-based, in ``note_id, sent_idx`` order) of their stratum, for each
        ``trained, timepoint, pos`` row of ``picks``: ``trained, timepoint, pos, note_id, sent_idx, text``. Only
        the picked rows leave the database."""
        return self._query(f"""SELECT r.trained, r.timepoint, r.pos, r.note_id, r.sent_idx, s.text FROM (
                SELECT s.note_id, s.sent_idx, {_STRATUM},
                       row_number() OVER (PARTITION BY {_STRATUM_KEYS} ORDER BY s.note_id, s.sent_idx) - 1 AS pos
                FROM sentences s JOIN note_facts f USING (note_id)) r
            SEMI JOIN _picks p ON r.trained = p.trained AND r.timepoint IS NOT DISTINCT FROM p.timepoint
                AND r.pos = p.pos
            JOIN sentences s USING (note_id, sent_idx) ORDER BY r.trained, r.timepoint, r.pos""",
                           tables={"_picks": picks[["trained", "timepoint", "pos"]]})

    def sentence_predictions(self, ids: Iterable[str]) -> pd.DataFrame:
        """The stored 0/1 labels of these sentences (ids ``note_id:sent_idx``) with each one's ITT stratum and text
        hash: ``note_id, sent_idx, trained, timepoint, text_sha256`` and one column per label; ids not in the store
        are left out."""
        labels = ", ".join(f"s.{l}::INTEGER AS {l}" for l in LABELS)
        return self._query(f"SELECT s.note_id, s.sent_idx, {_STRATUM}, {_TEXT_HASH} AS text_sha256, {labels} "
                           f"FROM sentences s "
                           f"SEMI JOIN _keys USING (note_id, sent_idx) JOIN note_facts f USING (note_id) "
                           f"ORDER BY s.note_id, s.sent_idx", tables={"_keys": _sentence_keys(ids)})

    def save_validation_sample(self, record: Mapping[str, Any], rows: pd.DataFrame) -> str:
        """Store a drawn (or re-matched) validation sample: ``record`` (``seed, per_stratum, run_id, frame,
        frame_sha256, settings, settings_sha256, origin``) and its ``rows`` (``sample_id, note_id, sent_idx,
        stratum, sampling_weight``), each row with its sentence's text hash taken from the store now. Returns the
        sample's key (``VS-`` and 8 hex digits)."""
        key = f"VS-{uuid.uuid4().hex[:8]}"
        columns = ["sample_id", "note_id", "sent_idx", "stratum", "sampling_weight"]
        self._con.execute("BEGIN TRANSACTION")
        try:
            self._con.execute(
                "INSERT INTO validation_samples VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [key, _now(), record.get("run_id"), record.get("seed"), record.get("per_stratum"),
                 json.dumps(record["frame"]), record["frame_sha256"], record.get("settings"),
                 record.get("settings_sha256"), record["origin"]])
            self._con.register("_rows", rows[columns])
            self._con.execute("INSERT INTO validation_rows SELECT ?, r.sample_id, r.note_id, r.sent_idx, r.stratum, "
                              f"r.sampling_weight, {_TEXT_HASH} FROM _rows r LEFT JOIN sentences s "
                              "USING (note_id, sent_idx)", [key])
            self._con.unregister("_rows")
            self._con.execute("COMMIT")
        except Exception:
            self._con.execute("ROLLBACK")
            raise
        return key

    def _has_table(self, name: str) -> bool:
        """Whether the store has this table (a store made before it, opened read-only, has not)."""
        return bool(self._query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = ?", [name])["n"].iat[0])

    def validation_samples(self) -> pd.DataFrame:
        """The stored validation samples, newest first: ``sample_key, created_at, run_id, seed, per_stratum, frame
        (JSON), frame_sha256, settings, settings_sha256, origin, n_rows``, and the sentences coded by the first and
        the second coder (``n_first, n_second``) with the first coders' names (``first_coders``, a list) and when
        the last code was saved (``last_coded``)."""
        if not self._has_table("validation_samples"):
            return pd.DataFrame(columns=["sample_key", "created_at", "run_id", "seed", "per_stratum", "frame",
                                         "frame_sha256", "settings", "settings_sha256", "origin", "n_rows",
                                         "n_first", "n_second", "first_coders", "last_coded"])
        return self._query("""SELECT v.*, coalesce(r.n_rows, 0) AS n_rows, coalesce(c.n_first, 0) AS n_first,
                   coalesce(c.n_second, 0) AS n_second, coalesce(c.first_coders, []) AS first_coders, c.last_coded
            FROM validation_samples v
            LEFT JOIN (SELECT sample_key, count(*) AS n_rows FROM validation_rows GROUP BY ALL) r USING (sample_key)
            LEFT JOIN (SELECT sample_key, count(*) FILTER (WHERE coder_role = 'first') AS n_first,
                              count(*) FILTER (WHERE coder_role = 'second') AS n_second,
                              list(DISTINCT coder ORDER BY coder) FILTER (WHERE coder_role = 'first') AS first_coders,
                              max(coded_at) AS last_coded
                       FROM validation_codes GROUP BY ALL) c USING (sample_key)
            ORDER BY v.created_at DESC, v.sample_key""")

    def validation_rows(self, sample_key: str) -> pd.DataFrame:
        """A stored sample's rows as drawn (``sample_id, note_id, sent_idx, stratum, sampling_weight,
        text_sha256``) beside what the store holds now for that sentence: ``now_trained, now_timepoint`` (NULL
        when it is gone), ``now_sha256`` and its stored 0/1 labels; in sample id order. No text."""
        labels = ", ".join(f"s.{l}::INTEGER AS {l}" for l in LABELS)
        return self._query(f"""SELECT v.sample_id, v.note_id, v.sent_idx, v.stratum, v.sampling_weight, v.text_sha256,
                   f.trained AS now_trained, f.timepoint AS now_timepoint, {_TEXT_HASH} AS now_sha256, {labels}
            FROM validation_rows v LEFT JOIN sentences s USING (note_id, sent_idx)
            LEFT JOIN (SELECT note_id, {_STRATUM} FROM note_facts f) f USING (note_id)
            WHERE v.sample_key = ? ORDER BY v.sample_id""", [sample_key])

    def validation_texts(self, sample_key: str, sample_ids: Iterable[str]) -> pd.DataFrame:
        """The text of these sampled sentences (``sample_id, text``), and nothing about their note, arm or date:
        what a coder sees."""
        return self._query("SELECT v.sample_id, s.text FROM validation_rows v SEMI JOIN _ids USING (sample_id) "
                           "JOIN sentences s USING (note_id, sent_idx) WHERE v.sample_key = ? ORDER BY v.sample_id",
                           [sample_key], tables={"_ids": _id_table("sample_id", sample_ids)})

    def validation_codes(self, sample_key: str) -> pd.DataFrame:
        """Every code of a stored sample: ``sample_id, coder_role, coder``, the 0/1 per label, ``source,
        coded_at``; by sample id, first coder before second."""
        if not self._has_table("validation_codes"):
            return pd.DataFrame(columns=["sample_id", "coder_role", "coder", *LABELS, "source", "coded_at"])
        return self._query("SELECT * EXCLUDE (sample_key) FROM validation_codes WHERE sample_key = ? "
                           "ORDER BY sample_id, coder_role", [sample_key])

    def save_validation_codes(self, sample_key: str, codes: pd.DataFrame) -> int:
        """Save codes (``sample_id, coder_role, coder``, 0/1 per label, ``source``) of a stored sample in one
        transaction; a code for a (sentence, role) already coded replaces it. Returns the rows saved."""
        columns = ["sample_id", "coder_role", "coder", *LABELS, "source"]
        self._con.execute("BEGIN TRANSACTION")
        try:
            self._con.register("_codes", codes[columns])
            self._con.execute(f"INSERT OR REPLACE INTO validation_codes SELECT ?, {', '.join(columns)}, ? "
                              f"FROM _codes", [sample_key, _now()])
            self._con.unregister("_codes")
            self._con.execute("COMMIT")
        except Exception:
            self._con.execute("ROLLBACK")
            raise
        return len(codes)

    # -- annotation queue ------------------------------------------------------------------------------------
    def queue_candidates(self, thresholds: Mapping[str, float], *, size: int,
                         exclude: Iterable[str] = ()) -> pd.DataFrame:
        """The ``size`` sentences the model is least sure of, ranked as ``casenotes.annotate.queue`` ranks every
        sentence: ``1 - min |p_label - threshold|`` down, then id (``note_id:sent_idx``) up, leaving out the
        ``exclude`` ids and every repeat of a text after its first in storage order. A few hundred rows leave
        the database however large it is.

        The database ranks rows and takes the highest (``4 * size + 200``, and every row tied with the last),
        then keeps those that are their text's first row among all the rows not left out. When repeats leave
        fewer than ``size``, the next try takes eight times as many, until enough (or all) rows are taken: no row
        outside them can rank above the ones kept. Each try scans the table, so the first is generous.
        """
        margin = ", ".join(f"abs(p_{l} - ?)" for l in LABELS)
        params = [float(thresholds[l]) for l in LABELS]
        exclude_keys = _sentence_keys(exclude)
        sql = f"""WITH ranked AS (
                SELECT rowid AS row_id, note_id, sent_idx, text, {", ".join(f"p_{l}" for l in LABELS)},
                       1.0 - least({margin}) AS uncertainty
                FROM sentences ANTI JOIN _exclude USING (note_id, sent_idx)),
            best AS (SELECT * FROM ranked WHERE uncertainty >= (
                SELECT min(uncertainty) FROM (SELECT uncertainty FROM ranked ORDER BY uncertainty DESC LIMIT ?))),
            firsts AS (SELECT text, min(row_id) AS first_row_id FROM ranked SEMI JOIN best USING (text) GROUP BY text)
            SELECT best.* EXCLUDE (row_id, uncertainty), best.row_id = firsts.first_row_id AS is_first
            FROM best JOIN firsts USING (text)
            ORDER BY best.uncertainty DESC, best.note_id || ':' || best.sent_idx"""
        taken = 4 * size + 200
        while True:
            rows = self._query(sql, params + [taken], tables={"_exclude": exclude_keys})
            firsts = rows[rows.pop("is_first")]
            if len(firsts) >= size or len(rows) < taken:
                return firsts.head(size).reset_index(drop=True)
            taken *= 8


CELL_KEYS = ("borough", "team", "author_role", "timepoint", "trained", "month")
"""The grain of ``note_cells``; trend views group by any of these (or what derives from them)."""


def _label_rates() -> dict[str, str]:
    """``<label>_rate`` -> its SQL over a note's counts: sentences carrying the label per 100 sentences."""
    return {f"{l}{RATE_SUFFIX}": f"100.0::DOUBLE * n_{l} / nullif(n_sentences, 0)" for l in LABELS}


def cell_outcomes() -> dict[str, str]:
    """Outcome name -> its per-note SQL expression: the one definition of the outcomes, which the summary cells
    sum and ``Store.note_outcomes`` gives per note."""
    return {**_label_rates(), **{d: f"{d}::DOUBLE" for d in DOMAINS}}


def _outcomes_sql(source: str, replace: str) -> str:
    """The notes of ``source`` (with their ``team_key``; columns replaced by ``replace``) with each label's rate."""
    rates = ", ".join(f"{expr} AS {name}" for name, expr in _label_rates().items())
    return f"SELECT * REPLACE ({replace}), {rates} FROM {source}"


def _view_replace(view: str) -> str:
    """The ``trained`` and ``timepoint`` columns of a trend view (its windows are the query's two parameters)."""
    flag, start = _view(view)
    return f"coalesce({flag}, false) AS trained, {_timepoint_sql(start, '?', '?')} AS timepoint"


def outcomes_of(facts: pd.DataFrame, *, view: str | None = None,
                windows: Sequence[int] = DEFAULT_WINDOWS) -> pd.DataFrame:
    """Notes already read, with the outcomes, ``trained`` and ``team_key`` that ``Store.note_outcomes`` gives, by
    the same SQL: so one read of ``Store.note_facts()`` serves the trial analysis and the descriptive aggregates.

    Args:
        facts: ``Store.note_facts()`` rows; or notes that are not in a store (a simulated trial's own labels:
            ``borough, team, trained, n_sentences`` and label counts), which get their ``team_key`` here.
        view: a trend view (``VIEWS``): ``trained`` and ``timepoint`` are that view's with follow-up ``windows``
            (needs the ``note_facts`` columns). None keeps the frame's own ``trained`` (missing: false).

    Raises:
        InputError: an unknown view, or windows that are not two increasing whole numbers of months.
    """
    replace, params = ((_view_replace(view), list(_windows(windows))) if view is not None
                       else ("coalesce(trained, false) AS trained", []))
    source = "facts" if "team_key" in facts else f"(SELECT *, {_TEAM_KEY} AS team_key FROM facts)"
    con = duckdb.connect()
    try:
        con.register("facts", facts)
        return con.execute(_outcomes_sql(source, replace), params).df()
    finally:
        con.close()


def team_keys(notes: pd.DataFrame) -> pd.Series:
    """Each note's ``team_key``, in ``notes`` order: the column ``Store.note_facts()`` carries, or for notes that
    are not in a store (a simulated trial) the store's own SQL over their ``borough`` and ``team``."""
    if "team_key" in notes:
        return notes["team_key"]
    con = duckdb.connect()
    try:
        con.register("places", notes[["borough", "team"]].astype("string"))
        keys = con.execute(f"SELECT {_TEAM_KEY} AS team_key FROM places").df()["team_key"]
    finally:
        con.close()
    return pd.Series(keys.to_numpy(dtype=object), index=notes.index, name="team_key")


def _view(view: str) -> tuple[str, str]:
    if view not in VIEWS:
        raise InputError(f"[E391] Trend view '{view}' is unknown; expected one of {sorted(VIEWS)}.")
    return VIEWS[view]


def _windows(windows: Sequence[int]) -> tuple[int, int]:
    bounds = tuple(windows)
    if len(bounds) != 2 or not all(isinstance(w, int) for w in bounds) or not 0 < bounds[0] < bounds[1]:
        raise InputError(f"[E392] Follow-up windows {list(bounds)}: expected two increasing whole numbers of "
                         f"months after training, e.g. (3, 6).")
    return bounds


def _id_table(column: str, ids: Iterable[str]) -> pd.DataFrame:
    """Ids as a one-column table a query joins to."""
    return pd.DataFrame({column: pd.Series(list(ids), dtype="string")})


def _sentence_keys(ids: Iterable[str]) -> pd.DataFrame:
    """Sentence ids (``note_id:sent_idx``) as ``note_id, sent_idx`` rows; an id no sentence can have is dropped."""
    keys = [(note_id, int(idx)) for note_id, _, idx in (str(i).rpartition(":") for i in ids)
            if idx.isascii() and idx.isdigit() and str(int(idx)) == idx]
    return pd.DataFrame({"note_id": pd.Series([k[0] for k in keys], dtype="string"),
                         "sent_idx": pd.Series([k[1] for k in keys], dtype="int64")})


def _cells_sql() -> str:
    sums = ", ".join(f"count({e}) AS k__{o}, sum({e}) AS s__{o}, sum(({e}) * ({e})) AS ss__{o}"
                     for o, e in cell_outcomes().items())
    return (f"SELECT borough, team, author_role, timepoint, coalesce(trained, false) AS trained, month, "
            f"count(*) AS n_notes, sum(n_sentences)::BIGINT AS n_sentences, count(DISTINCT author_id) AS n_authors, "
            f"count(author_id) AS n_with_author, {sums} "
            f"FROM note_facts f LEFT JOIN {_DOMAIN_PIVOT} s USING (note_id) GROUP BY ALL")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _case_key(key: bytes, case_id: str) -> str:
    return hmac.new(key, case_id.encode("utf-8"), hashlib.sha256).hexdigest()


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _sql_identifier(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'
