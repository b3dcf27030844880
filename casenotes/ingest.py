"""Read case-note exports (CSV, XLSX, JSONL, Parquet), map columns, repair text and validate rows.

Every input row ends up either as an accepted note or as a reject with a stable reason code; the caller
reconciles the counts. Reading streams in chunks so memory does not grow with the size of the export.

Long because each input format's reader feeds the same column mapping, text repair and row validation,
which must reject a row the same way whatever format it came in.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import html
import json
import re
import unicodedata
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import ftfy
import pandas as pd
import yaml
from striprtf.striprtf import rtf_to_text

from casenotes.errors import REJECT_REASONS, CasenotesWarning, InputError
from casenotes.schemas import NOTE_COLUMNS, REQUIRED_COLUMNS

SUPPORTED_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".jsonl", ".ndjson", ".parquet")
MAX_NOTE_CHARS = 200_000
MAX_XLSX_PART_BYTES = 1 << 30
"""Largest uncompressed part of an XLSX workbook (openpyxl loads shared strings whole, so size must be capped)."""
MAX_XLSX_RATIO = 200
"""Largest compression ratio of a part over 1 MB: real worksheets compress 5-50x; zip bombs, thousands."""
"""Longer cells are rejected (``text_too_long``): no real note is this long, and such cells are usually
pasted documents or corrupt exports that would stall the NLP stage."""
MAX_CSV_FIELD = 1 << 26
"""Longest CSV field read, in characters: far beyond ``MAX_NOTE_CHARS``, so an over-long note is read and rejected
with its reason, while a longer field (an unbalanced quote running on through the file) fails only its row."""

_DATE_FORMATS = (
    "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d-%m-%y", "%d.%m.%Y", "%d.%m.%y",
    "%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%d %B %y", "%d %b %y",
)
_TIME_SUFFIX = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$")
_TAG = re.compile(r"<[^>]{0,500}>")
_BLOCK_TAG = re.compile(r"<\s*(br|/p|/div|/li|li|p|div|tr|/tr)\b[^>]{0,500}>", re.IGNORECASE)
_SCRIPT = re.compile(r"<\s*(script|style)\b.*?<\s*/\s*\1\s*>", re.IGNORECASE | re.DOTALL)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PLAIN = re.compile(r"[\t\n\r\x20-\x25\x27-\x7e]*")
"""Printable ASCII without '&' (entities) or ESC (terminal codes): text that ftfy would not change."""
_SPACES = re.compile(r"[ \t\u00a0]+")
_COLUMN_BREAK = re.compile(r"(?<=\S)(?:[ \u00a0]*\t[ \t\u00a0]*|[ \u00a0]{2,})(?=\S)")
"""A tab, or two or more spaces, inside a line: a table's column break, kept (as one tab) for de-identification."""
COLUMN = "\t"
_BLANK_LINES = re.compile(r"\n\s*\n+")


@dataclass
class Reject:
    """A row that was not scored, with where it came from and why (never its text)."""

    source: str
    row: int
    note_id: str
    column: str
    reason: str
    detail: str

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in REJECT_COLUMNS}


REJECT_COLUMNS = tuple(f.name for f in fields(Reject))
"""The columns of a rejects CSV, a :class:`Reject`'s fields in order."""


@contextmanager
def rejects_csv(path: Path) -> Iterator[Callable[[list[Reject]], None]]:
    """A run's rejects CSV (``casenotes score``'s and ``casenotes deid``'s alike): (re)created 0600 with its header,
    its folder too, open while the block runs.

    Yields:
        A function that appends a chunk's rejects (cells a spreadsheet would run as formulas are neutralised).
    """
    from casenotes.export import write_csv
    from casenotes.private import open_private

    path.parent.mkdir(parents=True, exist_ok=True)
    with open_private(path, encoding="utf-8", newline="") as fh:
        pd.DataFrame(columns=list(REJECT_COLUMNS)).to_csv(fh, index=False)

        def append(rejects: list[Reject]) -> None:
            if rejects:
                write_csv(pd.DataFrame([r.as_dict() for r in rejects], columns=list(REJECT_COLUMNS)), fh,
                          header=False)

        yield append


