"""Issue #20, the validation sample as a stored object, through the installed console script: `validation sample`
stores the draw with its run, seed and frame; `validation import` loads a filled CSV or a Label Studio export of
the sample's tasks (first and second coder apart, every unusable row rejected with a coded reason); `trends` uses
the stored coded sample by itself and says which, `--validation` overrides it and `--no-validation` turns it off;
a store whose sentences changed refuses the sample, and a rescored store takes it only by explicit re-match."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from casenotes.schemas import LABELS
from casenotes.store import Store
from casenotes.validation import coder_agreement


def run(*args, ok: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(["casenotes", *map(str, args)], capture_output=True, text=True, timeout=600)
    if ok:
        assert done.returncode == 0, done.stderr
    return done


def said(done: subprocess.CompletedProcess) -> str:
    return " ".join((done.stdout + done.stderr).split())


def trends(db: Path, *args) -> dict:
    return json.loads(run("trends", "--db", db, "--json", "--permutations", 0, *args).stdout)


@pytest.fixture
def drawn(trial, tmp_path) -> dict:
    """A copy of the trial's store with a sample of 12 per stratum drawn into it."""
    db = tmp_path / "store.duckdb"
    shutil.copy(trial["db"], db)
    out = tmp_path / "vs"
    done = run("validation", "sample", "--db", db, "--out", out, "--per-stratum", 12, "--seed", 3)
    record = json.loads((out / "sample.json").read_text())
    rows = pd.read_csv(out / "sample.csv", dtype=str, keep_default_na=False)
    return {"db": db, "out": out, "record": record, "rows": rows, "printed": said(done), "tmp": tmp_path,
            "notes": trial["notes"], "dir": trial["dir"]}


def stored_labels(db: Path, rows: pd.DataFrame) -> pd.DataFrame:
    """The sample's rows' stored 0/1 labels as text cells, in the rows' order."""
    with Store(db, read_only=True) as store:
        stored = store.sentence_predictions(rows["note_id"] + ":" + rows["sent_idx"])
    stored.index = stored["note_id"] + ":" + stored["sent_idx"].astype(str)
    return stored.loc[rows["note_id"] + ":" + rows["sent_idx"], list(LABELS)].astype(int).astype(str).set_axis(
        rows.index)


def filled(drawn: dict, name: str = "filled.csv") -> Path:
    """The sample coded as a person might: the stored labels with every third row's first label flipped."""
    rows = drawn["rows"].copy()
    rows[list(LABELS)] = stored_labels(drawn["db"], rows)
    flip = rows.index % 3 == 0
    rows.loc[flip, LABELS[0]] = (1 - rows.loc[flip, LABELS[0]].astype(int)).astype(str)
    path = drawn["tmp"] / name
    rows.to_csv(path, index=False)
    return path


def codes(db: Path, key: str) -> pd.DataFrame:
    with Store(db, read_only=True) as store:
        return store.validation_codes(key)


def test_the_drawn_sample_is_stored_with_its_run_seed_and_frame(drawn):
    key = drawn["record"]["sample"]
    assert key.startswith("VS-") and key in drawn["printed"]
    with Store(drawn["db"], read_only=True) as store:
        samples = store.validation_samples()
        run_id = store.latest_run()["run_id"]
        rows = store.validation_rows(key)
    assert len(samples) == 1
    sample = samples.iloc[0]
    assert (sample["sample_key"], sample["run_id"], sample["seed"], sample["per_stratum"]) == (key, run_id, 3, 12)
    assert sample["frame_sha256"] == drawn["record"]["frame_sha256"] and sample["origin"] == "drawn"
    assert sample["n_rows"] == len(drawn["rows"]) and sample["n_first"] == 0
    assert list(rows["sample_id"]) == sorted(drawn["rows"]["sample_id"])
    assert (rows["text_sha256"] == rows["now_sha256"]).all()
    weights = dict(zip(drawn["rows"]["sample_id"], drawn["rows"]["sampling_weight"].astype(float)))
    assert all(abs(w - weights[i]) < 1e-9 for i, w in zip(rows["sample_id"], rows["sampling_weight"]))


