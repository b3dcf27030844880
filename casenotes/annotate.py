"""Annotation round trips and active learning.

- Label Studio and doccano interchange for sentence labels: export tasks (human labels as annotations credited to
  their annotator, a model's probabilities as predictions), import finished annotations from every export shape
  Label Studio offers for our labelling config (JSON, JSON-MIN, CSV, TSV), keeping every annotator's labels and
  settling disagreements by a rule the user chooses; the result trains as it is (`casenotes train --extra`).
- ``queue``: the sentences in a scored store that the current model is least sure about, for the next round.

Long because the interchange formats share one label model and one adjudication rule: a split by format
would pass those between modules for no reader's benefit.
"""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from casenotes.errors import InputError
from casenotes.export import write_jsonl
from casenotes.private import open_private
from casenotes.schemas import LABELS

CONTROL = "labels"
"""The name of the Choices control in our labelling config: Label Studio names results, JSON-MIN keys and CSV
columns after it."""

LABEL_STUDIO_CONFIG = f"""<View>
  <Text name="text" value="$text"/>
  <Choices name="{CONTROL}" toName="text" choice="multiple" showInLine="true">
""" + "".join(f'    <Choice value="{label}"/>\n' for label in LABELS) + """  </Choices>
</View>
"""

ADJUDICATION_RULES = ("majority", "ground-truth", "latest", "all")
"""How ``annotate import`` settles a sentence whose annotators gave different labels (a sentence they agree on,
or that one annotator labelled, needs no rule). ``majority`` (the default): a label is kept when more than half
of the annotators gave it and dropped when fewer than half did; a label exactly half gave leaves the sentence
undecided. ``ground-truth``: the annotation marked ground truth in Label Studio (JSON exports only). ``latest``:
the most recently submitted or edited annotation. ``all``: no settling, one row per annotator. Undecided
sentences are left out of the training file and reported, never dropped silently."""

FORMATS = ("labelstudio", "doccano")
"""The annotation tools whose files ``annotate export`` writes and ``annotate import`` reads."""

UNNAMED = "label-studio-user-{}"
"""How an annotator known only by Label Studio's numeric user id is written (ids mean nothing outside one
Label Studio instance; ``--annotator ID=NAME`` names them)."""

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


# -- casenotes -> Label Studio / doccano -------------------------------------------------------------------------

def _choices(labels: Iterable[str]) -> list[dict[str, Any]]:
    """A Label Studio result for our Choices control (no result at all when no label is chosen, as Label Studio
    itself saves a submission with nothing ticked)."""
    chosen = [label for label in LABELS if label in set(labels)]
    if not chosen:
        return []
    return [{"from_name": CONTROL, "to_name": "text", "type": "choices", "value": {"choices": chosen}}]


def to_label_studio(rows: list[dict[str, Any]], *, source: str = "rows") -> list[dict[str, Any]]:
    """Label Studio tasks to import, one per row (``{"id", "text"}``), keeping human and model labels apart.

    - ``labels`` (a person's, with ``annotator``) become an *annotation*, explicitly not ground truth (Label
      Studio makes imported annotations ground truth unless told) and credited to the annotator when the name
      is an email address: Label Studio matches annotators to its users by email and refuses unknown ones. Any
      other name cannot be a Label Studio user, so Label Studio credits the annotation to whoever imports it;
      the name is kept in the task's ``meta`` so it is not lost.
    - ``scores``, ``suggested`` and ``model`` (as ``annotate queue`` writes them) become a *prediction* whose
      ``model_version`` is the model's name and whose ``score`` is its confidence in its least certain label
      decision; the probabilities themselves go into ``meta``.

    Raises:
        InputError: a row without id or text, with an unknown label, or with scores but no model.
    """
    tasks = []
    for lineno, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or row.get("id") in (None, ""):
            raise InputError(f"[E372] {source} line {lineno}: a row needs an 'id' and a 'text'; expected "
                             '{"id", "text"[, "labels", "annotator"]} or a line of `casenotes annotate queue`.')
        named = list(row.get("labels", [])) + list(row.get("suggested", [])) + list(row.get("scores", {}))
        unknown = sorted(set(named) - set(LABELS))
        if unknown:
            raise InputError(f"[E369] {source} line {lineno} (id {row['id']}): unknown label(s) {unknown}; expected "
                             f"some of {list(LABELS)}. Label Studio would offer no choice for them.")
        task: dict[str, Any] = {"data": {"text": row["text"], "sentence_id": str(row["id"])}}
        meta: dict[str, Any] = {}
        if "labels" in row:
            annotation: dict[str, Any] = {"result": _choices(row["labels"]), "ground_truth": False,
                                          "was_cancelled": False}
            annotator = str(row.get("annotator") or "")
            if _EMAIL.fullmatch(annotator):
                annotation["completed_by"] = {"email": annotator}
            if annotator:
                meta["annotator"] = annotator
            task["annotations"] = [annotation]
        if "scores" in row:
            if not row.get("model") or "suggested" not in row:
                raise InputError(f"[E372] {source} line {lineno} (id {row['id']}): 'scores' need the 'model' and "
                                 "'suggested' labels beside them, as `casenotes annotate queue` writes them.")
            scores = {label: float(row["scores"][label]) for label in LABELS if label in row["scores"]}
            sure = [p if label in row["suggested"] else 1.0 - p for label, p in scores.items()]
            task["predictions"] = [{"model_version": str(row["model"]), "score": round(min(sure), 4),
                                    "result": _choices(row["suggested"])}]
            meta.update(model=str(row["model"]), scores=scores)
        if meta:
            task["meta"] = {"casenotes": meta}
        tasks.append(task)
    return tasks


