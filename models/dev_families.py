"""Dev-set figures per family and per style: how each model does on the kinds of sentence issue #21 names.

usage: python models/dev_families.py [--models linear-v3,...] [--out models/results_v4_dev.json]

The dev set is corpus v3's writer t4 (held out of every v3, v4 and v5 model's training; second-coding disagreements
left out, as ``build_results.py`` does), whose writer tagged each sentence with a ``family`` and a ``style``. Per
group: the sentences, the label errors (sentence x label cells wrong) and ``build_results.scores``. Dev only: no
test or external set is read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from build_results import ANNOTATION, ROOT, load_sets, scores  # type: ignore[import-not-found]
from casenotes.schemas import LABELS


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", default="linear-v3,ensemble-v3,linear-v4,ensemble-v4")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "results_v4_dev.json")
    args = ap.parse_args()
    from casenotes.classify import load_model

    texts, Y, _ = load_sets(["dev"])["dev"]
    tags = {r["text"]: r for r in map(json.loads, (ANNOTATION / "corpus_v3" / "sentences_t4.jsonl").open())}
    groups = {key: np.array([tags[t][key] for t in texts]) for key in ("family", "style")}
    out = {}
    for name in args.models.split(","):
        model = load_model(name)
        P = model.predict(texts)[:, [list(model.labels_).index(label) for label in LABELS]].astype(int)
        out[name] = {"dev": {**scores(Y, P), "label_errors": int((P != Y).sum())}}
        for key, values in groups.items():
            out[name][key] = {g: {**scores(Y[values == g], P[values == g]),
                                  "label_errors": int((P[values == g] != Y[values == g]).sum())}
                              for g in sorted(set(values))}
        print(name, round(out[name]["dev"]["macro_f1"], 3), {g: v["label_errors"] for g, v in out[name]["family"].items()},
              flush=True)
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
