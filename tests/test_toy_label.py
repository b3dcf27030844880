"""Adding a label is a data change plus training (issue #17, item 4): a labels file with a toy label, labelled
sentences that use it and a tiny training run give a model that classifies it and a store that counts it, with no
Python edited. Run through the installed console script with ``CASENOTES_LABELS`` pointing at the new file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import yaml

from casenotes.data import data_path
from casenotes.schemas import LABELS_ENV, LABELS_FILE

CLI = Path(sys.executable).with_name("casenotes")
TOY = "interpreter_need"
PLACES = ["home visit", "core group", "strategy meeting", "school meeting", "review", "health appointment",
          "assessment visit", "conference", "joint visit", "telephone call"]
LANGUAGES = ["Polish", "Urdu", "Tigrinya", "Romanian", "Arabic", "Portuguese", "Somali", "Kurdish"]


def _toy_sentences() -> list[str]:
    """Sentences that carry the toy label: a note that an interpreter was needed or booked."""
    out = []
    for i, place in enumerate(PLACES):
        lang = LANGUAGES[i % len(LANGUAGES)]
        out += [f"A {lang} interpreter was booked for the {place}.",
                f"Mother asked for a {lang} interpreter at the {place} as her English is limited.",
                f"The {place} was rearranged because no {lang} interpreter was available."]
    return out


@pytest.mark.slow
def test_a_toy_label_is_trained_classified_and_stored_without_python(tmp_path):
    labels = yaml.safe_load(data_path(LABELS_FILE).read_text(encoding="utf-8"))
    labels["labels"].append({"name": TOY, "title": "Interpreter need", "phrase": "notes of interpreter need",
                             "colour": "#d9c4f8", "desired": "up"})
    labels_file = tmp_path / "labels.toy.yaml"
    labels_file.write_text(yaml.safe_dump(labels, sort_keys=False), encoding="utf-8")

    rows = [{"id": r["id"], "text": r["text"], "labels": r["labels"], "split": r["split"]} for r in _gold_rows()]
    toy = _toy_sentences()
    rows += [{"id": f"toy-{i}", "text": t, "labels": [TOY], "split": "test" if i % 5 == 0 else "train"}
             for i, t in enumerate(toy)]
    data = tmp_path / "labelled.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    env = {**os.environ, LABELS_ENV: str(labels_file)}

    def run(*args: object) -> subprocess.CompletedProcess:
        done = subprocess.run([str(CLI), *map(str, args)], env=env, capture_output=True, text=True, cwd=tmp_path)
        assert done.returncode == 0, done.stderr[-2000:]
        return done

    run("train", "--backend", "linear", "--data", data, "--out", tmp_path / "toy-model")
    meta = json.loads((tmp_path / "toy-model" / "model.json").read_text(encoding="utf-8"))
    assert TOY in meta["labels"] and TOY in meta["thresholds"]

    unseen = ["An Amharic interpreter was booked for Thursday's visit.", "Father shouted at the children."]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n"
                                               for i, t in enumerate(unseen)), encoding="utf-8")
    run("classify", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl", "--model", tmp_path / "toy-model")
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert TOY in out[0]["labels"] and TOY not in out[1]["labels"]

    notes = tmp_path / "notes.csv"
    notes.write_text("note_id,text\nN1,\"Visit completed. A Urdu interpreter was booked for the next review.\"\n"
                     "N2,\"Father shouted at the children in the kitchen.\"\n", encoding="utf-8")
    run("score", notes, "--db", tmp_path / "s.duckdb", "--model", tmp_path / "toy-model")
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        stored = dict(con.execute(f"SELECT note_id, sum({TOY}::INT) FROM sentences GROUP BY note_id").fetchall())
    assert stored == {"N1": 1, "N2": 0}


def _gold_rows() -> list[dict]:
    """The gold corpus's rows (the four shipped labels), from the repository."""
    path = Path(__file__).resolve().parents[1] / "annotation" / "gold" / "sentences.v1.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