def to_doccano(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": row["id"], "text": row["text"], "label": list(row.get("labels", []))} for row in rows]


def from_doccano(records: list[dict[str, Any]], *, source: str, split: str = "train") -> list[dict[str, Any]]:
    rows = []
    for i, rec in enumerate(records):
        labels = rec.get("label", rec.get("labels", []))
        labels = [l[-1] if isinstance(l, list) else l for l in labels]
        unknown = set(labels) - set(LABELS)
        if unknown:
            raise InputError(f"[E141] {source} line {i + 1}: unknown label(s) {sorted(unknown)}; "
                             f"expected {list(LABELS)}.")
        rows.append({"id": str(rec.get("id", i)), "text": rec["text"], "labels": sorted(set(labels), key=LABELS.index),
                     "split": split, "source": source})
    return rows


def _loads(text: str, path: Path, *, first_line: int = 1) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"[E361] {path.name} line {exc.lineno + first_line - 1} column {exc.colno}: not valid JSON "
                         f"({exc.msg}).") from None


def read_any(path: Path) -> list[Any]:
    """A JSON array or JSON lines (a bad line is a coded error naming it)."""
    text = path.read_text(encoding="utf-8-sig")
    if text.lstrip().startswith("["):
        return _loads(text, path)
    return [_loads(line, path, first_line=i) for i, line in enumerate(text.splitlines(), start=1) if line.strip()]


# -- Label Studio -> casenotes -----------------------------------------------------------------------------------

_NEVER = datetime.min.replace(tzinfo=timezone.utc)
"""The time of an annotation whose export gives none: older than any."""


@dataclass(frozen=True)
class Annotation:
    """One annotator's finished (not skipped) labels for one task of a Label Studio export."""

    task: str
    id: str
    text: str
    annotator: str
    labels: tuple[str, ...]
    ground_truth: bool | None  # None: the export's shape does not say
    time: datetime  # last submitted or edited

    def record(self) -> dict[str, Any]:
        """What an imported row keeps of it beside the decided labels."""
        return {"annotator": self.annotator, "labels": list(self.labels),
                **({"ground_truth": self.ground_truth} if self.ground_truth is not None else {}),
                "time": None if self.time == _NEVER else self.time.isoformat()}


@dataclass
class LabelStudioExport:
    """What a Label Studio export holds, read from any of its shapes."""

    source: str
    shape: str  # json, json-min, csv or tsv
    annotations: list[Annotation] = field(default_factory=list)
    tasks: set[str] = field(default_factory=set)
    unannotated: set[str] = field(default_factory=set)  # tasks with no annotation at all
    skipped: int | None = 0  # cancelled annotations; None where the shape leaves them out
    unnamed: set[str] = field(default_factory=set)  # numeric user ids with no name given
    refused: list[tuple[str, str]] = field(default_factory=list)  # (task id, coded message): keep_going only


