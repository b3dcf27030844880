"""The extra training sentences corpus v5 adds to the v5 models: its files in the shape ``casenotes train --extra``
reads.

usage: python annotation/build_train_v5.py [--out FILE]

Corpus v5 (``annotation/corpus_v5/``, a README per writer there) holds sentences for the error families of issue
#21 written by new independent writers (t6, t7), each with their own persona and hands, so the models meet more
voices than corpus v4's single writer. Unlike corpus v4, it follows design.md's multi-label rule (a blaming sentence
may carry another label too). The v5 models train on the gold train split, ``build_train_v3.py --hold-out t4``,
corpus v4 and these rows. Writer t4 stays the dev set: a v5 sentence whose text is also a dev sentence is left out,
so the dev figures the v5 choices are made on stay honest. The gold test split and the external sets are never
touched.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from build_train_v4 import corpus_rows, write_rows  # annotation/, this script's folder

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus_v5" / "train_v5.jsonl"
DEV = HERE / "corpus_v3" / "sentences_t4.jsonl"


def _key(text: str) -> str:
    """A sentence's text compared without case or spacing differences."""
    return " ".join(text.lower().split())


def write_unseen(corpus: str, held_out: set[str], where: str, out: Path) -> None:
    """``corpus``'s rows (folder ``corpus_<version>``) at ``out``, without any sentence whose compared text is in
    ``held_out`` (texts of the sets ``where`` names), with how many were left out."""
    rows = corpus_rows(HERE / corpus.replace(" ", "_"), corpus)
    kept = [r for r in rows if _key(r["text"]) not in held_out]
    if len(kept) < len(rows):
        print(f"{len(rows) - len(kept)} sentences left out: the same text is in {where}")
    write_rows(kept, out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    dev = {_key(json.loads(line)["text"]) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()}
    write_unseen("corpus v5", dev, "the dev set (corpus v3 writer t4)", args.out)


if __name__ == "__main__":
    main()
