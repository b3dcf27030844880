"""Size limits on the package (issue #17, "Done when"): a module past ~400 lines says in its docstring why it is
one module ("Long because ..."), and no function runs past ~60 lines, so a reader can hold each one in view."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "casenotes"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
REASON = "Long because"


def _modules() -> list[tuple[str, list[str], ast.Module]]:
    return [(str(path.relative_to(PACKAGE.parent)), text.splitlines(), ast.parse(text))
            for path in sorted(PACKAGE.rglob("*.py")) for text in [path.read_text(encoding="utf-8")]]


def test_a_module_over_the_limit_says_why_in_its_docstring():
    long = [f"{name}: {len(lines)} lines" for name, lines, tree in _modules()
            if len(lines) > MAX_MODULE_LINES and REASON not in (ast.get_docstring(tree) or "")]
    assert long == [], f"split these or add a '{REASON} ...' sentence to their docstring"


def test_no_function_is_over_the_limit():
    long = [f"{name}:{node.lineno} {node.name}: {node.end_lineno - node.lineno + 1} lines"
            for name, _, tree in _modules() for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno is not None
            and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES]
    assert long == [], "split these into well-named helpers"
