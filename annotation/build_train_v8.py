"""The extra training sentences corpus v8 adds to the v9 models: its files in the shape ``casenotes train --extra``
reads.

usage: python annotation/build_train_v8.py [--out FILE]

Corpus v8 (``annotation/corpus_v8/``, a README per writer there) was written by three new independent writers
(t15-t17) briefed as the external sets' writers are: they read design.md's label definitions and the Zara and Kai
seed, not the codebook, so the v9 models also learn an outsider's reading of the labels. The v9 models train on the
v8 models' data plus these rows; a v8 sentence whose text is in a set the models are measured on (dev, gold test,
external v1-v7) or in selection set v1 (which chooses the default) is left out and counted.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from build_train_v5 import write_unseen  # annotation/, this script's folder
from build_train_v6 import _texts, measured_texts

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus_v8" / "train_v8.jsonl"
SELECTION = HERE / "selection_v1"


def selection_texts() -> set[str]:
    """The compared texts of selection set v1 (one folder per writer); a missing set stops the build."""
    paths = sorted(SELECTION.glob("*/sentences.jsonl"))
    if not paths:
        raise SystemExit(f"{SELECTION}: selection set v1 is missing; the corpus is checked against it")
    return set().union(*(_texts(path) for path in paths))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    write_unseen("corpus v8", measured_texts(7) | selection_texts(),
                 "a set the models are measured on or selection set v1", args.out)


if __name__ == "__main__":
    main()
