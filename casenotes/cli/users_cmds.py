"""``casenotes users`` and ``casenotes access``: dashboard accounts and the access log."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from casenotes.app.auth import USER_ROLES, AccessLog, LogCheck, UserStore
from casenotes.cli import app, choice, out
from casenotes.errors import InputError

users_app = typer.Typer(no_args_is_help=True, help="Dashboard users: add, list, remove (hashed passwords).")
app.add_typer(users_app, name="users")
access_app = typer.Typer(no_args_is_help=True, help="The dashboard's access log.")
app.add_typer(access_app, name="access")

Role = choice("Role", USER_ROLES, module=__name__)
UsersOpt = Annotated[Path, typer.Option("--users", help="Users file (TOML), e.g. beside the store: users.toml.")]


@users_app.command("add")
def add_cli(
    name: Annotated[str, typer.Argument(help="Sign-in name.")],
    role: Annotated[Role, typer.Option(help="lead (aggregates only), researcher (pseudonymised text) or admin.")],  # type: ignore[valid-type]
    users: UsersOpt,
    password_stdin: Annotated[bool, typer.Option(help="Read the password from stdin instead of a prompt.")] = False,
    borough: Annotated[str | None, typer.Option(help="Tie the user's Overview and Trends pages to this borough.")] = None,
    team: Annotated[str | None, typer.Option(help="... and to this team in it (needs --borough).")] = None,
) -> None:
    """Add a user or reset their password and role."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    UserStore(users).add(name, role, password, borough=borough, team=team)
    out.print(f"user '{name}' ({role}) saved to {users}")


@users_app.command("list")
def list_cli(users: UsersOpt) -> None:
    """Names and roles (never hashes)."""
    store = UserStore(users)
    for user in store.list():
        out.print("\t".join([user.name, user.role, *store.scope(user.name).values()]), markup=False)


@users_app.command("remove")
def remove_cli(name: Annotated[str, typer.Argument(help="Sign-in name.")], users: UsersOpt) -> None:
    """Remove a user."""
    if not UserStore(users).remove(name):
        raise InputError(f"[E227] No user '{name}' in {users.name}.")
    out.print(f"user '{name}' removed")


DbOpt = Annotated[Path, typer.Option("--db", help="The store whose access log to check.")]


def _checked(db: Path, witnesses: list[str]) -> tuple[AccessLog, LogCheck]:
    """The store's access log and what verifying it found (E230 when there is neither a store nor a log, nor a
    witness saying there was one)."""
    log = AccessLog.for_store(db)
    if not witnesses and not db.exists() and not any(p.exists() for p in (log.path, log.head_path, log.key_path)):
        raise InputError(f"[E230] No store '{db}' and no access log beside it ({log.path.name}).")
    return log, log.verify(witnesses)


def _report(log: AccessLog, check: LogCheck) -> None:
    """Print what verifying the log found, and exit 1 if it found any break."""
    for line in check.report(log.path.name):
        out.print(line, soft_wrap=True, markup=False)
    if not check.intact:
        raise typer.Exit(1)


@access_app.command("verify")
def verify_cli(db: DbOpt, witness: Annotated[list[str] | None, typer.Option(
        help="A head printed earlier by `casenotes access head` and kept where this host's administrators cannot "
             "write: the log must still extend it (repeat for several).")] = None) -> None:
    """Check the access log against its key and head record (and any witness heads); list every break and exit 1
    if there is any."""
    log, check = _checked(db, witness or [])
    _report(log, check)


@access_app.command("head")
def head_cli(db: DbOpt) -> None:
    """Print the access log's head (`<lines>:<last MAC>`) after checking the log. Keep it where this host's
    administrators cannot write (the information-governance officer's records): deleting the log with its key and
    head, or putting back an earlier copy, shows only against such a head (`casenotes access verify --witness`)."""
    log, check = _checked(db, [])
    if not check.intact:
        _report(log, check)
    out.print(check.head, soft_wrap=True, markup=False)
