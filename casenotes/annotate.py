"""Annotation round trips and active learning.

- Label Studio and doccano interchange for sentence labels (export tasks, import finished annotations).
- ``queue``: the sentences in a scored store that the current model is least sure about, for the next round.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from casenotes.errors import InputError
from casenotes.private import open_private
from casenotes.schemas import LABELS

LABEL_STUDIO_CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Choices name="labels" toName="text" choice="multiple" showInLine="true">
""" + "".join(f'    <Choice value="{label}"/>\n' for label in LABELS) + """  </Choices>
</View>
"""


def to_label_studio(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Label Studio tasks; rows that already carry labels become pre-annotations (predictions)."""
    tasks = []
    for row in rows:
        task: dict[str, Any] = {"data": {"text": row["text"], "sentence_id": row["id"]}}
        if row.get("labels"):
            task["predictions"] = [{"model_version": row.get("source", "casenotes"), "result": [
                {"from_name": "labels", "to_name": "text", "type": "choices", "value": {"choices": list(row["labels"])}}]}]
        tasks.append(task)
    return tasks


def from_label_studio(tasks: list[dict[str, Any]], *, source: str) -> list[dict[str, Any]]:
    """Finished Label Studio tasks -> labelled rows (the latest annotation of each task)."""
    rows = []
    for i, task in enumerate(tasks):
        data = task.get("data", {})
        annotations = [a for a in task.get("annotations", []) if not a.get("was_cancelled")]
        if "text" not in data or not annotations:
            continue
        choices: list[str] = []
        for result in annotations[-1].get("result", []):
            choices += result.get("value", {}).get("choices", [])
        unknown = set(choices) - set(LABELS)
        if unknown:
            raise InputError(f"[E140] {source} task {i}: unknown label(s) {sorted(unknown)}; expected {list(LABELS)}.")
        rows.append({"id": str(data.get("sentence_id", task.get("id", i))), "text": data["text"],
                     "labels": sorted(set(choices)), "annotator": str(annotations[-1].get("completed_by", ""))})
    return rows


def to_doccano(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": row["id"], "text": row["text"], "label": list(row.get("labels", []))} for row in rows]


def from_doccano(records: list[dict[str, Any]], *, source: str) -> list[dict[str, Any]]:
    rows = []
    for i, rec in enumerate(records):
        labels = rec.get("label", rec.get("labels", []))
        labels = [l[-1] if isinstance(l, list) else l for l in labels]
        unknown = set(labels) - set(LABELS)
        if unknown:
            raise InputError(f"[E141] {source} line {i + 1}: unknown label(s) {sorted(unknown)}; expected {list(LABELS)}.")
        rows.append({"id": str(rec.get("id", i)), "text": rec["text"], "labels": sorted(set(labels))})
    return rows


def read_any(path: Path) -> list[Any]:
    """A JSON array or JSON lines."""
    text = path.read_text(encoding="utf-8-sig").strip()
    if text.startswith("["):
        return json.loads(text)
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def queue(sentences: pd.DataFrame, thresholds: dict[str, float], *, size: int = 100,
          exclude: set[str] | None = None) -> pd.DataFrame:
    """The ``size`` most uncertain sentences: smallest margin between any label's probability and its threshold.

    Args:
        sentences: rows with ``note_id``, ``sent_idx``, ``text`` and ``p_<label>`` columns (from the store).
        thresholds: the model's per-label thresholds.
        exclude: sentence ids (``note_id:sent_idx``) already annotated.
    """
    frame = sentences.copy()
    frame["id"] = frame["note_id"].astype(str) + ":" + frame["sent_idx"].astype(str)
    if exclude:
        frame = frame[~frame["id"].isin(exclude)]
    frame = frame.drop_duplicates(subset="text")
    margins = np.column_stack([np.abs(frame[f"p_{l}"].to_numpy() - thresholds[l]) for l in LABELS])
    frame["uncertainty"] = 1.0 - margins.min(axis=1)
    frame["closest_label"] = [LABELS[i] for i in margins.argmin(axis=1)]
    return frame.sort_values(["uncertainty", "id"], ascending=[False, True]).head(size)[
        ["id", "text", "closest_label", "uncertainty", *[f"p_{l}" for l in LABELS]]]


class AnnotationLog:
    """Sentence labels given in the dashboard: append-only JSON lines beside the store
    (``<store>_annotations.jsonl``, 0600: it holds sentences), so annotating never needs the store's write lock.
    A later label by the same annotator for the same sentence replaces the earlier one. Appends and ``forget``
    take the file's own lock, so a label given while a case is forgotten is neither lost nor left behind."""

    def __init__(self, db: str | Path) -> None:
        db = Path(db)
        self.path = db.with_name(db.stem + "_annotations.jsonl")

    def add(self, *, sentence_id: str, text: str, labels: list[str], annotator: str, model: str) -> None:
        unknown = set(labels) - set(LABELS)
        if unknown:
            raise InputError(f"[E228] unknown label(s) {sorted(unknown)}; expected some of {list(LABELS)}.")
        record = {"id": sentence_id, "text": text, "labels": sorted(labels, key=LABELS.index),
                  "annotator": annotator, "model": model,
                  "time": pd.Timestamp.now(tz="UTC").isoformat(timespec="seconds")}
        with open_private(self.path, "a", encoding="utf-8") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    def forget(self, note_ids: Iterable[str]) -> int:
        """Remove every label given to a sentence of these notes (ids ``note_id:sent_idx``), rewriting the file in
        place; returns how many lines were removed."""
        notes = set(note_ids)
        if not notes or not self.path.is_file():
            return 0
        with self.path.open("r+", encoding="utf-8") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            lines = fh.read().splitlines(keepends=True)
            kept = [line for line in lines
                    if not line.strip() or json.loads(line)["id"].rpartition(":")[0] not in notes]
            fh.seek(0)
            fh.truncate()
            fh.writelines(kept)
            fh.flush()
            os.fsync(fh.fileno())
        return len(lines) - len(kept)

    def latest(self) -> pd.DataFrame:
        """One row per (annotator, sentence): the latest labels."""
        if not self.path.is_file():
            return pd.DataFrame(columns=["id", "text", "labels", "annotator", "model", "time"])
        rows = [json.loads(l) for l in self.path.read_text(encoding="utf-8").splitlines() if l.strip()]
        return pd.DataFrame(rows).drop_duplicates(subset=["annotator", "id"], keep="last").reset_index(drop=True)

    def agreement(self) -> list[dict[str, Any]]:
        """Per pair of annotators with sentences in common: agreement per label (Cohen's kappa, alpha)."""
        from casenotes.classify.evaluate import agreement

        latest = self.latest()
        names = sorted(latest["annotator"].unique()) if len(latest) else []
        out = []
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                left = latest[latest["annotator"] == a].set_index("id")["labels"]
                right = latest[latest["annotator"] == b].set_index("id")["labels"]
                common = sorted(set(left.index) & set(right.index))
                if not common:
                    continue
                matrix = lambda col: np.array([[int(l in col[i]) for l in LABELS] for i in common])  # noqa: E731
                out.append({"pair": f"{a} vs {b}", **agreement(matrix(left), matrix(right))})
        return out
