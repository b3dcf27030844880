"""De-identification barely moves label decisions: over-redaction would change what the classifiers read."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_label_decisions_barely_move_after_deidentification():
    spec = importlib.util.spec_from_file_location("deid_labels", ROOT / "benchmarks" / "deid_labels.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    texts, y = module.read_set(*module.SETS["gold_test"])
    result = module.label_stability("linear-v1", texts, y)
    assert result["sentences_changed_by_deid"] > 0.3  # names are there to be replaced
    assert result["decisions_changed"] < 0.02
    assert abs(result["macro_f1_after"] - result["macro_f1_before"]) < 0.01
