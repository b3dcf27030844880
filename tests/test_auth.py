"""Dashboard accounts, sign-in rate limiting and the tamper-evident access log."""

from __future__ import annotations

import json

import pytest

from casenotes.app.auth import MAX_FAILURES, AccessLog, AuthError, UserStore, check_password, hash_password


def test_passwords_are_salted_scrypt_hashes(tmp_path):
    a, b = hash_password("correct horse battery"), hash_password("correct horse battery")
    assert a != b and a.startswith("scrypt$") and check_password("correct horse battery", a)
    assert not check_password("correct horse batterY", a)
    users = UserStore(tmp_path / "users.toml")
    users.add("sam", "lead", "a long enough pass")
    text = (tmp_path / "users.toml").read_text()
    assert "a long enough pass" not in text and "scrypt$" in text
    assert [(u.name, u.role) for u in users.list()] == [("sam", "lead")]


def test_sign_in_and_lockout_that_does_not_reveal_names(tmp_path):
    users = UserStore(tmp_path / "users.toml")
    users.add("ana", "researcher", "ana's long password")
    assert users.sign_in("ana", "ana's long password", now=1000).role == "researcher"
    for name in ("ana", "nobody"):
        for k in range(MAX_FAILURES):
            with pytest.raises(AuthError, match="E225"):
                users.sign_in(name, "wrong", now=1000 + k)
        # locked: even the right password is refused until the lock passes
        with pytest.raises(AuthError, match="E224"):
            users.sign_in(name, "ana's long password", now=1010)
    assert users.sign_in("ana", "ana's long password", now=1000 + 4 + 61).name == "ana"
    # the lock doubles each time it is hit again
    for k in range(MAX_FAILURES):
        with pytest.raises(AuthError):
            users.sign_in("nobody", "wrong", now=2000 + k)
    with pytest.raises(AuthError, match="E224"):
        users.sign_in("nobody", "x", now=2004 + 100)


def test_bad_roles_and_short_passwords_are_refused(tmp_path):
    from casenotes.errors import InputError

    users = UserStore(tmp_path / "users.toml")
    with pytest.raises(InputError, match="E222"):
        users.add("x", "superuser", "long enough password")
    with pytest.raises(InputError, match="E223"):
        users.add("x", "lead", "short")


def test_access_log_is_append_only_and_edits_are_detected(tmp_path, cli):
    from casenotes.app.auth import User

    db = tmp_path / "s.duckdb"
    log = AccessLog.for_store(db)
    for k in range(4):
        log.append(User("ana", "researcher"), "view_text", page="notes", note_ids=[f"N{k}"])
    assert "intact and anchored" in cli("access", "verify", "--db", db).stdout
    lines = log.path.read_text().splitlines()
    edited = json.loads(lines[1])
    edited["note_ids"] = ["N999"]
    lines[1] = json.dumps(edited, sort_keys=True)
    log.path.write_text("\n".join(lines) + "\n")
    result = cli("access", "verify", "--db", db, ok=False)
    assert result.exit_code == 1 and "line 2" in result.stdout  # its MAC no longer matches


def test_users_cli(tmp_path, cli):
    users = tmp_path / "users.toml"
    result = cli.runner.invoke(__import__("casenotes.cli", fromlist=["app"]).app,
                               ["users", "add", "lee", "--role", "admin", "--users", str(users), "--password-stdin"],
                               input="a good long password\n")
    assert result.exit_code == 0, result.output
    assert cli("users", "list", "--users", users).stdout.split() == ["lee", "admin"]
    cli("users", "remove", "lee", "--users", users)
    assert "lee" not in cli("users", "list", "--users", users).stdout
