"""``casenotes serve`` and ``casenotes demo``: the dashboard on localhost, and the one-command demo."""

from __future__ import annotations

import os
import secrets
import sys
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from casenotes.cli import app, out

APP_FILE = Path(str(resources.files("casenotes.app") / "router" / "main.py"))
"""The dashboard's router, served by ``streamlit run``: package data, found wherever casenotes is installed."""
# Streamlit settings that keep everything on this machine and show users one line, never a traceback: no usage
# statistics, loopback only, XSRF and CORS protection on, generic error messages in the browser.
PRIVATE_SERVER = ["--browser.gatherUsageStats", "false", "--server.address", "127.0.0.1",
                  "--server.headless", "true", "--global.developmentMode", "false", "--client.toolbarMode", "viewer",
                  "--server.enableXsrfProtection", "true", "--server.enableCORS", "true",
                  "--client.showErrorDetails", "none"]


def server_command(db: Path, *, port: int = 8501, users: Path | None = None, allow_hosts: tuple[str, ...] = (),
                   min_notes: int | None = None, min_authors: int | None = None) -> tuple[list[str], dict[str, str]]:
    """The ``streamlit run`` command line and environment that serve the dashboard for ``db``.

    Streamlit's own Host allow-list (``server.allowedHosts``) refuses WebSocket connections for any other name,
    against DNS rebinding; the app checks Host again with the port (``casenotes.app.auth.host_allowed``) and logs
    what it refuses.
    """
    from casenotes.app.auth import session_limits, users_file

    from casenotes.trends import MIN_AUTHORS_ENV, MIN_NOTES_ENV, Suppression

    session_limits()  # a bad CASENOTES_SESSION_* value fails here, in one line, not in the browser
    # the small-number floor every page keeps to (a user can suppress more, never less)
    floor = Suppression.configured().at_least(min_notes, min_authors)
    hosts = ("127.0.0.1", "localhost", *allow_hosts)
    env = {**os.environ, "CASENOTES_DB": str(db.resolve()), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
           "CASENOTES_USERS": str((users or users_file(db)).resolve()),
           "CASENOTES_ALLOWED_HOSTS": ",".join(allow_hosts),
           MIN_NOTES_ENV: str(floor.min_notes), MIN_AUTHORS_ENV: str(floor.min_authors)}
    argv = [sys.executable, "-m", "streamlit", "run", str(APP_FILE), "--server.port", str(port), *PRIVATE_SERVER,
            *(arg for h in hosts for arg in ("--server.allowedHosts", h.rsplit(":", 1)[0]))]
    return argv, env


def serve(db: Path, *, port: int = 8501, users: Path | None = None, allow_hosts: tuple[str, ...] = (),
          min_notes: int | None = None, min_authors: int | None = None) -> None:
    """Run the Streamlit dashboard on 127.0.0.1 for the given store (blocks until stopped)."""
    argv, env = server_command(db, port=port, users=users, allow_hosts=allow_hosts, min_notes=min_notes,
                               min_authors=min_authors)
    out.print(f"Dashboard: open http://127.0.0.1:{port} in your browser (Ctrl+C to stop).")
    # this process becomes the server, so stopping it (Ctrl+C, a service manager, a test) stops the server
    os.execve(sys.executable, argv, env)


@app.command("serve")
def serve_cli(
    db: Annotated[Path, typer.Option("--db", exists=True, dir_okay=False, help="DuckDB store.")],
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8501,
    users: Annotated[Path | None, typer.Option(help="Users file (default: users.toml beside the store).")] = None,
    allow_host: Annotated[list[str] | None, typer.Option(
        "--allow-host", help="Another name browsers may use for this server (e.g. behind a reverse proxy); "
                             "repeat for more. 127.0.0.1 and localhost are always allowed.")] = None,
    min_notes: Annotated[int | None, typer.Option(min=1, help="Small-number floor: groups with fewer notes are "
                                                  "suppressed on every page (default CASENOTES_MIN_NOTES, else 10; "
                                                  "users can raise it, not lower it).")] = None,
    min_authors: Annotated[int | None, typer.Option(min=1, help="Groups written by fewer practitioners are "
                                                    "suppressed (default CASENOTES_MIN_AUTHORS, else 2).")] = None,
) -> None:
    """Serve the dashboard on localhost; users sign in with the accounts in the users file."""
    serve(db, port=port, users=users, allow_hosts=tuple(allow_host or ()), min_notes=min_notes,
          min_authors=min_authors)


@app.command("demo")
def demo_cli(
    workdir: Annotated[Path, typer.Option(help="Where the demo data and store go.")] = Path("demo_data"),
    notes: Annotated[int, typer.Option(min=50, help="Synthetic notes to generate.")] = 3000,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8501,
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Stop after scoring (no dashboard).")] = False,
    model: Annotated[str | None, typer.Option("--model", help="Model to score with (default: the fast linear "
                                              "model, so the demo runs in about a minute on a laptop).")] = None,
) -> None:
    """Synthetic notes -> score -> store -> dashboard, in one command."""
    from casenotes.app.auth import ROLES, UserStore
    from casenotes.classify.registry import FAST_MODEL
    from casenotes.batch import default_workers, score_file
    from casenotes.synth import write

    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "demo.duckdb"
    out.print(f"1/3 writing {notes} synthetic notes to {workdir}/ ...")
    paths = write(workdir / "notes.csv", notes=notes, seed=seed)
    out.print("2/3 scoring them into the store (pseudonymise -> split -> classify -> audit) ...")
    report = score_file(paths["notes"], db, people=paths["people"], teams=paths["teams"], roster=paths["roster"],
                        memberships=paths["memberships"],
                        model=model or FAST_MODEL, workers=default_workers())
    out.print(f"    {report.notes_new} new notes, {report.notes_already_stored} already stored, "
              f"{report.rows_rejected} rejected; counts reconcile: {'yes' if report.reconciles else 'NO'}")
    users = UserStore(workdir / "users.toml")
    if not users.exists():
        # demo accounts, one per role, with passwords shown once here and stored only as hashes
        out.print(f"    demo sign-ins (saved as hashes in {users.path}; shown only now):")
        for role in ROLES:
            password = secrets.token_urlsafe(9)
            users.add(f"demo-{role}", role, password)
            out.print(f"      demo-{role:<11} {password}")
    if no_serve:
        out.print(f"3/3 done: store at {db}")
        return
    out.print("3/3 starting the dashboard")
    serve(db, port=port, users=users.path)