def _when(value: Any) -> datetime:
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        return _NEVER
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


class _Reader:
    """Turns the records of one export into ``Annotation``s, whatever their shape."""

    def __init__(self, path: Path, shape: str, names: dict[str, str]) -> None:
        self.export = LabelStudioExport(source=path.name, shape=shape, skipped=0 if shape == "json" else None)
        self.names = names

    def attempt(self, keep_going: bool, task: str, read: Callable[..., None], *args: Any) -> None:
        """``read(*args)``; with ``keep_going``, a record it refuses is listed in ``refused`` and left out."""
        try:
            read(*args)
        except InputError as exc:
            if not keep_going:
                raise
            self.export.refused.append((task, str(exc)))

    def annotator(self, value: Any) -> str:
        """A name or email for Label Studio's ``completed_by`` (an id, or a user object when expanded)."""
        if isinstance(value, dict):
            if value.get("email"):
                return str(value["email"])
            value = value.get("id")
        key = str(value if value is not None else "").strip()
        if key.removesuffix(".0").isdigit():  # numbers come back as text from CSV
            key = key.removesuffix(".0")
            if key not in self.names:
                self.export.unnamed.add(key)
            return self.names.get(key, UNNAMED.format(key))
        return key or UNNAMED.format("unknown")

    def check(self, labels: list[str], where: str) -> tuple[str, ...]:
        unknown = sorted(set(labels) - set(LABELS))
        if unknown:
            raise InputError(f"[E362] {self.export.source} {where}: unknown label(s) {unknown}; expected some of "
                             f"{list(LABELS)}. Was the project set up with `casenotes annotate export`'s config?")
        return tuple(label for label in LABELS if label in labels)

    def add(self, task: Any, data: dict[str, Any], where: str, **annotation: Any) -> None:
        if not isinstance(data.get("text"), str):
            raise InputError(f"[E370] {self.export.source} {where}: the task has no text; expected tasks made by "
                             "`casenotes annotate export` (data with 'text' and 'sentence_id').")
        sentence = data.get("sentence_id")
        self.export.annotations.append(Annotation(
            task=str(task), id=str(sentence) if sentence not in (None, "") else f"task-{task}", text=data["text"],
            **annotation))

    def task(self, task: dict[str, Any], index: int) -> None:
        """A task of a JSON export: ``data`` and its ``annotations`` (``completions`` in old exports)."""
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            raise InputError(f"[E360] {self.export.source} item {index + 1}: not a Label Studio task (no 'data').")
        tid = str(task.get("id", index + 1))
        self.export.tasks.add(tid)
        annotations = task.get("annotations", task.get("completions")) or []
        if not annotations:
            self.export.unannotated.add(tid)
        for a in annotations:
            if a.get("was_cancelled") or a.get("skipped"):
                self.export.skipped = (self.export.skipped or 0) + 1
                continue
            where = f"task {tid}, annotation {a.get('id')}"
            choices = []
            for result in a.get("result") or []:
                if str(result.get("type", "")).lower() != "choices":
                    continue
                if result.get("from_name") != CONTROL:
                    raise InputError(f"[E363] {self.export.source} {where}: choices from a control named "
                                     f"'{result.get('from_name')}'; casenotes' labelling config names it "
                                     f"'{CONTROL}'. Use the config `casenotes annotate export` writes.")
                choices += result.get("value", {}).get("choices", [])
            self.add(tid, task["data"], where, annotator=self.annotator(a.get("completed_by")),
                     labels=self.check(choices, where), ground_truth=bool(a.get("ground_truth", False)),
                     time=_when(a.get("updated_at") or a.get("created_at")))

    def flat(self, record: dict[str, Any], where: str) -> None:
        """A JSON-MIN record or CSV/TSV row: the task's data, ``id``, our control's value and annotation details."""
        tid = str(record.get("id"))
        self.export.tasks.add(tid)
        if record.get("annotation_id") in (None, ""):  # a task exported with no annotation
            self.export.unannotated.add(tid)
            return
        where = f"task {tid}, annotation {record.get('annotation_id')}"
        self.add(tid, record, where, annotator=self.annotator(record.get("annotator")),
                 labels=self.check(self.flat_choices(record.get(CONTROL), where), where), ground_truth=None,
                 time=_when(record.get("updated_at") or record.get("created_at")))

    def flat_choices(self, value: Any, where: str) -> list[str]:
        """Label Studio's 'pretty' value: one choice bare, several as ``{"choices": [...]}`` (JSON text in CSV),
        a list of those for several results, nothing (absent or empty) for none."""
        if value in (None, ""):
            return []
        if isinstance(value, str) and value.lstrip().startswith(("{", "[")):
            try:
                value = json.loads(value)
            except json.JSONDecodeError:
                raise InputError(f"[E371] {self.export.source} {where}: the '{CONTROL}' value is not valid "
                                 "JSON.") from None
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [str(c) for c in value.get("choices", [])]
        if isinstance(value, list):
            return [c for item in value for c in self.flat_choices(item, where)]
        raise InputError(f"[E371] {self.export.source} {where}: the '{CONTROL}' value is not a choice or a list "
                         "of choices.")


