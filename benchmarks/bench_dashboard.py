"""Dashboard page-load times on a large store (target: under 2 s per page at 1,000,000 sentences).

usage: python benchmarks/bench_dashboard.py [--sentences 1000000] [--seed-notes 2000] [--out FILE]

A seed store is scored for real (synthetic notes, linear-v1); its notes, sentences and domain scores are then
replicated in SQL under new note ids, spread over more teams and dates, until the store holds the requested
number of sentences (replication keeps the real label mix without hours of scoring). Each page is then loaded
with Streamlit's AppTest as a signed-in admin, twice: the first load (cold caches) and the second (warm).
Results print as a table and are saved as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ("overview", "trends", "notes", "batch", "annotate", "models", "audit", "access")


def build_store(workdir: Path, sentences: int, seed_notes: int) -> Path:
    import duckdb

    from casenotes.batch import default_workers, score_file
    from casenotes.synth import write

    paths = write(workdir / "seed.csv", notes=seed_notes, seed=0)
    db = workdir / "big.duckdb"
    score_file(paths["notes"], db, people=paths["people"], teams=paths["teams"], roster=paths["roster"],
               model="linear-v1", workers=default_workers())
    with duckdb.connect(str(db)) as con:
        have = con.execute("SELECT count(*) FROM sentences").fetchone()[0]
        copies = max(0, -(-sentences // have) - 1)
        for k in range(1, copies + 1):
            # each copy: new note ids, dates shifted by k days, teams kept (so training dates still apply)
            con.execute(f"""INSERT INTO notes SELECT * REPLACE (note_id || '-{k}' AS note_id,
                            recorded_at + INTERVAL {k % 60} DAY AS recorded_at) FROM notes WHERE note_id NOT LIKE '%-%'""")
            con.execute(f"""INSERT INTO sentences SELECT * REPLACE (note_id || '-{k}' AS note_id) FROM sentences
                            WHERE note_id NOT LIKE '%-%'""")
            con.execute(f"""INSERT INTO domain_scores SELECT * REPLACE (note_id || '-{k}' AS note_id)
                            FROM domain_scores WHERE note_id NOT LIKE '%-%'""")
        con.execute("CHECKPOINT")
    from casenotes.store import Store

    with Store(db) as store:  # as a scoring run does at its end: the summary the trend pages read
        store.refresh_cells()
    return db


def time_pages(db: Path) -> list[dict]:
    from streamlit.testing.v1 import AppTest

    os.environ["CASENOTES_DB"] = str(db)
    rows = []
    for page in PAGES:
        at = AppTest.from_file(str(ROOT / "app_streamlit.py"), default_timeout=600)
        at.session_state["user"] = {"name": "bench", "role": "admin"}
        at.session_state["db_path"] = str(db)
        if page != "overview":
            at.run()  # signed in, on the Overview page; then to the page timed
            at.switch_page(str(ROOT / "casenotes" / "app" / "pages" / f"{page}.py"))
        timings = []
        for _ in range(2):  # the first load (this page's caches cold), then a re-run (warm)
            start = time.perf_counter()
            at.run()
            timings.append(time.perf_counter() - start)
        rows.append({"page": page, "first_s": timings[0], "cached_s": timings[1], "exception": bool(at.exception),
                     "under_2s": max(timings) < 2.0})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=1_000_000)
    ap.add_argument("--seed-notes", type=int, default=2000)
    ap.add_argument("--db", help="time an existing store instead of building one")
    ap.add_argument("--out", default="benchmarks/dashboard.json")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        db = Path(args.db) if args.db else build_store(Path(tmp), args.sentences, args.seed_notes)
        built = time.perf_counter() - start
        import duckdb

        with duckdb.connect(str(db), read_only=True) as con:
            n_notes, n_sents = con.execute("SELECT (SELECT count(*) FROM notes), (SELECT count(*) FROM sentences)").fetchone()
        rows = time_pages(db)
    result = {"notes": n_notes, "sentences": n_sents, "build_seconds": built, "pages": rows}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2))
    print(f"store: {n_notes:,} notes, {n_sents:,} sentences (built in {built:.0f} s)")
    print(f"{'page':<12}{'first load s':>14}{'cached s':>10}  under 2 s")
    for r in rows:
        print(f"{r['page']:<12}{r['first_s']:>14.2f}{r['cached_s']:>10.2f}  {'yes' if r['under_2s'] else 'NO'}"
              + ("  (exception)" if r["exception"] else ""))


if __name__ == "__main__":
    main()