@dataclass
class Mapping:
    """How an authority's export maps onto casenotes' note columns.

    Attributes:
        columns: source column name -> casenotes column name.
        date_format: an explicit strptime format for ``recorded_at`` when the export's format is unusual.
    """

    columns: dict[str, str] = field(default_factory=dict)
    date_format: str | None = None

    @classmethod
    def load(cls, path: str | Path | None) -> "Mapping":
        """Read a YAML/JSON mapping file: ``{columns: {theirs: ours}, date_format: "%d/%m/%Y"}``."""
        if path is None:
            return cls()
        path = Path(path)
        if not path.is_file():
            raise InputError(f"[E010] Mapping file '{path}' does not exist.")
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or {}
        except yaml.YAMLError as exc:
            raise InputError(f"[E011] Mapping file '{path}' is not valid YAML/JSON: {exc.__class__.__name__}.") from None
        unknown = set(raw) - {"columns", "date_format"}
        if unknown or not isinstance(raw.get("columns", {}), dict):
            raise InputError(f"[E012] Mapping file '{path}': expected keys 'columns' (a dict) and optional "
                             f"'date_format'; found {sorted(raw)}.")
        columns = {str(k): str(v) for k, v in raw.get("columns", {}).items()}
        bad = sorted(set(columns.values()) - set(NOTE_COLUMNS))
        if bad:
            raise InputError(f"[E013] Mapping file '{path}' maps to unknown columns {bad}; "
                             f"expected some of {list(NOTE_COLUMNS)}.")
        return cls(columns=columns, date_format=raw.get("date_format"))


def clean_text(value: Any, *, columns: bool = False) -> str:
    """Repair a note cell: RTF and HTML residue, mojibake, control characters and runs of whitespace.

    Line breaks survive (as single newlines) because the sentence splitter uses them as boundaries when
    practitioners leave full stops off. With ``columns`` a tab or a run of two or more spaces inside a line
    is kept as one tab (a table aligned with spaces keeps its column breaks for de-identification, which
    makes every tab one space again: :func:`flat`); without it, as before, every run is one space.
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    text = str(value)
    if text.lstrip().startswith("{\\rtf"):
        text = rtf_to_text(text, errors="ignore")
    if "<" in text and ">" in text:
        text = _SCRIPT.sub(" ", text)
        text = _BLOCK_TAG.sub("\n", text)
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    # most notes are plain printable ASCII, which ftfy and the format-character filter leave unchanged (only
    # line endings, normalised below): skip them, as they cost more than the rest of cleaning
    plain = _PLAIN.fullmatch(text) is not None
    if not plain:
        text = ftfy.fix_text(text, normalization="NFC")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not plain:
        text = _CONTROL.sub(" ", text)
        # invisible format characters (bidi overrides, zero-width spaces, BOMs, soft hyphens) can make a note
        # read differently from what is stored and break search; drop them
        text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    if "  " in text or "\t" in text or "\u00a0" in text:  # three scans cost less than a sub that changes nothing
        if columns:  # control characters are gone by now, so \x1f marks a column break through the next sub
            text = _COLUMN_BREAK.sub("\x1f", text)
        text = _SPACES.sub(" ", text)
        if columns:
            text = text.replace("\x1f", COLUMN)
    text = _BLANK_LINES.sub("\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def flat(text: str) -> str:
    """A text cleaned with its column breaks as the rest of the pipeline reads it: every tab one space (what
    :func:`clean_text` without ``columns`` gives)."""
    return text.replace(COLUMN, " ") if COLUMN in text else text


def parse_date(value: Any, date_format: str | None = None) -> str | None:
    """Parse a recorded date to ISO ``YYYY-MM-DD``; UK day-first forms are tried before ISO.

    Returns None for an empty cell. Raises ValueError for a value that is not a date, because guessing
    (e.g. reading 03/04 as 4 March) would shift notes between timepoints silently.
    """
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return None
    if isinstance(value, (datetime, pd.Timestamp)):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    return _parse_date_text(text, date_format)


@lru_cache(maxsize=16384)
def _parse_date_text(text: str, date_format: str | None) -> str:
    """``parse_date`` of a non-empty string, remembered: an export's notes share few distinct dates, and each
    costs several ``strptime`` attempts (a ValueError, not remembered, for a value that is not a date)."""
    formats = (date_format,) if date_format else _DATE_FORMATS
    candidate = text if date_format else _TIME_SUFFIX.sub("", text).strip()
    for fmt in formats:
        try:
            return datetime.strptime(candidate, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError("not a recognised date")  # not the cell: a mis-mapped column would put note text here


def _detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when the bytes decode; otherwise cp1252, the usual Windows export."""
    head = path.read_bytes()[:4]
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as fh:
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            return "cp1252"


