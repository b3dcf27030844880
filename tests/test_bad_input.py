"""Hostile and broken inputs: each gives a clear error naming the file, or rows that are all accounted for.

Never a traceback, never a silently dropped row. ``CASES`` is the corpus (40+ files built in tmp_path).
"""

from __future__ import annotations

import io
import json
import subprocess
import zipfile

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casenotes.errors import REJECT_REASONS, InputError
from casenotes.ingest import NoteReader, clean_text, parse_date


def consume(path):
    reader = NoteReader(path, chunk_size=3)
    accepted, rejects = 0, []
    for notes, rej in reader:
        accepted += len(notes)
        rejects += rej
    return reader.stats, accepted, rejects


def write_csv(tmp_path, rows, name="x.csv", **kw):
    path = tmp_path / name
    pd.DataFrame(rows).to_csv(path, index=False, **kw)
    return path


def put(path, data):
    """Write bytes or text and return the path."""
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data)
    return path


CASES = {
    "empty_file": lambda p: put(p / "e.csv", b""),
    "header_only": lambda p: put(p / "h.csv", "note_id,text\n"),
    "binary_garbage": lambda p: put(p / "b.csv", bytes(range(256)) * 40),
    "truncated_quote": lambda p: put(p / "t.csv", 'note_id,text\n1,"unfinished note\n2,ok\n'),
    "wrong_columns": lambda p: write_csv(p, [{"id": 1, "body": "x"}]),
    "not_xlsx": lambda p: put(p / "n.xlsx", b"PK\x03\x04 not really a zip"),
    "not_parquet": lambda p: put(p / "n.parquet", b"PAR1 nope"),
    "jsonl_array_lines": lambda p: put(p / "a.jsonl", '[1,2]\n{"note_id": "x", "text": "ok"}\n'),
    "unsupported_suffix": lambda p: put(p / "n.pdf", b"%PDF-1.4"),
    "utf16_with_bom": lambda p: put(p / "u.csv", "note_id,text\n1,Mum seen — café\n".encode("utf-16")),
    "utf16_without_bom": lambda p: put(p / "u.csv", "note_id,text\n1,Mum seen\n".encode("utf-16-le")),
    "cp1252_smart_quotes": lambda p: put(p / "w.csv", "note_id,text\n1,“Mum” said it’s fine – £20\n".encode("cp1252")),
    "latin1_accents": lambda p: put(p / "l.csv", "note_id,text\n1,Señora Müller visited\n".encode("latin-1")),
    "mojibake_utf8_as_cp1252": lambda p: put(p / "m.csv", "note_id,text\n1,Mum said itâ€™s fine\n"),
    "nul_bytes_in_cells": lambda p: put(p / "z.csv", b"note_id,text\n1,Mum\x00 seen\n2,\x00\x00\n"),
    "c0_c1_controls": lambda p: put(p / "c.csv", "note_id,text\n1,a\x01b\x1bc\x85d\x9fe\n"),
    "bidi_and_zero_width": lambda p: put(p / "b.csv", "note_id,text\n1,\u202eMum\u200b seen\ufeff today\u2066\n"),
    "note_of_10_mb": lambda p: write_csv(p, [{"note_id": "huge", "text": "Seen at home. " * 750_000},
                                             {"note_id": "ok", "text": "Seen."}]),
    "huge_cell_in_metadata": lambda p: write_csv(p, [{"note_id": "a", "text": "Seen.", "team": "x" * 3_000_000}]),
    "duplicate_ids_across_chunks": lambda p: write_csv(p, [{"note_id": str(i % 4), "text": f"Note {i}."}
                                                           for i in range(10)]),
    "duplicate_header_names": lambda p: put(p / "d.csv", "note_id,text,text\n1,a,b\n"),
    "ragged_rows": lambda p: put(p / "r.csv", "note_id,text\n1,ok\n2,too,many,fields\n3\n"),
    "only_whitespace_text": lambda p: write_csv(p, [{"note_id": "w", "text": " \t \n "}]),
    "impossible_and_odd_dates": lambda p: write_csv(p, [
        {"note_id": str(i), "text": "Seen.", "recorded_at": d} for i, d in enumerate(
            ["31/02/2025", "2025-13-01", "45678", "yesterday", "01/01/2999", "2025/03/04", "3 April 2025",
             "04-03-25", "", "00/00/0000"])]),
    "booleans_and_numbers_as_text": lambda p: put(p / "t.jsonl", "\n".join(json.dumps(r) for r in [
        {"note_id": "a", "text": True}, {"note_id": "b", "text": 3.5}, {"note_id": "c", "text": {"k": 1}},
        {"note_id": ["x"], "text": "id is a list"}]) + "\n"),
    "jsonl_truncated_last_line": lambda p: put(p / "t.jsonl", '{"note_id": "a", "text": "ok"}\n{"note_id": "b", "te'),
    "jsonl_invalid_utf8": lambda p: put(p / "i.jsonl", b'{"note_id": "a", "text": "ok \xff\xfe"}\n'),
    "parquet_truncated": lambda p: _truncated(_parquet(p), 0.6),
    "parquet_wrong_types": lambda p: _parquet(p, {"note_id": [1, 2], "text": [b"bytes", None]}),
    "xlsx_truncated": lambda p: _truncated(_xlsx(p), 0.5),
    "xlsx_empty_sheet": lambda p: _xlsx(p, rows=[]),
    "xlsx_formulas_and_numbers": lambda p: _xlsx(p, rows=[["n1", "=1+1"], [2, 3.5], ["n3", None]]),
    "xlsx_zip_bomb_ratio": lambda p: _zip_bomb(p),
    "non_english_text": lambda p: write_csv(p, [
        {"note_id": "cy", "text": "Gwelwyd y plant gartref gyda'u mam."}, {"note_id": "pl", "text": "Matka była w domu z dziećmi."},
        {"note_id": "ar", "text": "كانت الأم في المنزل مع الأطفال."}, {"note_id": "zh", "text": "母亲和孩子们在家。"},
        {"note_id": "emoji", "text": "Mum 😊 seen 👍🏽 with kids 👨‍👩‍👧."}]),
    "a_directory": lambda p: _mkdir(p / "notes.csv"),
    "missing_file": lambda p: p / "nope.csv",
    "symlink_loop": lambda p: _symlink_loop(p),
    "utf8_bom_in_header": lambda p: put(p / "h.csv", "\ufeffnote_id,text\n1,Seen.\n".encode("utf-8")),
    "semicolon_delimited": lambda p: put(p / "s.csv", "note_id;text\n1;Seen.\n"),
    "tsv_with_commas_and_quotes": lambda p: put(p / "t.tsv", 'note_id\ttext\n1\tMum said "no, not today", ok\n'),
    "formula_injection_cells": lambda p: write_csv(p, [
        {"note_id": "=1+1", "text": "+cmd|' /C calc'!A0"}, {"note_id": "-2+3", "text": "@SUM(A1:A9)"},
        {"note_id": "ok", "text": '=HYPERLINK("http://example.org","x")'}]),
    "xlsx_merged_cells": lambda p: _merged(_xlsx(p)),
}


