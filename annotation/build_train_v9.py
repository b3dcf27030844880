"""The extra training sentences corpus v9 adds to the v10 models: its files in the shape ``casenotes train --extra``
reads.

usage: python annotation/build_train_v9.py [--out FILE]

Corpus v9 (``annotation/corpus_v9/``, a README per writer there) was written by three new independent writers
(t18-t20) briefed as corpus v8's were (design.md's label definitions and the Zara and Kai seed, not the codebook),
with 65% of its sentences in the trained and transition styles, where the v9 default is weakest. The v10 models
train on the v9 models' data plus these rows; a v9 sentence whose text is in a set the models are measured on (dev,
gold test, external v1-v8) or in selection set v1 (which chooses the default) is left out and counted.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from build_train_v5 import write_unseen  # annotation/, this script's folder
from build_train_v6 import measured_texts
from build_train_v8 import selection_texts

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus_v9" / "train_v9.jsonl"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    write_unseen("corpus v9", measured_texts(8) | selection_texts(),
                 "a set the models are measured on or selection set v1", args.out)


if __name__ == "__main__":
    main()