def test_trends_uses_the_stored_coded_sample_by_itself_and_says_which(drawn):
    key = drawn["record"]["sample"]
    assert trends(drawn["db"])["scale"] == "measured"  # drawn, not coded yet
    done = run("validation", "import", "--db", drawn["db"], filled(drawn), "--coder", "amir")
    assert f"validation sample {key}: {len(drawn['rows'])} first-coder" in said(done)
    out = trends(drawn["db"])
    assert out["scale"] == "measured+corrected"
    used = out["validation"]
    assert (used["source"], used["sample"], used["n_coded"], used["first_coders"]) == (
        "store", key, len(drawn["rows"]), ["amir"])
    note = " ".join(out["scale_note"].split())
    assert key in note and "amir" in note and f"{len(drawn['rows'])} coded sentences" in note
    assert "Domain outcomes (the audit scores) are always on the classifier's scale" in note
    rows = pd.DataFrame(out["estimates"])
    assert set(rows.loc[rows["scale"] == "corrected", "outcome"]) == set(LABELS)
    assert set(rows.loc[rows["kind"] != "label_rate_per_100_sentences", "scale"]) == {"measured"}
    printed = said(run("trends", "--db", drawn["db"], "--permutations", 0))
    assert "CORRECTED" in printed and key in printed
    # --no-validation: the measured scale; --validation FILE: the file, not the store's sample
    off = trends(drawn["db"], "--no-validation")
    assert off["scale"] == "measured" and {e["scale"] for e in off["estimates"]} == {"measured"}
    override = trends(drawn["db"], "--validation", filled(drawn, "other.csv"))
    assert override["validation"]["source"] == "file" and override["validation"]["file"] == "other.csv"
    both = run("trends", "--db", drawn["db"], "--json", "--validation", filled(drawn), "--no-validation", ok=False)
    assert both.returncode == 1 and "[E600]" in said(both)


def _label_studio_export(drawn: dict) -> list[dict]:
    """Label Studio's JSON export of the sample's tasks after two people coded them: amir@ codes every task but
    the last, bea@ second-codes the first four; task 1 has a third annotation, task 2 a label from another
    project, task 3 is a copy of task 0's sentence, task 4 names no sentence of the sample."""
    tasks = json.loads((drawn["out"] / "sample_labelstudio.json").read_text())
    truth = stored_labels(drawn["db"], drawn["rows"]).set_axis(drawn["rows"]["sample_id"])
    export = []
    for i, task in enumerate(tasks):
        sid = task["data"]["sentence_id"]
        chosen = [l for l in LABELS if truth.loc[sid, l] == "1"]

        def annotation(who: str, minute: int, labels: list[str], i: int = i) -> dict:
            result = [{"from_name": "labels", "to_name": "text", "type": "choices", "value": {"choices": labels}}]
            return {"id": 1000 + i * 10 + minute, "completed_by": {"email": who}, "was_cancelled": False,
                    "result": result if labels else [], "created_at": f"2026-12-01T10:{minute:02d}:00Z"}

        annotations = [] if i == len(tasks) - 1 else [annotation("amir@example.org", 1, chosen)]
        if i < 4:
            annotations.append(annotation("bea@example.org", 2, [] if i == 0 else chosen))
        if i == 1:
            annotations.append(annotation("cy@example.org", 3, chosen))
        if i == 2:
            annotations[0]["result"][0]["value"]["choices"] = ["not_a_label"]
        data = dict(task["data"])
        if i == 3:
            data["sentence_id"] = tasks[0]["data"]["sentence_id"]
        if i == 4:
            data["sentence_id"] = "V99999"
        export.append({"id": 500 + i, "data": data, "annotations": annotations})
    return export


