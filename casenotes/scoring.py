"""Score notes: the nlp -> classify -> audit steps for texts, and the batch job that streams an export
through ingest -> deid -> nlp -> classify -> audit -> store.

The batch job reads and writes in chunks, so memory stays flat however large the export, and it records a run
with the model, rubric, code version and input hash. Counts reconcile: rows read = notes new + notes already in
the store + rows rejected.
"""

from __future__ import annotations

import atexit
import gc
import hashlib
import importlib.abc
import itertools
import json
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

import casenotes
from casenotes.audit import Rubric
from casenotes.audit.rubric import DomainScores, note_positions
from casenotes.classify.output import Classified
from casenotes.classify.registry import PRECISIONS, load_model, model_fingerprint, needs_torch, resolve_model_path
from casenotes.deid import PeopleIndex, Pseudonymiser, load_key
from casenotes.deid.people import known_words
from casenotes.errors import CasenotesError, InputError
from casenotes.export import write_csv
from casenotes.ingest import Mapping, NoteReader, Reject
from casenotes.schemas import LABELS
from casenotes.store import Store

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass
class ScoredNote:
    """Sentences with their classifier output, and domain scores with the sentence indexes behind them."""

    sentences: list[dict[str, Any]]
    domains: dict[str, int]
    domain_evidence: dict[str, list[int]]


@dataclass
class ScoredBatch:
    """Notes scored together, kept as columns: the sentences of all notes, one note after another (note ``i``
    has ``n_sentences[i]``), and per domain the notes' scores (a dict per sentence cost a batch job as long as
    a pipeline stage)."""

    n_sentences: np.ndarray
    start_char: np.ndarray
    end_char: np.ndarray
    texts: list[str]
    classified: Classified
    domains: dict[str, DomainScores]

    def notes(self) -> list[ScoredNote]:
        """A :class:`ScoredNote` per note."""
        records = iter(self.classified.records())
        rows = iter(zip(self.start_char.tolist(), self.end_char.tolist(), self.texts, records))
        scores = {d: v.scores.tolist() for d, v in self.domains.items()}
        out = []
        for i, n in enumerate(self.n_sentences.tolist()):
            sentences = [{"sent_idx": idx, "start_char": a, "end_char": b, "text": text, **rec}
                         for idx, (a, b, text, rec) in zip(range(n), rows)]
            out.append(ScoredNote(sentences, {d: scores[d][i] for d in self.domains},
                                  {d: v.evidence[i] for d, v in self.domains.items()}))
        return out


NLP_REBUILD_NOTES = 50_000
"""Notes a scorer's own spaCy pipeline processes before it is rebuilt (its vocabulary only grows)."""


