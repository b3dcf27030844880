"""The extra training sentences corpus v4 adds to the v4 models: its files in the shape ``casenotes train --extra``
reads.

usage: python annotation/build_train_v4.py [--out FILE]

Corpus v4 (``annotation/corpus_v4/``, README there) holds sentences written for the error families of issue #21
that the v3 models still get wrong (the child inside a sentence about his behaviour, refuted blame, generic incident
wording, his minimisation named or adopted, her protective actions inside his pattern, partnering over-called).
The v4 models train on the gold train split, ``build_train_v3.py --hold-out t4`` and these rows; writer t4 stays
the dev set, and the gold test split and the external sets are never touched.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from casenotes.schemas import LABELS

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus_v4" / "train_v4.jsonl"


def corpus_rows(folder: Path, corpus: str) -> list[dict[str, Any]]:
    """Every sentence of the ``families_*.jsonl`` files in ``folder`` as an ``--extra`` row, with its provenance
    (``corpus``, writer and file) kept per sentence so a model's training data can be traced back to who wrote it.
    """
    rows = []
    for path in sorted(folder.glob("families_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                rows.append({"id": rec["id"], "text": rec["text"], "labels": [l for l in LABELS if rec[l]],
                             "split": "train", "style": rec["style"], "family": rec["family"],
                             "pair_id": rec["pair_id"], "provenance": f"{corpus}, writer {rec['writer']} ({path.name})"})
    return rows


def write_rows(rows: list[dict[str, Any]], out: Path) -> None:
    """``rows`` as JSON lines at ``out``."""
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} extra training sentences -> {out}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    write_rows(corpus_rows(HERE / "corpus_v4", "corpus v4"), args.out)


if __name__ == "__main__":
    main()
