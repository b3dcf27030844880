"""The embedded DuckDB store: notes, sentences, labels, domain scores, rejects, runs and team training dates.

Each chunk of notes is written in one transaction with its sentences and scores, so a run killed at any point
leaves whole notes only, and a re-run skips the notes already stored (notes are keyed by ``note_id``).
Only pseudonymised text reaches this module. The store and the files beside it are for their owner only
(``casenotes.private``).
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
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from casenotes.errors import StoreError
from casenotes.private import PRIVATE_FILE, narrow, private_umask
from casenotes.schemas import DOMAINS, LABELS

SCHEMA_VERSION = 2
# Columns added after schema 1, applied to older stores when they are opened for writing.
_MIGRATIONS = [
    "ALTER TABLE notes ADD COLUMN IF NOT EXISTS risk_level VARCHAR",
    "ALTER TABLE notes ADD COLUMN IF NOT EXISTS case_status VARCHAR",
    "ALTER TABLE runs ADD COLUMN IF NOT EXISTS precision VARCHAR",
]
_LABEL_COLS = ", ".join(f"p_{l} DOUBLE, {l} BOOLEAN" for l in LABELS)
_COUNT_COLS = ", ".join(f"n_{l} INTEGER" for l in LABELS)
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
]
# Timepoints are derived at query time from team training dates, so a corrected roster re-derives them.
_VIEW = """CREATE OR REPLACE VIEW note_facts AS
SELECT n.*, t.trained_at, t.arm,
       (t.trained_at IS NOT NULL AND n.recorded_at >= t.trained_at) AS trained,
       r.author_trained_at,
       (r.author_trained_at IS NOT NULL AND n.recorded_at >= r.author_trained_at) AS author_trained,
       CASE WHEN n.timepoint_given IS NOT NULL THEN n.timepoint_given
            WHEN t.trained_at IS NULL OR n.recorded_at IS NULL OR n.recorded_at < t.trained_at THEN 'baseline'
            WHEN n.recorded_at < t.trained_at + INTERVAL 3 MONTH THEN 'post_training'
            WHEN n.recorded_at < t.trained_at + INTERVAL 6 MONTH THEN 'follow_up_3m'
            ELSE 'follow_up_6m' END AS timepoint,
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
        self._config = {} if read_only else {"checkpoint_threshold": _CHECKPOINT_EVERY,
                                             "memory_limit": _WRITER_MEMORY}
        self._con: duckdb.DuckDBPyConnection | None = None
        try:
            if not read_only:
                self._lock_fh = self._writer_lock()
                for existing in (self.path, self._wal):  # a store made before this is narrowed too
                    if existing.is_file():
                        narrow(existing)
                for ddl in _DDL + _MIGRATIONS:
                    self.con.execute(ddl)
                self.con.execute(_VIEW)
                self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
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
    def con(self) -> duckdb.DuckDBPyConnection:
        """The connection, (re)opened on first use after ``release``."""
        if self._con is None:
            self._con = self._connect()
        return self._con

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
                    return duckdb.connect(str(self.path), read_only=self.read_only, config=self._config)
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
        if self._con is not None:
            self._con.close()
            self._con = None

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
        self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        run_id = uuid.uuid4().hex[:12]
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, status, input_name, input_sha256, model, model_sha256, rubric, "
            "rubric_sha256, code_version, data_files, precision) VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [run_id, _now(), meta["input_name"], meta["input_sha256"], meta["model"], meta["model_sha256"],
             meta["rubric"], meta["rubric_sha256"], meta["code_version"], json.dumps(meta.get("data_files", {})),
             meta.get("precision", "float32")])
        return run_id

    def finish_run(self, run_id: str, *, rows_read: int, notes_new: int, notes_already_stored: int,
                   rows_rejected: int) -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, status = 'complete', rows_read = ?, notes_new = ?, "
            "notes_already_stored = ?, rows_rejected = ? WHERE run_id = ?",
            [_now(), rows_read, notes_new, notes_already_stored, rows_rejected, run_id])

    # -- writes ----------------------------------------------------------------------------------------------
    def stored_ids(self, note_ids: Iterable[str]) -> set[str]:
        """Which of these note ids are already in the store."""
        ids = pd.DataFrame({"note_id": list(note_ids)})
        if ids.empty:
            return set()
        self.con.register("_ids", ids)
        try:
            rows = self.con.execute("SELECT n.note_id FROM notes n JOIN _ids USING (note_id)").fetchall()
        finally:
            self.con.unregister("_ids")
        return {r[0] for r in rows}

    def has_notes(self) -> bool:
        """Whether any note is stored."""
        return bool(self.con.execute("SELECT EXISTS (SELECT 1 FROM notes)").fetchall()[0][0])

    def write_chunk(self, notes: pd.DataFrame, sentences: pd.DataFrame, scores: pd.DataFrame,
                    rejects: pd.DataFrame) -> None:
        """Write one chunk atomically: all of it or none of it.

        The notes must be new to the store (a batch run leaves out the ones it finds there): a note already
        stored fails the chunk rather than leave a second copy of its sentences. A rejected row met again (the
        same input run twice) is recorded once.
        """
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._cells_stale()
            for table, frame, insert in (("notes", notes, "INSERT"), ("sentences", sentences, "INSERT"),
                                         ("domain_scores", scores, "INSERT"), ("rejects", rejects, "INSERT OR IGNORE")):
                if frame.empty:
                    continue
                self.con.register("_chunk", frame)
                cols = ", ".join(frame.columns)
                self.con.execute(f"{insert} INTO {table} ({cols}) SELECT {cols} FROM _chunk")
                self.con.unregister("_chunk")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
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
        ids = [r[0] for r in self.con.execute("SELECT note_id FROM notes WHERE case_id = ?", [case_id]).fetchall()]
        removed = {"notes": len(ids), "sentences": 0, "domain_scores": 0, "rejects": 0}
        self.con.execute("BEGIN TRANSACTION")
        try:
            if ids:
                frame = pd.DataFrame({"note_id": ids})
                self.con.register("_forget", frame)
                for table in ("sentences", "domain_scores"):
                    removed[table] = self.con.execute(
                        f"SELECT count(*) FROM {table} WHERE note_id IN (SELECT note_id FROM _forget)").fetchone()[0]
                    self.con.execute(f"DELETE FROM {table} WHERE note_id IN (SELECT note_id FROM _forget)")
                removed["rejects"] = self.con.execute(
                    "SELECT count(*) FROM rejects WHERE note_id IN (SELECT note_id FROM _forget)").fetchone()[0]
                self.con.execute("DELETE FROM rejects WHERE note_id IN (SELECT note_id FROM _forget)")
                self.con.execute("DELETE FROM notes WHERE case_id = ?", [case_id])
                self.con.unregister("_forget")
            self.con.execute("INSERT OR IGNORE INTO forgotten_cases VALUES (?, ?)", [_case_key(key, case_id), _now()])
            self._cells_stale()
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
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
        keys = {r[0] for r in self.con.execute("SELECT case_key FROM forgotten_cases").fetchall()}
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
        source = self.con.execute("SELECT current_database()").fetchone()[0]
        self.con.execute(f"ATTACH {_sql_string(str(fresh))} AS casenotes_compact")
        try:
            self.con.execute(f"COPY FROM DATABASE {_sql_identifier(source)} TO casenotes_compact")
        finally:
            self.con.execute("DETACH casenotes_compact")
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
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._cells_stale()
            self.con.execute(f"DELETE FROM {table}")
            self.con.register("_replacement", frame)
            self.con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM _replacement")
            self.con.unregister("_replacement")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return len(frame)

    # -- reads -----------------------------------------------------------------------------------------------
    def query(self, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
        """Run a read query on a cursor of its own (safe across the dashboard's threads)."""
        cur = self.con.cursor()
        try:
            return cur.execute(sql, params or []).df()
        finally:
            cur.close()

    def info(self) -> dict[str, Any]:
        """What the store holds, for ``casenotes info``."""
        one = lambda sql: self.query(sql).iloc[0, 0]  # noqa: E731
        runs = self.query("SELECT run_id, status, started_at, finished_at, model, precision, rubric, code_version, rows_read, "
                          "notes_new, notes_already_stored, rows_rejected FROM runs ORDER BY started_at")
        period = self.query("SELECT min(recorded_at) AS first, max(recorded_at) AS last FROM notes").iloc[0]
        return {
            "notes": int(one("SELECT count(*) FROM notes")),
            "sentences": int(one("SELECT count(*) FROM sentences")),
            "runs": len(runs),
            "rejects": int(one("SELECT count(*) FROM rejects")),
            # notes without a borough are NULL, which pandas reads as NaN (truthy, and not sortable with strings)
            "boroughs": sorted(self.query("SELECT DISTINCT borough FROM notes WHERE borough <> ''")["borough"]),
            "teams": int(one("SELECT count(DISTINCT (borough, team)) FROM notes")),
            "period": [None if pd.isna(period["first"]) else str(period["first"])[:10],
                       None if pd.isna(period["last"]) else str(period["last"])[:10]],
            "labelled_sentences": {l: int(one(f"SELECT count(*) FROM sentences WHERE {l}")) for l in LABELS},
            "last_run": None if runs.empty else {k: (str(v) if v is not None else None)
                                                  for k, v in runs.iloc[-1].to_dict().items()},
        }

    # -- summary cells (what the dashboard's trend pages aggregate) -----------------------------------------
    def _cells_stale(self) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta VALUES ('note_cells', 'stale')")

    def refresh_cells(self) -> int:
        """Rebuild ``note_cells``: per borough, team, author role, timepoint, trained status and month, the
        number of notes and sentences and, per outcome, its count, sum and sum of squares over notes - enough
        for any mean and t-interval the trend pages show, from a few thousand rows instead of every note. A
        batch run calls it at its end; anything that changes notes or reference tables marks the cells stale,
        and readers then aggregate from the notes directly until the next refresh."""
        self.con.execute(f"CREATE OR REPLACE TABLE note_cells AS {_cells_sql()}")
        self.con.execute("INSERT OR REPLACE INTO meta VALUES ('note_cells', 'fresh')")
        return int(self.con.execute("SELECT count(*) FROM note_cells").fetchone()[0])

    def note_cells(self) -> pd.DataFrame:
        """The summary cells: the stored table when it is fresh, else computed now from the notes."""
        fresh = self.query("SELECT value FROM meta WHERE key = 'note_cells'")
        if not fresh.empty and fresh.iloc[0, 0] == "fresh":
            cells = self.query("SELECT * FROM note_cells")
            if "n_authors" in cells.columns:  # cells of an older store lack the authors' counts: recomputed below
                return cells
        return self.query(_cells_sql())

    def note_facts(self) -> pd.DataFrame:
        """One row per note with metadata, trained status, timepoint, label counts and domain scores."""
        pivot = ", ".join(f"max(CASE WHEN domain = '{d}' THEN score END) AS {d}" for d in DOMAINS)
        return self.query(f"""SELECT f.* EXCLUDE (text), s.* EXCLUDE (note_id) FROM note_facts f
            LEFT JOIN (SELECT note_id, {pivot} FROM domain_scores GROUP BY note_id) s USING (note_id)""")


CELL_KEYS = ("borough", "team", "author_role", "timepoint", "trained", "month")
"""The grain of ``note_cells``; trend views group by any of these (or what derives from them)."""


def cell_outcomes() -> dict[str, str]:
    """Outcome name -> its per-note SQL expression (the same outcomes as ``casenotes.trends.note_outcomes``)."""
    rates = {f"{l}_rate": f"100.0::DOUBLE * n_{l} / nullif(n_sentences, 0)" for l in LABELS}
    return {**rates, **{d: f"{d}::DOUBLE" for d in DOMAINS}}


def _cells_sql() -> str:
    pivot = ", ".join(f"max(CASE WHEN domain = '{d}' THEN score END) AS {d}" for d in DOMAINS)
    sums = ", ".join(f"count({e}) AS k__{o}, sum({e}) AS s__{o}, sum(({e}) * ({e})) AS ss__{o}"
                     for o, e in cell_outcomes().items())
    return (f"SELECT borough, team, author_role, timepoint, coalesce(trained, false) AS trained, month, "
            f"count(*) AS n_notes, sum(n_sentences)::BIGINT AS n_sentences, count(DISTINCT author_id) AS n_authors, "
            f"count(author_id) AS n_with_author, {sums} "
            f"FROM note_facts f LEFT JOIN (SELECT note_id, {pivot} FROM domain_scores GROUP BY note_id) s "
            f"USING (note_id) GROUP BY ALL")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _case_key(key: bytes, case_id: str) -> str:
    return hmac.new(key, case_id.encode("utf-8"), hashlib.sha256).hexdigest()


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _sql_identifier(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'
