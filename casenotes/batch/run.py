"""A batch run: stream an export through ingest -> deid -> nlp -> classify -> audit -> store.

The run reads and writes in chunks, so memory stays flat however large the export, and it records the model,
rubric, code version, input hash and every data file in force. Counts reconcile: rows read = notes new + notes
already in the store + rows rejected. This process reads the input and is the store's only writer, writing
chunks in input order; chunks are scored here or by worker processes (``executors``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

import casenotes
from casenotes.audit import Rubric
from casenotes.batch.chunks import ChunkScorer, ScorerSetup
from casenotes.batch.executors import (ENGINES, dask_executor, default_workers, few_collections, finished,
                                       local_pool, model_frozen, result, score_in_worker)
from casenotes.batch.record import data_files_in_force
from casenotes.batch.rejects import rejects_frame
from casenotes.batch.texts import model_rubric
from casenotes.classify.registry import PRECISIONS, model_fingerprint, needs_torch, resolve_model_path
from casenotes.deid import PeopleIndex, Pseudonymiser, load_key
from casenotes.deid.people import known_words
from casenotes.errors import InputError
from casenotes.ingest import Mapping, NoteReader, Reject, rejects_csv
from casenotes.store import Store

_PATHS = ("input_path", "db", "mapping", "rejects", "people", "teams", "roster", "memberships")
"""RunConfig fields that are files, given as ``str`` or ``Path``."""


@dataclass(frozen=True)
class RunConfig:
    """Everything a batch run is told, checked once when it is made.

    Args:
        input_path: CSV/XLSX/JSONL/Parquet export, or a directory of Parquet partitions.
        db: the DuckDB store (created if missing).
        mapping: column-mapping file.
        rejects: where to write rejected rows (CSV); default ``<db stem>_rejects.csv`` beside the store.
        people: per-case people table used to pseudonymise names before storage.
        teams: team training table (borough, team, trained_at[, arm]) used to derive timepoints.
        roster: training roster (practitioner_id, borough, team, course, status, date) for the as-treated view.
        memberships: team membership over time (practitioner_id, borough, team, start_date, end_date), which
            places notes that carry no team in their author's team on the day.
        model: shipped model name or model directory (None: the default model).
        rubric: ``"default"`` (the model's calibrated rubric, else the shipped one) or a rubric file.
        precision: ``"int8"`` quantises a transformer model for CPU speed; recorded in the run.
        chunk_size: rows per chunk (memory is bounded by it).
        workers: processes that pseudonymise and score chunks in parallel. An input of one chunk is scored in
            this process, without starting any.
        engine: ``"local"`` (worker processes on this machine) or ``"dask"``: chunks are scored on a Dask
            cluster (``scheduler``'s, or a LocalCluster of ``workers`` processes), by the same code, and this
            process still reads and writes; pseudonymisation happens on the workers before anything is stored.
        scheduler: a Dask scheduler address (``tcp://host:8786``) for ``engine="dask"``.
        progress: called with the number of rows handled after each chunk.
        tune_gc: this process exists for this run alone (``casenotes score``): while chunks are scored here,
            the loaded model is frozen out of the garbage collector and collections are rarer. Leave it off in a
            process that serves other work (the dashboard): worker processes are tuned either way.

    Raises:
        InputError: an unknown precision or engine, or a chunk size or worker count below 1.
    """

    input_path: Path
    db: Path
    mapping: Path | None = None
    rejects: Path | None = None
    people: Path | None = None
    teams: Path | None = None
    roster: Path | None = None
    memberships: Path | None = None
    model: str | Path | None = None
    rubric: str | Path = "default"
    precision: str = "float32"
    chunk_size: int = 2000
    workers: int = 1
    engine: str = "local"
    scheduler: str | None = None
    progress: Callable[[int], None] | None = field(default=None, compare=False)
    tune_gc: bool = False

    def __post_init__(self) -> None:
        if self.precision not in PRECISIONS:
            raise InputError(f"[E054] --precision '{self.precision}' is unknown; expected one of {list(PRECISIONS)}.")
        if self.engine not in ENGINES:
            raise InputError(f"[E245] --engine '{self.engine}' is unknown; expected one of {list(ENGINES)}.")
        if self.chunk_size < 1:
            raise InputError(f"[E381] chunk_size {self.chunk_size} is below 1; expected the rows per chunk (default "
                             f"2000).")
        if self.workers < 1:
            raise InputError(f"[E382] workers {self.workers} is below 1; expected the number of processes "
                             f"(default_workers() gives one per core, at most 8).")

    @classmethod
    def from_options(cls, input_path: str | Path, db: str | Path, **options: Any) -> "RunConfig":
        """A config from keyword options as ``score_file`` and the CLI take them: files as ``str`` or ``Path``
        (a model name stays a string: only a ``Path`` or a string written as one is a model directory).

        Raises:
            TypeError: an option that is not a field of :class:`RunConfig`.
        """
        unknown = set(options) - {f.name for f in dataclasses.fields(cls)}
        if unknown:
            raise TypeError(f"unexpected batch-run option(s) {sorted(unknown)}")
        given = {"input_path": input_path, "db": db, **options}
        fields: dict[str, Any] = {k: Path(v) if k in _PATHS and v is not None else v for k, v in given.items()}
        return cls(**fields)

    @property
    def rejects_path(self) -> Path:
        """Where the rejects CSV goes: ``rejects``, or ``<db stem>_rejects.csv`` beside the store."""
        return self.rejects or self.db.with_name(self.db.stem + "_rejects.csv")


@dataclass
class ScoreReport:
    """What a batch run did; ``reconciles`` checks that every row is accounted for."""

    run_id: str
    rows_read: int = 0
    notes_new: int = 0
    notes_already_stored: int = 0
    rejected: dict[str, int] = field(default_factory=dict)
    rejects_file: str = ""

    @property
    def rows_rejected(self) -> int:
        return sum(self.rejected.values())

    @property
    def reconciles(self) -> bool:
        return self.rows_read == self.notes_new + self.notes_already_stored + self.rows_rejected

    def as_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "rows_read": self.rows_read, "notes_new": self.notes_new,
                "notes_already_stored": self.notes_already_stored, "rows_rejected": self.rows_rejected,
                "rejected_by_reason": self.rejected, "rejects_file": self.rejects_file, "reconciles": self.reconciles}


def score_file(input_path: str | Path, db: str | Path, **options: Any) -> ScoreReport:
    """Score an export into a store; re-running skips notes already stored, so a killed run can be resumed.

    ``options`` are :class:`RunConfig`'s fields (``mapping``, ``people``, ``model``, ``workers``, ...).
    """
    return score_run(RunConfig.from_options(input_path, db, **options))


def score_run(config: RunConfig) -> ScoreReport:
    """Score ``config.input_path`` into ``config.db`` (see :class:`RunConfig`) and return what was done."""
    inputs = _Inputs.read(config)
    with Store(config.db) as store, ExitStack() as stack:
        for reader in inputs.readers:  # rows of cases removed with `casenotes forget` are rejected as forgotten_case
            reader.forgotten = store.forgotten_cases()
        for table, setter in ((config.teams, store.set_teams), (config.roster, store.set_roster),
                              (config.memberships, store.set_memberships)):
            if table:
                setter(_read_table(table))
        run_id = store.start_run(inputs.record(config))
        write_rejects = stack.enter_context(rejects_csv(config.rejects_path))
        if config.tune_gc:
            stack.enter_context(few_collections())  # reading builds a dict per row
        run = _Run(config, inputs, store, run_id, write_rejects)
        run.score_chunks()
        run.finish()
    if inputs.people is not None:  # W004: a people table whose case ids match none of the export's
        inputs.people.warn_if_unmatched(Path(config.input_path).name)
    return run.report


def store_key_path(db: str | Path) -> Path:
    """Where a store's secret pseudonym key lives: ``<store>.key`` beside it."""
    db = Path(db)
    return db.with_name(db.name + ".key")


def input_files(path: Path) -> list[Path]:
    """The files of an input: the file itself, or a directory's Parquet partitions in name order."""
    if path.is_dir():
        parts = sorted(p for p in path.iterdir() if p.suffix == ".parquet" and p.is_file())
        if not parts:
            raise InputError(f"[E244] Input directory '{path.name}' holds no .parquet partitions.")
        return parts
    return [path]


@dataclass
class _Inputs:
    """What a run reads before it starts: the readers, the input's hash, the model and rubric it names, the
    people table, what workers need to build a scorer, and the data files in force."""

    readers: list[NoteReader]
    input_sha: str
    model_path: Path
    rubric: Rubric
    people: PeopleIndex | None
    setup: ScorerSetup
    data_files: dict[str, str]

    @classmethod
    def read(cls, config: RunConfig) -> "_Inputs":
        mapping, seen = Mapping.load(config.mapping), dict[str, str]()
        readers = [NoteReader(path, mapping, chunk_size=config.chunk_size, seen=seen)
                   for path in input_files(config.input_path)]
        # what the run record names; the model itself is loaded where chunks are scored (here only when there
        # are no workers), so the parent of a pool does not spend memory and start-up time on a copy it never uses
        model_path = resolve_model_path(config.model)
        rubric = model_rubric(model_path, config.rubric)
        # a missing or malformed people file fails here, before the run starts
        people = PeopleIndex(config.people) if config.people else None
        # pseudonyms are chosen with the store's own secret key (beside it, created with it), so a re-run or a
        # later export of the same case gets the same pseudonyms and nobody without the key can confirm a guess;
        # the workers (or the local scorer) build their own pseudonymiser from the key
        deid = Pseudonymiser(key=load_key(store_key_path(config.db)))
        known = known_words(people.table["name"].tolist(), deid.lexicon) if people is not None else frozenset()
        hashes = [r.input_hash() for r in readers]
        input_sha = hashes[0] if len(hashes) == 1 else hashlib.sha256("".join(hashes).encode()).hexdigest()
        setup = ScorerSetup(str(model_path), str(config.rubric), config.precision, deid.key, known)
        files = data_files_in_force(deid_files=deid.data_files, rubric=rubric, model_path=model_path,
                                    mapping=config.mapping)
        return cls(readers, input_sha, model_path, rubric, people, setup, files)

    def record(self, config: RunConfig) -> dict[str, Any]:
        """The run's record for the store's ``runs`` table."""
        return {"input_name": config.input_path.name, "input_sha256": self.input_sha, "model": self.model_path.name,
                "model_sha256": model_fingerprint(self.model_path), "rubric": self.rubric.version,
                "rubric_sha256": self.rubric.sha256, "code_version": casenotes.__version__,
                "data_files": self.data_files, "precision": config.precision}


_RELEASE_EVERY = 60.0
"""Seconds a batch run may hold the store without a reader asking (a bound on how stale a reader that does not
wait, such as DuckDB's own CLI, finds it)."""

_Pending = tuple[Future, int, int, list[Reject]]
"""A chunk sent to a worker: its future rows, notes to score, rows read and rejects."""


class _Run:
    """A started run: scores its chunks here or on workers and writes them to the store in input order.

    Readers (the dashboard) get the store file when they say they are waiting (``Store.readers_waiting``), while
    this process scores a chunk itself, and at least every ``_RELEASE_EVERY`` seconds; closing the connection
    checkpoints, which costs more as the store grows, so it is not done at every chunk.
    """

    def __init__(self, config: RunConfig, inputs: _Inputs, store: Store, run_id: str,
                 write_rejects: Callable[[list[Reject]], None]) -> None:
        self.config, self.inputs, self.store, self.run_id = config, inputs, store, run_id
        self.write_rejects = write_rejects
        self.report = ScoreReport(run_id=run_id, rejects_file=str(config.rejects_path))
        self.released = time.monotonic()
        self.local: ChunkScorer | None = None

    def score_chunks(self) -> None:
        """Score every chunk and write it; a bounded queue holds at most a few chunks whatever the input's size."""
        # a store that held no notes when the run began holds only this run's, and the readers refuse an id met
        # twice: its chunks need no lookup (which scans the notes table, so grew with every chunk written)
        resuming = self.store.has_notes()
        threads = max(1, default_workers() // self.config.workers)
        pending: deque[_Pending] = deque()
        with ExitStack() as scoring:  # the workers (each holding a model) go before the store summarises the run
            pool = None
            for i, (notes, chunk_rejects, last) in enumerate(self._chunks()):
                done = self.store.stored_ids(notes["note_id"]) if resuming else set()
                self.report.notes_already_stored += len(done)
                todo = notes[~notes["note_id"].isin(done)]
                people = self.inputs.people.for_cases(todo["case_id"]) if self.inputs.people is not None else None
                n_rows = len(notes) + len(chunk_rejects)
                if i == 0:
                    pool = self._pool(scoring, single_chunk=last)
                if pool is None:
                    self._score_here(scoring, todo, people, n_rows, chunk_rejects)
                    continue
                pending.append((pool.submit(score_in_worker, todo, self.run_id, self.inputs.setup, threads, people),
                                len(todo), n_rows, chunk_rejects))
                self._drain(pending, keep=0 if last else self.config.workers)
            self.local = None

    def _chunks(self) -> Iterator[tuple[pd.DataFrame, list[Reject], bool]]:
        """The input's chunks in order, each with its rejects and whether it is the last."""
        chunks = itertools.chain.from_iterable(self.inputs.readers)
        current = next(chunks, None)
        while current is not None:
            following = next(chunks, None)
            yield current[0], current[1], following is None
            current = following

    def _pool(self, scoring: ExitStack, *, single_chunk: bool) -> Executor | None:
        """Where chunks go: a Dask cluster, a local pool of workers, or None (here: one worker or one chunk)."""
        if self.config.engine == "dask":
            return scoring.enter_context(dask_executor(self.config.scheduler, self.config.workers))
        if self.config.workers > 1 and not single_chunk:
            torch_free = not needs_torch(self.inputs.model_path)
            return scoring.enter_context(local_pool(self.config.workers, torch_free=torch_free))
        return None

    def _score_here(self, scoring: ExitStack, todo: pd.DataFrame, people: pd.DataFrame | None, n_rows: int,
                    chunk_rejects: list[Reject]) -> None:
        self.let_readers_in()  # before the model loads, which takes seconds
        if self.local is None:
            self.local = self.inputs.setup.scorer()
            if self.config.tune_gc:
                scoring.enter_context(model_frozen())
        self.write(self.local(todo, self.run_id, people), len(todo), n_rows, chunk_rejects)

    def _drain(self, pending: deque[_Pending], *, keep: int) -> None:
        """Write the oldest chunks as they finish until at most ``keep`` are in flight."""
        while len(pending) > keep:
            future, n_todo, n_rows, chunk_rejects = pending.popleft()
            while not finished(future, timeout=0.1):
                if self.store.readers_waiting():
                    self.let_readers_in()
            self.write(result(future), n_todo, n_rows, chunk_rejects)

    def write(self, rows: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame], n_todo: int, n_rows: int, chunk_rejects: list[Reject]) -> None:
        """Write a scored chunk and its rejects (one transaction), then count it."""
        self.store.write_chunk(*rows, rejects_frame(chunk_rejects, self.inputs.input_sha, self.run_id))
        if self.store.readers_waiting() or time.monotonic() - self.released > _RELEASE_EVERY:
            self.let_readers_in()
        self.write_rejects(chunk_rejects)
        self.report.notes_new += n_todo
        if self.config.progress:
            self.config.progress(n_rows)

    def let_readers_in(self) -> None:
        self.store.release()
        self.released = time.monotonic()

    def finish(self) -> None:
        """Count what the readers read and rejected, refresh the store's summary and close the run record."""
        report = self.report
        report.rows_read = sum(r.stats.rows for r in self.inputs.readers)
        for r in self.inputs.readers:
            for reason, count in r.stats.rejected.items():
                report.rejected[reason] = report.rejected.get(reason, 0) + count
        self.store.refresh_cells()  # the dashboard's summary of the store, now including this run
        self.store.finish_run(self.run_id, rows_read=report.rows_read, notes_new=report.notes_new,
                              notes_already_stored=report.notes_already_stored, rows_rejected=report.rows_rejected)


def _read_table(path: Path) -> pd.DataFrame:
    return pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path, dtype=str, keep_default_na=False)
