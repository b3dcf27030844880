"""``casenotes train``: build a model directory with its model card."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from casenotes.cli import app, out
from casenotes.errors import InputError

BACKEND_NAMES = {"rules": "rules.v1"}


def train(backend: str, out_dir: Path) -> Path:
    """Fit a backend and save it with a model card."""
    from casenotes.classify.registry import BACKENDS

    if backend not in BACKEND_NAMES:
        raise InputError(f"[E110] --backend '{backend}' is unknown; expected one of {sorted(BACKEND_NAMES)}.")
    model = BACKENDS[BACKEND_NAMES[backend]]().fit()
    model.save(out_dir)
    (out_dir / "MODEL_CARD.md").write_text(model.model_card(), encoding="utf-8")
    return out_dir


@app.command("train")
def train_cli(
    backend: Annotated[str, typer.Option("--backend", help=f"One of {sorted(BACKEND_NAMES)}.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Model directory to write (e.g. models/NAME).")],
) -> None:
    """Build a model directory (model.json, backend files, MODEL_CARD.md)."""
    path = train(backend, out_dir)
    out.print(f"model written to {path}")
