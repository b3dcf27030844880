"""The extra training sentences of the v3 models: the template bank (as for v2) and training corpus v3.

usage: python annotation/build_train_v3.py [--hold-out WRITER] [--out FILE]

Corpus v3 (``annotation/corpus_v3/``) was written by four writers with different briefs and personas, aimed at the
families of sentences the v2 models get wrong (the child inside a sentence about the abuser's behaviour, refuted
blame, his minimisation named or adopted, her protective actions inside his pattern, the trained style, shorthand
and relays, abusers of every kind). Sentences the blind second coder labelled differently are left out
(``AGREEMENT.md``). Rows are ``{"id", "text", "labels", "split": "train", "provenance", ...}``, the shape
``casenotes train --extra`` reads; the gold test split and the external sets are never touched.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from casenotes.schemas import LABELS

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus_v3" / "train_v3.jsonl"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hold-out", help="a writer (t1..t4) whose sentences are left out, to choose settings on")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    excluded = set(re.findall(r"\bt\d-\d{4}\b", (HERE / "corpus_v3" / "AGREEMENT.md").read_text(encoding="utf-8")))
    rows = [json.loads(line) for line in (HERE / "gold" / "templates_train.v1.jsonl").read_text().splitlines() if line]
    seen = {r["text"] for r in rows}
    for path in sorted((HERE / "corpus_v3").glob("sentences_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec["id"] in excluded or rec["text"] in seen or rec.get("writer") == args.hold_out:
                continue
            seen.add(rec["text"])
            rows.append({"id": rec["id"], "text": rec["text"], "labels": [l for l in LABELS if rec[l]],
                         "split": "train", "style": rec.get("style"), "family": rec.get("family"),
                         "pair_id": rec.get("pair_id"),
                         "provenance": f"corpus v3, writer {rec.get('writer')} ({path.name})"})
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} extra training sentences ({len(excluded)} left out for disagreement) -> {args.out}")


if __name__ == "__main__":
    main()
