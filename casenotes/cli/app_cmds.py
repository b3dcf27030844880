"""``casenotes serve`` and ``casenotes demo``: the dashboard on localhost, and the one-command demo."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from casenotes.cli import app, out


def _serve(db: Path, *, port: int, **options: Any) -> None:
    from casenotes.app.server import serve

    out.print(f"Dashboard: open http://127.0.0.1:{port} in your browser (Ctrl+C to stop).")
    serve(db, port=port, **options)


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
    _serve(db, port=port, users=users, allow_hosts=tuple(allow_host or ()), min_notes=min_notes,
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
    from casenotes.demo import prepare_demo

    steps = {"synth": f"1/3 writing {notes} synthetic notes to {workdir}/ ...",
             "score": "2/3 scoring them into the store (pseudonymise -> split -> classify -> audit) ..."}
    demo = prepare_demo(workdir, notes=notes, seed=seed, model=model, step=lambda name: out.print(steps[name]))
    report = demo.report
    out.print(f"    {report.notes_new} new notes, {report.notes_already_stored} already stored, "
              f"{report.rows_rejected} rejected; counts reconcile: {'yes' if report.reconciles else 'NO'}")
    if demo.sign_ins:
        out.print(f"    demo sign-ins (saved as hashes in {demo.users}; shown only now):")
        for name, password in demo.sign_ins.items():
            out.print(f"      {name:<16} {password}")
    if no_serve:
        out.print(f"3/3 done: store at {demo.db}")
        return
    out.print("3/3 starting the dashboard")
    _serve(demo.db, port=port, users=demo.users)