class NoteScorer:
    """Split, classify and audit note texts with one model and one rubric.

    Args:
        model: shipped model name or model directory (None: the default model).
        rubric: a rubric file, or ``"default"``: the rubric calibrated for this model to human auditors
            (``rubric.toml`` in the model directory) when there is one, else the shipped levels rubric.
        precision: ``"float32"``, or ``"int8"`` to quantise a transformer for CPU speed (at some cost in quality).
    """

    def __init__(self, *, model: str | Path | None = None, rubric: str | Path = "default",
                 precision: str = "float32") -> None:
        from casenotes.nlp import build_nlp  # spaCy: imported where notes are scored, not where they are read

        self.model_path = resolve_model_path(model)
        self.model = load_model(self.model_path, precision=precision)
        self.rubric = model_rubric(self.model_path, rubric)
        # share the model's pipeline when it has one (the rules backend), rather than building a second; a model
        # that reads only text needs sentences and nothing more
        self._own_nlp = getattr(self.model, "nlp_", None) is None
        self.nlp = getattr(self.model, "nlp_", None) or build_nlp({"annotate": self.model.reads_annotations})
        self._notes_since_build = 0

    def score_texts(self, texts: Sequence[str], role_hints: Sequence[dict[str, str] | None] | None = None,
                    *, batch_size: int = 64) -> list[ScoredNote]:
        """Score notes given as texts (already pseudonymised when they go to a store)."""
        return self.score_batch(texts, role_hints, batch_size=batch_size).notes()

    def score_batch(self, texts: Sequence[str], role_hints: Sequence[dict[str, str] | None] | None = None,
                    *, batch_size: int = 64) -> ScoredBatch:
        """What ``score_texts`` gives, as columns (the form the batch job stores)."""
        from casenotes.nlp import build_nlp

        self._notes_since_build += len(texts)
        if self._own_nlp and self._notes_since_build > NLP_REBUILD_NOTES:
            # spaCy's vocabulary keeps every token string it has seen, and notes are full of one-off strings
            # (typos, dates, references): a fresh pipeline (same output) keeps a long run's memory flat
            self.nlp = build_nlp({"annotate": self.model.reads_annotations})
            self._notes_since_build = len(texts)
        docs = []
        for i, text in enumerate(texts):
            doc = self.nlp.make_doc(text)
            if role_hints is not None and role_hints[i]:
                doc._.role_hints = role_hints[i]
            docs.append(doc)
        processed: list[Doc] = list(self.nlp.pipe(docs, batch_size=batch_size))
        # sentence texts sliced from the note (Span.text re-joins tokens, which costs more than the classifier);
        # a model that reads only text gets these strings, one that reads annotations gets the spans
        # (a Doc's text is the note's text: spaCy's tokenisation is non-destructive)
        spans: list[tuple[Span, str]] = []
        n_sentences = []
        for doc, text in zip(processed, texts):
            kept = [(sent, raw) for sent, raw in ((s, text[s.start_char:s.end_char]) for s in doc.sents) if raw.strip()]
            n_sentences.append(len(kept))
            spans += kept
        reads = self.model.reads_annotations
        classified = self.model.classify_batch([sent if reads else raw for sent, raw in spans]) if spans \
            else Classified.empty(self.model.labels_)
        # a sentence is stored without its leading and trailing whitespace: offsets (and evidence) move with it
        stripped = [raw.strip() for _, raw in spans]
        leads = [len(raw) - len(raw.lstrip()) for _, raw in spans]
        for i, lead in enumerate(leads):
            if lead and classified.evidence[i]:
                classified.evidence[i] = [{**e, "start": e["start"] - lead, "end": e["end"] - lead}
                                          for e in classified.evidence[i]]
        start_char = np.array([sent.start_char for sent, _ in spans], dtype=np.int64) + np.array(leads, dtype=np.int64)
        counts = np.array(n_sentences, dtype=np.int64)
        scores, given = classified.columns(LABELS)
        return ScoredBatch(counts, start_char, start_char + np.fromiter(map(len, stripped), np.int64, len(stripped)),
                           stripped, classified, self.rubric.score_notes(given, scores, counts))


def model_rubric(model_path: Path, rubric: str | Path = "default") -> Rubric:
    """The rubric a model scores with: ``rubric``, or for ``"default"`` the one calibrated for the model
    (``rubric.toml`` in its directory) when there is one, else the shipped levels rubric."""
    calibrated = model_path / "rubric.toml"
    return Rubric.load(calibrated if str(rubric) == "default" and calibrated.is_file() else rubric)


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


