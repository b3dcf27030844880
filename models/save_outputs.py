"""Pin shipped models' outputs for tests/classify/test_shipped_models.py: each model's ``predict_proba`` (full
precision, by label) and ``classify`` records (labels, rounded scores, evidence) for the first 200 gold test sentences.

usage: python models/save_outputs.py MODEL [MODEL ...]

Why: every shipped model's weights are tied to its card by these outputs, which the tests reproduce (probabilities
within 1e-5, labels and evidence exactly) without running every model's evaluation live. Run it once for a new model,
on the CPU the model is measured on; a bfloat16 ensemble is refused on a CPU without bfloat16 instructions, where it
would run in float32 and pin numbers an AMX machine does not give.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ROOT / "tests" / "classify" / "shipped_outputs"
GOLD = ROOT / "annotation" / "gold" / "sentences.v1.jsonl"
N = 200


def save(model_name: str) -> Path:
    """Write ``OUTPUTS/<model>.jsonl`` for one shipped model."""
    from casenotes.classify import load_model
    from casenotes.classify.registry import models_dir

    params = json.loads((models_dir() / model_name / "model.json").read_text(encoding="utf-8")).get("params") or {}
    if params.get("precision") == "bfloat16":
        import torch

        if not (torch.cpu._is_amx_tile_supported() or torch.cpu._is_avx512_bf16_supported()):
            raise SystemExit(f"{model_name}: a bfloat16 model's outputs are pinned on a CPU with bfloat16 instructions")
    rows = [r for r in map(json.loads, GOLD.open(encoding="utf-8")) if r.get("split") == "test"][:N]
    texts = [r["text"] for r in rows]
    model = load_model(model_name)
    proba = model.predict_proba(texts)
    records = model.classify(texts)
    out = OUTPUTS / f"{model_name}.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row, p, rec in zip(rows, proba.tolist(), records):
            fh.write(json.dumps({"id": row["id"], "proba": dict(zip(model.labels_, p)), "labels": rec["labels"],
                                 "scores": rec["scores"], "evidence": rec["evidence"]}) + "\n")
    return out


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    for name in sys.argv[1:]:
        print(name, "->", save(name))
