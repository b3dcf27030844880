"""The ``casenotes`` command line: one Typer app, one module per group of commands.

Commands only handle arguments and printing; the work is done by library functions that return values.
Errors from casenotes (bad input, rule files, stores) print one line and exit 1; ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import sys

import typer
from rich.console import Console

from casenotes.errors import CasenotesError

app = typer.Typer(name="casenotes", no_args_is_help=True, add_completion=False,
                  help="Measure Safe & Together framing in case notes, offline.")
err = Console(stderr=True, highlight=False)
out = Console(highlight=False)


def main() -> None:
    """Console-script entry point."""
    import logging

    debug = "--debug" in sys.argv
    if debug:
        sys.argv.remove("--debug")
    # Progress only (counts, epochs, timings): nothing in casenotes logs note text.
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO, format="%(message)s", stream=sys.stderr)
    for noisy in ("httpx", "urllib3", "filelock", "transformers", "huggingface_hub", "spacy"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        app(standalone_mode=False)
    except CasenotesError as exc:
        if debug:
            raise
        err.print(f"[red]✘[/red] {exc}")
        sys.exit(1)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print("Aborted.")
        sys.exit(1)
    except Exception as exc:  # click usage errors carry their own exit code
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise


# Command modules register themselves on `app` when imported (they import `app` from here).
from casenotes.cli import (  # noqa: E402,F401
    annotate_cmds, app_cmds, audit_cmds, data_cmds, deid_cmds, model_cmds, review_cmds, score_cmds, trends_cmds,
    users_cmds,
)