def _merged(path):
    import openpyxl

    wb = openpyxl.load_workbook(path)
    wb.active.merge_cells("A3:B4")
    wb.save(path)
    return path


def _parquet(p, columns=None):
    path = p / "n.parquet"
    pd.DataFrame(columns or {"note_id": [f"n{i}" for i in range(50)], "text": ["Seen."] * 50}).to_parquet(path)
    return path


def _xlsx(p, rows=None):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["note_id", "text"])
    for row in [[f"n{i}", "Seen at home."] for i in range(30)] if rows is None else rows:
        ws.append(row)
    wb.create_sheet("second").append(["ignored"])
    path = p / "n.xlsx"
    wb.save(path)
    return path


def _truncated(path, keep):
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def _zip_bomb(p):
    """A workbook whose sheet inflates 1000x: caught from the zip directory before anything is inflated."""
    path = p / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", " " * 20_000_000)
    return path


def _mkdir(path):
    path.mkdir()
    return path


def _symlink_loop(p):
    (p / "a.csv").symlink_to(p / "b.csv")
    (p / "b.csv").symlink_to(p / "a.csv")
    return p / "a.csv"


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_files_error_clearly_or_account_for_every_row(tmp_path, case):
    path = CASES[case](tmp_path)
    try:
        stats, accepted, rejects = consume(path)
    except InputError as exc:
        assert path.name in str(exc) and str(exc).startswith("[E")
        return
    assert stats.rows == accepted + len(rejects)
    assert all(r.reason in REJECT_REASONS and r.row >= 1 and r.source == path.name for r in rejects)


