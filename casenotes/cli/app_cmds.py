"""``casenotes serve`` and ``casenotes demo``: the dashboard on localhost, and the one-command demo."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

from casenotes.cli import app, out

APP_FILE = Path(__file__).resolve().parents[2] / "app_streamlit.py"
# Streamlit settings that keep everything on this machine: no usage statistics, loopback only.
PRIVATE_SERVER = ["--browser.gatherUsageStats", "false", "--server.address", "127.0.0.1",
                  "--server.headless", "true", "--global.developmentMode", "false"]


def serve(db: Path, *, port: int = 8501) -> None:
    """Run the Streamlit dashboard on 127.0.0.1 for the given store (blocks until stopped)."""
    env = {**os.environ, "CASENOTES_DB": str(db.resolve()), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    out.print(f"Dashboard: open http://127.0.0.1:{port} in your browser (Ctrl+C to stop).")
    subprocess.run([sys.executable, "-m", "streamlit", "run", str(APP_FILE), "--server.port", str(port),
                    *PRIVATE_SERVER], env=env, check=False)


@app.command("serve")
def serve_cli(
    db: Annotated[Path, typer.Option("--db", exists=True, dir_okay=False, help="DuckDB store.")],
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8501,
) -> None:
    """Serve the dashboard on localhost."""
    serve(db, port=port)


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
    from casenotes.classify.registry import FAST_MODEL
    from casenotes.scoring import score_file
    from casenotes.synth import write

    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "demo.duckdb"
    out.print(f"1/3 writing {notes} synthetic notes to {workdir}/ ...")
    paths = write(workdir / "notes.csv", notes=notes, seed=seed)
    out.print("2/3 scoring them into the store (pseudonymise -> split -> classify -> audit) ...")
    report = score_file(paths["notes"], db, people=paths["people"], teams=paths["teams"], roster=paths["roster"],
                        memberships=paths["memberships"],
                        model=model or FAST_MODEL)
    out.print(f"    {report.notes_new} new notes, {report.notes_already_stored} already stored, "
              f"{report.rows_rejected} rejected; counts reconcile: {'yes' if report.reconciles else 'NO'}")
    if no_serve:
        out.print(f"3/3 done: store at {db}")
        return
    out.print("3/3 starting the dashboard")
    serve(db, port=port)
