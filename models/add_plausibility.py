"""Put evidence plausibility against human rationales on every shipped model's card, then rebuild the manifest.

usage: python models/add_plausibility.py [MODEL ...]
       python models/add_plausibility.py --before annotation/rationales/plausibility_before.json

Measures each model's evidence (``--evidence full``) against annotation/rationales/rationales.v1.jsonl (the set the
evidence settings were developed on) and rationales.v2.jsonl (held out) and writes both into model.json's card and
MODEL_CARD.md (``model_card.write_plausibility``): nothing is retrained and no other number on the card is
recomputed. With ``--before``, nothing is measured: each card gets, as the last row of its tables, the full-mode
numbers ``annotation/rationales/measure.py`` recorded under the previous evidence settings. The manifest is rebuilt
afterwards (``build_manifest.py``).

A transformer's occlusion is one encoder pass per word; its logits are computed once per text and shared by every
model that loads the same transformer (the ensembles load their members), which changes no number.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from casenotes.classify import load_model
from casenotes.classify.model_card import write_plausibility, write_plausibility_before

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_manifest import main as build_manifest_main

ROOT = Path(__file__).resolve().parents[1]
RATIONALES = [ROOT / "annotation" / "rationales" / f"rationales.{v}.jsonl" for v in ("v1", "v2")]


def shared_logits(model: Any, name: str, cache: dict[tuple[str, str], np.ndarray]) -> None:
    """Make a transformer's ``_logits`` look each text up in ``cache`` under the transformer's name first."""
    compute = model._logits

    def logits(texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if (name, t) not in cache]
        if missing:
            cache.update({(name, t): row for t, row in zip(missing, np.asarray(compute(missing)))})
        return np.stack([cache[(name, t)] for t in texts]) if texts else compute(texts)

    model._logits = logits


def transformers(name: str, model: Any) -> list[tuple[str, Any]]:
    """The model's transformers, by shipped name: itself, or an ensemble's transformer members."""
    members = list(zip(map(lambda m: Path(m).name, model.members), model.models_)) \
        if model.backend.startswith("ensemble") else [(name, model)]
    return [(n, m) for n, m in members if m.backend.startswith("transformer")]


def add_before(path: Path) -> None:
    """Each measured model's full-mode overall numbers from ``measure.py``'s output onto its card."""
    before = json.loads(path.read_text(encoding="utf-8"))
    for name, files in before["results"].items():
        write_plausibility_before(ROOT / "models" / name, {"settings": before["settings"], "results": {
            file: modes["full"]["all"] for file, modes in files.items()}})


def main(names: list[str]) -> None:
    # the cheap backends first, so their numbers print while the transformers' occlusion runs
    names = names or sorted((p.parent.name for p in (ROOT / "models").glob("*/model.json")),
                            key=lambda name: (name.startswith(("transformer", "ensemble")), name))
    # every model is loaded before any card changes: a shipped model loads only while it matches the manifest
    models = {name: load_model(ROOT / "models" / name) for name in names}
    cache: dict[tuple[str, str], np.ndarray] = {}
    for name, model in models.items():
        for member_name, member in transformers(name, model):
            shared_logits(member, member_name, cache)
        results = write_plausibility(ROOT / "models" / name, model, RATIONALES)
        print(name + ": " + "; ".join(f"{file} token F1 {r['all']['token_f1']:.3f}, IOU-F1 {r['all']['iou_f1']:.3f}"
                                      for file, r in results.items()), flush=True)
    build_manifest_main()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--before"]:
        add_before(Path(sys.argv[2]))
        build_manifest_main()
    else:
        main(sys.argv[1:])
