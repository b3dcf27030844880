"""Files that leave casenotes for people and other tools: CSV that is safe to open in a spreadsheet.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by Excel and LibreOffice
as a formula (CSV/formula injection, OWASP): a note id or a pseudonymised sentence could then run a command or
send data away when a colleague opens the file. Every CSV casenotes writes for people goes through
:func:`write_csv` or :func:`csv_text`, which prefix such cells with ``'`` so they are shown as text, and a CSV of
ours that comes back (a sample, a blinded sheet, its key, scores) is read with :func:`read_csv`, which takes the
``'`` off again so ids match the store's.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape
from typing import IO, Any

import pandas as pd

from casenotes.private import open_private

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``value``, or for a string that a spreadsheet would run as a formula, the same string after a ``'``."""
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_STARTS) else value


def restored_cell(value: Any) -> Any:
    """``safe_cell`` undone: a string that is ``'`` before a formula-like start loses the ``'``."""
    return value[1:] if isinstance(value, str) and value[:1] == "'" and value[1:].startswith(_FORMULA_STARTS) else value


def neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with every formula-like string cell (and column name) quoted."""
    out = frame.map(safe_cell) if len(frame) else frame.copy()
    out.columns = [safe_cell(c) for c in out.columns]
    return out


def write_csv(frame: pd.DataFrame, target: str | Path | IO[str], *, header: bool = True, **kwargs: Any) -> None:
    """Write ``frame`` as CSV (no index) with formula-like cells quoted; ``target`` is a path or an open file."""
    neutralised(frame).to_csv(target, index=False, header=header, **kwargs)


def csv_text(frame: pd.DataFrame, **kwargs: Any) -> str:
    """``frame`` as CSV text with formula-like cells quoted (for downloads)."""
    return neutralised(frame).to_csv(index=False, **kwargs)


def read_csv(path: str | Path | IO[bytes], **kwargs: Any) -> pd.DataFrame:
    """Read a CSV that casenotes wrote with :func:`write_csv` (or a person saved from one), cells and column names
    as they were before they were quoted."""
    frame = pd.read_csv(path, **kwargs)
    out = frame.map(restored_cell) if len(frame) else frame
    out.columns = [restored_cell(c) for c in frame.columns]
    return out


def write_jsonl(path: str | Path, rows: Iterable[dict[str, Any]]) -> None:
    """Write one JSON object per line (UTF-8, non-ASCII kept as it is): the JSONL the CLI's contracts give. The
    file is created 0600 (:func:`casenotes.private.open_private`): what the CLI writes as JSONL holds sentences or
    notes (classified, audited, queued or exported for annotation)."""
    with open_private(path, encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


REPORT_CHART_CM = (17.0, 8.5)
"""Largest size of the chart on the one-page report (width, height in cm)."""


def one_page_pdf(*, title: str, subtitle: str, sections: Sequence[tuple[str, Sequence[str]]],
                 chart_png: bytes | None, footer: Sequence[str]) -> bytes:
    """A one-page A4 report for a management meeting: title, subtitle (place and date), sections of plain-words
    paragraphs, a chart, and footer lines (suppression rule, source, caveats). Everything is shrunk to fit one
    page rather than spill onto a second; text is escaped, so names with ``&`` or ``<`` print as written.

    Args:
        title, subtitle: the report's heading lines.
        sections: (heading, paragraphs) pairs, in order.
        chart_png: a chart rendered as PNG (``vl_convert``), or None.
        footer: small print at the bottom.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image, KeepInFrame, Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    body, small = styles["BodyText"].clone("body", fontSize=9, leading=11.5), styles["BodyText"].clone(
        "small", fontSize=7.5, leading=9.5, textColor="#424242")
    flow = [Paragraph(escape(title), styles["Title"].clone("t", fontSize=16, leading=20, alignment=0)),
            Paragraph(escape(subtitle), small), Spacer(1, 0.3 * cm)]
    for heading, paragraphs in sections:
        flow.append(Paragraph(escape(heading), styles["Heading3"]))
        flow.extend(Paragraph(escape(text), body) for text in paragraphs)
    if chart_png is not None:
        width, height = ImageReader(io.BytesIO(chart_png)).getSize()
        scale = min(REPORT_CHART_CM[0] * cm / width, REPORT_CHART_CM[1] * cm / height)
        flow += [Spacer(1, 0.3 * cm), Image(io.BytesIO(chart_png), width=width * scale, height=height * scale)]
    flow += [Spacer(1, 0.3 * cm), *(Paragraph(escape(line), small) for line in footer)]
    out = io.BytesIO()
    margin = 1.5 * cm
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin, title=title, author="casenotes")
    doc.build([KeepInFrame(doc.width, doc.height, flow, mode="shrink")])
    return out.getvalue()