_FLAT_KEYS = {"id", "text", "annotator", "annotation_id"}


def read_label_studio(path: Path, *, names: dict[str, str] | None = None,
                      keep_going: bool = False) -> LabelStudioExport:
    """Read a Label Studio export of a project made with ``LABEL_STUDIO_CONFIG``, in any shape Label Studio
    offers for it: JSON (tasks with annotations), JSON-MIN (one flat record per annotation), CSV or TSV (the same
    records as rows). The shape is read from the content, not the file name.

    Args:
        names: names for numeric Label Studio user ids (``{"3": "amir@example.org"}``).
        keep_going: a task or record that cannot be read (E360, E362, E363, E370, E371) is left out and listed in
            ``refused`` with its coded message, instead of failing the file (the validation sample's import
            rejects it and goes on).

    Raises:
        InputError: not a Label Studio export of that config (E360), unreadable (E361), unknown labels (E362),
            labels from another control (E363), tasks without text (E370).
    """
    text = path.read_text(encoding="utf-8-sig")
    expected = ("expected a Label Studio export (JSON, JSON-MIN, CSV or TSV) of a project made with "
                "`casenotes annotate export`")
    if text.lstrip().startswith(("[", "{")):
        records = _loads(text, path)
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise InputError(f"[E360] {path.name}: a JSON export is a list of tasks or records; {expected}.")
        if not records or any("data" in r or "annotations" in r or "completions" in r for r in records):
            reader = _Reader(path, "json", names or {})
            for i, task in enumerate(records):
                tid = str(task.get("id", i + 1)) if isinstance(task, dict) else str(i + 1)
                reader.attempt(keep_going, tid, reader.task, task, i)
            return reader.export
        if all(_FLAT_KEYS <= set(r) for r in records):
            reader = _Reader(path, "json-min", names or {})
            for i, record in enumerate(records):
                reader.attempt(keep_going, str(record.get("id")), reader.flat, record, f"record {i + 1}")
            return reader.export
        raise InputError(f"[E360] {path.name}: neither tasks with 'data' and 'annotations' nor records with "
                         f"{sorted(_FLAT_KEYS)}; {expected}.")
    shape = "tsv" if "\t" in text.partition("\n")[0] else "csv"
    rows = csv.DictReader(io.StringIO(text, newline=""), delimiter="\t" if shape == "tsv" else ",")
    if not _FLAT_KEYS <= set(rows.fieldnames or []):
        raise InputError(f"[E360] {path.name}: read as {shape.upper()}, but the columns {sorted(_FLAT_KEYS)} are "
                         f"not all there; {expected}.")
    reader = _Reader(path, shape, names or {})
    try:
        for row in rows:
            reader.attempt(keep_going, str(row.get("id")), reader.flat, row, f"line {rows.line_num}")
    except csv.Error as exc:
        raise InputError(f"[E361] {path.name} line {rows.line_num}: not valid {shape.upper()} ({exc}).") from None
    return reader.export


@dataclass
class _Sentence:
    id: str
    text: str
    tasks: list[str]
    by_annotator: dict[str, Annotation]  # each annotator's latest

    @property
    def label_sets(self) -> set[tuple[str, ...]]:
        return {a.labels for a in self.by_annotator.values()}


