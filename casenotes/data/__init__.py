"""Versioned data files shipped with the package (rules, lexicons, rubrics, templates).

Every loader takes ``"default"`` or a path, so a researcher can point at an edited copy without touching code.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from casenotes.errors import CasenotesError, InputError, RuleFileError

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""PyYAML's safe loader in C (libyaml) where the wheel has it, else in Python: the same documents and errors, and
the rule files (thousands of list items) parse in a tenth of the time, which every engine built pays again."""


def data_path(name: str) -> Path:
    """Path of a shipped data file, by file name (e.g. ``"rules.v1.jsonl"``)."""
    ref = resources.files("casenotes.data") / name
    path = Path(str(ref))
    if not path.is_file():
        raise InputError(f"[E001] Shipped data file '{name}' not found in casenotes/data; reinstall the package.")
    return path


def resolve(path_or_default: str | Path, default_name: str) -> Path:
    """Resolve ``"default"`` to the shipped file, otherwise check the user's path exists."""
    if str(path_or_default) == "default":
        return data_path(default_name)
    path = Path(path_or_default)
    if not path.is_file():
        raise InputError(f"[E002] Data file '{path}' does not exist; pass 'default' or a path to an existing file.")
    return path


def read_rule_yaml(path_or_default: str | Path, default_name: str, code: str, *,
                   error: type[CasenotesError] = RuleFileError) -> tuple[Path, Any]:
    """A data file (``"default"`` or a path) and its parsed YAML (``{}`` when empty).

    A file that is not UTF-8 or not YAML raises ``error`` with ``[code]``, naming the file and where the parser
    stopped (line and column, counted from 1, and its complaint), on one line: each family of files keeps its own
    code and class, and the command line prints it as it prints any casenotes error instead of a traceback.
    """
    file = resolve(path_or_default, default_name)
    try:
        return file, yaml.load(file.read_text(encoding="utf-8"), Loader=_SAFE_LOADER) or {}
    except UnicodeDecodeError as exc:
        raise error(f"[{code}] {file.name} is not UTF-8 text (byte {exc.start}); save it as UTF-8.") from None
    except yaml.YAMLError as exc:
        raise error(f"[{code}] {file.name} is not valid YAML ({_yaml_problem(exc)}).") from None


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """Where and why the YAML parser stopped, in one line (its own message spans several)."""
    mark, problem = getattr(exc, "problem_mark", None), getattr(exc, "problem", None)
    if mark is None or not problem:
        return " ".join(str(exc).split())
    return f"line {mark.line + 1}, column {mark.column + 1}: {' '.join(str(problem).split())}"


def sha256(path: Path) -> str:
    """SHA-256 of a file, recorded with every run so results can be traced to the exact rules used."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
