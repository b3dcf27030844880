"""Label Studio round trips against the export shapes Label Studio documents (issue #18, items 16-18).

The fixtures in tests/annotation_fixtures/ are one project exported as JSON, JSON-MIN, CSV and TSV (see its
README for what each task exercises). Exit codes and messages go through the installed command; details
through the library.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import read_jsonl

FIXTURES = Path(__file__).parent / "annotation_fixtures"
SHAPES = {"json": "labelstudio_export.json", "json-min": "labelstudio_export_min.json",
          "csv": "labelstudio_export.csv", "tsv": "labelstudio_export.tsv"}
NAMES = {"3": "amir@la.example"}
PP, CF = "perpetrator_pattern", "child_focus"


def casenotes(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(["casenotes", *map(str, args)], capture_output=True, text=True, timeout=300)


def imported(shape: str, rule: str = "majority") -> dict:
    from casenotes.annotate import import_label_studio

    return import_label_studio(FIXTURES / SHAPES[shape], rule=rule, names=NAMES)


@pytest.mark.parametrize("shape", SHAPES)
def test_every_documented_export_shape_imports_the_same_sentences(shape, tmp_path):
    result = casenotes("annotate", "import", FIXTURES / SHAPES[shape], "-o", tmp_path / "out.jsonl",
                       "--annotator", "3=amir@la.example")
    assert result.returncode == 0, result.stderr
    rows = read_jsonl(tmp_path / "out.jsonl")
    assert [(r["id"], r["labels"]) for r in rows] == [
        ("N-0001:3", [PP, CF]), ("N-0003:2", ["partnering"]), ("N-0005:4", [CF]), ("N-0006:1", [])]
    assert "4 labelled sentences" in result.stdout
    assert "1 sentence left out" in result.stdout  # N-0002:1, a tie: never dropped silently


def test_a_shape_that_is_not_a_label_studio_export_is_one_coded_error(tmp_path):
    coco = tmp_path / "coco.json"
    coco.write_text(json.dumps([{"image_id": 1, "category_id": 2, "bbox": [0, 0, 5, 5]}]))
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("name,score\nx,1\n")
    for path in (coco, sheet):
        result = casenotes("annotate", "import", path, "-o", tmp_path / "out.jsonl")
        assert result.returncode == 1
        assert "[E360]" in result.stderr and path.name in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert not (tmp_path / "out.jsonl").exists()


def test_a_broken_json_file_is_a_coded_error_naming_the_line(tmp_path):
    broken = tmp_path / "export.json"
    broken.write_text('[\n  {"id": 1,\n  "data": }\n]')
    result = casenotes("annotate", "import", broken, "-o", tmp_path / "out.jsonl")
    assert result.returncode == 1 and "[E361]" in result.stderr and "line 3" in result.stderr


def test_an_export_with_no_finished_annotation_is_an_error_not_an_empty_file(tmp_path):
    tasks = json.loads((FIXTURES / SHAPES["json"]).read_text())
    only_open = tmp_path / "open.json"  # task 103 without cal's annotation: only the skipped one is left
    only_open.write_text(json.dumps([{**t, "annotations": [a for a in t["annotations"] if a["was_cancelled"]]}
                                     for t in tasks if t["id"] in (103, 104)]))
    result = casenotes("annotate", "import", only_open, "-o", tmp_path / "out.jsonl")
    assert result.returncode == 1 and "[E367]" in result.stderr
    assert "1 skipped" in result.stderr and "1 with no annotation" in result.stderr


@pytest.mark.parametrize("content", ["[]", '"annotation_id","annotator","created_at","id","text","updated_at"\n'])
def test_an_empty_export_is_an_error(content, tmp_path):
    """Label Studio exports only annotated tasks by default: a project nobody finished exports as nothing."""
    path = tmp_path / "export.json"
    path.write_text(content)
    result = casenotes("annotate", "import", path, "-o", tmp_path / "out.jsonl")
    assert result.returncode == 1 and "[E367]" in result.stderr and "0 tasks" in result.stderr


def test_a_malformed_annotator_name_is_a_usage_error(tmp_path):
    result = casenotes("annotate", "import", FIXTURES / SHAPES["json"], "-o", tmp_path / "out.jsonl",
                       "--annotator", "amir@la.example")
    assert result.returncode == 2 and "[E368]" in result.stderr


@pytest.mark.parametrize("shape", SHAPES)
def test_every_annotators_labels_are_kept_by_name(shape):
    rows = {r["id"]: r for r in imported(shape)["rows"]}
    first = rows["N-0001:3"]
    assert first["annotators"] == ["amir@la.example", "bea@la.example", "cal@la.example", "dee@la.example"]
    assert {a["annotator"]: a["labels"] for a in first["annotations"]} == {
        "amir@la.example": [PP], "bea@la.example": [PP, CF], "cal@la.example": [PP, CF], "dee@la.example": [PP, CF]}
    assert rows["N-0003:2"]["annotators"] == ["cal@la.example"]  # user 3 skipped it


@pytest.mark.parametrize("shape", ["json", "csv"])
def test_a_numeric_annotator_id_is_never_passed_off_as_a_name(shape):
    from casenotes.annotate import import_label_studio

    result = import_label_studio(FIXTURES / SHAPES[shape])
    assert "label-studio-user-3" in result["rows"][0]["annotators"]
    assert any("user id" in w and "3" in w for w in result["warnings"])


@pytest.mark.parametrize("rule, first, second", [
    ("majority", [PP, CF], None),  # 3 of 4 say child_focus; N-0002:1 is 1 against 1
    ("ground-truth", [PP], None),  # user 3's annotation is Label Studio's ground truth; N-0002:1 has none
    ("latest", [PP, CF], ["victim_blaming"]),  # bea edited hers last, after user 3 had finished
])
def test_the_adjudication_rule_decides_disagreements(rule, first, second):
    rows = {r["id"]: r for r in imported("json", rule)["rows"]}
    assert rows["N-0001:3"]["labels"] == first and rows["N-0001:3"]["adjudication"] == rule
    assert (rows["N-0002:1"]["labels"] if "N-0002:1" in rows else None) == second
    assert rows["N-0006:1"]["labels"] == [] and rows["N-0006:1"]["agreed"]  # no disagreement to decide


def test_adjudicate_all_writes_one_row_per_annotator(tmp_path):
    result = casenotes("annotate", "import", FIXTURES / SHAPES["json"], "-o", tmp_path / "out.jsonl",
                       "--adjudicate", "all")
    assert result.returncode == 0, result.stderr
    rows = read_jsonl(tmp_path / "out.jsonl")
    assert sorted((r["id"], r["annotator"]) for r in rows if r["id"] == "N-0002:1") == [
        ("N-0002:1", "bea@la.example"), ("N-0002:1", "label-studio-user-3")]
    assert len(rows) == 10


def test_ground_truth_rule_needs_an_export_that_carries_the_flag(tmp_path):
    result = casenotes("annotate", "import", FIXTURES / SHAPES["json-min"], "-o", tmp_path / "out.jsonl",
                       "--adjudicate", "ground-truth")
    assert result.returncode == 1 and "[E366]" in result.stderr and "JSON" in result.stderr


def test_skipped_annotations_unannotated_tasks_and_predictions_are_not_labels():
    result = imported("json")
    ids = [r["id"] for r in result["rows"]]
    assert "N-0004:0" not in ids  # a model prediction only
    assert result["summary"]["skipped"] == 1 and result["summary"]["unannotated_tasks"] == 1


def test_the_same_sentence_in_two_tasks_is_pooled_and_reported():
    result = imported("json")
    assert [r["id"] for r in result["rows"]].count("N-0001:3") == 1
    assert any("N-0001:3" in w and "101" in w and "107" in w for w in result["warnings"])


def test_a_different_sentence_under_the_same_id_is_an_error(tmp_path):
    tasks = json.loads((FIXTURES / SHAPES["json"]).read_text())
    tasks[-1]["data"]["text"] = "Another sentence entirely."
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks))
    result = casenotes("annotate", "import", path, "-o", tmp_path / "out.jsonl")
    assert result.returncode == 1 and "[E364]" in result.stderr and "N-0001:3" in result.stderr
    assert "Another sentence" not in result.stderr  # never quote note text


def test_an_unknown_label_in_an_export_names_the_task_not_the_text(tmp_path):
    rows = (FIXTURES / SHAPES["csv"]).read_text().replace('"partnering"', '"kindness"')
    path = tmp_path / "export.csv"
    path.write_text(rows)
    result = casenotes("annotate", "import", path, "-o", tmp_path / "out.jsonl")
    assert result.returncode == 1 and "[E362]" in result.stderr and "task 103" in result.stderr
    assert "kindness" in result.stderr and "refuge" not in result.stderr


def test_labels_from_another_labelling_config_are_refused(tmp_path):
    tasks = json.loads((FIXTURES / SHAPES["json"]).read_text())
    tasks[0]["annotations"][0]["result"][0]["from_name"] = "sentiment"
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks))
    result = casenotes("annotate", "import", path, "-o", tmp_path / "out.jsonl")
    assert result.returncode == 1 and "[E363]" in result.stderr and "sentiment" in result.stderr


def test_the_import_trains_as_it_is(tmp_path):
    gold = read_jsonl(Path(__file__).parents[1] / "annotation" / "gold" / "sentences.v1.jsonl")
    base = tmp_path / "base.jsonl"
    base.write_text("".join(json.dumps(r) + "\n" for r in [r for r in gold if r["split"] == "train"][:160]
                            + [r for r in gold if r["split"] == "test"][:40]))
    out = tmp_path / "ls.jsonl"
    assert casenotes("annotate", "import", FIXTURES / SHAPES["csv"], "-o", out).returncode == 0
    row = read_jsonl(out)[0]
    assert row["split"] == "train" and row["source"] == "labelstudio_export.csv"
    assert row["adjudication"] == "majority" and row["annotators"]
    result = casenotes("train", "--backend", "linear", "--data", base, "--extra", out, "--out", tmp_path / "m")
    assert result.returncode == 0, result.stderr
    card = json.loads((tmp_path / "m" / "model.json").read_text())["card"]
    assert card["training_data"]["sources"]["ls.jsonl"] == 4


def test_agreement_report_lists_the_sentences_annotators_disagree_on(tmp_path):
    result = casenotes("annotate", "agreement", FIXTURES / SHAPES["json"], "--annotator", "3=amir@la.example",
                       "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    disputed = {d["id"]: d for d in report["disagreements"]}
    assert set(disputed) == {"N-0001:3", "N-0002:1"}
    assert disputed["N-0002:1"]["labels"] == {"bea@la.example": ["victim_blaming"], "amir@la.example": []}
    assert disputed["N-0002:1"]["majority"] is None and disputed["N-0002:1"]["latest"] == ["victim_blaming"]
    assert "text" not in disputed["N-0002:1"]
    pair = next(p for p in report["pairs"] if p["pair"] == "amir@la.example vs cal@la.example")
    assert pair["n"] == 2  # N-0001:3 and N-0006:1: amir skipped N-0003:2
    printed = casenotes("annotate", "agreement", FIXTURES / SHAPES["tsv"])
    assert printed.returncode == 0 and "N-0002:1" in printed.stdout and "Mum has chosen" not in printed.stdout


# -- casenotes -> Label Studio ---------------------------------------------------------------------------------

def test_export_refuses_unknown_labels(tmp_path):
    src = tmp_path / "s.jsonl"
    src.write_text(json.dumps({"id": "s1", "text": "A sentence.", "labels": ["kindness"]}) + "\n")
    result = casenotes("annotate", "export", src, "-o", tmp_path / "tasks.json")
    assert result.returncode == 1 and "[E369]" in result.stderr and "line 1" in result.stderr
    assert not (tmp_path / "tasks.json").exists()


def test_human_labels_export_as_annotations_with_their_annotator():
    from casenotes.annotate import to_label_studio

    tasks = to_label_studio([
        {"id": "s1", "text": "A.", "labels": ["victim_blaming"], "annotator": "bea@la.example"},
        {"id": "s2", "text": "B.", "labels": [], "annotator": "alice"}])
    first, second = tasks
    assert "predictions" not in first
    (annotation,) = first["annotations"]
    assert annotation["completed_by"] == {"email": "bea@la.example"}
    assert annotation["ground_truth"] is False and annotation["was_cancelled"] is False  # LS defaults GT to true
    assert annotation["result"][0]["value"] == {"choices": ["victim_blaming"]}
    # a name that is not an email cannot be a Label Studio user: Label Studio assigns the annotation to whoever
    # imports it, so the name travels in the task's meta instead of being dropped
    assert second["annotations"][0]["result"] == [] and "completed_by" not in second["annotations"][0]
    assert second["meta"]["casenotes"]["annotator"] == "alice"


def test_queue_carries_model_probabilities_that_export_as_predictions(trial, tmp_path):
    queued = tmp_path / "q.jsonl"
    assert casenotes("annotate", "queue", "--db", trial["db"], "-o", queued, "--size", 5).returncode == 0
    rows = read_jsonl(queued)
    assert rows[0]["model"] == "linear-v1" and set(rows[0]["scores"]) == {
        "victim_blaming", "perpetrator_pattern", "child_focus", "partnering"}
    assert casenotes("annotate", "export", queued, "-o", tmp_path / "tasks.json").returncode == 0
    tasks = json.loads((tmp_path / "tasks.json").read_text())
    assert all("annotations" not in t for t in tasks)  # model suggestions are never human annotations
    (prediction,) = tasks[0]["predictions"]
    assert prediction["model_version"] == "linear-v1"
    # the score is the model's probability for its least certain label decision (thresholds need not be 0.5)
    assert prediction["score"] == pytest.approx(min(p if label in rows[0]["suggested"] else 1 - p
                                                    for label, p in rows[0]["scores"].items()), abs=1e-4)
    choices = prediction["result"][0]["value"]["choices"] if prediction["result"] else []
    assert choices == rows[0]["suggested"]
    assert tasks[0]["meta"]["casenotes"]["scores"] == rows[0]["scores"]


def test_queue_export_label_studio_import_retrain_is_one_loop(trial, tmp_path):
    """queue -> export -> (annotators in Label Studio: JSON export) -> import -> the queue skips what is done."""
    queued = tmp_path / "q.jsonl"
    casenotes("annotate", "queue", "--db", trial["db"], "-o", queued, "--size", 3)
    assert casenotes("annotate", "export", queued, "-o", tmp_path / "tasks.json").returncode == 0
    tasks = json.loads((tmp_path / "tasks.json").read_text())
    for i, task in enumerate(tasks):  # Label Studio's JSON export of the finished project
        task["id"] = 500 + i
        task["annotations"] = [{"id": 900 + i, "completed_by": {"id": 2, "email": "bea@la.example"},
                                "result": task["predictions"][0]["result"], "was_cancelled": False,
                                "ground_truth": False, "created_at": "2025-06-01T10:00:00Z",
                                "updated_at": "2025-06-01T10:00:00Z"}]
        task["predictions"] = [40 + i]
    (tmp_path / "done.json").write_text(json.dumps(tasks))
    assert casenotes("annotate", "import", tmp_path / "done.json", "-o", tmp_path / "done.jsonl").returncode == 0
    done = read_jsonl(tmp_path / "done.jsonl")
    assert [r["id"] for r in done] == [r["id"] for r in read_jsonl(queued)]
    again = casenotes("annotate", "queue", "--db", trial["db"], "-o", tmp_path / "q2.jsonl", "--size", 3,
                      "--exclude", tmp_path / "done.jsonl")
    assert again.returncode == 0
    assert not {r["id"] for r in read_jsonl(tmp_path / "q2.jsonl")} & {r["id"] for r in done}


def test_dashboard_export_sends_labels_as_annotations_with_the_annotator(tmp_path):
    from casenotes.annotate import AnnotationLog

    log = AnnotationLog(tmp_path / "s.duckdb")
    log.add(sentence_id="N-1:0", text="A.", labels=["partnering"], annotator="bea@la.example", model="linear-v1")
    log.add(sentence_id="N-1:0", text="A.", labels=["child_focus"], annotator="cal@la.example", model="linear-v1")
    (task,) = log.to_label_studio("bea@la.example")
    assert "predictions" not in task
    assert task["annotations"][0]["completed_by"] == {"email": "bea@la.example"}
    assert task["annotations"][0]["result"][0]["value"]["choices"] == ["partnering"]


def test_dashboard_export_button_downloads_annotations_with_the_annotator(trial, tmp_path, monkeypatch):
    """The Annotate page's "Export for Label Studio": what a signed-in annotator downloads after labelling."""
    import shutil

    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    from tests.app.test_page_workflows import click, tick
    from tests.app.test_pages import run_page

    downloads = []
    keep = MemoryMediaFileStorage.load_and_get_id

    def load_and_get_id(self, path_or_data, mimetype, kind, filename=None):
        downloads.append((filename, path_or_data))
        return keep(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", load_and_get_id)
    db = tmp_path / "study" / "study.duckdb"
    db.parent.mkdir()
    shutil.copy(trial["db"], db)
    at = run_page(db, "annotate")
    tick(at, "partnering")
    click(at, "Save")
    assert not at.exception
    data = next(d for name, d in reversed(downloads) if name == "casenotes_annotations_labelstudio.json")
    (task,) = json.loads(data)
    assert "predictions" not in task
    assert task["annotations"][0]["result"][0]["value"]["choices"] == ["partnering"]
    assert task["meta"]["casenotes"]["annotator"] == "test-admin"
