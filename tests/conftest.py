"""Shared fixtures: the NLP pipeline, a CLI runner, and a small synthetic trial scored into a store."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casenotes.cli import app

# Subprocess tests call the `casenotes` command of the environment running the tests, activated or not.
os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")


@pytest.fixture(scope="session")
def nlp():
    from casenotes.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def rules_model():
    from casenotes.classify import load_model

    return load_model("rules-v1")


class Cli:
    """Invoke the casenotes CLI in-process, as a user would from the shell."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str, ok: bool = True):
        result = self.runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output
        return result


@pytest.fixture(scope="session")
def cli() -> Cli:
    return Cli()


@pytest.fixture(scope="session")
def trial(tmp_path_factory, cli) -> dict[str, Path]:
    """A 240-note synthetic trial (seed 0) scored into a store with the fast linear model."""
    work = tmp_path_factory.mktemp("trial")
    cli("synth", work / "notes.csv", "--notes", 240, "--seed", 0, "--teams-per-borough", 2)
    db = work / "store.duckdb"
    cli("score", work / "notes.csv", "--db", db, "--model", "linear-v1", "--people", work / "notes_people.csv",
        "--teams", work / "notes_teams.csv", "--rejects", work / "rejects.csv")
    return {"dir": work, "notes": work / "notes.csv", "db": db, "truth": work / "truth.json",
            "sentences": work / "notes_sentences.csv", "people": work / "notes_people.csv"}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(autouse=True)
def restore_main_module():
    """AppTest runs the app script as ``__main__`` in this process and leaves it there; worker processes started
    by later tests (multiprocessing's spawn, Dask) re-import ``__main__`` and would run the app. Put it back, after
    every test wherever it is (an AppTest may run outside tests/app)."""
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main
