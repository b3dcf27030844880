"""Layouts that once made a de-identification pattern run for ever must finish, through the installed command.

Held-out 72 had a case system's person summary pasted as a Markdown table: a "DOB" column header above a row of
dashes ("|------|------|"). ``dob_cued.v7`` let the dashes be both the separators and the words it allows between a
cue and a date, so the matcher tried every way of splitting them (minutes on one note; the batch job never ended).
These tests run in a subprocess with a generous time limit: what they catch is a hang, not a slow machine.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import textwrap
from pathlib import Path

HANG = 120
"""Seconds after which a run counts as hung: each finishes in a few seconds, most of it loading the engine."""

TABLE = """\
Case system export - household (printed 02/02/2025 09:15)
| Ref     | Name                | Role          | DOB        | Sex | First language |
|---------|---------------------|---------------|------------|-----|----------------|
| 5501234 | KOWALSKA, Agnieszka | Mother        | 11/04/1991 | F   | Polish         |
| 5501235 | KOWALSKI, Tomasz    | Subject child | 23/10/2017 | M   | Polish         |
| 5501236 | NOWAK, Piotr        | Ex-partner    | 02/06/1987 | M   | Polish         |
Open episodes: CIN from 01/12/2024; DOB for the baby not yet recorded ==========================================
"""


def test_a_markdown_table_under_a_dob_header_is_deidentified_and_finishes(tmp_path: Path) -> None:
    notes = tmp_path / "notes.csv"
    with notes.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["note_id", "case_id", "text"], ["n1", "", TABLE]])
    out = tmp_path / "deid.jsonl"
    done = subprocess.run(["casenotes", "deid", str(notes), "-o", str(out)], capture_output=True, text=True,
                          timeout=HANG)
    assert done.returncode == 0, done.stderr[-2000:]
    text = json.loads(out.read_text(encoding="utf-8").splitlines()[0])["text"]
    for dob in ("11/04/1991", "23/10/2017", "02/06/1987"):
        assert dob not in text
    assert "01/12/2024" in text and "02/02/2025" in text  # event dates stay


def test_every_identifier_pattern_finishes_on_runs_of_separators() -> None:
    """Each pattern, after each of its cue words, meets long runs of the characters it treats as separators
    (dashes, bars, tabs, colons, brackets, equals signs) and of short words, with and without a date after."""
    script = textwrap.dedent("""
        from casenotes.deid.identifiers import digit_windows, load_patterns
        fills = ["-" * 300, "|-----------" * 30, "\\t|\\t" * 100, " - " * 100, ": " * 150, "( " * 150,
                 "= " * 150, "a " * 300, "-a" * 150, "| x " * 100, "\\n|---|---|" * 40, " 12 " * 80, "1-" * 150]
        patterns, _ = load_patterns()
        for p in patterns:
            for need in (p.needs or ("x",))[:6]:
                for fill in fills:
                    for tail in ("", " 2", " 12/03/2019x"):
                        text = "Re " + need + " " + fill + tail + " end"
                        p.spans(text, digit_windows(text))
        print("finished")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=HANG)
    assert done.returncode == 0 and "finished" in done.stdout, done.stderr[-2000:]