def test_a_label_studio_export_of_the_sample_round_trips_into_the_store(drawn):
    key = drawn["record"]["sample"]
    path = drawn["tmp"] / "project-1-at-2026-12-01.json"
    path.write_text(json.dumps(_label_studio_export(drawn)))
    for wrong, code in ((("--coder", "amir"), "[E590]"), (("--sample", "VS-00000000"), "[E591]")):
        refused = run("validation", "import", "--db", drawn["db"], path, *wrong, ok=False)
        assert refused.returncode == 1 and code in said(refused)
    done = run("validation", "import", "--db", drawn["db"], path)
    n = len(drawn["rows"])
    printed = said(done)
    # first coder: every task but the last (unannotated) and tasks 2-4 (rejected); second: tasks 0 and 1
    assert f"{n - 4} first-coder and 2 second-coder codes saved, 1 not coded, 4 rejected" in printed
    rejects = pd.read_csv(drawn["db"].with_name(f"{path.stem}_rejects.csv"))
    assert sorted(rejects["code"]) == ["E362", "E592", "E595", "E597"]
    assert dict(zip(rejects["code"], rejects["where"])) == {"E362": "task 502", "E592": "task 504",
                                                           "E595": "task 503", "E597": "task 501"}
    assert all(path.name in m for m in rejects["message"])
    stored = codes(drawn["db"], key)
    first = stored[stored["coder_role"] == "first"].set_index("sample_id")
    truth = stored_labels(drawn["db"], drawn["rows"]).set_axis(drawn["rows"]["sample_id"]).astype(int)
    assert set(first["coder"]) == {"amir@example.org"}
    assert (first[list(LABELS)] == truth.loc[first.index]).all().all()  # ticked -> 1, the rest -> 0
    second = stored[stored["coder_role"] == "second"].set_index("sample_id")
    assert set(second["coder"]) == {"bea@example.org"} and (second[list(LABELS)].iloc[0] == 0).all()
    assert coder_agreement(stored).set_index("label")["n_both"].eq(2).all()
    out = trends(drawn["db"])
    assert out["validation"]["n_coded"] == n - 4 and out["validation"]["second_coders"] == ["bea@example.org"]


def test_a_filled_csv_import_rejects_bad_rows_with_coded_reasons_and_keeps_the_rest(drawn):
    key = drawn["record"]["sample"]
    path = filled(drawn)
    rows = pd.read_csv(path, dtype=str, keep_default_na=False)
    rows.loc[1, LABELS[2]] = "2"                         # E593
    rows.loc[2, LABELS[1]] = ""                          # E594
    rows.loc[3, "sample_id"] = rows.loc[0, "sample_id"]  # E595 (row 5 repeats row 2's id)
    rows.loc[4, "sample_id"] = "V99999"                  # E592
    rows.loc[5, "text"] = "Not the sentence that was sampled."  # E599
    rows.loc[6, list(LABELS)] = ""                       # not coded
    rows.to_csv(path, index=False)
    printed = said(run("validation", "import", "--db", drawn["db"], path, "--coder", "amir",
                       "--rejects", drawn["tmp"] / "rej.csv"))
    n = len(rows)
    assert f"{n - 6} first-coder and 0 second-coder codes saved, 1 not coded, 5 rejected" in printed
    rejects = pd.read_csv(drawn["tmp"] / "rej.csv")
    assert list(rejects["code"]) == ["E593", "E594", "E595", "E592", "E599"]
    assert list(rejects["where"]) == ["row 3", "row 4", "row 5", "row 6", "row 7"]
    texts = drawn["rows"]["text"]
    assert not any(t in m for m in rejects["message"] for t in texts if len(t) > 20)  # never quotes note text
    # a second person as first coder: refused where amir coded first (E596), kept for the 6 rows amir's file lacked
    again = said(run("validation", "import", "--db", drawn["db"], filled(drawn), "--coder", "bea"))
    assert f"6 first-coder and 0 second-coder codes saved, 0 not coded, {n - 6} rejected" in again
    assert "[E596]" in again
    # ... as --second coder: kept apart, except where she is the first coder herself (E597)
    second = said(run("validation", "import", "--db", drawn["db"], filled(drawn), "--coder", "bea", "--second"))
    assert f"0 first-coder and {n - 6} second-coder codes saved, 0 not coded, 6 rejected" in second
    assert "[E597]" in second
    stored = codes(drawn["db"], key)
    assert set(stored.loc[stored["coder_role"] == "first", "coder"]) == {"amir", "bea"}
    assert set(stored.loc[stored["coder_role"] == "second", "coder"]) == {"bea"}
    table = coder_agreement(stored).set_index("label")  # recomputed from the stored codes
    assert (table["n_both"] == n - 6).all() and table.loc[LABELS[1], "percent_agreement"] == 100.0


