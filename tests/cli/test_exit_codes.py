"""Exit codes and one-line errors of the installed ``casenotes`` command (issue #16, finding 1).

These run the console script as a subprocess because the bug lived in ``main()``, which ``CliRunner`` never calls:
with ``standalone_mode=False`` Typer *returns* the code of ``typer.Exit(n)`` instead of raising it, so every
failing command used to exit 0.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casenotes.app.auth import AccessLog, User
from casenotes.schemas import DOMAINS_ENV, LABELS_ENV

CASENOTES = Path(sys.executable).with_name("casenotes")


def run(*args: object, cwd: Path, stdin: str | None = None, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess:
    return subprocess.run([str(CASENOTES), *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300,
                          input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
                          env={**os.environ, **(env or {})})


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    """The single line a failing command prints to stderr (no traceback, no boxes)."""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "│" not in proc.stderr
    return lines[0]


@pytest.fixture
def access_log(tmp_path) -> AccessLog:
    log = AccessLog.for_store(tmp_path / "s.duckdb")
    for k in range(3):
        log.append(User("ana", "researcher"), "view_text", page="notes", note_ids=[f"N{k}"])
    return log


def test_intact_access_log_exits_0(tmp_path, access_log):
    proc = run("access", "verify", "--db", tmp_path / "s.duckdb", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "intact" in proc.stdout


def test_altered_access_log_exits_1(tmp_path, access_log):
    text = access_log.path.read_text()
    access_log.path.write_text(text.replace('"N1"', '"N9"'))
    proc = run("access", "verify", "--db", tmp_path / "s.duckdb", cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout
    assert "ALTERED" in proc.stdout


def test_a_log_put_back_to_an_earlier_copy_fails_against_the_head_recorded_apart(tmp_path, access_log):
    """`casenotes access head` prints the head to keep where the host's administrators cannot write; after the log
    and its head record are put back to an earlier copy, or deleted with the key, only that witness shows it."""
    early = {p: p.read_bytes() for p in (access_log.path, access_log.head_path)}
    access_log.append(User("ana", "researcher"), "sign_out")
    proc = run("access", "head", "--db", tmp_path / "s.duckdb", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    head = proc.stdout.strip()
    assert head.startswith("4:") and len(head) == 66
    for path, data in early.items():
        path.write_bytes(data)
    assert run("access", "verify", "--db", tmp_path / "s.duckdb", cwd=tmp_path).returncode == 0  # alone, it passes
    proc = run("access", "verify", "--db", tmp_path / "s.duckdb", "--witness", head, cwd=tmp_path)
    assert proc.returncode == 1 and "ALTERED" in proc.stdout and "counts 4 lines but the log has 3" in proc.stdout
    for path in (access_log.path, access_log.head_path, access_log.key_path):
        path.unlink()
    proc = run("access", "verify", "--db", tmp_path / "s.duckdb", "--witness", head, cwd=tmp_path)
    assert proc.returncode == 1 and "ALTERED" in proc.stdout
    proc = run("access", "verify", "--db", tmp_path / "s.duckdb", "--witness", "4:nothex", cwd=tmp_path)
    assert proc.returncode == 1 and "[E229]" in one_line_error(proc)


def test_verifying_the_log_of_no_store_is_an_error(tmp_path):
    proc = run("access", "verify", "--db", tmp_path / "nowhere.duckdb", cwd=tmp_path)
    assert proc.returncode == 1 and "[E230]" in one_line_error(proc)


@pytest.mark.parametrize("args", [["classify"], ["nosuchcommand"], ["access", "verify", "--db", "x", "--bogus"]])
def test_usage_errors_exit_2_with_one_line(tmp_path, args):
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    one_line_error(proc)


def test_missing_input_file_is_one_line_naming_it(tmp_path):
    proc = run("classify", "missing.jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert proc.returncode in (1, 2)
    assert "missing.jsonl" in one_line_error(proc)


@pytest.mark.parametrize("variable,code", [(LABELS_ENV, "E530"), (DOMAINS_ENV, "E550")])
def test_a_labels_or_domains_file_that_is_not_yaml_is_one_line_naming_it(tmp_path, variable, code):
    """These files are read when the commands are imported, before main() runs: still one line, exit 1."""
    (tmp_path / "edited.yaml").write_text("labels:\n  - name: a\n    title: [x\n", encoding="utf-8")
    proc = run("classify", "in.jsonl", "-o", "out.jsonl", cwd=tmp_path, env={variable: str(tmp_path / "edited.yaml")})
    assert proc.returncode == 1, proc.stderr
    assert f"[{code}] edited.yaml is not valid YAML (line 4, column 1: " in one_line_error(proc)


def test_unwritable_output_is_one_line_naming_it_and_debug_shows_the_traceback(tmp_path):
    (tmp_path / "in.jsonl").write_text('{"id": "s1", "text": "Dad shouted at the children."}\n')
    (tmp_path / "taken").mkdir()  # the output path is a directory: open() fails with an OSError
    args = ("classify", "in.jsonl", "-o", "taken", "--model", "rules-v1")
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 1
    assert "taken" in one_line_error(proc)
    debug = run("--debug", *args, cwd=tmp_path)
    assert debug.returncode == 1 and "Traceback" in debug.stderr


def test_no_arguments_prints_help_without_a_traceback(tmp_path):
    proc = run(cwd=tmp_path)
    assert "Usage" in proc.stdout + proc.stderr and "Traceback" not in proc.stderr
    assert proc.returncode in (0, 2)


def test_aborted_prompt_exits_1(tmp_path):
    proc = run("users", "add", "lee", "--role", "admin", "--users", tmp_path / "users.toml", cwd=tmp_path, stdin="")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr


def test_warnings_are_one_line_each_and_the_command_goes_on(tmp_path):
    """Issue #17, item 8: valid but suspicious input is a coded warning, printed as one line (no file and line of
    the code that warned), and the command finishes as it would have."""
    (tmp_path / "notes.csv").write_text("note_id,case_id,text\nN1,C001,Mum seen at home.\n")
    (tmp_path / "people.csv").write_text("case_id,name\n1,Jane Smith\n")
    (tmp_path / "map.yaml").write_text("columns:\n  NoteBody: text\n")
    proc = run("deid", "notes.csv", "-o", "out.jsonl", "--people", "people.csv", "--mapping", "map.yaml", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert [line[:8] for line in lines] == ["! [W003]", "! [W004]", "1 rows r"], proc.stderr
    assert "warnings.warn" not in proc.stderr and ".py:" not in proc.stderr
    assert (tmp_path / "out.jsonl").read_text().count("\n") == 1


def test_info_on_a_file_that_is_not_a_store_is_one_line_naming_it(tmp_path):
    import duckdb

    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as con:
        con.execute("CREATE TABLE t AS SELECT 1 AS x")
    proc = run("info", "--db", other, cwd=tmp_path)
    assert proc.returncode == 1
    line = one_line_error(proc)
    assert "[E084]" in line and "other.duckdb" in line
    (tmp_path / "notes.duckdb").write_text("note_id,text\nN1,not a database\n")
    proc = run("info", "--db", tmp_path / "notes.duckdb", cwd=tmp_path)
    assert proc.returncode == 1 and "notes.duckdb" in one_line_error(proc)