def _read_chunks(path: Path, chunk_size: int) -> Iterator[pd.DataFrame]:
    """Yield raw string DataFrames with a ``_row`` column holding the 1-based data row in the file."""
    suffix = path.suffix.lower()
    start = 1
    if suffix in (".csv", ".tsv", ".txt"):
        yield from _read_csv(path, "\t" if suffix == ".tsv" else ",", chunk_size)
    elif suffix == ".xlsx":
        yield from _read_xlsx(path, chunk_size)
    elif suffix in (".jsonl", ".ndjson"):
        yield from _read_jsonl(path, chunk_size)
    elif suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            pf = pq.ParquetFile(path)
        except Exception as exc:  # pyarrow raises several unrelated types for a corrupt file
            raise InputError(f"[E016] {path.name} is not a readable Parquet file ({exc.__class__.__name__}).") from None
        for batch in pf.iter_batches(batch_size=chunk_size):
            chunk = batch.to_pandas()
            chunk.insert(0, "_row", range(start, start + len(chunk)))
            start += len(chunk)
            yield chunk
    else:
        raise InputError(f"[E017] {path.name}: unsupported file type '{suffix}'; expected one of "
                         f"{', '.join(SUPPORTED_SUFFIXES)}.")


def _read_csv(path: Path, sep: str, chunk_size: int) -> Iterator[pd.DataFrame]:
    """Read a delimited file row by row: the first row is the header; a row with another number of fields than
    the header is flagged ``_malformed`` with its fields left out (misaligned, they could put note text in any
    column), so it is rejected on its own and the rest of the file is scored. (pandas' reader refused the whole
    file for a row with too many fields, and filled a short row with empty cells.)"""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CSV_FIELD))  # the module's one limit, for every reader
    with path.open(encoding=_detect_encoding(path), errors="replace", newline="") as fh:
        rows = csv.reader(fh, delimiter=sep, strict=True)
        names: list[str] | None = None
        buf: list[list[str | None]] = []
        flags: list[str | None] = []
        start = 1
        while True:
            try:
                fields: list[str] | None = next(rows)
                problem = None
            except StopIteration:
                break
            except csv.Error as exc:
                if names is None or "end of data" in str(exc):
                    where = "its header" if names is None else f"data row {start + len(buf)}"
                    raise InputError(f"[E014] {path.name}: CSV cannot be parsed at {where} ({str(exc)[:80]}); a "
                                     f"quote that is never closed takes in the rows after it. Check quoting and "
                                     f"the delimiter.") from None
                fields, problem = None, f"the row cannot be parsed ({str(exc)[:80]})"
            if fields is not None and (not fields or (len(fields) == 1 and not fields[0].strip())):
                continue  # a blank line
            if names is None:
                names = _column_names(fields or [])
                continue
            if fields is not None and len(fields) != len(names):
                problem = f"expected {len(names)} fields as in the header, found {len(fields)}"
            buf.append([None] * len(names) if problem else fields)  # type: ignore[arg-type]
            flags.append(problem)
            if len(buf) >= chunk_size:
                yield _csv_frame(buf, names, flags, start)
                start += len(buf)
                buf, flags = [], []
        if names is None:
            raise InputError(f"[E015] {path.name} is empty: expected a header row with note_id and text.")
        if buf:
            yield _csv_frame(buf, names, flags, start)


