"""``casenotes annotate export|import|queue``: annotation round trips and active learning."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from casenotes.cli import app, out
from casenotes.errors import InputError

annotate_app = typer.Typer(no_args_is_help=True, help="Annotation: Label Studio / doccano round trips, queues.")
app.add_typer(annotate_app, name="annotate")
FORMATS = ("labelstudio", "doccano")


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InputError(f"[E142] --format '{fmt}' is unknown; expected one of {list(FORMATS)}.")


@annotate_app.command("export")
def export_cli(
    in_path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help='JSONL of {"id", "text"[, "labels"]}.')],
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write.")],
    fmt: Annotated[str, typer.Option("--format", help=f"One of {list(FORMATS)}.")] = "labelstudio",
) -> None:
    """Write sentences as Label Studio tasks (JSON, plus the labelling config beside it) or doccano JSONL."""
    from casenotes.annotate import LABEL_STUDIO_CONFIG, read_any, to_doccano, to_label_studio

    _check_format(fmt)
    rows = read_any(in_path)
    if fmt == "labelstudio":
        output.write_text(json.dumps(to_label_studio(rows), ensure_ascii=False, indent=1), encoding="utf-8")
        output.with_suffix(".config.xml").write_text(LABEL_STUDIO_CONFIG, encoding="utf-8")
    else:
        output.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in to_doccano(rows)), encoding="utf-8")
    out.print(f"{len(rows)} sentences -> {output}")


@annotate_app.command("import")
def import_cli(
    in_path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Label Studio JSON export or doccano JSONL.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Labelled JSONL to write.")],
    fmt: Annotated[str, typer.Option("--format", help=f"One of {list(FORMATS)}.")] = "labelstudio",
) -> None:
    """Read finished annotations back as casenotes labelled JSONL ({"id", "text", "labels"})."""
    from casenotes.annotate import from_doccano, from_label_studio, read_any

    _check_format(fmt)
    records = read_any(in_path)
    rows = from_label_studio(records, source=in_path.name) if fmt == "labelstudio" else from_doccano(records, source=in_path.name)
    output.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out.print(f"{len(rows)} labelled sentences -> {output}")


@annotate_app.command("queue")
def queue_cli(
    db: Annotated[Path, typer.Option("--db", exists=True, dir_okay=False, help="Scored store.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="JSONL of sentences to annotate next.")],
    size: Annotated[int, typer.Option(min=1, help="How many sentences.")] = 100,
    model: Annotated[str | None, typer.Option(help="Model whose thresholds define uncertainty (default: the store's).")] = None,
    exclude: Annotated[Path | None, typer.Option(exists=True, help="Labelled JSONL whose ids are already done.")] = None,
) -> None:
    """Propose the sentences the model is least sure about, for the next annotation round."""
    from casenotes.annotate import queue, read_any
    from casenotes.classify.registry import read_model_json
    from casenotes.classify.registry import resolve_model_path
    from casenotes.store import Store

    with Store(db, read_only=True) as store:
        sentences = store.query("SELECT * FROM sentences")
        used = store.query("SELECT model FROM runs ORDER BY started_at DESC LIMIT 1")
    name = model or (used.iloc[0, 0] if not used.empty else None)
    thresholds = read_model_json(resolve_model_path(name))["thresholds"]
    done = {str(r["id"]) for r in read_any(exclude)} if exclude else None
    picked = queue(sentences, thresholds, size=size, exclude=done)
    output.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in picked.to_dict("records")),
                      encoding="utf-8")
    out.print(f"{len(picked)} sentences queued -> {output}")
