"""Compare every table of two stores row for row, leaving out run ids and timestamps: how a refactor is shown to
leave scored output unchanged (issue #17 compared stores scored with linear-v1 at eaa9096, the last main commit
before its work landed, and at main).

Score the same input into both stores with the same pseudonymisation key (copy one ``<store>.key`` beside the
other store before scoring it: the key is random per store, and pseudonyms and text hashes follow it), then:

    python benchmarks/compare_stores.py BEFORE.duckdb AFTER.duckdb

Prints one line per table (rows, and which columns differ) and, for the run record, which data files only one
store recorded. Exit status 1 when any shared column differs.
"""

from __future__ import annotations

import json
import sys

import duckdb
import pandas as pd

IGNORED = {"run_id", "started_at", "finished_at", "forgotten_at"}
"""Columns that differ between any two runs."""


def tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'").fetchall()
    return {name for (name,) in rows}


def differing(a: pd.DataFrame, b: pd.DataFrame) -> list[str]:
    """The columns (both tables have) whose sorted rows differ; every column when the row counts differ."""
    columns = [c for c in a.columns if c in b.columns and c not in IGNORED]
    a, b = (t[columns].astype(str).sort_values(columns).reset_index(drop=True) for t in (a, b))
    if len(a) != len(b):
        return columns
    return [c for c in columns if not a[c].equals(b[c])]


def main(before: str, after: str) -> int:
    one, two = duckdb.connect(before, read_only=True), duckdb.connect(after, read_only=True)
    names = tables(one) | tables(two)
    changed = False
    for name in sorted(names):
        if name not in tables(one) or name not in tables(two):
            print(f"{name}: only in {'AFTER' if name in tables(two) else 'BEFORE'}")
            continue
        a, b = (con.execute(f'SELECT * FROM "{name}"').df() for con in (one, two))
        cols = differing(a, b)
        changed |= bool(cols)
        print(f"{name}: {len(a)} vs {len(b)} rows; " + (f"differ in {cols}" if cols else "identical"))
        if name == "runs" and len(a) == len(b) == 1:
            files = [json.loads(t["data_files"].iloc[0] or "{}") for t in (a, b)]
            print(f"  data files recorded only before: {sorted(set(files[0]) - set(files[1]))}; only after: "
                  f"{sorted(set(files[1]) - set(files[0]))}")
    return int(changed)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