def test_the_corpus_has_at_least_forty_cases():
    assert len(CASES) >= 40


@pytest.mark.parametrize("case, accepted, reasons", [
    ("note_of_10_mb", 1, ["text_too_long"]),
    ("duplicate_ids_across_chunks", 4, ["duplicate_note_id"] * 6),
    ("only_whitespace_text", 0, ["missing_text"]),
    ("non_english_text", 5, []),
    ("utf16_with_bom", 1, []),
    ("cp1252_smart_quotes", 1, []),
    # a formula is never evaluated: without a cached value its cell is empty
    ("xlsx_formulas_and_numbers", 1, ["missing_text", "missing_text"]),
])
def test_specific_outcomes(tmp_path, case, accepted, reasons):
    stats, got, rejects = consume(CASES[case](tmp_path))
    assert got == accepted and sorted(r.reason for r in rejects) == sorted(reasons)


def test_text_is_repaired_not_dropped(tmp_path):
    for case, expect in [("cp1252_smart_quotes", "£20"), ("mojibake_utf8_as_cp1252", "it's fine"),
                         ("bidi_and_zero_width", "Mum seen today"), ("latin1_accents", "Müller")]:
        reader = NoteReader(CASES[case](tmp_path / case if (tmp_path / case).mkdir() is None else tmp_path))
        notes = pd.concat([n for n, _ in reader])
        assert expect in notes["text"].iloc[0], case


def test_nastiest_files_through_the_cli_give_one_line_and_reconcile(tmp_path, cli):
    from typer.testing import CliRunner

    from casenotes.cli import app

    for case in ("xlsx_zip_bomb_ratio", "binary_garbage", "truncated_quote", "xlsx_truncated"):
        where = tmp_path / case
        where.mkdir()
        result = CliRunner().invoke(app, ["score", str(CASES[case](where)), "--db", str(where / "s.duckdb"),
                                          "--model", "rules-v1"])
        assert result.exit_code == 1, case
        assert "Traceback" not in result.output and result.output.strip().count("\n") <= 2, result.output
    where = tmp_path / "mixed"
    where.mkdir()
    cli("score", CASES["impossible_and_odd_dates"](where), "--db", where / "s.duckdb", "--model", "rules-v1")
    info = json.loads(cli("info", "--db", where / "s.duckdb", "--json").stdout)
    run = info["last_run"]
    assert int(run["rows_read"]) == 10 == int(run["notes_new"]) + int(run["rows_rejected"])


def test_formula_injection_and_control_characters_are_neutralised(tmp_path, cli):
    rows = [{"note_id": "=cmd|' /C calc'!A0", "text": "=HYPERLINK(\"http://x\",\"click\")\x00\x07 Mum seen."},
            {"note_id": "@SUM(1)", "text": ""}]
    path = write_csv(tmp_path, rows)
    cli("score", path, "--db", tmp_path / "s.duckdb", "--model", "linear-v1", "--rejects", tmp_path / "r.csv")
    rejects = (tmp_path / "r.csv").read_text()
    assert ",'@SUM(1)," in rejects  # a cell that would start a formula is quoted for Excel
    cleaned = clean_text("a\x00b\x07c")
    assert cleaned.replace(" ", "") == "abc" and "\x00" not in cleaned and "\x07" not in cleaned


def test_huge_cell_is_rejected_with_a_reason(tmp_path):
    path = write_csv(tmp_path, [{"note_id": "big", "text": "word " * 60_000}, {"note_id": "ok", "text": "Seen."}])
    stats, accepted, rejects = consume(path)
    assert accepted == 1 and [r.reason for r in rejects] == ["text_too_long"]


