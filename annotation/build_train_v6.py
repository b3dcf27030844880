"""The extra training sentences corpus v6 adds to the v7 models: its files in the shape ``casenotes train --extra``
reads.

usage: python annotation/build_train_v6.py [--out FILE]

Corpus v6 (``annotation/corpus_v6/``, a README per writer there) holds sentences for the error families issue #21
still leaves open after the v6 models (partnering both ways, minimisation recorded / challenged / adopted, the child
inside his behaviour, strengths-based trained recording), written by three new independent writers (t8, t9, t10),
each with their own persona. The v7 models train on linear-v5's data plus these rows. A v6 sentence whose text is
also a sentence of a set the models are measured on (the dev set, writer t4; the gold test split; external v1-v5)
is left out and counted, so none of those figures can be inflated by a sentence the model was trained on.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from build_train_v5 import DEV, _key, write_unseen  # annotation/, this script's folder

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus_v6" / "train_v6.jsonl"


def _texts(path: Path, test_only: bool = False) -> set[str]:
    """The compared texts of one JSON-lines file (of its test split only, for the gold corpus)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {_key(r["text"]) for r in rows if not test_only or r.get("split") == "test"}


def measured_texts(last_external: int) -> set[str]:
    """The compared texts of every set the models are measured on: the dev set, the gold test split and external
    v1 to ``last_external``. A missing set stops the build: a corpus is never checked against fewer sets than exist."""
    paths = (DEV, HERE / "external" / "sentences_ext1.jsonl",
             *(HERE / f"external_v{v}" / "sentences.jsonl" for v in range(2, last_external + 1)))
    measured = _texts(HERE / "gold" / "sentences.v1.jsonl", test_only=True)
    for path in paths:
        if not path.is_file():
            raise SystemExit(f"{path}: a set the models are measured on is missing; the corpus is checked against it")
        measured |= _texts(path)
    return measured


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    write_unseen("corpus v6", measured_texts(5), "a set the models are measured on", args.out)


if __name__ == "__main__":
    main()
