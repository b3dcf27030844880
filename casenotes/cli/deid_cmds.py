"""``casenotes deid``: pseudonymise an export without scoring it (for checking the de-identification)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from casenotes.cli import app, err, out


@app.command("deid")
def deid_cli(
    input_path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CSV/XLSX/JSONL/Parquet export.")],
    output: Annotated[Path, typer.Option("-o", "--output", help='JSONL to write: {"note_id", "case_id", "text"} '
                                         "per accepted row, in input order.")],
    mapping: Annotated[Path | None, typer.Option(exists=True, help="Column-mapping YAML/JSON.")] = None,
    people: Annotated[Path | None, typer.Option(exists=True, help="People table (case_id, name[, role]).")] = None,
    rejects: Annotated[Path | None, typer.Option(help="Rejects CSV (default: <output>_rejects.csv).")] = None,
    key: Annotated[Path | None, typer.Option(help="Secret key file pseudonyms are chosen with, created if missing "
                                             "(default: <output>.key). The same key gives the same pseudonyms.")] = None,
) -> None:
    """Pseudonymise names and identifiers as `casenotes score` does before storing, and write the texts."""
    from casenotes.deid import pseudonymise_file

    counts = pseudonymise_file(input_path, output, mapping=mapping, people=people, rejects=rejects, key=key)
    err.print(f"{counts['rows_read']} rows read, {counts['notes_written']} notes written to {output}, "
              f"{counts['rows_rejected']} rejected")
    if counts["rows_read"] != counts["notes_written"] + counts["rows_rejected"]:
        out.print("counts do not reconcile")
        raise typer.Exit(1)
