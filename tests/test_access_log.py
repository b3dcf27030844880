"""The access log is anchored (issue #16, finding 2): an HMAC key and a head record kept apart from the log make
truncation, emptying, deletion, rewritten lines and forks visible; every break is reported; concurrent appends
keep one chain; logs written before anchoring still verify, as legacy and unanchored."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import shutil
import stat

import pytest

from casenotes.app.auth import AccessLog, User
from casenotes.errors import InputError

ANA = User("ana", "researcher")


def filled(tmp_path, n: int = 6) -> AccessLog:
    log = AccessLog.for_store(tmp_path / "s.duckdb")
    for k in range(n):
        log.append(ANA, "view_text", page="notes", note_ids=[f"N{k}"])
    return log


def lines_of(log: AccessLog) -> list[str]:
    return log.path.read_text().splitlines()


def rewrite(log: AccessLog, lines: list[str]) -> None:
    log.path.write_text("".join(line + "\n" for line in lines))


def broken_lines(log: AccessLog) -> list[int | None]:
    return [line for line, _ in log.verify().breaks]


def test_an_intact_log_is_anchored_and_its_key_is_private(tmp_path):
    log = filled(tmp_path)
    check = log.verify()
    assert check.intact and check.anchored and check.lines == 6 and check.legacy_lines == 0
    key = tmp_path / "s_access.key"
    assert key.is_file() and stat.S_IMODE(key.stat().st_mode) == 0o600
    assert (tmp_path / "s_access.head").is_file()
    assert key.read_text() not in log.path.read_text()


def test_every_rewritten_line_is_reported(tmp_path, cli):
    log = filled(tmp_path)
    lines = lines_of(log)
    for i in (1, 4):  # lines 2 and 5
        rec = json.loads(lines[i])
        rec["note_ids"] = ["N999"]
        lines[i] = json.dumps(rec, sort_keys=True)
    rewrite(log, lines)
    assert broken_lines(log) == [2, 5]
    result = cli("access", "verify", "--db", tmp_path / "s.duckdb", ok=False)
    assert result.exit_code == 1
    assert "ALTERED" in result.stdout and "line 2" in result.stdout and "line 5" in result.stdout


def test_a_rewrite_as_a_fresh_sha256_chain_is_detected(tmp_path):
    """Without the key, a forger can only recompute the old SHA-256 chain: that no longer passes."""
    log = filled(tmp_path)
    prev, forged = "0" * 64, []
    for line in lines_of(log):
        rec = json.loads(line)
        rec.pop("mac")
        rec["prev"] = prev
        text = json.dumps(rec, sort_keys=True)
        forged.append(text)
        prev = hashlib.sha256(text.encode()).hexdigest()
    rewrite(log, forged)
    assert not log.verify().intact


@pytest.mark.parametrize("cut", ["last", "first", "middle"])
def test_removed_lines_are_detected(tmp_path, cut):
    log = filled(tmp_path)
    lines = lines_of(log)
    del lines[{"last": -1, "first": 0, "middle": 2}[cut]]
    rewrite(log, lines)
    check = log.verify()
    assert not check.intact
    if cut == "last":  # the chain itself is fine: only the head record shows the truncation
        assert any("6" in reason and "5" in reason for _, reason in check.breaks)


def test_an_emptied_or_deleted_log_is_detected(tmp_path, cli):
    log = filled(tmp_path)
    log.path.write_text("")
    assert not log.verify().intact
    log.path.unlink()
    assert not log.verify().intact
    assert cli("access", "verify", "--db", tmp_path / "s.duckdb", ok=False).exit_code == 1


def test_a_deleted_head_record_is_detected(tmp_path):
    log = filled(tmp_path)
    (tmp_path / "s_access.head").unlink()
    assert not log.verify().intact
    # and appending afterwards does not launder it: the rebuilt head is recorded in the log
    log.append(ANA, "sign_out")
    assert not log.verify().intact


def test_a_forked_chain_is_detected(tmp_path):
    """Two appends that both continue from line 3 (what an unlocked concurrent append does)."""
    log = filled(tmp_path, 3)
    saved = {p: p.read_bytes() for p in (log.path, tmp_path / "s_access.head")}
    log.append(ANA, "page_view", page="trends")
    fork_a = lines_of(log)[-1]
    for path, data in saved.items():
        path.write_bytes(data)
    log.append(ANA, "page_view", page="notes")
    lines = lines_of(log)
    rewrite(log, lines[:3] + [fork_a] + lines[3:])
    assert 5 in broken_lines(log)


def _append_many(path: str, worker: int, n: int) -> None:
    log = AccessLog(path)
    for k in range(n):
        log.append(User(f"w{worker}", "admin"), "page_view", page=str(k))


def test_concurrent_appends_keep_one_chain(tmp_path):
    log = AccessLog.for_store(tmp_path / "s.duckdb")
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_append_many, args=(str(log.path), w, 200)) for w in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    check = log.verify()
    assert check.breaks == () and check.lines == 400 and check.anchored


def _legacy_log(tmp_path, n: int = 3) -> AccessLog:
    """A log as casenotes wrote it before anchoring: SHA-256 of the line before, no key, no head."""
    log = AccessLog.for_store(tmp_path / "s.duckdb")
    prev, lines = "0" * 64, []
    for k in range(n):
        line = json.dumps({"event": "sign_in", "prev": prev, "role": "admin", "time": "2025-01-01T00:00:00+00:00",
                           "user": f"u{k}"}, sort_keys=True)
        lines.append(line)
        prev = hashlib.sha256(line.encode()).hexdigest()
    rewrite(log, lines)
    return log


def test_a_legacy_log_verifies_as_legacy_and_unanchored(tmp_path, cli):
    log = _legacy_log(tmp_path)
    check = log.verify()
    assert check.intact and not check.anchored and check.legacy_lines == 3
    result = cli("access", "verify", "--db", tmp_path / "s.duckdb")
    assert "legacy" in result.stdout and "UNANCHORED" in result.stdout
    # an edit to a legacy line is still caught by its SHA-256 chain
    lines = lines_of(log)
    lines[0] = lines[0].replace("u0", "u9")
    rewrite(log, lines)
    assert broken_lines(log) == [2]


def test_appending_to_a_legacy_log_anchors_it(tmp_path, cli):
    log = _legacy_log(tmp_path)
    log.append(ANA, "sign_in")
    check = log.verify()
    assert check.intact and check.anchored and check.lines == 4 and check.legacy_lines == 3
    assert "intact" in cli("access", "verify", "--db", tmp_path / "s.duckdb").stdout
    # the first anchored line vouches for the legacy lines before it
    lines = lines_of(log)
    lines[1] = lines[1].replace("u1", "u9")
    rewrite(log, lines)
    assert not log.verify().intact


def test_a_missing_key_is_reported(tmp_path):
    log = filled(tmp_path)
    (tmp_path / "s_access.key").unlink()
    assert not log.verify().intact


def test_copying_the_log_elsewhere_does_not_verify(tmp_path):
    """The key and head belong to one log: a log copied beside another store's key fails."""
    filled(tmp_path / "a")
    other = filled(tmp_path / "b", 6)
    shutil.copy(tmp_path / "a" / "s_access.log", other.path)
    assert not other.verify().intact