def _sentences(export: LabelStudioExport) -> tuple[list[_Sentence], list[str]]:
    """Annotations grouped by sentence (a sentence imported into several tasks is pooled), each annotator's
    latest only; and warnings for what a researcher should know about."""
    sentences: dict[str, _Sentence] = {}
    for a in export.annotations:
        s = sentences.setdefault(a.id, _Sentence(a.id, a.text, [], {}))
        if s.text != a.text:
            raise InputError(f"[E364] {export.source}: sentence '{a.id}' has a different text in task {a.task} than "
                             f"in task {s.tasks[0]}; one id must be one sentence. Re-export the tasks from casenotes.")
        if a.task not in s.tasks:
            s.tasks.append(a.task)
        if a.annotator not in s.by_annotator or a.time >= s.by_annotator[a.annotator].time:
            s.by_annotator[a.annotator] = a
    warnings = [f"sentence {s.id} was imported into Label Studio {len(s.tasks)} times (tasks {', '.join(s.tasks)}); "
                "its annotations were pooled, each annotator's latest counting once."
                for s in sentences.values() if len(s.tasks) > 1]
    by_text: dict[str, list[str]] = {}
    for s in sentences.values():
        by_text.setdefault(s.text, []).append(s.id)
    warnings += [f"sentences {', '.join(ids)} have the same text; each is kept under its own id."
                 for ids in by_text.values() if len(ids) > 1]
    if export.unnamed:
        warnings.append(f"annotators known only by Label Studio user id ({', '.join(sorted(export.unnamed, key=int))}) "
                        f"are written as {UNNAMED.format('ID')}; name them with --annotator ID=NAME, or export "
                        "with annotator details.")
    return list(sentences.values()), warnings


def _settle(sentence: _Sentence, rule: str) -> tuple[str, ...] | None:
    """The labels ``rule`` gives a sentence (any rule gives what all its annotators agree on); None: undecided."""
    sets = sentence.label_sets
    if len(sets) == 1:
        return next(iter(sets))
    annotations = list(sentence.by_annotator.values())
    if rule == "majority":
        n = len(annotations)
        counts = {label: sum(label in a.labels for a in annotations) for label in LABELS}
        if any(2 * c == n for c in counts.values()):
            return None
        return tuple(label for label in LABELS if 2 * counts[label] > n)
    if rule == "ground-truth":
        truths = {a.labels for a in annotations if a.ground_truth}
        return next(iter(truths)) if len(truths) == 1 else None
    if rule == "latest":
        return max(annotations, key=lambda a: a.time).labels
    raise ValueError(rule)


def _disagreements(sentences: list[_Sentence], *, ground_truth: bool) -> list[dict[str, Any]]:
    """The sentences annotators labelled differently: who gave what, and what each rule would decide (ids and
    labels only, never the text)."""
    rules = ("majority", "latest", "ground-truth") if ground_truth else ("majority", "latest")
    out = []
    for s in sentences:
        if len(s.label_sets) > 1:
            decided = {rule.replace("-", "_"): _settle(s, rule) for rule in rules}
            out.append({"id": s.id, "tasks": s.tasks,
                        "labels": {name: list(a.labels) for name, a in sorted(s.by_annotator.items())},
                        **{k: list(v) if v is not None else None for k, v in decided.items()}})
    return out


