"""Options with a closed set of values, or a form to follow, are checked as the command line is read (issue #17,
item 5): a bad value is a usage error like any other (exit 2, one line naming the option), and no work starts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CASENOTES = Path(sys.executable).with_name("casenotes")

BAD_VALUES = [  # (the option, a command line giving it a bad value)
    ("--view", ["trends", "--db", "s.duckdb", "--view", "per-protocol"]),
    ("--format", ["trends", "--db", "s.duckdb", "--format", "xlsx"]),
    ("--windows", ["trends", "--db", "s.duckdb", "--windows", "6,3"]),
    ("--unit", ["sample", "--db", "s.duckdb", "--out", "out", "--unit", "team"]),
    ("--unit", ["audit", "export", "--db", "s.duckdb", "-o", "out/x.csv", "--unit", "team"]),
    ("--backend", ["train", "--backend", "forest", "--out", "out"]),
    ("--format", ["annotate", "export", "in.jsonl", "-o", "out/x.json", "--format", "excel"]),
    ("--adjudicate", ["annotate", "import", "in.jsonl", "-o", "out/x.jsonl", "--adjudicate", "loudest"]),
    ("--annotator", ["annotate", "import", "in.jsonl", "-o", "out/x.jsonl", "--annotator", "amir@la.example"]),
    ("--precision", ["score", "in.jsonl", "--db", "out/s.duckdb", "--precision", "int4"]),
    ("--engine", ["score", "in.jsonl", "--db", "out/s.duckdb", "--engine", "spark"]),
    ("--effect", ["synth", "out/n.csv", "--effect", "victim_blaming"]),
    ("--role", ["users", "add", "lee", "--role", "wizard", "--users", "out/users.toml", "--password-stdin"]),
]


@pytest.mark.parametrize("option, argv", BAD_VALUES, ids=[f"{argv[0]} {option}" for option, argv in BAD_VALUES])
def test_a_bad_option_value_is_a_usage_error(option, argv, tmp_path):
    (tmp_path / "s.duckdb").touch()  # paths the commands check for existence, so that the option is what fails
    (tmp_path / "in.jsonl").write_text('{"id": "s1", "text": "Visit booked."}\n')
    (tmp_path / "out").mkdir()
    proc = subprocess.run([str(CASENOTES), *argv], capture_output=True, text=True, cwd=tmp_path, timeout=120,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and f"'{option}'" in lines[0] and "Traceback" not in proc.stderr, proc.stderr
    assert list((tmp_path / "out").iterdir()) == []  # nothing was done


def test_the_choices_are_the_librarys():
    """Where the CLI cannot take a library's values without importing the whole pipeline, it keeps a copy; this
    holds the copies to the originals."""
    from casenotes.analysis import View
    from casenotes.cli.score_cmds import Engine
    from casenotes.batch import ENGINES
    from casenotes.store import VIEWS

    assert [str(e) for e in Engine] == list(ENGINES)
    assert {str(v) for v in View} == set(VIEWS)


def test_chosen_values_pickle_into_worker_processes():
    """A scoring run sends its options to worker processes: an option's enum member must pickle (it did not, so
    `casenotes score` with more than one worker failed)."""
    import pickle

    from casenotes.cli.score_cmds import Precision

    assert pickle.loads(pickle.dumps(Precision("int8"))) == "int8"