def test_wrong_types_in_jsonl_are_coerced_or_rejected(tmp_path):
    path = tmp_path / "n.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"note_id": 17, "text": "Numeric id is fine."}, {"note_id": "t", "text": ["a", "list"]},
        {"note_id": "d", "text": "Bad date.", "recorded_at": 12345}, {"note_id": None, "text": "No id."}]) + "\n")
    stats, accepted, rejects = consume(path)
    assert stats.rows == 4 == accepted + len(rejects)
    assert {r.reason for r in rejects} >= {"missing_note_id", "bad_date"}


def test_xlsx_with_a_huge_shared_strings_part_is_refused_or_read(tmp_path):
    """A zip-bomb-shaped workbook: a tiny file that declares a huge part must not exhaust memory."""
    path = tmp_path / "bomb.xlsx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/sharedStrings.xml", "<sst>" + "<si><t>a</t></si>" * 200_000 + "</sst>")
    path.write_bytes(buf.getvalue())
    with pytest.raises(InputError, match="bomb.xlsx"):
        consume(path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_clean_text_is_total_and_idempotent(text):
    once = clean_text(text)
    assert isinstance(once, str) and clean_text(once) == once
    assert not any(ord(c) < 32 and c != "\n" for c in once)


@settings(max_examples=80, deadline=None)
@given(st.dates(min_value=__import__("datetime").date(1990, 1, 1), max_value=__import__("datetime").date(2040, 12, 31)))
def test_uk_dates_round_trip(d):
    assert parse_date(d.strftime("%d/%m/%Y")) == d.isoformat()
    assert parse_date(d.isoformat()) == d.isoformat()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_nlp_pipeline_never_crashes_and_sentences_cover_the_text(nlp, text):
    doc = nlp(text)
    sents = list(doc.sents) if len(doc) else []
    assert sum(len(s) for s in sents) == len(doc)


def test_a_ragged_row_is_rejected_alone_and_the_rest_is_scored(tmp_path):
    """One row with too many fields and one with too few: each is a malformed_row reject; the file is scored."""
    path = put(tmp_path / "r.csv", "note_id,case_id,text\nn1,c1,Mum was seen at home.\nn2,c1,Seen, with, extra, commas.\n"
                                    "n3,c2\nn4,c2,Dad attended the meeting.\n")
    result = subprocess.run(["casenotes", "score", str(path), "--db", str(tmp_path / "s.duckdb"), "--model", "rules-v1",
                             "--rejects", str(tmp_path / "rejects.csv"), "--report", str(tmp_path / "report.json")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["rows_read"] == 4 and report["notes_new"] == 2 and report["reconciles"]
    assert report["rejected_by_reason"] == {"malformed_row": 2}
    rejects = pd.read_csv(tmp_path / "rejects.csv", dtype=str, keep_default_na=False)
    assert rejects[["row", "reason"]].values.tolist() == [["2", "malformed_row"], ["3", "malformed_row"]]
    assert "commas" not in (tmp_path / "rejects.csv").read_text()  # a reject never carries the row's text


def test_a_file_without_a_header_is_refused_without_quoting_its_first_row(tmp_path):
    """The first row of a headerless export is note text: E020 must not list it as the columns it found."""
    path = put(tmp_path / "n.csv", "N-1,Mum disclosed that Dad hit her last night.\nN-2,Seen at school.\n")
    result = subprocess.run(["casenotes", "score", str(path), "--db", str(tmp_path / "s.duckdb"), "--model", "rules-v1"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1 and "[E020]" in result.stderr and "n.csv" in result.stderr
    assert "disclosed" not in result.stderr and "N-1" not in result.stderr, result.stderr


def test_info_on_a_store_where_some_notes_have_no_borough(tmp_path, cli):
    path = write_csv(tmp_path, [{"note_id": "a", "text": "Seen at home.", "borough": "Northfield"},
                                {"note_id": "b", "text": "Seen at school.", "borough": ""}])
    cli("score", path, "--db", tmp_path / "s.duckdb", "--model", "rules-v1")
    result = subprocess.run(["casenotes", "info", "--db", str(tmp_path / "s.duckdb"), "--json"], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["boroughs"] == ["Northfield"]