def _column_names(header: Sequence[str | None]) -> list[str]:
    """Header cells as column names, as pandas names them: an empty one ``Unnamed: i``, a repeat ``name.1``."""
    names: list[str] = []
    for i, cell in enumerate(header):
        base = cell or f"Unnamed: {i}"
        name, k = base, 0
        while name in names:
            k += 1
            name = f"{base}.{k}"
        names.append(name)
    return names


def _csv_frame(rows: list[list[str | None]], names: list[str], flags: list[str | None], start: int) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=names, dtype=str)
    if any(flags):
        frame["_malformed"] = pd.Series(flags, dtype=object)
    frame.insert(0, "_row", range(start, start + len(rows)))
    return frame


def _read_xlsx(path: Path, chunk_size: int) -> Iterator[pd.DataFrame]:
    """Stream the first worksheet read-only; cells keep their Python types (dates stay dates)."""
    import zipfile

    import openpyxl

    _check_zip_sizes(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputError(f"[E018] {path.name} is not a readable XLSX workbook ({exc.__class__.__name__}).") from None
    try:
        rows = wb.worksheets[0].iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            raise InputError(f"[E015] {path.name} is empty: expected a header row with note_id and text.")
        names = [str(h).strip() if h is not None else f"column_{i + 1}" for i, h in enumerate(header)]
        buf: list[tuple] = []
        start = 1
        for row in rows:
            buf.append(row)
            if len(buf) >= chunk_size:
                yield _frame(buf, names, start)
                start += len(buf)
                buf = []
        if buf:
            yield _frame(buf, names, start)
    finally:
        wb.close()


def _check_zip_sizes(path: Path) -> None:
    """Refuse a workbook whose parts would decompress to more than the limits, from the zip's central
    directory alone, before anything is inflated."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"[E018] {path.name} is not a readable XLSX workbook ({exc.__class__.__name__}).") from None
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_XLSX_PART_BYTES or (info.file_size > 1 << 20 and ratio > MAX_XLSX_RATIO):
            raise InputError(f"[E200] {path.name}: workbook part '{info.filename[:80]}' would expand to "
                             f"{info.file_size:,} bytes ({ratio:,.0f}x its compressed size); the limits are "
                             f"{MAX_XLSX_PART_BYTES:,} bytes and {MAX_XLSX_RATIO}x. Export the sheet as CSV instead.")


def _frame(rows: list[tuple], names: list[str], start: int) -> pd.DataFrame:
    width = len(names)
    frame = pd.DataFrame([tuple(r[:width]) + (None,) * (width - len(r)) for r in rows], columns=names, dtype=object)
    frame.insert(0, "_row", range(start, start + len(rows)))
    return frame


def _read_jsonl(path: Path, chunk_size: int) -> Iterator[pd.DataFrame]:
    """JSON lines; a line that is not a JSON object becomes a row flagged ``_malformed``."""
    encoding = _detect_encoding(path)
    buf: list[dict[str, Any]] = []
    with path.open(encoding=encoding, errors="replace") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise ValueError("not an object")
            except ValueError:
                record = {"_malformed": "line is not a JSON object"}
            record["_row"] = lineno
            buf.append(record)
            if len(buf) >= chunk_size:
                yield pd.DataFrame(buf, dtype=object)
                buf = []
    if buf:
        yield pd.DataFrame(buf, dtype=object)


def iter_jsonl(path: Path, required: tuple[str, ...] = ("text",)) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each line of a JSONL input (CLI inputs, labelled data); blank lines skipped.

    Raises InputError naming the file and line for a line that is not a JSON object, lacks a required key, or
    has a non-string ``text``.
    """
    if not path.is_file():
        raise InputError(f"[E100] '{path}' does not exist.")
    with path.open(encoding="utf-8-sig") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                rec = None
            if not isinstance(rec, dict):
                raise InputError(f"[E100] {path.name} line {lineno}: not a JSON object.")
            for key in required:
                if key not in rec:
                    raise InputError(f"[E101] {path.name} line {lineno}: key '{key}' missing; expected {list(required)}.")
            if "text" in required and not isinstance(rec["text"], str):
                raise InputError(f"[E102] {path.name} line {lineno}: 'text' must be a string.")
            yield lineno, rec


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass
class IngestStats:
    """Running counts for reconciliation: ``rows == accepted + sum(rejected.values())``."""

    rows: int = 0
    accepted: int = 0
    rejected: dict[str, int] = field(default_factory=dict)

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())


