"""Ingest: formats, encodings, residue, dates, mapping, and rejects that reconcile."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casenotes.errors import InputError
from casenotes.ingest import Mapping, NoteReader, clean_text, parse_date


def read_all(path, mapping=None):
    reader = NoteReader(path, mapping)
    notes, rejects = [], []
    for chunk, rej in reader:
        notes.append(chunk)
        rejects.extend(rej)
    return pd.concat(notes, ignore_index=True), rejects, reader.stats


ROWS = [
    {"note_id": "a1", "text": "Home visit. Mum seen.", "recorded_at": "03/04/2025", "team": "EH 1"},
    {"note_id": "a2", "text": "<p>Call to school.</p><br>DSL reports C1 settled &amp; happy.", "recorded_at": "2025-04-05"},
    {"note_id": "a3", "text": "", "recorded_at": "05/04/2025"},
    {"note_id": "a1", "text": "Home visit. Mum seen.", "recorded_at": "03/04/2025"},
    {"note_id": "a4", "text": "Core group held.", "recorded_at": "31/02/2025"},
    {"note_id": "a5", "text": "Something else entirely.", "recorded_at": ""},
    {"note_id": "a2", "text": "A different note with a reused id.", "recorded_at": "06/04/2025"},
]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".jsonl", ".parquet"])
def test_every_row_is_accepted_or_rejected_with_a_reason(tmp_path, suffix):
    path = tmp_path / f"notes{suffix}"
    frame = pd.DataFrame(ROWS)
    if suffix == ".csv":
        frame.to_csv(path, index=False)
    elif suffix == ".xlsx":
        frame.to_excel(path, index=False)
    elif suffix == ".jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    else:
        frame.to_parquet(path)
    notes, rejects, stats = read_all(path)
    assert list(notes["note_id"]) == ["a1", "a2", "a5"]
    reasons = {r.note_id or "": r.reason for r in rejects}
    assert sorted(r.reason for r in rejects) == ["bad_date", "duplicate_note", "duplicate_note_id", "missing_text"]
    assert reasons["a4"] == "bad_date"
    assert stats.rows == len(ROWS) == stats.accepted + stats.rejected_total
    assert all(r.row >= 1 and r.source == path.name for r in rejects)


def test_reject_details_never_quote_note_text(tmp_path):
    path = tmp_path / "n.csv"
    pd.DataFrame(ROWS).to_csv(path, index=False)
    _, rejects, _ = read_all(path)
    for r in rejects:
        assert "Mum" not in r.detail and "visit" not in r.detail.lower()


def test_html_and_entities_are_cleaned(tmp_path):
    assert clean_text("<p>Call to school.</p><br>DSL reports C1 settled &amp; happy.") == \
        "Call to school.\nDSL reports C1 settled & happy."


def test_rtf_residue_is_cleaned():
    rtf = r"{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard Mum seen at home.\par}"
    assert clean_text(rtf) == "Mum seen at home."


def test_mojibake_and_control_characters_are_repaired():
    # ftfy repairs the mojibake and straightens the quote, so lexicon rules match "mum's" either way
    assert clean_text("Mumâ€™s partner\x07 left") == "Mum's partner left"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_encodings(tmp_path, encoding):
    path = tmp_path / "n.csv"
    path.write_bytes("note_id,text\nx1,Mum’s café visit – £20 voucher\n".encode(encoding))
    notes, rejects, _ = read_all(path)
    assert not rejects
    assert notes.loc[0, "text"] == "Mum's café visit – £20 voucher"


@pytest.mark.parametrize("value,expected", [
    ("03/04/2025", "2025-04-03"), ("3/4/25", "2025-04-03"), ("03-04-2025", "2025-04-03"),
    ("2025-04-03", "2025-04-03"), ("03/04/2025 14:30", "2025-04-03"), ("3 April 2025", "2025-04-03"),
    ("", None),
])
def test_uk_dates(value, expected):
    assert parse_date(value) == expected


def test_bad_date_raises():
    with pytest.raises(ValueError):
        parse_date("31/02/2025")


def test_mapping_renames_columns(tmp_path):
    path = tmp_path / "export.csv"
    pd.DataFrame({"CaseNoteID": ["z1"], "NoteBody": ["Visit done."], "Date": ["01/02/2025"]}).to_csv(path, index=False)
    mapping = tmp_path / "map.yaml"
    mapping.write_text("columns:\n  CaseNoteID: note_id\n  NoteBody: text\n  Date: recorded_at\n")
    notes, rejects, _ = read_all(path, Mapping.load(mapping))
    assert notes.loc[0, "note_id"] == "z1" and notes.loc[0, "recorded_at"] == "2025-02-01"


def test_missing_required_column_names_file_and_columns(tmp_path):
    path = tmp_path / "export.csv"
    pd.DataFrame({"id": ["z1"], "body": ["x"]}).to_csv(path, index=False)
    with pytest.raises(InputError, match=r"export.csv.*note_id.*--mapping"):
        read_all(path)


def test_mapping_to_unknown_column_is_an_error(tmp_path):
    mapping = tmp_path / "map.yaml"
    mapping.write_text("columns:\n  Foo: nonsense\n")
    with pytest.raises(InputError, match="unknown columns"):
        Mapping.load(mapping)


def test_malformed_jsonl_line_is_rejected_not_dropped(tmp_path):
    path = tmp_path / "n.jsonl"
    path.write_text('{"note_id": "j1", "text": "Seen."}\n{not json\n{"note_id": "j2", "text": "Seen again."}\n')
    notes, rejects, stats = read_all(path)
    assert list(notes["note_id"]) == ["j1", "j2"]
    assert [(r.row, r.reason) for r in rejects] == [(2, "malformed_row")]
    assert stats.rows == 3


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "notes.doc"
    path.write_text("x")
    with pytest.raises(InputError, match="unsupported file type"):
        read_all(path)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([chr(i) for i in range(0, 128)] + ["\r\n", "&amp;", "<br>", "é", "\u200b", "  "]),
                max_size=80).map("".join))
def test_plain_text_shortcut_cleans_as_the_full_repair_does(text):
    """Plain printable ASCII skips ftfy and the format-character filter; the result must not change."""
    import re

    import casenotes.ingest as ingest

    fast = ingest.clean_text(text)
    plain = ingest._PLAIN
    try:
        ingest._PLAIN = re.compile(r"(?!)")  # never plain: every text takes the full repair
        assert fast == ingest.clean_text(text)
    finally:
        ingest._PLAIN = plain


def test_a_bad_date_error_does_not_carry_the_cell():
    """A column mapped to recorded_at by mistake holds note text: the error must not repeat it."""
    with pytest.raises(ValueError) as raised:
        parse_date("Mum disclosed that he hit her")
    assert "disclosed" not in str(raised.value)


def test_a_mapping_that_maps_no_column_is_a_warning(tmp_path):
    """Valid but probably a mistake (issue #17, item 8): the mapping changes nothing (W003); the names it lists are
    shown, the export's own are not (without a header they would be note text)."""
    import warnings

    from casenotes.errors import CasenotesWarning

    path = tmp_path / "export.csv"
    pd.DataFrame({"note_id": ["z1"], "text": ["Visit done."], "Date": ["01/02/2025"]}).to_csv(path, index=False)
    mapping = tmp_path / "map.yaml"
    mapping.write_text("columns:\n  date: recorded_at\n  Team Name: team\n")
    with pytest.warns(CasenotesWarning, match=r"\[W003\] export.csv: the mapping maps none of its columns "
                                              r"\['Team Name', 'date'\]") as caught:
        notes, _, _ = read_all(path, Mapping.load(mapping))
    assert len(notes) == 1 and "Visit" not in str(caught[0].message)
    mapping.write_text("columns:\n  Date: recorded_at\n  Team Name: team\n")  # one of them is there: no warning
    with warnings.catch_warnings():
        warnings.simplefilter("error", CasenotesWarning)
        read_all(path, Mapping.load(mapping))
