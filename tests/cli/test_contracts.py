"""design.md's stable command-line contracts, held to their word."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import read_jsonl

CHECKS = Path(__file__).resolve().parents[3] / "shared" / "checks" / "contracts.py"
LABELS = {"victim_blaming", "perpetrator_pattern", "child_focus", "partnering"}
DOMAINS = {"perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"}


def test_classify_one_line_per_input_in_order(tmp_path, cli):
    rows = [{"id": f"x{i}", "text": t} for i, t in enumerate(
        ["Dad hit mum in front of the children.", "", "Mother failed to protect.", "Visit booked."])]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    cli("classify", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl")
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [o["id"] for o in out] == ["x0", "x1", "x2", "x3"]
    for o, r in zip(out, rows):
        assert set(o) == {"id", "labels", "scores", "evidence"}
        assert set(o["scores"]) == LABELS
        for e in o["evidence"]:
            assert {"label", "start", "end", "text"} <= set(e) and r["text"][e["start"]:e["end"]] == e["text"]
    assert out[2]["labels"] == ["victim_blaming"]


def test_audit_contract(tmp_path, cli):
    first = "F has checked mum's phone every night and stopped her seeing her family."
    second = "C1 told SW he is scared at night when F shouts at mum."
    notes = [{"note_id": "n1", "text": f"{first} {second}", "team": "extra keys are allowed"}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(n) + "\n" for n in notes))
    cli("audit", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl")
    (out,) = read_jsonl(tmp_path / "out.jsonl")
    assert set(out) == {"note_id", "domains", "evidence"} and out["note_id"] == "n1"
    assert set(out["domains"]) == DOMAINS and all(1 <= v <= 4 for v in out["domains"].values())
    assert set(out["evidence"]) <= DOMAINS
    # each domain's evidence is the note's own sentences that carry its labels (the second sentence also names his
    # shouting, which a model may rightly count as his pattern)
    assert all(set(sentences) <= {first, second} for sentences in out["evidence"].values())
    assert first in out["evidence"]["perpetrator_pattern"]
    assert second in out["evidence"]["child_harm_assessment"]
    assert out["domains"]["child_harm_assessment"] >= 2


def test_bad_input_is_one_line_naming_file_and_line_and_exit_1(tmp_path):
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "ok"}\n{"id": "b"}\n')
    proc = subprocess.run(["casenotes", "classify", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "o.jsonl")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert "in.jsonl line 2" in proc.stderr and "'text' missing" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.skipif(not CHECKS.exists() or shutil.which("casenotes") is None,
                    reason="shared/checks/contracts.py or the installed casenotes command is not available")
def test_shared_contract_checks_pass():
    proc = subprocess.run([sys.executable, str(CHECKS)], capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]


def test_the_contract_commands_write_what_their_library_calls_write(tmp_path, cli):
    """Issue #17, item 5: `classify` and `audit` only print; classify_file and audit_file do the work."""
    from casenotes.audit.notes import audit_file
    from casenotes.classify.files import classify_file

    rows = [{"id": "x0", "note_id": "n0", "text": "Dad hit mum in front of the children. Mother failed to protect."},
            {"id": "x1", "note_id": "n1", "text": "Visit booked."}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert classify_file(tmp_path / "in.jsonl", tmp_path / "lib.jsonl", model="rules-v1") == 2
    cli("classify", tmp_path / "in.jsonl", "-o", tmp_path / "cli.jsonl", "--model", "rules-v1")
    assert (tmp_path / "lib.jsonl").read_text() == (tmp_path / "cli.jsonl").read_text()
    assert audit_file(tmp_path / "in.jsonl", tmp_path / "lib_audit.jsonl", model="rules-v1") == 2
    cli("audit", tmp_path / "in.jsonl", "-o", tmp_path / "cli_audit.jsonl", "--model", "rules-v1")
    assert (tmp_path / "lib_audit.jsonl").read_text() == (tmp_path / "cli_audit.jsonl").read_text()