def import_label_studio(path: Path, *, rule: str = "majority", split: str = "train",
                        names: dict[str, str] | None = None) -> dict[str, Any]:
    """Labelled rows from a Label Studio export, ready for ``casenotes train --extra``.

    Every row carries its ``split``, its provenance (``source`` file, ``annotators``, the ``adjudication`` rule,
    whether the annotators ``agreed``) and every annotator's own labels (``annotations``), so agreement can still
    be measured on the imported file. Skipped annotations, tasks nobody annotated and model predictions are not
    labels and are not imported.

    Args:
        rule: one of ``ADJUDICATION_RULES``.
        split: the split written on every row.
        names: names for numeric Label Studio user ids.

    Returns:
        ``{"rows", "summary", "disagreements", "warnings"}``.

    Raises:
        InputError: a bad export (see ``read_label_studio``), an unknown rule (E365), ``ground-truth`` on a shape
            without the flag (E366), nothing to import (E367).
    """
    if rule not in ADJUDICATION_RULES:
        raise InputError(f"[E365] --adjudicate '{rule}' is unknown; expected one of {list(ADJUDICATION_RULES)}.")
    export = read_label_studio(path, names=names)
    if rule == "ground-truth" and export.shape != "json":
        raise InputError(f"[E366] {export.source}: a {export.shape.upper()} export does not carry Label Studio's "
                         "ground-truth flag; export the project as JSON, or choose another --adjudicate rule.")
    sentences, warnings = _sentences(export)
    rows, undecided = [], []
    for s in sentences:
        agreed = len(s.label_sets) == 1
        base = {"id": s.id, "text": s.text, "split": split, "source": export.source, "adjudication": rule,
                "agreed": agreed}
        if rule == "all":
            rows += [{**base, "labels": list(a.labels), "annotator": name, "annotators": [name]}
                     for name, a in sorted(s.by_annotator.items())]
            continue
        labels = _settle(s, rule)
        if labels is None:
            undecided.append(s.id)
            continue
        rows.append({**base, "labels": list(labels), "annotators": sorted(s.by_annotator),
                     "annotations": [a.record() for _, a in sorted(s.by_annotator.items())]})
    summary = {"source": export.source, "shape": export.shape, "rule": rule, "tasks": len(export.tasks),
               "annotations": len(export.annotations), "skipped": export.skipped,
               "unannotated_tasks": len(export.unannotated), "sentences": len(sentences), "written": len(rows),
               "undecided": undecided}
    if not rows:
        skipped = f"{export.skipped} skipped, " if export.skipped is not None else ""
        raise InputError(f"[E367] {export.source}: no labelled sentence to import ({len(export.tasks)} tasks: "
                         f"{skipped}{len(export.unannotated)} with no annotation, {len(undecided)} left undecided by "
                         f"--adjudicate {rule}). Finish the annotations in Label Studio, or choose another rule.")
    return {"rows": rows, "summary": summary, "warnings": warnings,
            "disagreements": _disagreements(sentences, ground_truth=export.shape == "json")}


def pairwise_agreement(labelled: Iterable[tuple[str, str, Iterable[str]]]) -> list[dict[str, Any]]:
    """Per pair of annotators with sentences in common: agreement per label (Cohen's kappa, Krippendorff's alpha).

    Args:
        labelled: (sentence id, annotator, labels), one per annotator and sentence.
    """
    from casenotes.classify.evaluate import agreement

    by_annotator: dict[str, dict[str, set[str]]] = {}
    for sentence, annotator, labels in labelled:
        by_annotator.setdefault(annotator, {})[sentence] = set(labels)
    names = sorted(by_annotator)
    out = []
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            common = sorted(set(by_annotator[a]) & set(by_annotator[b]))
            if common:
                matrix = [np.array([[int(l in by_annotator[who][s]) for l in LABELS] for s in common])
                          for who in (a, b)]
                out.append({"pair": f"{a} vs {b}", **agreement(*matrix)})
    return out


def agreement_report(path: Path, *, names: dict[str, str] | None = None) -> dict[str, Any]:
    """Who labelled what in a Label Studio export: agreement per pair of annotators and the sentences they
    disagree on, with what each adjudication rule would decide."""
    export = read_label_studio(path, names=names)
    sentences, warnings = _sentences(export)
    pairs = pairwise_agreement((s.id, name, a.labels) for s in sentences for name, a in s.by_annotator.items())
    return {"source": export.source, "shape": export.shape, "sentences": len(sentences),
            "annotators": sorted({a.annotator for a in export.annotations}), "pairs": pairs,
            "disagreements": _disagreements(sentences, ground_truth=export.shape == "json"), "warnings": warnings}


# -- files: what the `annotate` commands read and write ------------------------------------------------------

def parse_annotator(pair: str) -> tuple[str, str]:
    """``"3=amir@example.org"`` -> ``("3", "amir@example.org")``: a name for a numeric Label Studio user id.

    Raises:
        InputError: not ID=NAME with a numeric id (E368).
    """
    uid, sep, name = pair.partition("=")
    if not sep or not uid.strip().isdigit() or not name.strip():
        raise InputError(f"[E368] --annotator '{pair}' is not ID=NAME; expected e.g. 3=amir@example.org.")
    return uid.strip(), name.strip()


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InputError(f"[E142] --format '{fmt}' is unknown; expected one of {list(FORMATS)}.")


