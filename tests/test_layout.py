"""The package's shape (issue #17, item 5): the CLI only declares parameters and prints, so tests reach the work
through the library, and the command line itself only through ``casenotes.cli.app``."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_tests_outside_tests_cli_import_no_command_module():
    found = []
    for path in sorted(TESTS.rglob("*.py")):
        if path.parent.name == "cli":  # tests of the command line's own declarations
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([node.module or ""] if isinstance(node, ast.ImportFrom) else
                     [a.name for a in node.names] if isinstance(node, ast.Import) else [])
            found += [f"{path.relative_to(TESTS)}:{node.lineno} {n}" for n in names if n.startswith("casenotes.cli.")]
    assert found == []
