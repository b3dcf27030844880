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
