"""Measure shipped models on the dev set, the gold test split and the external sets, for models/RESULTS.md.

usage: python models/build_results.py [--models rules-v1,...] [--sets dev] [--out models/results.json] [--resume | --add]

Sets (``SETS``): ``dev`` is corpus v3's writer t4 (held out of every v3 model's training; the default model and
the v3 settings are chosen on it), ``gold_test`` the gold corpus's fixed test split, ``ext1`` to ``ext8`` the
external sets (test sets only: never used to train, to pick thresholds, epochs or the default). External v2 to v8 are
also reported per ``style``. ``select`` is the dev set pooled with selection set v1 (three more writers), on which the
v9 round chose the default (its selection part is also reported per ``style``). ``--sets dev`` (``--sets select``
since v9) measures what a choice may look at, alone; the full run writes ``results.json`` and the tables of ``RESULTS.md`` (as ``RESULTS.table.md``, to replace the tables
below RESULTS.md's account of the sets) and, for the models listed in ``--cards``, adds the numbers
to their model cards (model.json ``card.evaluations`` and MODEL_CARD.md; the manifest is rewritten after each card).
A model ``NAME@int8`` is measured in its quantised form (``load_model(NAME, precision="int8")``).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

import numpy as np

from build_manifest import main as write_manifest  # models/, this script's folder
from casenotes.schemas import LABELS

ROOT = Path(__file__).resolve().parents[1]
ANNOTATION = ROOT / "annotation"
OLD = ("rules-v1", "linear-v1", "linear-v2", "transformer-v1", "transformer-v2", "ensemble-v1", "ensemble-v2")
NEW = ("linear-v3", "ensemble-v3", "linear-v4", "ensemble-v4", "linear-v5", "ensemble-v5", "transformer-v3",
       "ensemble-v6", "ensemble-v6-bf16", "linear-v6", "transformer-v4", "ensemble-v7", "ensemble-v7-bf16",
       "linear-v8", "transformer-v6", "ensemble-v9", "ensemble-v9-bf16", "linear-v9", "transformer-v7", "ensemble-v10",
       "ensemble-v10-bf16")
SET_NAMES = {"dev": "dev (corpus v3 writer t4)", "gold_test": "gold test", "ext1": "external v1",
             "ext2": "external v2", "ext3": "external v3", "ext4": "external v4",
             "ext5": "external v5", "ext6": "external v6", "ext7": "external v7", "ext8": "external v8",
             "select": "dev + selection v1"}
LATER = tuple(f"ext{v}" for v in range(3, 9))
"""The external sets written after the v3 models: each met every model then shipped for the first time."""
STYLES = {"ext2": ("routine", "trained", "messy", "relay"),
          **{k: ("trained", "transition", "messy", "formal") for k in (*LATER, "select")}}
"""Each external set's (and the selection set's) writing styles (its sentences' ``style``), reported separately."""


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _matrix(rows: list[dict[str, Any]]) -> np.ndarray:
    """0/1 labels in LABELS order, from a ``labels`` list or from one 0/1 key per label."""
    return np.array([[int(label in r["labels"]) if "labels" in r else int(r[label]) for label in LABELS]
                     for r in rows], dtype=int)


def load_sets(names: list[str]) -> dict[str, tuple[list[str], np.ndarray, list[str | None]]]:
    """Each set's texts, labels and per-sentence style (external v2 to v8 and the selection set only)."""
    out = {}
    if "dev" in names or "select" in names:
        excluded = set(re.findall(r"\bt\d-\d{4}\b", (ANNOTATION / "corpus_v3" / "AGREEMENT.md").read_text()))
        rows = [r for r in _jsonl(ANNOTATION / "corpus_v3" / "sentences_t4.jsonl") if r["id"] not in excluded]
        dev = ([r["text"] for r in rows], _matrix(rows), [None] * len(rows))
        if "dev" in names:
            out["dev"] = dev
        if "select" in names:
            out["select"] = _pooled(dev, *(_labelled(folder, "labels_a.jsonl")
                                         for folder in sorted((ANNOTATION / "selection_v1").glob("s*/"))))
    if "gold_test" in names:
        rows = [r for r in _jsonl(ANNOTATION / "gold" / "sentences.v1.jsonl") if r.get("split") == "test"]
        out["gold_test"] = ([r["text"] for r in rows], _matrix(rows), [None] * len(rows))
    if "ext1" in names:
        rows = _jsonl(ANNOTATION / "external" / "sentences_ext1.jsonl")
        out["ext1"] = ([r["text"] for r in rows], _matrix(rows), [None] * len(rows))
    for key, labels in (("ext2", "labels.jsonl"), *((k, "labels_a.jsonl") for k in LATER)):
        if key in names:
            out[key] = _labelled(ANNOTATION / f"external_v{key[3:]}", labels)
    return out


def _labelled(folder: Path, labels: str) -> tuple[list[str], np.ndarray, list[str | None]]:
    """A set written as ``sentences.jsonl`` (id, style, text) and a labels file (id, one 0/1 key per label)."""
    texts = {r["id"]: r for r in _jsonl(folder / "sentences.jsonl")}
    rows = _jsonl(folder / labels)
    return [texts[r["id"]]["text"] for r in rows], _matrix(rows), [texts[r["id"]]["style"] for r in rows]


def _pooled(*parts: tuple[list[str], np.ndarray, list[str | None]]) -> tuple[list[str], np.ndarray, list[str | None]]:
    """Several sets as one: their sentences one after another."""
    return ([t for p in parts for t in p[0]], np.vstack([p[1] for p in parts]), [s for p in parts for s in p[2]])


def scores(Y: np.ndarray, P: np.ndarray) -> dict[str, Any]:
    """Per-label precision, recall and F1, and macro-F1 (no bootstrap: many models x sets are measured)."""
    per = {}
    for j, label in enumerate(LABELS):
        tp = int((Y[:, j] & P[:, j]).sum())
        fp, fn = int(P[:, j].sum()) - tp, int(Y[:, j].sum()) - tp
        per[label] = {"precision": tp / max(tp + fp, 1), "recall": tp / max(tp + fn, 1),
                      "f1": 2 * tp / max(2 * tp + fp + fn, 1), "support": int(Y[:, j].sum())}
    return {"n": int(len(Y)), "macro_f1": float(np.mean([v["f1"] for v in per.values()])), "labels": per}


def measure(model_name: str, sets: dict[str, tuple[list[str], np.ndarray, list[str | None]]]) -> dict[str, Any]:
    from casenotes.classify import load_model

    name, _, precision = model_name.partition("@")
    model = load_model(name if "/" not in name else Path(name), precision=precision or "float32")
    columns = [list(model.labels_).index(label) for label in LABELS]
    out = {}
    for set_name, (texts, Y, styles) in sets.items():
        P = model.predict(texts)[:, columns]
        out[set_name] = scores(Y, P)
        if any(styles):
            for style in STYLES[set_name]:
                keep = np.array([s == style for s in styles])
                out[f"{set_name}:{style}"] = scores(Y[keep], P[keep])
    return out


def markdown(results: dict[str, dict[str, Any]], first_contact: set[tuple[str, str]]) -> str:
    """RESULTS.md: macro-F1 per model and set, per-label F1 on external v2, child_focus recall on its trained part."""
    def cell(model: str, key: str, value: float) -> str:
        base = key.split(":")[0]
        return f"{value:.3f}" + ("*" if (model, base) in first_contact else "")

    sets = ["dev", "select", "gold_test", "ext1",
            *[k for e in ("ext2", *LATER) for k in (e, *(f"{e}:{s}" for s in STYLES[e]))]]
    head = ["model", *[SET_NAMES.get(s, s.replace(":", " ")) for s in sets], "ext2 trained child_focus recall"]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for model, res in results.items():
        row = [f"`{model}`"] + [cell(model, s, res[s]["macro_f1"]) if s in res else "" for s in sets]
        trained = res.get("ext2:trained")
        row.append(cell(model, "ext2", trained["labels"]["child_focus"]["recall"]) if trained else "")
        lines.append("| " + " | ".join(row) + " |")
    per_label = []
    for set_name in ("dev", "select", "gold_test", "ext1", *(k for e in ("ext2", *LATER) for k in (e, f"{e}:trained"))):
        title = SET_NAMES.get(set_name) or f"{SET_NAMES[set_name.split(':')[0]]}, trained style"
        per_label += ["", f"Per-label F1, {title}:", "",
                      "| model | " + " | ".join(LABELS) + " |", "|" + " --- |" * (len(LABELS) + 1)]
        per_label += ["| " + " | ".join([f"`{m}`"] + [cell(m, set_name, r[set_name]["labels"][l]["f1"])
                                                     for l in LABELS]) + " |"
                      for m, r in results.items() if set_name in r]
    return "\n".join(lines + per_label) + "\n"


def add_to_card(model: str, res: dict[str, Any]) -> None:
    """The model's numbers on every set, into its model.json card and MODEL_CARD.md."""
    from casenotes.classify import load_model
    from casenotes.classify.model_card import write_model_card

    path = ROOT / "models" / model
    meta = json.loads((path / "model.json").read_text(encoding="utf-8"))
    meta["card"]["evaluations"] = {SET_NAMES.get(k.split(":")[0], k) + (f", style {k.split(':')[1]}" if ":" in k else ""):
                                   v for k, v in res.items()}
    (path / "model.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    write_model_card(load_model(path), path, meta["card"])


EXTERNAL_KEYS = {f"ext{v}": f"external_v{v}" for v in range(8, 0, -1)}
"""The results' external sets under the keys the Models page reads (casenotes/data/model_status.v1.json)."""


def add_external(model: str, res: dict[str, Any]) -> None:
    """The model's external-set scores into its model.json as ``card.external.<key>`` (what the dashboard's Models
    page ranks by); the rest of the card and MODEL_CARD.md are left as they are."""
    path = ROOT / "models" / model
    meta = json.loads((path / "model.json").read_text(encoding="utf-8"))
    meta.setdefault("card", {})["external"] = {key: {"macro_f1": res[k]["macro_f1"], "n": res[k]["n"]}
                                               for k, key in EXTERNAL_KEYS.items() if k in res}
    (path / "model.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", default=",".join(OLD + NEW))
    ap.add_argument("--sets", default="dev,select,gold_test,ext1,ext2,ext3,ext4,ext5,ext6,ext7,ext8")
    ap.add_argument("--first-contact", default="linear-v3,ensemble-v3,linear-v4:ext1+ext2,ensemble-v4:ext1+ext2,"
                    "linear-v5:ext1+ext2,ensemble-v5,transformer-v3:ext1+ext2,ensemble-v6,ensemble-v6-bf16,"
                    "linear-v6:ext1+ext2,transformer-v4:ext1+ext2,ensemble-v7,ensemble-v7-bf16,"
                    "linear-v8:ext1+ext2,transformer-v6:ext1+ext2,ensemble-v9,ensemble-v9-bf16,"
                    "linear-v9:ext1+ext2,transformer-v7:ext1+ext2,ensemble-v10,ensemble-v10-bf16",
                    help="models whose numbers on gold test and external v1/v2 are their first contact, or "
                    "MODEL:SET+SET for named sets (external v3 to v8 are every model's first contact)")
    ap.add_argument("--cards", default="", help="models whose model cards get these numbers")
    ap.add_argument("--external", action="store_true", help="write every measured model's external-set scores into "
                    "its model.json (card.external)")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "results.json")
    ap.add_argument("--resume", action="store_true", help="keep the models already in --out; measure the others")
    ap.add_argument("--refresh", action="store_true", help="with --resume: measure --models again even when --out "
                    "has them (after retraining), keeping the other models' numbers")
    ap.add_argument("--add", action="store_true", help="measure only --sets and add them to every model already in "
                    "--out (a new set's first contact), then rebuild the tables")
    args = ap.parse_args()
    sets = load_sets(args.sets.split(","))
    results = json.loads(args.out.read_text(encoding="utf-8")) if (args.resume or args.add) and args.out.is_file() else {}
    todo = list(results) if args.add else [m for m in args.models.split(",")
                                            if m and (m not in results or args.refresh)]
    for model in todo:
        results[model] = {**results.get(model, {}), **measure(model, sets)}
        print(model, {k: round(v["macro_f1"], 3) for k, v in results[model].items()}, flush=True)
        args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")  # each model as it is done
    if args.add or set(sets) == set(SET_NAMES):
        first = set()
        for item in args.first_contact.split(","):  # MODEL (gold test, external v1, v2) or MODEL:SET+SET
            model, _, named = item.partition(":")
            first |= {(model, s) for s in (named.split("+") if named else ("gold_test", "ext1", "ext2"))}
        first |= {(m, s) for m in results for s in LATER}  # these met every model for the first time
        table = markdown(results, first)
        (args.out.parent / "RESULTS.table.md").write_text(table, encoding="utf-8")
        for model in [m for m in args.cards.split(",") if m]:
            add_to_card(model, results[model])
            write_manifest()  # the next card may load this model (an ensemble its member): its files are now these
    if args.external:
        for model in results:
            add_external(model, results[model])


if __name__ == "__main__":
    main()