def test_a_witness_head_shows_a_rollback_a_deletion_and_a_rewritten_line(tmp_path):
    """What the key and head beside the log cannot show (whoever can write all three can put back or delete them
    together) shows against a head recorded apart from the log."""
    log = filled(tmp_path, 3)
    early_head = log.verify().head
    early = {p: p.read_bytes() for p in (log.path, log.head_path)}
    log.append(ANA, "sign_out")
    log.append(ANA, "sign_in")
    head = log.verify().head
    assert head.startswith("5:") and log.verify([early_head, head]).intact  # a longer log still extends both
    for path, data in early.items():
        path.write_bytes(data)
    assert log.verify().intact and log.verify([early_head]).intact
    assert [line for line, _ in log.verify([head]).breaks] == [None]
    other = filled(tmp_path / "elsewhere", 5)  # five lines of another chain: same length, other lines
    shutil.copy(other.path, log.path)
    shutil.copy(other.head_path, log.head_path)
    shutil.copy(other.key_path, log.key_path)
    assert other.verify().intact and [line for line, _ in log.verify([head]).breaks] == [5]
    for path in (log.path, log.head_path, log.key_path):
        path.unlink()
    assert log.verify().intact and not log.verify([head]).intact
    with pytest.raises(InputError, match=r"\[E229\]"):
        log.verify(["5:" + "g" * 64])