def export_file(in_path: Path, output: Path, *, fmt: str = "labelstudio") -> int:
    """Write the sentences of ``in_path`` (see :func:`read_any`) for an annotation tool: Label Studio tasks (JSON,
    with the labelling config beside it as ``.config.xml``) or doccano JSONL. Returns the number of sentences."""
    _check_format(fmt)
    rows = read_any(in_path)
    if fmt == "labelstudio":
        tasks = to_label_studio(rows, source=in_path.name)
        with open_private(output, encoding="utf-8") as fh:  # 0600: the tasks hold sentences
            fh.write(json.dumps(tasks, ensure_ascii=False, indent=1))
        output.with_suffix(".config.xml").write_text(LABEL_STUDIO_CONFIG, encoding="utf-8")
    else:
        write_jsonl(output, to_doccano(rows))
    return len(rows)


def import_file(in_path: Path, output: Path, *, fmt: str = "labelstudio", rule: str = "majority",
                split: str = "train", names: dict[str, str] | None = None, report: Path | None = None) -> dict[str, Any]:
    """Read finished annotations into labelled JSONL at ``output`` (it trains as it is).

    Args:
        fmt: ``"labelstudio"`` (any export shape; see :func:`import_label_studio` for ``rule``, ``split`` and
            ``names``) or ``"doccano"``.
        report: where to write the import's summary, warnings and disagreements as JSON (Label Studio only).

    Returns:
        :func:`import_label_studio`'s result, or ``{"rows"}`` for doccano.
    """
    _check_format(fmt)
    if fmt == "doccano":
        rows = from_doccano(read_any(in_path), source=in_path.name, split=split)
        write_jsonl(output, rows)
        return {"rows": rows}
    result = import_label_studio(in_path, rule=rule, split=split, names=names)
    write_jsonl(output, result["rows"])
    if report is not None:
        report.write_text(json.dumps({k: v for k, v in result.items() if k != "rows"}, indent=1), encoding="utf-8")
    return result


# -- active learning ---------------------------------------------------------------------------------------------

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


def queue_rows(picked: pd.DataFrame, thresholds: dict[str, float], *, model: str) -> list[dict[str, Any]]:
    """``queue``'s sentences as JSON lines that carry the model's view: its ``scores`` per label, the labels it
    ``suggested`` at its thresholds and its name, which ``to_label_studio`` turns into Label Studio predictions."""
    return [{"id": row["id"], "text": row["text"], "closest_label": row["closest_label"],
             "uncertainty": float(row["uncertainty"]), "model": model,
             "scores": {l: round(float(row[f"p_{l}"]), 4) for l in LABELS},
             "suggested": [l for l in LABELS if row[f"p_{l}"] >= thresholds[l]]} for row in picked.to_dict("records")]


def queue_file(db: Path, output: Path, *, size: int = 100, model: str | Path | None = None,
               exclude: Path | None = None) -> int:
    """Write the ``size`` sentences of a scored store that a model is least sure about (:func:`queue`) as
    :func:`queue_rows` JSON lines to ``output``; returns how many.

    Args:
        model: the model whose thresholds define uncertainty (default: the one the store's latest run used).
        exclude: labelled JSONL whose sentence ids are already annotated.
    """
    from casenotes.classify.registry import read_model_json, resolve_model_path
    from casenotes.store import Store

    with Store(db, read_only=True) as store:
        run = store.latest_run()
        path = resolve_model_path(model or (run["model"] if run is not None else None))
        thresholds = read_model_json(path)["thresholds"]
        done = {str(r["id"]) for r in read_any(exclude)} if exclude else set()
        sentences = store.queue_candidates(thresholds, size=size, exclude=done)
    picked = queue(sentences, thresholds, size=size)
    write_jsonl(output, queue_rows(picked, thresholds, model=path.name))
    return len(picked)


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
        latest = self.latest()
        return pairwise_agreement(zip(latest["id"], latest["annotator"], latest["labels"]))

    def to_label_studio(self, annotator: str) -> list[dict[str, Any]]:
        """This annotator's latest labels as Label Studio tasks: annotations credited to them, never predictions."""
        latest = self.latest()
        mine = latest[latest["annotator"] == annotator] if len(latest) else latest
        return to_label_studio(mine[["id", "text", "labels", "annotator"]].to_dict("records"), source=self.path.name)
