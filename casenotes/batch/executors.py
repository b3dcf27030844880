"""Where a batch run's chunks are scored, and the process settings that only processes owned by the run get.

A local pool of worker processes or a Dask cluster score chunks with :func:`score_in_worker`; each worker keeps
one :class:`~casenotes.batch.chunks.ChunkScorer` per setup for its life. Process-wide tuning lives here and is
applied only in those workers, or in the run's own process when the caller says it owns it (``casenotes
score``): the garbage collector's thresholds, freezing the loaded model out of the collector, and keeping torch
out of a worker whose model does not use it. A scorer built anywhere else (the dashboard's server) changes none.
"""

from __future__ import annotations

import atexit
import gc
import importlib.abc
import ipaddress
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any

import pandas as pd

from casenotes.batch.chunks import ChunkScorer, ScorerSetup
from casenotes.errors import CasenotesError, InputError

ENGINES = ("local", "dask")


def default_workers() -> int:
    """All cores the process may use, at most 8 (each worker holds its own copy of the model)."""
    return max(1, min(8, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


# -- the garbage collector ---------------------------------------------------------------------------------------
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


@contextmanager
def model_frozen() -> Iterator[None]:
    """Move every object alive now (a model just loaded: millions of long-lived objects) out of the collector's
    generations, so that full collections stop re-scanning it for every chunk (a quarter of scoring time); put
    back when the block ends, so that extension modules' objects are finalised normally."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


# -- worker processes --------------------------------------------------------------------------------------------
_WORKERS: dict[ScorerSetup, ChunkScorer] = {}
"""A worker process's scorers, one per setup, loaded on first use and kept for the worker's life."""


def score_in_worker(todo: pd.DataFrame, run_id: str, setup: ScorerSetup, threads: int,
                    people: pd.DataFrame | None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """A chunk's work in a worker process (local pool or Dask worker): the model is loaded on first use, frozen
    out of the collector and kept for the worker's life; torch threads are shared between workers rather than
    oversubscribed."""
    if setup not in _WORKERS:
        _WORKERS[setup] = setup.scorer()
        gc.freeze()  # see model_frozen; the worker exits holding its model, so it is put back at exit
        atexit.register(gc.unfreeze)
        if "torch" in sys.modules:
            sys.modules["torch"].set_num_threads(threads)
    with few_collections():
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


def local_pool(workers: int, *, torch_free: bool) -> ProcessPoolExecutor:
    """A pool of ``workers`` fresh (spawned) processes that exit with this one; ``torch_free``: the model does
    not run on torch, so the workers never import it."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(os.getpid(), torch_free))


# -- Dask --------------------------------------------------------------------------------------------------------
@contextmanager
def dask_executor(scheduler: str | None, workers: int) -> Iterator[Executor]:
    """An executor on a Dask cluster: the one at ``scheduler``, or a LocalCluster of worker processes on this
    machine (loopback only, no dashboard web server).

    Chunks go to the workers before pseudonymisation (note text, and the people table's real names), so a
    scheduler on another machine is used only over TLS with Dask's certificates configured (``distributed.comm.
    tls.ca-file`` and ``.client.cert``/``.key``, which the client then presents); over plain TCP it is refused."""
    try:
        from distributed import Client, LocalCluster
        from distributed.security import Security
    except ImportError:
        raise InputError("[E242] --engine dask needs Dask: pip install 'casenotes[scale]'.") from None
    security = Security()
    if scheduler:
        _check_scheduler(scheduler, security)
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


def _check_scheduler(scheduler: str, security: Any) -> None:
    """Refuse a scheduler off this machine unless it is reached over TLS with certificates configured."""
    from distributed.comm.addressing import parse_address, parse_host_port

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


# -- results -----------------------------------------------------------------------------------------------------
def finished(future: Future, timeout: float) -> bool:
    """Wait up to ``timeout`` for a future (a local pool's or Dask's) to finish; errors are ``result``'s."""
    try:
        future.result(timeout=timeout)
    except TimeoutError:
        return future.done()
    except Exception:  # the chunk's own error: raised again, with its context, when the result is taken
        return True
    return True


def result(future: Future) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """A finished chunk's rows; a worker that died is a coded error that says how to resume."""
    try:
        return future.result()
    except BrokenProcessPool:
        raise CasenotesError("[E241] A scoring worker process died (out of memory, or killed). The store holds "
                             "whole chunks only: run the same command again to resume, with fewer --workers "
                             "if memory is short.") from None
