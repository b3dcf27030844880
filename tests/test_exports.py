"""Files casenotes writes for people: formula-like cells quoted in every CSV, and only their owner can read them
(issue #16, findings 3 and 4). One synthetic trial whose note ids and a borough start with formula characters
goes through the evaluator's loop: sample -> blinded packet -> scores back -> audit export, and trends."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from casenotes.schemas import DOMAINS

HOSTILE_ID = '=HYPERLINK("http://example.org/x","open")'
HOSTILE_BOROUGH = "=cmd|' /C calc'!A0"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def casenotes(*args: str | Path, cwd: Path) -> None:
    # a study whose data controller allows groups of one note, so that every table has cells to check
    env = {**os.environ, "CASENOTES_MIN_NOTES": "1", "CASENOTES_MIN_AUTHORS": "1"}
    result = subprocess.run(["casenotes", *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=600,
                            env=env)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def loop(tmp_path_factory) -> dict[str, Path]:
    """Every export of the loop, made under the usual umask (022) by the installed command."""
    from casenotes.synth import write

    work = tmp_path_factory.mktemp("exports")
    before = os.umask(0o022)
    try:
        paths = write(work / "n.csv", notes=120, seed=5)
        notes = pd.read_csv(paths["notes"], dtype=str, keep_default_na=False)
        teams = pd.read_csv(paths["teams"], dtype=str, keep_default_na=False)
        borough = notes["borough"].iloc[0]
        notes["borough"] = notes["borough"].replace(borough, HOSTILE_BOROUGH)
        teams["borough"] = teams["borough"].replace(borough, HOSTILE_BOROUGH)
        notes.loc[0, "note_id"] = HOSTILE_ID
        notes.loc[1, "note_id"] = "@SUM(A1:A9)"
        notes.to_csv(work / "hostile.csv", index=False)
        teams.to_csv(work / "teams.csv", index=False)
        db = work / "s.duckdb"
        casenotes("score", "hostile.csv", "--db", db, "--model", "linear-v1", "--teams", "teams.csv", cwd=work)
        casenotes("sample", "--db", db, "--out", "audit/sample", "--per-stratum", 50, cwd=work)
        casenotes("audit", "export-blind", "--db", db, "--sample", "audit/sample/sample.csv", "--out", "audit/blind",
                  cwd=work)
        sheet = pd.read_csv(work / "audit/blind/to_score.csv", dtype=str, keep_default_na=False)
        rng = np.random.default_rng(0)
        for d in DOMAINS:
            sheet[f"score_{d}"] = [str(v) for v in rng.integers(1, 5, len(sheet))]
        sheet.to_csv(work / "scored.csv", index=False)
        casenotes("audit", "import-scores", "scored.csv", "--key", "audit/blind/key.csv", "--scorer", "alice",
                  "-o", "audit/alice.csv", cwd=work)
        casenotes("audit", "export", "--db", db, "--scores", "audit/alice.csv", "-o", "audit/long.csv", cwd=work)
        casenotes("audit", "export", "--db", db, "-o", "audit/long.parquet", cwd=work)
        casenotes("trends", "--db", db, "--out", "trends", "--min-notes", 1, cwd=work)
    finally:
        os.umask(before)
    return {"work": work, "sample": work / "audit/sample", "blind": work / "audit/blind",
            "scores": work / "audit/alice.csv", "long": work / "audit/long.csv", "trends": work / "trends"}


def csv_outputs(loop: dict[str, Path]) -> list[Path]:
    return sorted([*loop["sample"].glob("*.csv"), *loop["blind"].glob("*.csv"), loop["scores"], loop["long"],
                   *loop["trends"].glob("*.csv")])


def test_no_cell_of_any_export_can_start_a_formula(loop):
    outputs = csv_outputs(loop)
    assert len(outputs) >= 11
    for path in outputs:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        for column in frame.columns:
            text = frame[column][~frame[column].str.fullmatch(r"-?[\d.e+-]+")]  # numbers, negative ones too, are data
            assert not text.str.startswith(FORMULA_STARTS).any(), (path.name, column)


def test_the_hostile_id_and_borough_come_out_quoted(loop):
    sample = pd.read_csv(loop["sample"] / "sample.csv", dtype=str, keep_default_na=False)
    assert "'" + HOSTILE_ID in set(sample["note_id"]) and "'" + HOSTILE_BOROUGH in set(sample["borough"])
    assert "'" + HOSTILE_ID in set(pd.read_csv(loop["blind"] / "key.csv", dtype=str)["unit_id"])
    assert "'" + HOSTILE_BOROUGH in set(pd.read_csv(loop["sample"] / "strata.csv", dtype=str)["borough"])
    assert "'" + HOSTILE_BOROUGH in set(pd.read_csv(loop["trends"] / "aggregates_borough_timepoint.csv",
                                                    dtype=str)["borough"])


def test_quoted_ids_read_back_as_the_stores(loop):
    """The loop still joins: export-blind found the quoted note's text, and its human scores sit beside the
    machine's in the audit export, both under the id as stored."""
    long = pd.read_csv(loop["long"], dtype=str, keep_default_na=False)
    hostile = long[long["unit_id"] == "'" + HOSTILE_ID]
    assert set(hostile["scorer"]) == {"machine", "alice"} and len(hostile) == 2 * len(DOMAINS)
    assert (hostile["borough"] == "'" + HOSTILE_BOROUGH).all()
    assert pd.read_parquet(loop["work"] / "audit/long.parquet")["unit_id"].eq(HOSTILE_ID).sum() == len(DOMAINS)


def test_exports_are_for_their_owner_only(loop):
    for path in [*csv_outputs(loop), loop["sample"] / "sample.json", loop["trends"] / "team_summaries.md",
                 loop["work"] / "audit/long.parquet"]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    for folder in (loop["sample"], loop["blind"], loop["trends"], loop["work"] / "audit"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder.name
