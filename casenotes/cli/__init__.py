"""The ``casenotes`` command line: one Typer app, one module per group of commands.

Commands only declare their parameters and print: the work is done by library functions that return values
(spaCy's ``x_cli`` / ``x`` split). Choices are enums, so a value outside them is a usage error like any other.
Errors print one line and exit non-zero (usage errors 2; casenotes errors, unusable files and aborted prompts 1);
``--debug`` shows tracebacks. Warnings (valid input that is probably a mistake) print one line each and the
command goes on.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from casenotes.errors import CasenotesError, CasenotesWarning, InputError

app = typer.Typer(name="casenotes", no_args_is_help=True, add_completion=False,
                  help="Measure Safe & Together framing in case notes, offline.")
err = Console(stderr=True, highlight=False)
out = Console(highlight=False)


def main() -> None:
    """Console-script entry point: every failure is one line on stderr and a non-zero exit code.

    Typer runs with ``standalone_mode=False`` so that casenotes' own errors reach the handlers below; in that
    mode Typer *returns* the code of ``typer.Exit(n)`` (and raises usage errors) instead of exiting, so the
    returned code is passed on here. Codes: usage errors 2 (Typer), casenotes errors 1, files that cannot be read
    or written 1, aborted prompts 1. ``--debug`` re-raises instead, for the traceback.
    """
    import logging

    # torch's OpenMP threads sleep between parallel regions instead of spinning. Read once, when torch is first
    # imported (spaCy imports it), so here, before any command runs: on cores shared with other processes the
    # spinning threads cost 2-7x the CPU per sentence and were slower by the clock too (benchmarks/HISTORY.md,
    # 2026-12-06). A value the user set is kept.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    debug = "--debug" in sys.argv
    if debug:
        sys.argv.remove("--debug")
    # Progress only (counts, epochs, timings): nothing in casenotes logs note text.
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO, format="%(message)s", stream=sys.stderr)
    for noisy in ("httpx", "urllib3", "filelock", "transformers", "huggingface_hub", "spacy"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        if _IMPORT_ERROR is not None:
            raise _IMPORT_ERROR
        with warnings.catch_warnings():
            warnings.showwarning = _one_line_warnings(warnings.showwarning)
            code = app(standalone_mode=False)
    except Exception as exc:
        if debug:
            raise
        code = _report(exc)
    # commands return None; an int is the code of a typer.Exit raised inside them
    sys.exit(code if isinstance(code, int) else 0)


def _report(exc: Exception) -> int:
    """Print one line for ``exc`` (never its traceback, whose locals could hold note text); return the exit code."""
    if isinstance(exc, typer.TyperException):  # Click's exceptions (vendored in Typer): usage errors and the like
        if type(exc).__name__ == "NoArgsIsHelpError":  # how Typer itself tells it apart: show the help
            exc.show()  # type: ignore[attr-defined]  # a UsageError of the Click Typer vendors privately
            return exc.exit_code
        ctx = getattr(exc, "ctx", None)
        where = f"{ctx.command_path}: " if ctx is not None else ""
        hint = f" See '{ctx.command_path} --help'." if ctx is not None else ""
        _fail(where + exc.format_message() + hint)
        return exc.exit_code
    if isinstance(exc, typer.Abort):
        err.print("Aborted.")
    elif isinstance(exc, CasenotesError):
        _fail(str(exc))
    elif isinstance(exc, OSError):
        paths = " -> ".join(f"'{p}'" for p in (exc.filename, exc.filename2) if p is not None) or "a file"
        _fail(f"[E300] Cannot use {paths}: {exc.strerror or exc}. Check the path and its permissions.")
    else:
        _fail(f"[E301] Unexpected {type(exc).__name__}; run again with --debug for the traceback.")
    return 1


def _fail(message: str) -> None:
    """One unwrapped line on stderr; the message is printed as text, never as Rich markup."""
    err.print(f"[red]✘[/red] {escape(message)}", soft_wrap=True)


def _one_line_warnings(show_other: Callable[..., None]) -> Callable[..., None]:
    """A ``warnings.showwarning`` that prints casenotes' warnings as one line on stderr (no file and line of the
    code that warned) and hands any other warning to ``show_other``."""
    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int, file: Any = None,
             line: str | None = None) -> None:
        if issubclass(category, CasenotesWarning):
            err.print(f"[yellow]![/yellow] {escape(str(message))}", soft_wrap=True)
        else:
            show_other(message, category, filename, lineno, file, line)
    return show


def choice(name: str, values: Iterable[str], *, module: str) -> type[StrEnum]:
    """An enum of a library's allowed values, for a Typer option: a value outside them is a usage error (exit 2).
    Members are strings equal to their values, so commands pass them on to the library as they are; ``module`` is
    the defining module (``__name__``), so members pickle into worker processes."""
    return StrEnum(name, [(value, value) for value in values], module=module)  # type: ignore[return-value]


T = TypeVar("T")


def parser(parse: Callable[[str], T]) -> Callable[[str], T]:
    """A Typer ``parser`` from a library function that reads an option's text: its InputError (a malformed value)
    becomes a usage error (exit 2), its message kept."""
    def parse_option(value: str) -> T:
        try:
            return parse(value)
        except InputError as exc:
            raise typer.BadParameter(str(exc)) from None
    return parse_option


# Command modules register themselves on `app` when imported (they import `app` from here). Importing them reads
# the labels and domains files in force (CASENOTES_LABELS, CASENOTES_DOMAINS), and the console script imports this
# module before main() runs: a bad file's error is kept for main() to print as one line.
_IMPORT_ERROR: CasenotesError | None = None
try:
    from casenotes.cli import (  # noqa: F401
        annotate_cmds, app_cmds, audit_cmds, data_cmds, deid_cmds, model_cmds, score_cmds, trends_cmds, users_cmds,
        validation_cmds,
    )
except CasenotesError as exc:
    _IMPORT_ERROR = exc
