"""The shipped models the classify tests run live: heavy checks run on one model per backend, the rest are pinned
through their saved outputs (test_shipped_models)."""

from __future__ import annotations

import json
import re

from casenotes.classify.registry import DEFAULT_MODEL, models_dir

SHIPPED = sorted(p.parent.name for p in models_dir().glob("*/model.json"))


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
    bfloat16 ensemble on a CPU without bfloat16 instructions, the float32 ensemble of the same members (the one
    whose name lacks ``-bf16``)."""
    params = json.loads((models_dir() / model / "model.json").read_text()).get("params") or {}
    if params.get("precision") == "bfloat16" and not bfloat16_cpu():
        sibling = model.removesuffix("-bf16")
        twin = json.loads((models_dir() / sibling / "model.json").read_text())["params"]
        assert twin["members"] == params["members"] and twin.get("precision", "float32") == "float32", sibling
        return sibling
    return model

