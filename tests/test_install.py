"""A non-editable install finds its shipped models and its dashboard without the source checkout (issue #17):
``pip install .`` into a fresh environment, then ``casenotes`` run from an unrelated directory."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "setup.py", "README.md", "app_streamlit.py", "casenotes", "models")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A venv holding a non-editable install of a copy of the sources; the dependencies are this environment's
    (its site-packages on the path, so nothing is downloaded), never its casenotes."""
    work = tmp_path_factory.mktemp("install")
    src = work / "src"
    src.mkdir()
    for name in (n for n in SOURCES if (ROOT / n).exists()):
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy2
        copy(ROOT / name, src / name, **({"ignore": shutil.ignore_patterns("__pycache__")}
                                          if (ROOT / name).is_dir() else {}))
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    site = Path(subprocess.run([str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path("
                                "'purelib'))"], capture_output=True, text=True, check=True).stdout.strip())
    (site / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    proc = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                           "--no-build-isolation", str(src)], capture_output=True, text=True, timeout=900, cwd=work)
    assert proc.returncode == 0, proc.stderr[-3000:]
    shutil.rmtree(src)  # nothing left to walk up to
    return venv


def run(venv: Path, *args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("CASENOTES_MODELS", "PYTHONPATH")}
    return subprocess.run([str(venv / "bin" / "casenotes"), *args], capture_output=True, text=True, timeout=300,
                          cwd=cwd, env={**environ, **(env or {})})


pytestmark = pytest.mark.slow


def test_classify_with_a_shipped_model_from_a_non_editable_install(installed, tmp_path):
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "s1", "text": "Dad shouted at mum."}) + "\n")
    proc = run(installed, "classify", "in.jsonl", "-o", "out.jsonl", "--model", "linear-v1", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads((tmp_path / "out.jsonl").read_text())["id"] == "s1"


def test_serve_finds_the_installed_dashboard(installed, tmp_path):
    proc = run(installed, "serve", "--help", cwd=tmp_path)
    assert proc.returncode == 0 and "--db" in proc.stdout
    where = subprocess.run([str(installed / "bin" / "python"), "-c", "from casenotes.cli.app_cmds import APP_FILE; "
                            "print(APP_FILE)"], capture_output=True, text=True, cwd=tmp_path, check=True)
    app_file = Path(where.stdout.strip())
    assert app_file.is_file() and installed in app_file.parents


def test_no_models_found_names_the_setting(installed, tmp_path):
    """Without the installed models and without CASENOTES_MODELS: a coded error that says what to set."""
    models = Path(subprocess.run([str(installed / "bin" / "python"), "-c", "from casenotes.classify.registry import "
                                  "models_dir; print(models_dir())"], capture_output=True, text=True, cwd=tmp_path,
                                 check=True).stdout.strip())
    assert installed in models.parents
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "s1", "text": "Dad shouted at mum."}) + "\n")
    hidden = models.with_name("hidden_models")
    models.rename(hidden)
    try:
        proc = run(installed, "classify", "in.jsonl", "-o", "out.jsonl", "--model", "linear-v1", cwd=tmp_path)
    finally:
        hidden.rename(models)
    assert proc.returncode == 1 and "E380" in proc.stderr and "CASENOTES_MODELS" in proc.stderr
    assert "Traceback" not in proc.stderr
    again = run(installed, "classify", "in.jsonl", "-o", "out.jsonl", "--model", "linear-v1", cwd=tmp_path,
                env={"CASENOTES_MODELS": str(models)})
    assert again.returncode == 0, again.stderr[-2000:]
