"""Shared fixtures for the de-identification tests: one pseudonymiser per module, and a helper that says which
secret strings survive."""

from __future__ import annotations

import pandas as pd
import pytest

from casenotes.deid import Pseudonymiser

KEY = b"d" * 32


@pytest.fixture(scope="module")
def deid() -> Pseudonymiser:
    return Pseudonymiser(key=KEY)


@pytest.fixture
def family(deid: Pseudonymiser):
    """The pseudonymiser with these people-table names for case ``c1`` (cleared afterwards)."""

    def use(*names: str) -> Pseudonymiser:
        deid.use_people(pd.DataFrame({"case_id": "c1", "name": list(names)}))
        return deid

    yield use
    deid.use_people(None)
