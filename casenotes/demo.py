"""The one-command demo: synthetic notes scored into a store, with one demo sign-in per dashboard role."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casenotes.batch import ScoreReport


@dataclass
class Demo:
    """A demo's store, its scoring report, its users file and the sign-ins made for it (name -> password, shown
    once: only their hashes are kept; empty when the users file already existed)."""

    db: Path
    report: ScoreReport
    users: Path
    sign_ins: dict[str, str] = field(default_factory=dict)


def prepare_demo(workdir: Path, *, notes: int = 3000, seed: int = 0, model: str | None = None,
                 step: Callable[[str], None] = lambda name: None) -> Demo:
    """Write ``notes`` synthetic notes (with their side tables) to ``workdir``, score them into ``demo.duckdb``
    there, and add a demo user for each role to ``users.toml`` unless it exists.

    Args:
        model: the model to score with (default: the fast linear model, so the demo runs in about a minute).
        step: called with ``"synth"`` and ``"score"`` as each of those long steps starts.
    """
    from casenotes.app.auth import USER_ROLES, UserStore
    from casenotes.classify.registry import FAST_MODEL
    from casenotes.batch import default_workers, score_file
    from casenotes.synth import write

    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "demo.duckdb"
    step("synth")
    paths = write(workdir / "notes.csv", notes=notes, seed=seed)
    step("score")
    report = score_file(paths["notes"], db, people=paths["people"], teams=paths["teams"], roster=paths["roster"],
                        memberships=paths["memberships"], model=model or FAST_MODEL, workers=default_workers())
    users = UserStore(workdir / "users.toml")
    demo = Demo(db, report, users.path)
    if not users.exists():
        for role in USER_ROLES:
            demo.sign_ins[f"demo-{role}"] = password = secrets.token_urlsafe(9)
            users.add(f"demo-{role}", role, password)
    return demo
