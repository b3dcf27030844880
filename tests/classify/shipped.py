"""The shipped models the classify tests run live: heavy checks run on one model per backend, the rest are pinned
through their saved outputs (test_shipped_models)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from casenotes.classify.registry import DEFAULT_MODEL, models_dir

SHIPPED = sorted(p.parent.name for p in models_dir().glob("*/model.json"))
OUTPUTS = Path(__file__).with_name("shipped_outputs")
"""Each shipped model's ``predict_proba`` (full precision, by label) and ``classify`` records for the first 200
gold test sentences (``test_shipped_models``), one JSONL file per model, by its name, as the models gave them before
the backends shared their helpers and learned their labels from data (issue #17): refactoring the backends must not
move a probability. The evidence in these records was regenerated, with probabilities, labels and scores checked
unchanged, when evidence became attributed phrases (issue #21) and when evidence.v2.toml widened them into their
clauses. A bfloat16 ensemble measured only in float32 has none of its own (``reference_model``)."""


def live_models() -> list[str]:
    """The default model and the newest shipped model of every other backend. What a check exercises there is the
    backend's code, not its weights: every shipped model's weights are pinned by its saved outputs (the
    probabilities, labels and evidence of 200 gold test sentences, reproduced exactly by test_shipped_models)."""
    backend = {m: json.loads((models_dir() / m / "model.json").read_text())["backend"] for m in SHIPPED}
    newest: dict[str, str] = {backend[DEFAULT_MODEL]: DEFAULT_MODEL}
    for model in sorted(SHIPPED, key=lambda m: (int(re.search(r"-v(\d+)", m).group(1)), m)):
        if backend[model] != backend[DEFAULT_MODEL]:
            newest[backend[model]] = model
    return sorted(newest.values())


def bfloat16_cpu() -> bool:
    """Whether this CPU runs bfloat16 matrix products (AMX or AVX512-BF16): where it does not, a model saved in
    bfloat16 runs in float32 (W160), so its numbers are its float32 sibling's, not the ones saved from a bfloat16
    run."""
    try:
        import torch
    except ImportError:
        return False
    return bool(torch.cpu._is_amx_tile_supported() or torch.cpu._is_avx512_bf16_supported())


def reference_model(model: str) -> str:
    """The shipped model whose saved outputs and card ``model`` must reproduce on this CPU: itself, or, for a
    bfloat16 ensemble, the float32 ensemble of the same members (the one whose name lacks ``-bf16``) on a CPU
    without bfloat16 instructions, or where the bfloat16 ensemble was only ever measured in float32 (no saved
    outputs of its own: ensemble-v10-bf16 was chosen and shipped from such a CPU)."""
    params = json.loads((models_dir() / model / "model.json").read_text()).get("params") or {}
    if params.get("precision") == "bfloat16" and (not bfloat16_cpu() or not (OUTPUTS / f"{model}.jsonl").is_file()):
        sibling = model.removesuffix("-bf16")
        twin = json.loads((models_dir() / sibling / "model.json").read_text())["params"]
        assert twin["members"] == params["members"] and twin.get("precision", "float32") == "float32", sibling
        return sibling
    return model


def pinned_in_float32_only(model: str) -> bool:
    """Whether ``model`` runs in bfloat16 on this CPU but is pinned by its float32 sibling's outputs, so it can
    match them only within bfloat16's error (a few hundredths of a probability), not exactly."""
    return bfloat16_cpu() and reference_model(model) != model
