"""Train the name detector shipped in casenotes/data (name_detector.v1.npz/.json) and report how it does.

usage: python annotation/deid/train_name_detector.py [--sentences GLOB ...] [--rounds 6] [--out PATH]

Sentences are the marked lines in annotation/deid/sentences_*.jsonl (written for the purpose by two writers
with different briefs: see annotation/deid/README.md). Each line goes to train, dev or test by a hash of its
text. Train and dev lines are refilled with listed names not held out; test lines only with held-out listed
names and invented ones, so the test figures are for names the detector never saw. The threshold is the
highest probability that keeps recall of name words on the dev split within ``1 - --recall`` of the share of name
words that are candidates at all. Metrics go into
the model's JSON card and are printed.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from pathlib import Path

import numpy as np

from casenotes.data import sha256
from casenotes.deid.lexicon import Lexicon
from casenotes.deid.names import NameDetector
from casenotes.deid.text import words
from casenotes.deid.training import Filler, fill_all, split_of

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parents[1] / "casenotes" / "data" / "name_detector.v1"


def evaluate(detector: NameDetector, lexicon: Lexicon, texts: list[str], spans: list[list[tuple[int, int]]]
             ) -> dict[str, float]:
    """Word-level precision and recall of names, name-level recall (every word of the name found) and the share
    of name words that were candidates at all."""
    ws = [words(t) for t in texts]
    found = detector.find(ws, lexicon)
    tp = fp = fn = names = names_whole = 0
    for w, picked, gold in zip(ws, found, spans):
        picked_set = set(picked)
        inside = [any(a <= s and e <= b for a, b in gold) for s, e in zip(w.starts, w.ends)]
        for i, is_name in enumerate(inside):
            if i in picked_set:
                tp += is_name
                fp += not is_name
            elif is_name:
                fn += 1
        for a, b in gold:
            idx = [i for i, (s, e) in enumerate(zip(w.starts, w.ends)) if a <= s and e <= b]
            names += 1
            names_whole += all(i in picked_set for i in idx)
    other = sum(len(words(t)) for t in texts) - tp - fn
    return {"word_precision": round(tp / max(tp + fp, 1), 4), "word_recall": round(tp / max(tp + fn, 1), 4),
            "name_recall": round(names_whole / max(names, 1), 4),
            "other_words_taken": round(fp / max(other, 1), 5), "names": names}


def threshold_for(detector: NameDetector, lexicon: Lexicon, texts: list[str], spans: list[list[tuple[int, int]]],
                  recall: float) -> float:
    """The highest threshold whose word recall on these texts is at least ``recall``."""
    docs, where, feats = detector.candidates([words(t) for t in texts], lexicon)
    proba = detector.predict_proba_features(feats)
    ws = [doc.w for doc in docs]
    is_name = np.array([any(a <= ws[d].starts[i] and ws[d].ends[i] <= b for a, b in spans[d]) for d, i in where])
    total = sum(sum(1 for s, e in zip(w.starts, w.ends) if any(a <= s and e <= b for a, b in g))
                for w, g in zip(ws, spans))
    # the recall of candidates at all is the ceiling: words that are never candidates cannot be found at any
    # threshold, so the target is a recall this close to the ceiling
    ceiling = is_name.sum() / max(total, 1)
    best = 0.05
    for t in np.arange(0.05, 0.96, 0.01):
        if (proba[is_name] >= t).sum() / max(total, 1) >= ceiling - (1 - recall):
            best = float(round(t, 2))
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", nargs="*", default=[str(HERE / "sentences_*.jsonl")])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--recall", type=float, default=0.99)
    parser.add_argument("--C", type=float, default=0.5)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    files = sorted({f for pattern in args.sentences for f in glob.glob(pattern)})
    if not files:
        sys.exit("no sentence files")
    lines = {"train": [], "dev": [], "test": []}
    for file in files:
        for raw in Path(file).read_text(encoding="utf-8").splitlines():
            if raw.strip():
                text = json.loads(raw)["text"]
                lines[split_of(text)].append(text)
    lexicon = Lexicon.load()
    train = fill_all(lines["train"], Filler(lexicon, names="train", seed=0), args.rounds)
    dev = fill_all(lines["dev"], Filler(lexicon, names="train", seed=1), 3)
    test = fill_all(lines["test"], Filler(lexicon, names="test", invented=0.3, seed=2), 3)
    detector = NameDetector(C=args.C).fit(*train, lexicon)
    detector.threshold = threshold_for(detector, lexicon, *dev, args.recall)
    metrics = {"dev": evaluate(detector, lexicon, *dev), "test": evaluate(detector, lexicon, *test)}
    card = {"trained_on": {Path(f).name: sha256(Path(f)) for f in files},
            "lines": {k: len(v) for k, v in lines.items()}, "rounds": args.rounds, "metrics": metrics,
            "lexicon_files": lexicon.files}
    detector.save(args.out, **card)
    print(json.dumps({"threshold": detector.threshold, **card["lines"], **metrics}, indent=2))


if __name__ == "__main__":
    main()
