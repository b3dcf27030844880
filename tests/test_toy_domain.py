"""Adding an audit domain is a data change (issue #17): a domains file with a toy fifth domain, a rubric table for it
and a toy label feeding it give scores that are stored, shown by ``casenotes trends --json`` and readable on the
Trends page, with no Python edited. Run through the installed console script with ``CASENOTES_LABELS`` and
``CASENOTES_DOMAINS`` pointing at the new files (the sets are read at import, so the page runs in a process of its
own too). The toy model carries a rubric calibrated for the four shipped domains: it keeps scoring them, and the
domain it does not know is scored by the domains file's rubric, with a warning (W120)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import yaml

from casenotes.data import data_path
from casenotes.schemas import DOMAINS_ENV, DOMAINS_FILE, LABELS_ENV, LABELS_FILE
from tests.test_toy_label import TOY, _gold_rows, _toy_sentences

CLI = Path(sys.executable).with_name("casenotes")
ROOT = Path(__file__).resolve().parents[1]
DOMAIN = "language_access"
TITLE = "Language access arranged"
TOY_TABLE = f"""
[domains.{DOMAIN}]
title = "{TITLE}"
anchors = {{ 1 = "no interpreter need recorded", 3 = "an interpreter arranged", 4 = "interpreters arranged throughout" }}
levels = [
  {{ score = 4, min = {{ {TOY} = 2 }} }},
  {{ score = 3, min = {{ {TOY} = 1 }} }},
]
"""


def _data_files(tmp_path: Path) -> dict[str, str]:
    """The toy labels file, the toy domains file and the rubric it names (the shipped one plus the toy table)."""
    labels = yaml.safe_load(data_path(LABELS_FILE).read_text(encoding="utf-8"))
    labels["labels"].append({"name": TOY, "title": "Interpreter need", "phrase": "notes of interpreter need",
                             "colour": "#d9c4f8", "desired": "up"})
    (tmp_path / "labels.toy.yaml").write_text(yaml.safe_dump(labels, sort_keys=False), encoding="utf-8")
    domains = yaml.safe_load(data_path(DOMAINS_FILE).read_text(encoding="utf-8"))
    domains["rubric"] = "rubric.toy.toml"
    domains["domains"].append({"name": DOMAIN, "title": TITLE, "description": "1 none; 4 arranged throughout",
                               "labels": [TOY]})
    (tmp_path / "domains.toy.yaml").write_text(yaml.safe_dump(domains, sort_keys=False), encoding="utf-8")
    shipped = data_path("audit_rubric.v4.toml").read_text(encoding="utf-8")
    (tmp_path / "rubric.toy.toml").write_text(shipped + TOY_TABLE, encoding="utf-8")
    return {LABELS_ENV: str(tmp_path / "labels.toy.yaml"), DOMAINS_ENV: str(tmp_path / "domains.toy.yaml")}


def _notes(path: Path) -> None:
    """24 notes in two boroughs (4 authors each): every other one books an interpreter."""
    rows = ["note_id,borough,team,author_id,recorded_at,text"]
    for i in range(24):
        borough = "Ashby" if i < 12 else "Brent"
        text = ("Home visit completed with mother and the children. A Polish interpreter was booked for the review."
                if i % 2 == 0 else "Home visit completed with mother and the children. The kitchen was tidy.")
        rows.append(f"N{i:02d},{borough},Team 1,{borough[0]}{i % 4},2024-03-{i + 1:02d},\"{text}\"")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


@pytest.mark.slow
def test_a_toy_domain_is_scored_stored_and_shown_without_python(tmp_path):
    env = {**os.environ, **_data_files(tmp_path)}

    def run(*args: object) -> subprocess.CompletedProcess:
        done = subprocess.run([str(CLI), *map(str, args)], env=env, capture_output=True, text=True, cwd=tmp_path)
        assert done.returncode == 0, done.stderr[-2000:]
        return done

    rows = [{"id": r["id"], "text": r["text"], "labels": r["labels"], "split": r["split"]} for r in _gold_rows()]
    rows += [{"id": f"toy-{i}", "text": t, "labels": [TOY], "split": "train"} for i, t in enumerate(_toy_sentences())]
    (tmp_path / "labelled.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    model = tmp_path / "toy-model"
    run("train", "--backend", "linear", "--data", tmp_path / "labelled.jsonl", "--out", model)
    shutil.copy(ROOT / "models" / "linear-v3" / "rubric.toml", model / "rubric.toml")  # knows the four domains

    _notes(tmp_path / "notes.csv")
    scored = run("score", tmp_path / "notes.csv", "--db", tmp_path / "s.duckdb", "--model", model, "--workers", 1)
    assert "[W120] rubric.toml" in scored.stderr and DOMAIN in scored.stderr
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        toy = dict(con.execute("SELECT note_id, score FROM domain_scores WHERE domain = ?", [DOMAIN]).fetchall())
        rubrics = {r for (r,) in con.execute("SELECT DISTINCT rubric FROM domain_scores").fetchall()}
        files = json.loads(con.execute("SELECT data_files FROM runs").fetchall()[0][0])
    assert toy == {f"N{i:02d}": 3 if i % 2 == 0 else 1 for i in range(24)}
    assert rubrics == {"audit_rubric.v2-calibrated"}  # the model's rubric scores the domains it knows
    assert {"domains.toy.yaml", "rubric.toy.toml", "rubric.toml", "labels.toy.yaml"} <= set(files)

    trends = json.loads(run("trends", "--db", tmp_path / "s.duckdb", "--json").stdout)
    shown = {r["borough"]: r["mean"] for r in trends["aggregates"] if r["outcome"] == DOMAIN}
    assert shown == {"Ashby": 2.0, "Brent": 2.0}

    page = subprocess.run([sys.executable, "-c", PAGE, str(tmp_path / "s.duckdb")], env=env, capture_output=True,
                          text=True, cwd=ROOT)
    assert page.returncode == 0, page.stderr[-2000:]
    shown_page = json.loads(page.stdout.splitlines()[-1])
    assert shown_page["exceptions"] == []
    assert f"{TITLE} by borough" in shown_page["headers"]


PAGE = """
import json, sys
from pathlib import Path
from tests.app.test_pages import run_page
at = run_page(Path(sys.argv[1]), "trends")
at.selectbox(key="trend_outcome").set_value(("domain_score", "language_access")).run()
print(json.dumps({"exceptions": [str(e.value) for e in at.exception], "headers": [h.value for h in at.header]}))
"""
