"""The extra training data of the v5 models (annotation/build_train_v5.py): every sentence keeps its provenance, and
none is a sentence of the dev set (corpus v3 writer t4) the v5 models were chosen on (issue #21)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ANNOTATION = Path(__file__).resolve().parents[1] / "annotation"


def test_corpus_v5_rows_keep_provenance_and_leave_the_dev_set_out(tmp_path):
    out = tmp_path / "train_v5.jsonl"
    subprocess.run([sys.executable, str(ANNOTATION / "build_train_v5.py"), "--out", str(out)], check=True,
                   capture_output=True)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    written = [json.loads(line) for path in sorted((ANNOTATION / "corpus_v5").glob("families_*.jsonl"))
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    dev = {" ".join(json.loads(line)["text"].lower().split())
           for line in (ANNOTATION / "corpus_v3" / "sentences_t4.jsonl").read_text(encoding="utf-8").splitlines()}
    assert {r["provenance"].split(",")[0] for r in rows} == {"corpus v5"}
    assert {r["provenance"].split("writer ")[1].split(" ")[0] for r in rows} == {"t6", "t7"}
    assert all(r["split"] == "train" and r["style"] and r["family"] for r in rows)
    assert not {" ".join(r["text"].lower().split()) for r in rows} & dev
    assert len(rows) == sum(" ".join(r["text"].lower().split()) not in dev for r in written)
    assert out.read_text(encoding="utf-8") == (ANNOTATION / "corpus_v5" / "train_v5.jsonl").read_text(encoding="utf-8")