def _rows_for_store(notes: pd.DataFrame, scored: ScoredBatch, run_id: str, rubric: str
                    ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The chunk's rows for the store's notes, sentences and domain_scores tables, built column by column."""
    if notes.empty:
        return pd.DataFrame(), pd.DataFrame(), pd.DataFrame()
    note_ids = notes["note_id"].to_numpy(dtype=object)
    texts = notes["text"].tolist()
    counts = scored.n_sentences
    note_of, sent_idx = note_positions(counts)
    scores, given = scored.classified.columns(LABELS)
    note_df = pd.DataFrame({
        "note_id": note_ids, "run_id": run_id, **{col: notes[src].tolist() for col, src in _NOTE_COLUMNS.items()},
        "text": texts, "text_sha1": notes["text_sha1"].tolist(), "n_sentences": counts,
        "n_words": [len(t.split()) for t in texts],
        **{f"n_{label}": np.bincount(note_of[given[:, j]], minlength=len(note_ids)) for j, label in enumerate(LABELS)},
    })
    note_df["recorded_at"] = pd.to_datetime(note_df["recorded_at"]).dt.date
    sent_df = pd.DataFrame({
        "note_id": note_ids[note_of], "sent_idx": sent_idx,
        "start_char": scored.start_char, "end_char": scored.end_char, "text": scored.texts,
        "evidence": [json.dumps(ev) if ev else "[]" for ev in scored.classified.evidence],
        **{c: v for j, label in enumerate(LABELS) for c, v in ((f"p_{label}", scores[:, j]), (label, given[:, j]))},
    }) if len(note_of) else pd.DataFrame()
    # note-major, domains in rubric order; sentence indexes as JSON (json.dumps writes a list of ints just so, at
    # several times the cost)
    domains = list(scored.domains.values())
    score_df = pd.DataFrame({
        "note_id": np.repeat(note_ids, len(domains)), "domain": [d.domain for d in domains] * len(note_ids),
        "score": np.column_stack([d.scores for d in domains]).ravel(),
        "evidence": ["[" + ", ".join(map(str, idx)) + "]" for per_note in zip(*(d.evidence for d in domains))
                     for idx in per_note],
    }).assign(rubric=rubric)
    return note_df, sent_df, score_df


_NOTE_COLUMNS = {**{c: c for c in ("case_id", "borough", "team", "author_id", "author_role", "recorded_at",
                                    "note_type")},
                 "timepoint_given": "timepoint", "risk_level": "risk_level", "case_status": "case_status"}
"""The store's notes columns taken as they are from a chunk's notes (store name: chunk name)."""


@contextmanager
def few_collections(threshold: int = 50_000) -> Iterator[None]:
    """Run the cyclic garbage collector's youngest generation every ``threshold`` allocations instead of 700.

    Scoring a chunk allocates millions of small objects (strings, lists, dicts, numbers) that die without forming
    cycles; at the default threshold the collector ran every few sentences and took ~8% of a worker's time. The
    process's own thresholds are restored afterwards.
    """
    before = gc.get_threshold()
    gc.set_threshold(threshold, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


class ChunkScorer:
    """The per-chunk work of a batch run: pseudonymise, score and shape rows for the store.

    One instance lives in the parent (``workers=1``, or a file of one chunk) or in each worker process, so
    both paths run the same code and give the same rows.
    """

    def __init__(self, *, model: str | Path | None, rubric: str | Path, precision: str = "float32",
                 key: bytes | None = None, known: frozenset[str] = frozenset()) -> None:
        self.deid = Pseudonymiser(key=key, known=known)
        self.scorer = NoteScorer(model=model, rubric=rubric, precision=precision)
        # the model is millions of long-lived objects: moved out of the collector's generations, full
        # collections stop re-scanning them for every chunk (a quarter of scoring time); unfrozen at exit, so
        # that extension modules' objects are finalised normally
        gc.freeze()
        atexit.register(gc.unfreeze)

    def __call__(self, todo: pd.DataFrame, run_id: str, people: pd.DataFrame | None = None
                 ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        """Score a chunk; ``people`` holds the people table's rows for the chunk's cases (or None)."""
        with few_collections():
            return self._score(todo, run_id, people)

    def _score(self, todo: pd.DataFrame, run_id: str, people: pd.DataFrame | None
               ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        todo = todo.reset_index(drop=True)
        todo["text_sha1"] = [self.deid.text_digest(t) for t in todo["text"]]
        self.deid.use_people(people)
        todo = self.deid.apply(todo)
        hints = _role_hints(people, self.deid) if people is not None and "role" in people else {}
        case_hints = [hints.get(str(c)) for c in todo["case_id"]] if hints else None
        scored = self.scorer.score_batch(list(todo["text"]), case_hints)
        return _rows_for_store(todo, scored, run_id, self.scorer.rubric.version)


_WORKERS: dict[ScorerSetup, ChunkScorer] = {}


@dataclass(frozen=True)
class ScorerSetup:
    """What a worker needs to build its :class:`ChunkScorer` (it keeps one per setup for its life): the model,
    rubric and precision, the store's pseudonym key, and the name words of the whole people table."""

    model: str
    rubric: str
    precision: str
    key: bytes
    known: frozenset[str] = frozenset()

    def scorer(self) -> "ChunkScorer":
        return ChunkScorer(model=self.model, rubric=self.rubric, precision=self.precision, key=self.key,
                           known=self.known)


def _score_in_worker(todo: pd.DataFrame, run_id: str, setup: ScorerSetup, threads: int,
                     people: pd.DataFrame | None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """A chunk's work in a worker process (local pool or Dask worker): the model is loaded on first use and
    kept for the worker's life; torch threads are shared between workers rather than oversubscribed."""
    if setup not in _WORKERS:
        _WORKERS[setup] = setup.scorer()
        if "torch" in sys.modules:
            sys.modules["torch"].set_num_threads(threads)
    return _WORKERS[setup](todo, run_id, people)


class _NoTorch(importlib.abc.MetaPathFinder):
    """An import hook under which ``import torch`` fails as if torch were not installed."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name == "torch" or name.startswith("torch."):
            raise ModuleNotFoundError("torch is kept out of this worker: its model does not use it", name=name)
        return None


def _init_worker(parent: int, torch_free: bool) -> None:
    """Start-up of a local pool's worker process.

    It exits when the parent process is gone: a parent killed outright (SIGKILL, the OOM killer) cannot shut its
    pool down, and its workers would otherwise wait for work for ever, each holding a model. And for a model that
    does not run on torch, torch is kept out: spaCy's thinc imports it whenever it is installed, which costs each
    worker ~200 MB and a second of start-up (the process only ever scores with this one model).
    """
    if torch_free:
        sys.meta_path.insert(0, _NoTorch())

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="casenotes-parent-watch", daemon=True).start()


ENGINES = ("local", "dask")


@contextmanager
def _dask_executor(scheduler: str | None, workers: int) -> Iterator[Executor]:
    """An executor on a Dask cluster: the one at ``scheduler``, or a LocalCluster of worker processes on this
    machine (loopback only, no dashboard web server).

    Chunks go to the workers before pseudonymisation (note text, and the people table's real names), so a
    scheduler on another machine is used only over TLS with Dask's certificates configured (``distributed.comm.
    tls.ca-file`` and ``.client.cert``/``.key``, which the client then presents); over plain TCP it is refused."""
    try:
        from distributed import Client, LocalCluster
        from distributed.comm.addressing import parse_address, parse_host_port
        from distributed.security import Security
    except ImportError:
        raise InputError("[E242] --engine dask needs Dask: pip install 'casenotes[scale]'.") from None
    security = Security()
    if scheduler:
        import ipaddress

        scheme, location = parse_address(scheduler)
        try:
            host = "" if scheme == "inproc" else str(parse_host_port(location)[0]).strip("[]")
            loopback = scheme == "inproc" or host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:  # a host name (not resolved here, and not taken to be this machine), or no address
            loopback = False
        if not loopback and not (scheme == "tls" and security.tls_ca_file and security.tls_client_cert):
            raise InputError(f"[E326] Dask scheduler '{scheduler}' is not on this machine, and chunks travel to "
                             f"its workers before pseudonymisation (note text, real names) in clear: use a tls:// "
                             f"address with Dask's TLS certificates configured (distributed.comm.tls.ca-file, "
                             f".client.cert, .client.key), or leave out --scheduler for a LocalCluster on 127.0.0.1.")
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                   host="127.0.0.1", dashboard_address=None)
    try:
        client = Client(scheduler or cluster, security=security if scheduler else None)
    except (OSError, TimeoutError) as exc:
        raise InputError(f"[E243] Dask scheduler '{scheduler}' cannot be reached ({exc.__class__.__name__}).") from None
    try:
        yield client.get_executor()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


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


def default_workers() -> int:
    """All cores the process may use, at most 8 (each worker holds its own copy of the model)."""
    return max(1, min(8, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


def score_file(input_path: str | Path, db: str | Path, *, mapping: str | Path | None = None,
               rejects: str | Path | None = None, people: str | Path | None = None,
               teams: str | Path | None = None, roster: str | Path | None = None,
               memberships: str | Path | None = None,
               model: str | Path | None = None, rubric: str | Path = "default", precision: str = "float32",
               chunk_size: int = 2000, workers: int = 1, engine: str = "local", scheduler: str | None = None,
               progress: Callable[[int], None] | None = None) -> ScoreReport:
    """Score an export into a store. Re-running skips notes already stored, so a killed run can be resumed.

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
        workers: processes that pseudonymise and score chunks in parallel; this process reads and is the only
            writer, writing chunks in input order. An input of one chunk is scored here, without starting any.
        engine: ``"local"`` (worker processes on this machine) or ``"dask"``: chunks are scored on a Dask
            cluster (``scheduler``'s, or a LocalCluster of ``workers`` processes), by the same code, and this
            process still reads and writes; pseudonymisation happens on the workers before anything is stored.
        scheduler: a Dask scheduler address (``tcp://host:8786``) for ``engine="dask"``.
        precision: ``"int8"`` quantises a transformer model for CPU speed; recorded in the run.
        progress: called with the number of rows handled after each chunk.
    """
    if precision not in PRECISIONS:
        raise InputError(f"[E054] --precision '{precision}' is unknown; expected one of {list(PRECISIONS)}.")
    if engine not in ENGINES:
        raise InputError(f"[E245] --engine '{engine}' is unknown; expected one of {list(ENGINES)}.")
    mapping_obj, seen = Mapping.load(mapping), {}
    readers = [NoteReader(path, mapping_obj, chunk_size=chunk_size, seen=seen)
               for path in input_files(Path(input_path))]
    rejects_path = Path(rejects) if rejects else Path(db).with_name(Path(db).stem + "_rejects.csv")
    # what the run record names; the model itself is loaded where chunks are scored (here only when there
    # are no workers), so the parent of a pool does not spend memory and start-up time on a copy it never uses
    model_path = resolve_model_path(model)
    run_rubric = model_rubric(model_path, rubric)
    # a missing or malformed people file fails here, before the run starts
    people_index = PeopleIndex(people) if people else None
    # pseudonyms are chosen with the store's own secret key (beside it, created with it), so a re-run or a later
    # export of the same case gets the same pseudonyms and nobody without the key can confirm a guessed name
    deid = Pseudonymiser(key=load_key(store_key_path(db)))
    known = known_words(people_index.table["name"].tolist(), deid.lexicon) if people_index is not None else frozenset()
    local: ChunkScorer | None = None
    hashes = [r.input_hash() for r in readers]
    input_sha = hashes[0] if len(hashes) == 1 else hashlib.sha256("".join(hashes).encode()).hexdigest()
    with Store(db) as store, ExitStack() as stack:
        for reader in readers:  # rows of cases removed with `casenotes forget` are rejected as forgotten_case
            reader.forgotten = store.forgotten_cases()
        if teams:
            store.set_teams(_read_table(Path(teams)))
        if roster:
            store.set_roster(_read_table(Path(roster)))
        if memberships:
            store.set_memberships(_read_table(Path(memberships)))
        run_id = store.start_run({
            "input_name": Path(input_path).name, "input_sha256": input_sha, "model": model_path.name,
            "model_sha256": model_fingerprint(model_path), "rubric": run_rubric.version,
            "rubric_sha256": run_rubric.sha256, "code_version": casenotes.__version__,
            "data_files": deid.data_files, "precision": precision,
        })
        report = ScoreReport(run_id=run_id, rejects_file=str(rejects_path))
        # a store that held no notes when the run began holds only this run's, and the readers refuse an id met
        # twice: its chunks need no lookup (which scans the notes table, so grew with every chunk written)
        resuming = store.has_notes()
        rejects_path.parent.mkdir(parents=True, exist_ok=True)
        rej_fh = stack.enter_context(rejects_path.open("w", encoding="utf-8", newline=""))
        pd.DataFrame(columns=list(_REJECT_COLUMNS)).to_csv(rej_fh, index=False)

        def write(frames: tuple[pd.DataFrame, ...], n_todo: int, n_rows: int, chunk_rejects: list[Reject]) -> None:
            store.write_chunk(*frames, _rejects_frame(chunk_rejects, input_sha, run_id))
            if store.readers_waiting() or time.monotonic() - released[0] > _RELEASE_EVERY:
                let_readers_in()
            if chunk_rejects:
                write_csv(pd.DataFrame([r.as_dict() for r in chunk_rejects], columns=list(_REJECT_COLUMNS)), rej_fh,
                          header=False)
            report.notes_new += n_todo
            if progress:
                progress(n_rows)

        # readers (the dashboard) get the file when they say they are waiting (Store.readers_waiting), and while
        # this process scores a chunk itself; closing the connection checkpoints, which costs more as the store
        # grows, so it is not done at every chunk
        released = [time.monotonic()]

        def let_readers_in() -> None:
            store.release()
            released[0] = time.monotonic()

        stack.enter_context(few_collections())  # reading builds a dict per row
        pool: Executor | None = None
        pool_stack = stack.enter_context(ExitStack())  # closed when the last chunk is in, before the summary
        pending: deque[tuple[Future, int, int, list[Reject]]] = deque()
        chunks = itertools.chain.from_iterable(readers)
        current = next(chunks, None)
        setup = ScorerSetup(str(model_path), str(rubric), precision, deid.key, known)
        del deid  # the workers (or the local scorer) hold their own
        threads = max(1, default_workers() // max(workers, 1))
        while current is not None:
            following = next(chunks, None)
            notes, chunk_rejects = current
            done = store.stored_ids(notes["note_id"]) if resuming else set()
            report.notes_already_stored += len(done)
            todo = notes[~notes["note_id"].isin(done)]
            todo_people = people_index.for_cases(todo["case_id"]) if people_index is not None else None
            if pool is None and engine == "dask":
                pool = pool_stack.enter_context(_dask_executor(scheduler, workers))
            elif pool is None and workers > 1 and following is not None:
                pool = pool_stack.enter_context(ProcessPoolExecutor(max_workers=workers,
                                                               mp_context=multiprocessing.get_context("spawn"),
                                                               initializer=_init_worker,
                                                               initargs=(os.getpid(), not needs_torch(model_path))))
            if pool is None:
                let_readers_in()  # before the model loads, which takes seconds
                local = local or setup.scorer()
                write(local(todo, run_id, todo_people), len(todo), len(notes) + len(chunk_rejects), chunk_rejects)
            else:
                pending.append((pool.submit(_score_in_worker, todo, run_id, setup, threads, todo_people), len(todo),
                                len(notes) + len(chunk_rejects), chunk_rejects))
                # a bounded queue: memory holds at most a few chunks whatever the size of the input
                while len(pending) > workers or (following is None and pending):
                    future, n_todo, n_rows, chunk_rej = pending.popleft()
                    while not _finished(future, timeout=0.1):
                        if store.readers_waiting():
                            let_readers_in()
                    write(_result(future), n_todo, n_rows, chunk_rej)
            current = following
        # the workers (each holding a model) go before the store summarises the run
        pool_stack.close()
        local = None
        report.rows_read = sum(r.stats.rows for r in readers)
        for r in readers:
            for reason, count in r.stats.rejected.items():
                report.rejected[reason] = report.rejected.get(reason, 0) + count
        store.refresh_cells()  # the dashboard's summary of the store, now including this run
        store.finish_run(run_id, rows_read=report.rows_read, notes_new=report.notes_new,
                         notes_already_stored=report.notes_already_stored, rows_rejected=report.rows_rejected)
    return report


_RELEASE_EVERY = 60.0
"""Seconds a batch run may hold the store without a reader asking (a bound on how stale a reader that does not
wait, such as DuckDB's own CLI, finds it)."""

_REJECT_COLUMNS = ("source", "row", "note_id", "column", "reason", "detail")


def _finished(future: Future, timeout: float) -> bool:
    """Wait up to ``timeout`` for a future (a local pool's or Dask's) to finish; errors are ``_result``'s."""
    try:
        future.result(timeout=timeout)
    except TimeoutError:
        return future.done()
    except Exception:  # the chunk's own error: raised again, with its context, when the result is taken
        return True
    return True


def _result(future: Future) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    try:
        return future.result()
    except BrokenProcessPool:
        raise CasenotesError("[E241] A scoring worker process died (out of memory, or killed). The store holds "
                             "whole chunks only: run the same command again to resume, with fewer --workers "
                             "if memory is short.") from None


def _rejects_frame(rejects: list[Reject], input_sha: str, run_id: str) -> pd.DataFrame:
    frame = pd.DataFrame([r.as_dict() for r in rejects])
    if frame.empty:
        return frame
    frame = frame.rename(columns={"column": "col"})
    frame["input_sha256"] = input_sha
    frame["run_id"] = run_id
    return frame



def _read_table(path: Path) -> pd.DataFrame:
    return pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path, dtype=str, keep_default_na=False)


def _role_hints(people: pd.DataFrame, deid: Pseudonymiser) -> dict[str, dict[str, str]]:
    """Per case, {pseudonymised name word (lower case): role} from the people table's ``role``."""
    hints: dict[str, dict[str, str]] = {}
    for case, name, role in zip(people["case_id"].astype(str).tolist(), people["name"].tolist(),
                                people["role"].astype(str).tolist()):
        if not isinstance(name, str):  # a missing name (Parquet null) names nobody
            continue
        for word in deid.person_words(name, case):
            hints.setdefault(case, {})[word.lower()] = role
    return hints
