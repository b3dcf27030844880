"""Files only their owner can read: the store, rejects, annotation logs, blinded packets and audit exports.

They hold pseudonymised case notes, ids or the key that links blind ids back to cases, and a shared server's
usual umask (022) makes every new file world-readable. What casenotes writes itself is opened 0600 (an existing
file of ours is narrowed to 0600 before anything is written) and the folders it creates are 0700; the files
DuckDB creates (the store, its write-ahead log, spill files) follow the process's umask, which a store open for
writing narrows to 077 (:func:`private_umask`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def private_dir(path: str | Path) -> Path:
    """``path`` as a folder, created 0700 with any missing parents (folders that exist keep their mode)."""
    path = Path(path)
    missing = [p for p in (path, *path.parents) if not p.exists()]
    path.mkdir(parents=True, exist_ok=True)
    for folder in reversed(missing):
        os.chmod(folder, PRIVATE_DIR)
    return path


def open_private(path: str | Path, mode: str = "w", **kwargs: Any) -> IO[Any]:
    """``open(path, mode)`` for writing (``w``, ``a``, ``wb``, ...) with the file 0600 before a byte is written."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    fd = os.open(path, flags, PRIVATE_FILE)
    try:
        narrow(fd)
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def save_table(frame: pd.DataFrame, path: Path) -> Path:
    """Save a table for people, 0600: Parquet for a ``.parquet`` path, otherwise CSV with formula-like cells
    quoted (:func:`casenotes.export.write_csv`)."""
    from casenotes.export import write_csv

    if path.suffix == ".parquet":
        with open_private(path, "wb") as fh:
            frame.to_parquet(fh, index=False)
    else:
        with open_private(path, newline="", encoding="utf-8") as fh:
            write_csv(frame, fh)
    return path


def narrow(file: int | str | Path) -> None:
    """Make a file (an open descriptor or a path) 0600 if this user owns it; another user's file is left as it
    is (only its owner may change its mode)."""
    stat = os.fstat(file) if isinstance(file, int) else os.stat(file)
    if stat.st_uid == os.geteuid() and stat.st_mode & 0o777 != PRIVATE_FILE:
        if isinstance(file, int):
            os.fchmod(file, PRIVATE_FILE)
        else:
            os.chmod(file, PRIVATE_FILE)


@contextmanager
def private_umask() -> Iterator[None]:
    """Files and folders created meanwhile, by this process's code or its libraries, are for the owner only."""
    before = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(before)
