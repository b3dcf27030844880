"""AppTest runs the app script as ``__main__`` in this process and leaves it there; worker processes started by
later tests (multiprocessing's spawn, Dask) re-import ``__main__`` and would run the app. Put it back."""

from __future__ import annotations

import sys

import pytest


@pytest.fixture(autouse=True)
def restore_main_module():
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main
