"""The extra training sentences corpus v7 adds to the v8 models: its files in the shape ``casenotes train --extra``
reads.

usage: python annotation/build_train_v7.py [--out FILE]

Corpus v7 (``annotation/corpus_v7/``, a README per writer there) was written after the v7 models met their external
sets, by four new independent writers (t11-t14) with their own personas: relayed information (whose framing),
minimisation by him, relatives, professionals and the writer, the trained style done well and half-well, and the
part-trained ("transition") style that mixes old and new habits in one sentence. The v8 models train on the v7
models' data plus these rows; a v7 sentence whose text is in a set the models are measured on (dev, gold test,
external v1-v6) is left out and counted.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from build_train_v5 import write_unseen  # annotation/, this script's folder
from build_train_v6 import measured_texts

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus_v7" / "train_v7.jsonl"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    write_unseen("corpus v7", measured_texts(6), "a set the models are measured on", args.out)


if __name__ == "__main__":
    main()
