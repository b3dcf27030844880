"""Put evidence plausibility against human rationales on every shipped model's card, then rebuild the manifest.

usage: python models/add_plausibility.py [MODEL ...]

Measures each model's evidence (``--evidence full``) against annotation/rationales/rationales.v1.jsonl and writes
it into model.json's card and MODEL_CARD.md (``model_card.write_plausibility``): nothing is retrained and no
other number on the card is recomputed. The manifest is rebuilt afterwards (``build_manifest.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from casenotes.classify import load_model
from casenotes.classify.model_card import write_plausibility

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_manifest import main as build_manifest_main

ROOT = Path(__file__).resolve().parents[1]
RATIONALES = ROOT / "annotation" / "rationales" / "rationales.v1.jsonl"


def main(names: list[str]) -> None:
    # the cheap backends first, so their numbers print while the transformers' occlusion runs
    names = names or sorted((p.parent.name for p in (ROOT / "models").glob("*/model.json")),
                            key=lambda name: (name.startswith(("transformer", "ensemble")), name))
    # every model is loaded before any card changes: a shipped model loads only while it matches the manifest
    models = {name: load_model(ROOT / "models" / name) for name in names}
    for name, model in models.items():
        result = write_plausibility(ROOT / "models" / name, model, RATIONALES)
        print(f"{name}: token F1 {result['all']['token_f1']:.3f}, IOU-F1 {result['all']['iou_f1']:.3f}", flush=True)
    build_manifest_main()


if __name__ == "__main__":
    main(sys.argv[1:])
