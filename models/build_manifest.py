"""Write the shipped-models manifest: every file of every model under models/ with its SHA-256.

usage: python models/build_manifest.py

Writes casenotes/data/shipped_models.v1.json. A shipped model (``--model NAME``) is loaded only while its files
match this manifest, so run this after retraining or converting a shipped model (``make models`` does), and
commit the manifest with the model files. ``tests/classify/test_model_loading.py`` holds the two together.
"""

from __future__ import annotations

import json
from pathlib import Path

from casenotes.classify.registry import MANIFEST, build_manifest

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    target = ROOT / "casenotes" / "data" / MANIFEST
    manifest = build_manifest(ROOT / "models")
    target.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(manifest['models'])} models -> {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
