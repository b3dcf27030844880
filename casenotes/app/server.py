"""Running the dashboard: the ``streamlit run`` command line that serves it privately on localhost, and serving.

Imports no streamlit: the server is a process of its own (``python -m streamlit run``).
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

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
    """Become the Streamlit server of the dashboard for ``db`` on 127.0.0.1 (never returns)."""
    argv, env = server_command(db, port=port, users=users, allow_hosts=allow_hosts, min_notes=min_notes,
                               min_authors=min_authors)
    # this process becomes the server, so stopping it (Ctrl+C, a service manager, a test) stops the server
    os.execve(sys.executable, argv, env)
