"""Write docs/cli.md from the installed `casenotes` command's own help, so the reference cannot drift from the code.

The page's top part (what each command is for) is written by hand and kept; below a marker line, the script
writes ``casenotes --help``, then ``--help`` of every command and of every command in a group (found in each help's
``Commands:`` list), with plain (non-Rich) help at a fixed width so the file is the same on every machine. Each
help is what the ``casenotes`` console script prints: its entry point (``casenotes.cli:main``, found through the
installed package's metadata) is called with that command line, in this one process, because starting the command
some thirty times costs minutes on a busy machine.

    python docs/build_cli.py           # rewrite docs/cli.md
    python docs/build_cli.py --check   # exit 1 if docs/cli.md is not what the installed command prints

``tests/test_docs.py`` runs ``--check``; after changing a command, its options or their help, run the script.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path

OUT = Path(__file__).resolve().parent / "cli.md"
ENV = {"TYPER_USE_RICH": "0", "COLUMNS": "80", "NO_COLOR": "1", "TERM": "dumb"}
"""Plain Click help at Click's own 80-column limit: no colours or boxes, no dependence on the terminal."""
MARKER = "<!-- Generated below by docs/build_cli.py from the installed command's --help: do not edit below. -->"
"""Everything above this line in docs/cli.md is written by hand and kept as it is; everything below is generated."""
HEADER = "# Command-line reference\n\n"
"""The hand-written part of a docs/cli.md that does not exist yet."""


def casenotes_main() -> Callable[[], None]:
    """The ``casenotes`` console script's entry point, as installed (plain help set up before Typer is imported)."""
    os.environ.update(ENV)
    found = [e for e in entry_points(group="console_scripts") if e.name == "casenotes"]
    if not found:
        sys.exit("casenotes is not installed: run `make install` first, then use .venv/bin/python")
    return found[0].load()


def help_text(main: Callable[[], None], path: tuple[str, ...]) -> str:
    """What ``casenotes PATH... --help`` prints, with trailing spaces removed."""
    stdout, argv = io.StringIO(), sys.argv
    sys.argv = ["casenotes", *path, "--help"]
    try:
        with contextlib.redirect_stdout(stdout):
            main()
    except SystemExit as exit_:
        if exit_.code not in (0, None):
            sys.exit(f"casenotes {' '.join(path)} --help exited {exit_.code}")
    finally:
        sys.argv = argv
    return "\n".join(line.rstrip() for line in stdout.getvalue().strip("\n").splitlines())


def subcommands(text: str) -> list[str]:
    """The command names of a help text's ``Commands:`` list, in the order the help gives them."""
    lines = text.splitlines()
    if "Commands:" not in lines:
        return []
    names = []
    for line in lines[lines.index("Commands:") + 1:]:
        if not line.startswith("  "):
            break
        if not line.startswith("   "):  # a wrapped description is indented further
            names.append(line.split()[0])
    return names


def collect(main: Callable[[], None], path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], str]]:
    """``path`` and every command under it with its help, depth first in the order each help lists them."""
    text = help_text(main, path)
    return [(path, text), *(item for name in subcommands(text) for item in collect(main, (*path, name)))]


def render(helps: list[tuple[tuple[str, ...], str]], current: str) -> str:
    """The page: the hand-written part of ``current`` as it is, then each command's help in a code block."""
    written = current.partition(MARKER)[0] if MARKER in current else HEADER
    sections = [f"## {' '.join(('casenotes', *p))}\n\n```text\n{text}\n```" for p, text in helps]
    return "\n\n".join([written.rstrip("\n"), MARKER, *sections]) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with docs/cli.md instead of writing it")
    args = parser.parse_args()
    current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
    page = render(collect(casenotes_main()), current)
    if args.check:
        if current != page:
            print(f"{OUT.name} is out of date: run python docs/build_cli.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(page, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
