"""Annotation round trips and active learning.

- Label Studio and doccano interchange for sentence labels (export tasks, import finished annotations).
- ``queue``: the sentences in a scored store that the current model is least sure about, for the next round.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from casenotes.errors import InputError
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