def test_a_store_whose_sentences_changed_refuses_its_stored_sample(drawn):
    run("validation", "import", "--db", drawn["db"], filled(drawn), "--coder", "amir")
    case = pd.read_csv(drawn["notes"], dtype=str)["case_id"].iloc[0]
    with Store(drawn["db"]) as store:
        store.forget_case(case)
    done = run("trends", "--db", drawn["db"], "--json", "--permutations", 0, ok=False)
    message = said(done)
    assert done.returncode == 1 and message.count("[E") == 1 and "[E598]" in message
    assert drawn["record"]["sample"] in message and "--no-validation" in message
    assert trends(drawn["db"], "--no-validation")["scale"] == "measured"


def test_a_rescored_store_takes_the_coded_sample_only_by_explicit_rematch(drawn, trial):
    """The same notes scored into a new store with another model (and the old store's pseudonym key, so names get
    the same pseudonyms) hold the same sentences: the coded sample.csv is stored there with --rematch after its
    rows are checked on their text; a row whose sentence differs refuses the whole file."""
    new = drawn["tmp"] / "rescored.duckdb"
    shutil.copy(trial["db"].with_name(trial["db"].name + ".key"), new.with_name(new.name + ".key"))
    run("score", trial["notes"], "--db", new, "--model", "rules-v1", "--people", trial["people"],
        "--teams", trial["dir"] / "notes_teams.csv", "--rejects", drawn["tmp"] / "rejects.csv")
    path = filled(drawn)
    missing = run("validation", "import", "--db", new, path, ok=False)
    assert missing.returncode == 1 and "[E591]" in said(missing)
    tampered = drawn["tmp"] / "tampered.csv"
    rows = pd.read_csv(path, dtype=str, keep_default_na=False)
    rows.loc[2, "text"] = "A different sentence altogether."
    rows.to_csv(tampered, index=False)
    refused = run("validation", "import", "--db", new, tampered, "--rematch", ok=False)
    assert refused.returncode == 1 and "[E599]" in said(refused) and "row 4" in said(refused)
    shutil.copy(drawn["out"] / "sample.json", drawn["tmp"] / "sample.json")  # its seed and origin, when beside it
    done = said(run("validation", "import", "--db", new, path, "--rematch", "--coder", "amir"))
    assert "stored as this store's sample" in done
    with Store(new, read_only=True) as store:
        sample = store.validation_samples().iloc[0]
        run_id = store.latest_run()["run_id"]
    assert sample["run_id"] == run_id and sample["seed"] == 3 and "re-matched from filled.csv" in sample["origin"]
    out = trends(new)
    assert out["validation"]["sample"] == sample["sample_key"] and out["validation"]["n_coded"] == len(rows)


def test_a_store_made_before_samples_were_stored_reads_and_then_migrates(drawn, tmp_path):
    old = tmp_path / "old.duckdb"
    shutil.copy(drawn["db"], old)
    con = duckdb.connect(str(old))
    for table in ("validation_codes", "validation_rows", "validation_samples"):
        con.execute(f"DROP TABLE {table}")
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.close()
    assert trends(old)["scale"] == "measured"  # read-only: no tables, no sample, no failure
    run("validation", "sample", "--db", old, "--out", tmp_path / "vs2", "--per-stratum", 5)
    with Store(old, read_only=True) as store:
        assert len(store.validation_samples()) == 1