class NoteReader:
    """Iterate over an export in validated chunks of notes, collecting rejects as it goes.

    Args:
        path: the export file.
        mapping: column mapping (``Mapping.load(None)`` for an export already in casenotes' names).
        chunk_size: rows per chunk; memory is bounded by it, not by the size of the file.
        seen: note_id -> text hash of notes already read, shared by the readers of one input's partitions so
            that a note_id repeated across partitions is a duplicate as it is within a file.

    Attributes:
        forgotten: whether a case id was removed with ``casenotes forget`` (``Store.forgotten_cases``): the rows
            of such a case are rejected as ``forgotten_case``, without their note ids.
    """

    def __init__(self, path: str | Path, mapping: Mapping | None = None, *, chunk_size: int = 2000,
                 seen: dict[str, str] | None = None) -> None:
        self.path = Path(path)
        self.mapping = mapping or Mapping()
        self.chunk_size = chunk_size
        self.stats = IngestStats()
        self._seen: dict[str, str] = {} if seen is None else seen
        self.forgotten: Callable[[str | None], bool] | None = None

    def input_hash(self) -> str:
        """SHA-256 of the input file, recorded in the run record."""
        digest = hashlib.sha256()
        with self.path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
        return digest.hexdigest()

    def __iter__(self) -> Iterator[tuple[pd.DataFrame, list[Reject]]]:
        if not self.path.is_file():
            raise InputError(f"[E019] Input file '{self.path}' does not exist.")
        for i, raw in enumerate(_read_chunks(self.path, self.chunk_size)):
            if i == 0:
                self._check_mapping(raw)
            yield self._validate(raw)

    def _check_mapping(self, frame: pd.DataFrame) -> None:
        """Warn (W003) when a mapping maps none of the export's columns: valid, but it then changes nothing."""
        found = {c.strip() if isinstance(c, str) else c for c in frame.columns if c not in ("_row", "_malformed")}
        if self.mapping.columns and found and not found & set(self.mapping.columns):
            # the export's own names are not shown: in a file without a header they are the first row's text
            warnings.warn(f"[W003] {self.path.name}: the mapping maps none of its columns "
                          f"{sorted(self.mapping.columns)} (names must match the export's header exactly, "
                          f"case included), so it changes nothing.", CasenotesWarning, stacklevel=3)

    def _columns(self, frame: pd.DataFrame) -> pd.DataFrame:
        renamed = frame.rename(columns={**{c: c.strip() for c in frame.columns if isinstance(c, str)}})
        renamed = renamed.rename(columns=self.mapping.columns)
        missing = [c for c in REQUIRED_COLUMNS if c not in renamed.columns]
        found = [c for c in frame.columns if c not in ("_row", "_malformed")]
        if missing and found:  # (a chunk of JSON lines that are all malformed has no columns to check)
            known = [c for c in found if str(c).strip() in (*NOTE_COLUMNS, *self.mapping.columns)]
            # the names found are not shown: in a file without a header they are the first row, i.e. note text
            raise InputError(f"[E020] {self.path.name}: required column(s) {missing} not found among its "
                             f"{len(found)} column(s) (casenotes columns among them: {known}). The first row must "
                             f"be a header: rename its columns in the export or map them with --mapping.")
        for col in NOTE_COLUMNS:
            if col not in renamed.columns:
                renamed[col] = None
        return renamed

    def _validate(self, raw: pd.DataFrame) -> tuple[pd.DataFrame, list[Reject]]:
        frame = self._columns(raw)
        rejects: list[Reject] = []
        keep: list[dict[str, Any]] = []
        malformed = frame["_malformed"] if "_malformed" in frame.columns else None
        # rows as dicts, built from column lists (DataFrame.to_dict boxes every cell and cost more than checking)
        columns = ("_row", *NOTE_COLUMNS)
        for i, values in enumerate(zip(*(frame[c].tolist() for c in columns))):
            rec = dict(zip(columns, values))
            self.stats.rows += 1
            row = int(rec.pop("_row"))
            note_id = "" if rec["note_id"] is None or pd.isna(rec["note_id"]) else str(rec["note_id"]).strip()
            reject = None
            if malformed is not None and isinstance(malformed.iloc[i], str):
                reject = Reject(self.path.name, row, note_id, "", "malformed_row", malformed.iloc[i])
            elif not note_id:
                reject = Reject(self.path.name, row, "", "note_id", "missing_note_id", REJECT_REASONS["missing_note_id"])
            elif self.forgotten is not None and self.forgotten(_cell(rec["case_id"])):
                reject = Reject(self.path.name, row, "", "case_id", "forgotten_case", REJECT_REASONS["forgotten_case"])
            else:
                reject = self._check_row(rec, row, note_id)
            if reject is not None:
                rejects.append(reject)
                self.stats.rejected[reject.reason] = self.stats.rejected.get(reject.reason, 0) + 1
                continue
            keep.append(rec)
        self.stats.accepted += len(keep)
        notes = pd.DataFrame(keep, columns=list(NOTE_COLUMNS))
        return notes, rejects

    def _check_row(self, rec: dict[str, Any], row: int, note_id: str) -> Reject | None:
        """Clean one row in place; return a Reject when it cannot be scored."""
        name = self.path.name
        raw_text = rec["text"]
        if isinstance(raw_text, (list, dict, tuple, set, bytes)):
            return Reject(name, row, note_id, "text", "malformed_row",
                          f"text is a {type(raw_text).__name__}, not a string")
        if raw_text is not None and not isinstance(raw_text, str) and not pd.isna(raw_text):
            raw_text = str(raw_text)
        if isinstance(raw_text, str) and len(raw_text) > MAX_NOTE_CHARS:
            return Reject(name, row, note_id, "text", "text_too_long",
                          f"{len(raw_text)} characters; the limit is {MAX_NOTE_CHARS}")
        text = clean_text(raw_text, columns=True)
        if not text:
            return Reject(name, row, note_id, "text", "missing_text", REJECT_REASONS["missing_text"])
        if text.count("\ufffd") > max(3, len(text) // 20):
            return Reject(name, row, note_id, "text", "undecodable_text", REJECT_REASONS["undecodable_text"])
        try:
            recorded = parse_date(rec["recorded_at"], self.mapping.date_format)
        except ValueError:
            fmt = self.mapping.date_format or "DD/MM/YYYY or ISO 8601"
            return Reject(name, row, note_id, "recorded_at", "bad_date", f"not a date; expected {fmt}")
        digest = text_hash(flat(text))
        previous = self._seen.get(note_id)
        if previous is not None:
            reason = "duplicate_note" if previous == digest else "duplicate_note_id"
            return Reject(name, row, note_id, "note_id", reason, REJECT_REASONS[reason])
        self._seen[note_id] = digest
        rec["note_id"] = note_id
        rec["text"] = text
        rec["recorded_at"] = recorded
        for col in ("case_id", "borough", "team", "author_id", "author_role", "note_type", "timepoint", "risk_level",
                    "case_status"):
            rec[col] = _cell(rec[col])
        return None


def _cell(value: Any) -> str | None:
    """A metadata cell as stored: stripped text, or None for an empty or missing one."""
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value).strip() or None
