"""Versioned data files shipped with the package (rules, lexicons, rubrics, templates).

Every loader takes ``"default"`` or a path, so a researcher can point at an edited copy without touching code.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from casenotes.errors import InputError, RuleFileError


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


def read_rule_yaml(path_or_default: str | Path, default_name: str, code: str) -> tuple[Path, Any]:
    """A rule file (``"default"`` or a path) and its parsed YAML (``{}`` when empty). A file that is not YAML raises
    ``[code]`` naming the file and the parser's first line, so each rule family keeps its own error code."""
    file = resolve(path_or_default, default_name)
    try:
        return file, yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise RuleFileError(f"[{code}] {file.name} is not valid YAML ({str(exc).splitlines()[0]}).") from None


def sha256(path: Path) -> str:
    """SHA-256 of a file, recorded with every run so results can be traced to the exact rules used."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
