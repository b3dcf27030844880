"""Reproducible installs (issue #17): ``make install`` takes every package from ``requirements.lock`` pinned to one
version and checked against its file's SHA-256 (``--require-hashes``; a tampered file is refused), resolves
nothing (``--no-deps``), and builds casenotes with the locked setuptools (no build isolation, so nothing unhashed is
fetched). The live proof (a clean ``make install``, and one with a tampered hash failing) is in the issue's report."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+) \\\n    --hash=sha256:[0-9a-f]{64}$", re.M)


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_locked_package_is_pinned_with_a_hash():
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    entries = [e for e in re.split(r"\n(?=[A-Za-z])", text) if not e.startswith("#")]
    pins = {m.group(1).lower().replace("_", "-"): m.group(2) for m in PIN.finditer(text)}
    assert len(pins) == len(entries) > 100, "every entry is name==version with one sha256 hash"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *(r for extra in project["optional-dependencies"].values() for r in extra)]
    assert {_name(r) for r in wanted} | {"setuptools", "wheel"} <= set(pins)
    assert pins["torch"] == "2.13.0+cpu"  # the CPU wheel on local disk, never the CUDA build


def test_make_install_requires_the_hashes_and_resolves_nothing():
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8").split("$(BIN)/.installed:", 1)[1].split("\ninstall:")[0]
    assert "pip install -q --require-hashes --no-deps -r $(LOCK)" in recipe
    assert "pip install -q --no-deps --no-build-isolation -e ." in recipe
    assert " -c " not in recipe and "--upgrade" not in recipe
