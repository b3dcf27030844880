"""``casenotes synth``: synthetic notes with ground truth."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from casenotes.cli import app, out, parser
from casenotes.synth import parse_effect


@app.command("synth")
def synth_cli(
    out_path: Annotated[Path, typer.Argument(help="Notes file to write (.csv or .parquet); side tables go beside it.")],
    notes: Annotated[int, typer.Option("--notes", min=1, help="Number of notes.")] = 1000,
    seed: Annotated[int, typer.Option("--seed", help="Random seed: same seed, same bytes.")] = 0,
    effect: Annotated[list[Any], typer.Option("--effect", parser=parser(parse_effect), metavar="<list[str]>",
                                              help="LABEL=DELTA: change after training in percentage points of "
                                              "sentences carrying LABEL (repeatable).")] = [],  # noqa: B006
    teams_per_borough: Annotated[int, typer.Option(min=1, help="Teams in each of the six boroughs.")] = 4,
    practitioners_per_team: Annotated[int, typer.Option(min=1, help="Authors per team.")] = 5,
    pii: Annotated[float, typer.Option(min=0.0, max=1.0, help="Share of notes that get a planted identifier "
                                       "(NHS/NI number, postcode, phone, email, DOB, address, case ref), listed in "
                                       "OUT_planted for leakage checks.")] = 0.0,
    practitioner_sd: Annotated[float, typer.Option(min=0.0, help="Spread of authors' own style (log scale).")] = 0.2,
    move_share: Annotated[float, typer.Option(min=0.0, max=1.0, help="Share of practitioners who move team once "
                                              "(listed in OUT_memberships).")] = 0.1,
) -> None:
    """Write synthetic case notes for the six Restart boroughs with sentence-level ground truth."""
    from casenotes.synth import write

    paths = write(out_path, notes=notes, seed=seed, effects=dict(effect), teams_per_borough=teams_per_borough,
                  practitioners_per_team=practitioners_per_team, pii=pii, practitioner_sd=practitioner_sd,
                  move_share=move_share)
    for name, path in paths.items():
        out.print(f"{name:>10}: {path}")
