"""Annotation interchange (Label Studio, doccano) and the active-learning queue."""

from __future__ import annotations

import json

import pytest

from tests.conftest import read_jsonl

ROWS = [{"id": "s1", "text": "Mum failed to protect.", "labels": ["victim_blaming"]},
        {"id": "s2", "text": "Visit booked.", "labels": []}]


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_label_studio_round_trip(tmp_path, cli):
    src = write_jsonl(tmp_path / "s.jsonl", ROWS)
    cli("annotate", "export", src, "-o", tmp_path / "tasks.json", "--format", "labelstudio")
    tasks = json.loads((tmp_path / "tasks.json").read_text())
    assert tasks[0]["data"] == {"text": "Mum failed to protect.", "sentence_id": "s1"}
    assert "<Choice value=\"partnering\"/>" in (tmp_path / "tasks.config.xml").read_text()
    # an annotator finishes the tasks in Label Studio
    for task, labels in zip(tasks, (["victim_blaming"], ["partnering"])):
        task["annotations"] = [{"completed_by": 3, "result": [
            {"from_name": "labels", "to_name": "text", "type": "choices", "value": {"choices": labels}}]}]
    (tmp_path / "done.json").write_text(json.dumps(tasks))
    cli("annotate", "import", tmp_path / "done.json", "-o", tmp_path / "back.jsonl")
    back = read_jsonl(tmp_path / "back.jsonl")
    assert [(r["id"], r["labels"]) for r in back] == [("s1", ["victim_blaming"]), ("s2", ["partnering"])]


def test_doccano_round_trip(tmp_path, cli):
    src = write_jsonl(tmp_path / "s.jsonl", ROWS)
    cli("annotate", "export", src, "-o", tmp_path / "d.jsonl", "--format", "doccano")
    cli("annotate", "import", tmp_path / "d.jsonl", "-o", tmp_path / "back.jsonl", "--format", "doccano")
    assert [(r["id"], r["labels"]) for r in read_jsonl(tmp_path / "back.jsonl")] == [(r["id"], r["labels"]) for r in ROWS]


def test_unknown_label_on_import_is_an_error(tmp_path):
    from casenotes.annotate import from_doccano
    from casenotes.errors import InputError

    with pytest.raises(InputError, match="line 1.*kindness"):
        from_doccano([{"text": "x", "label": ["kindness"]}], source="d.jsonl")


def test_queue_proposes_uncertain_sentences(trial, cli, tmp_path):
    cli("annotate", "queue", "--db", trial["db"], "-o", tmp_path / "q.jsonl", "--size", 25)
    queued = read_jsonl(tmp_path / "q.jsonl")
    assert len(queued) == 25
    unc = [q["uncertainty"] for q in queued]
    assert unc == sorted(unc, reverse=True)
    exclude = write_jsonl(tmp_path / "done.jsonl", [{"id": q["id"], "text": q["text"], "labels": []} for q in queued[:10]])
    cli("annotate", "queue", "--db", trial["db"], "-o", tmp_path / "q2.jsonl", "--size", 25, "--exclude", exclude)
    again = {q["id"] for q in read_jsonl(tmp_path / "q2.jsonl")}
    assert not again & {q["id"] for q in queued[:10]}


def test_annotation_files_are_library_calls(trial, tmp_path):
    """Issue #17, item 5: each `annotate` command's work is a casenotes.annotate function, silent."""
    from casenotes.annotate import export_file, import_file, parse_annotator, queue_file
    from casenotes.errors import InputError

    assert queue_file(trial["db"], tmp_path / "q.jsonl", size=5, model="linear-v1") == 5
    assert len(read_jsonl(tmp_path / "q.jsonl")) == 5
    src = write_jsonl(tmp_path / "s.jsonl", ROWS)
    assert export_file(src, tmp_path / "d.jsonl", fmt="doccano") == 2
    result = import_file(tmp_path / "d.jsonl", tmp_path / "back.jsonl", fmt="doccano")
    assert [(r["id"], r["labels"]) for r in result["rows"]] == [(r["id"], r["labels"]) for r in ROWS]
    assert read_jsonl(tmp_path / "back.jsonl") == result["rows"]
    assert parse_annotator(" 3 = amir@la.example ") == ("3", "amir@la.example")
    with pytest.raises(InputError, match=r"\[E368\]"):
        parse_annotator("amir@la.example")
    with pytest.raises(InputError, match=r"\[E142\]"):
        export_file(src, tmp_path / "x.json", fmt="excel")
