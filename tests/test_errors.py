"""The table of coded messages (issue #17, item 8): every ``[Exxx]``/``[Wxxx]`` code used in the package is listed
once in ``casenotes.errors.CODES``, and each is raised (or warned) with one class only, the table's."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import pytest

import casenotes
from casenotes.errors import CODES, CasenotesError, CasenotesWarning

ROOT = Path(casenotes.__file__).resolve().parent
SOURCES = sorted(ROOT.rglob("*.py")) + [ROOT.parent / "app_streamlit.py"]
CODE = re.compile(r"\[([EW]\d{3})\]")


def _text(node: ast.AST) -> str:
    """The literal text of a string constant or f-string (its placeholders left out)."""
    if isinstance(node, ast.Constant):
        return node.value
    return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))


def _name(node: ast.AST) -> str | None:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None


def _rule_yaml_uses(tree: ast.AST) -> list[tuple[str, int, str]]:
    """(code, line, class) of each ``read_rule_yaml(path, default, "Exxx"[, error=Class])``: the reader raises the
    code it is given (``[{code}]``), with ``error`` (RuleFileError unless named)."""
    out = []
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and _name(call.func) == "read_rule_yaml":
            code = call.args[2] if len(call.args) > 2 else next(k.value for k in call.keywords if k.arg == "code")
            error = next((k.value for k in call.keywords if k.arg == "error"), None)
            assert isinstance(code, ast.Constant), f"read_rule_yaml's code is a literal (line {call.lineno})"
            out.append((code.value, call.lineno, _name(error) if error is not None else "RuleFileError"))
    return out


def code_uses() -> dict[str, list[tuple[str, str | None]]]:
    """code -> [(file:line, the class it is raised or warned with, or None when it is only printed)]."""
    uses = defaultdict(list)
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            literal = isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))
            if not literal or isinstance(parents.get(node), (ast.JoinedStr, ast.Expr)):  # (docstrings: examples)
                continue
            for code in CODE.findall(_text(node)):
                call = parents.get(node)
                while call is not None and not isinstance(call, ast.Call):
                    call = parents.get(call)
                used_as = None
                if call is not None and _name(call.func) == "warn":  # warnings.warn(message, Category)
                    category = call.args[1] if len(call.args) > 1 else next(
                        (k.value for k in call.keywords if k.arg == "category"), None)
                    used_as = _name(category) if category is not None else "UserWarning"
                elif call is not None and (_name(call.func) or "")[:1].isupper():  # SomeError(message)
                    used_as = _name(call.func)
                uses[code].append((f"{path.relative_to(ROOT.parent)}:{node.lineno}", used_as))
        for code, line, used_as in _rule_yaml_uses(tree):
            uses[code].append((f"{path.relative_to(ROOT.parent)}:{line}", used_as))
    return uses


USES = code_uses()


def test_the_table_lists_each_code_once_in_the_right_form():
    codes = [c.code for c in CODES]
    assert len(codes) == len(set(codes)), sorted(c for c in codes if codes.count(c) > 1)
    for entry in CODES:
        assert re.fullmatch(r"[EW]\d{3}", entry.code) and entry.meaning.strip(), entry
        if entry.code.startswith("W"):
            assert issubclass(entry.raised_as, CasenotesWarning), entry


def test_every_code_used_is_in_the_table_and_every_entry_is_used():
    table = {c.code for c in CODES}
    assert sorted(set(USES) - table) == [], "codes used but not in casenotes.errors.CODES"
    assert sorted(table - set(USES)) == [], "codes in casenotes.errors.CODES that nothing uses"


@pytest.mark.parametrize("entry", CODES, ids=lambda c: c.code)
def test_each_code_is_raised_with_its_class_only(entry):
    for where, used_as in USES[entry.code]:
        if used_as is None:  # printed by the CLI for an exception it caught, never raised
            assert not issubclass(entry.raised_as, (CasenotesError, CasenotesWarning)), where
        else:
            assert used_as == entry.raised_as.__name__, f"{entry.code} at {where} is a {used_as}"
