"""`casenotes serve`'s server settings (issue #16, finding 6): usage statistics off, XSRF and CORS protection on,
no error details in the browser, and a Host allow-list that refuses other names (DNS rebinding)."""

from __future__ import annotations

import base64
import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casenotes.app import server as app_server

CASENOTES = Path(sys.executable).with_name("casenotes")


def option_values(argv: list[str], name: str) -> list[str]:
    return [argv[i + 1] for i, arg in enumerate(argv) if arg == name]


def test_serve_runs_streamlit_with_private_settings(tmp_path, cli, monkeypatch):
    calls = []
    monkeypatch.setattr(app_server.os, "execve", lambda path, argv, env: calls.append((argv, env)))
    db = tmp_path / "s.duckdb"
    db.touch()
    cli("serve", "--db", db, "--port", 8600, "--allow-host", "dash.example.org")
    (argv, env), = calls
    assert argv[1:4] == ["-m", "streamlit", "run"]
    expected = {"--client.showErrorDetails": ["none"], "--browser.gatherUsageStats": ["false"],
                "--server.enableXsrfProtection": ["true"], "--server.enableCORS": ["true"],
                "--server.address": ["127.0.0.1"], "--server.port": ["8600"],
                "--server.allowedHosts": ["127.0.0.1", "localhost", "dash.example.org"]}
    assert {name: option_values(argv, name) for name in expected} == expected
    assert env["CASENOTES_ALLOWED_HOSTS"] == "dash.example.org"


def test_a_bad_session_timeout_fails_before_serving(tmp_path, monkeypatch):
    db = tmp_path / "s.duckdb"
    db.touch()
    proc = subprocess.run([str(CASENOTES), "serve", "--db", str(db)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "CASENOTES_SESSION_IDLE_MINUTES": "soon"})
    assert proc.returncode == 1 and "E302" in proc.stderr and "Traceback" not in proc.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    db = tmp_path / "s.duckdb"
    db.touch()  # the app opens the store only when a page runs; a WebSocket handshake runs none
    port = _free_port()
    proc = subprocess.Popen([str(CASENOTES), "serve", "--db", str(db), "--port", str(port), "--allow-host",
                             "dash.example.org"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert time.monotonic() < deadline and proc.poll() is None, "the server did not start"
            time.sleep(0.3)
    yield port
    proc.terminate()
    proc.wait(timeout=30)


def websocket_status(port: int, host: str) -> int:
    """The HTTP status of a WebSocket handshake sent to 127.0.0.1:port with the given Host header (101: accepted)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", "/_stcore/stream", headers={
            "Host": host, "Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Version": "13",
            "Sec-WebSocket-Key": base64.b64encode(os.urandom(16)).decode()})
        return conn.getresponse().status
    finally:
        conn.close()


def test_the_server_refuses_other_host_names(server):
    assert websocket_status(server, f"127.0.0.1:{server}") == 101
    assert websocket_status(server, f"localhost:{server}") == 101
    assert websocket_status(server, f"dash.example.org:{server}") == 101
    assert websocket_status(server, f"evil.test:{server}") == 403
