"""``casenotes validation import``: a coded validation sample back into the store, from the filled ``sample.csv``
or from a Label Studio export of the tasks ``casenotes validation sample`` wrote (``sample_labelstudio.json``).

Codes are kept per coder, the first coder's apart from the second's (a double-coded share, for agreement only),
so that ``casenotes trends`` corrects with the first coder's and agreement can be recomputed. A row or task that
cannot be used is never dropped silently: it is rejected with a coded reason naming the file and the row or task
(an unknown sample id, a label that is not 0/1 or not one of ours, a partial coding, a duplicate, a sentence
already coded in that role by someone else) and written to a rejects file, and the import goes on with the rest.

A Label Studio task carries the sample id (``sentence_id``) and the text only, as the coder saw it; its
annotations, oldest first, are the first and the second coder's (each annotator named as Label Studio names them:
an email, or ``label-studio-user-N``); ticked choices are 1 and the rest 0 (Label Studio saves a submission with
nothing ticked as no result: every label 0).

``--rematch`` is the other way in: a filled ``sample.csv`` drawn from another store (the same notes scored with
another model) is stored as this store's sample after the checks ``casenotes trends --validation`` makes, sentence
by sentence on the text (E599); any failure refuses the whole file, since a sample is only a sample whole.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from casenotes.errors import InputError
from casenotes.inference.corrected import stratum_name
from casenotes.schemas import LABELS
from casenotes.store import Store
from casenotes.validation import ROLES, check_stored, frame_sha256, read_coded, stored_sample, text_hash

REJECT_COLUMNS = ["file", "where", "sample_id", "code", "message"]
"""The rejects file's columns: the row or task, its sample id and the coded reason (no text)."""
UNNAMED = "unnamed"
"""The coder of a filled CSV imported without ``--coder``."""


@dataclass
class ImportReport:
    """What an import did.

    Attributes:
        sample: the stored sample's key.
        file: the imported file's name.
        saved: codes saved per coder role (a code replacing the same coder's earlier one counts).
        uncoded: rows or tasks with no coding (empty label cells, no annotation, or a skipped one).
        rejects: the rejected rows or tasks (``REJECT_COLUMNS``).
        rejects_path: where the rejects were written, when there were any.
        rematched: whether the file was stored as this store's sample (``--rematch``).
    """

    sample: str
    file: str
    saved: dict[str, int] = field(default_factory=dict)
    uncoded: int = 0
    rejects: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=REJECT_COLUMNS))
    rejects_path: Path | None = None
    rematched: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"sample": self.sample, "file": self.file, "saved": self.saved, "uncoded": self.uncoded,
                "rejected": int(len(self.rejects)), "rejects": None if self.rejects_path is None
                else str(self.rejects_path), "rematched": self.rematched}


def import_codes(store_path: str | Path, path: str | Path, *, coder: str | None = None, second: bool = False,
                 sample_key: str | None = None, rematch: bool = False,
                 rejects: str | Path | None = None) -> ImportReport:
    """Import a coded validation sample into the store.

    Args:
        store_path: the store the sample was drawn from (or, with ``rematch``, the one to match it to).
        path: a filled ``sample.csv`` or a Label Studio export (JSON, JSON-MIN, CSV) of the sample's tasks.
        coder: the coder of a filled CSV (default ``unnamed``); a Label Studio export names its annotators.
        second: the codes are a second coder's (agreement only); otherwise the first coder's (and, in a Label
            Studio task, a later annotation by someone else the second coder's).
        sample_key: the stored sample the codes are for (default: the newest).
        rematch: store a filled ``sample.csv`` as this store's sample (see the module docstring).
        rejects: the rejects file (default: ``<file stem>_rejects.csv`` beside the store).

    Raises:
        InputError: [E590] not a sample CSV or Label Studio export, or ``coder`` with a Label Studio export;
            [E591] no stored sample; [E598] the stored sample no longer matches the store; with ``rematch``,
            what ``trends --validation`` refuses (E500-E507, E599).
    """
    path = Path(path)
    role = ROLES[1] if second else ROLES[0]
    table = _sample_table(path)
    if table is None and coder is not None:
        raise InputError(f"[E590] {path.name}: --coder names the coder of a filled sample.csv; a Label Studio export "
                         f"names its own annotators.")
    with Store(store_path) as store:
        if rematch:
            if table is None:
                raise InputError(f"[E590] {path.name}: --rematch needs the filled sample.csv (it carries each "
                                 f"sentence's note, index, stratum and weight); a Label Studio export does not.")
            return _rematch(store, path, coder or UNNAMED, role)
        sample = _target(store, sample_key)
        rows = check_stored(store, sample)
        if table is not None:
            found, uncoded, refused = _csv_codes(table, rows, path.name, coder or UNNAMED, role)
        else:
            found, uncoded, refused = _label_studio_codes(path, rows, role)
        saved, more = _settle(found, store.validation_codes(sample["sample_key"]), path.name)
        store.save_validation_codes(sample["sample_key"], saved)
    report = ImportReport(sample=sample["sample_key"], file=path.name, uncoded=uncoded,
                          saved={r: int((saved["coder_role"] == r).sum()) for r in ROLES},
                          rejects=pd.DataFrame(refused + more, columns=REJECT_COLUMNS))
    if len(report.rejects):
        from casenotes.private import save_table

        report.rejects_path = save_table(report.rejects, Path(rejects) if rejects is not None else
                                         Path(store_path).with_name(f"{path.stem}_rejects.csv"))
    return report


def _sample_table(path: Path) -> pd.DataFrame | None:
    """The file as a filled ``sample.csv`` (text cells), or None when it is JSON or a Label Studio CSV/TSV.

    Raises:
        InputError: [E590] neither.
    """
    from casenotes.export import read_csv

    head = path.read_bytes()[:4096].decode("utf-8-sig", errors="replace").lstrip()
    if head.startswith(("[", "{")):
        return None
    try:
        table = read_csv(path, dtype=str, keep_default_na=False)
    except (ValueError, UnicodeDecodeError):
        table = pd.DataFrame()
    if "sample_id" in table.columns and set(LABELS) <= set(table.columns):
        return table.map(str.strip)
    if {"id", "annotation_id"} <= set(table.columns) or "\t" in head.partition("\n")[0]:
        return None  # Label Studio's CSV/TSV export
    raise InputError(f"[E590] {path.name}: neither a filled sample.csv (sample_id and the label columns) nor a "
                     f"Label Studio export of the sample's tasks.")


def _target(store: Store, sample_key: str | None) -> pd.Series:
    """The stored sample codes go to: ``sample_key``'s or the newest.

    Raises:
        InputError: [E591] none stored.
    """
    if sample_key is not None:
        sample = stored_sample(store, sample_key)
        assert sample is not None, "stored_sample raises for an unknown key"
        return sample
    samples = store.validation_samples()
    if samples.empty:
        raise InputError(f"[E591] {store.path.name} holds no validation sample; draw one with `casenotes validation "
                         f"sample`, or store a filled sample.csv drawn from another store with --rematch.")
    return samples.iloc[0]


def _reject(file: str, where: str, sample_id: str, error: InputError | str) -> list[Any]:
    """A rejects-file row: the error a row or task would raise if it were the only one (coded, no text)."""
    message = str(error)
    return [file, where, sample_id, message[1:5], message]


def _csv_codes(table: pd.DataFrame, rows: pd.DataFrame, name: str, coder: str,
               role: str) -> tuple[pd.DataFrame, int, list[list[Any]]]:
    """A filled CSV's codings (``where, sample_id, coder, coder_role``, 0/1 per label), its uncoded rows and
    its rejects (E592 unknown id or another sentence, E593 a cell not 0/1/empty, E594 a partial coding, E595 a
    sample id twice, E599 another text)."""
    stored = rows.set_index("sample_id")
    found, refused, uncoded = [], [], 0
    seen: set[str] = set()
    for i, row in enumerate(table.to_dict("records")):
        sid, where = row["sample_id"], f"row {i + 2}"
        cells = [row[label] for label in LABELS]
        bad = [label for label, cell in zip(LABELS, cells) if cell not in ("0", "1", "")]
        problem = (
            InputError(f"[E595] {name} {where}: sample_id {sid} appears earlier in the file; each sentence is one row.")
            if sid in seen else
            InputError(f"[E592] {name} {where}: sample_id {sid} is not in the stored sample; import the file drawn "
                       f"with it.")
            if sid not in stored.index else
            InputError(f"[E592] {name} {where}: sample_id {sid} names another sentence (note_id, sent_idx) than the "
                       f"stored sample's; import the file drawn with it.")
            if any(row.get(c, "") not in ("", str(stored.at[sid, c])) for c in ("note_id", "sent_idx")) else
            InputError(f"[E599] {name} {where}, column text: sample_id {sid} was coded on another sentence than the "
                       f"stored one.")
            if row.get("text", "") and text_hash(row["text"]) != stored.at[sid, "text_sha256"] else
            InputError(f"[E593] {name} {where}, column {bad[0]}: expected 0, 1 or empty (not coded).")
            if bad else
            InputError(f"[E594] {name} {where}: coded for some labels only; code every label column 0/1, or none.")
            if 0 < sum(c != "" for c in cells) < len(LABELS) else None)
        seen.add(sid)
        if problem:
            refused.append(_reject(name, where, sid, problem))
        elif all(c == "" for c in cells):
            uncoded += 1
        else:
            found.append({"where": where, "sample_id": sid, "coder": coder, "coder_role": role,
                          **{label: int(c) for label, c in zip(LABELS, cells)}})
    return _frame(found, f"{name} (CSV)"), uncoded, refused


def _label_studio_codes(path: Path, rows: pd.DataFrame, first_role: str) -> tuple[pd.DataFrame, int,
                                                                                  list[list[Any]]]:
    """A Label Studio export's codings: per task, its annotations oldest first as the first and the second coder
    (from ``first_role``); its unannotated or skipped tasks; its rejects (the reader's own E360-E371 for a task it
    cannot read, E592 unknown sample id, E595 a sample id in a second task, E597 a third annotation or the same
    annotator twice)."""
    from casenotes.annotate import read_label_studio

    export = read_label_studio(path, keep_going=True)
    name = path.name
    refused = [_reject(name, f"task {task}", "", message) for task, message in export.refused]
    bad_tasks = {task for task, _ in export.refused}
    roles = ROLES[ROLES.index(first_role):]
    known = set(rows["sample_id"])
    found: list[dict[str, Any]] = []
    task_of: dict[str, str] = {}
    by_task: dict[str, list[Any]] = {}
    for a in export.annotations:
        if a.task not in bad_tasks:
            by_task.setdefault(a.task, []).append(a)
    for task, coded in by_task.items():
        sid, where = coded[0].id, f"task {task}"
        if sid not in known:
            refused.append(_reject(name, where, sid, InputError(
                f"[E592] {name} {where}: sentence_id {sid} is not in the stored sample; import the export of the "
                f"tasks drawn with it.")))
            continue
        if task_of.setdefault(sid, task) != task:
            refused.append(_reject(name, where, sid, InputError(
                f"[E595] {name} {where}: sentence_id {sid} is also task {task_of[sid]}; each sampled sentence is one "
                f"task.")))
            continue
        coders: list[str] = []
        for a in sorted(coded, key=lambda a: a.time):
            if a.annotator in coders or len(coders) == len(roles):
                refused.append(_reject(name, where, sid, InputError(
                    f"[E597] {name} {where}: an annotation by {a.annotator} beyond the {' and '.join(roles)} coder's "
                    f"(a sentence has one coding per role, by two different people).")))
                continue
            found.append({"where": where, "sample_id": sid, "coder": a.annotator, "coder_role": roles[len(coders)],
                          **{label: int(label in a.labels) for label in LABELS}})
            coders.append(a.annotator)
    uncoded = len(export.unannotated - bad_tasks) + (export.skipped or 0)
    return _frame(found, f"{name} (Label Studio)"), uncoded, refused


def _frame(found: list[dict[str, Any]], source: str) -> pd.DataFrame:
    return pd.DataFrame(found, columns=["where", "sample_id", "coder", "coder_role", *LABELS]).assign(source=source)


def _settle(found: pd.DataFrame, stored: pd.DataFrame, name: str) -> tuple[pd.DataFrame, list[list[Any]]]:
    """The codings that can be saved, and rejects for those that clash with the stored codes: the sentence coded
    in that role by someone else (E596) or by the same person in the other role (E597). The same coder's earlier
    code in the same role is replaced."""
    holder = {(r.sample_id, r.coder_role): r.coder for r in stored.itertuples()}
    refused, keep = [], np.ones(len(found), dtype=bool)
    for i, r in enumerate(found.itertuples()):
        other = ROLES[1 - ROLES.index(r.coder_role)]
        if holder.get((r.sample_id, r.coder_role), r.coder) != r.coder:
            message = InputError(f"[E596] {name} {r.where}: sample_id {r.sample_id} is already coded as "
                                 f"{r.coder_role} coder by someone else; import a second coding with --second.")
        elif holder.get((r.sample_id, other)) == r.coder:
            message = InputError(f"[E597] {name} {r.where}: sample_id {r.sample_id} is already coded by the same "
                                 f"coder as {other} coder; the two codings of a sentence are two people's.")
        else:
            continue
        keep[i] = False
        refused.append(_reject(name, r.where, r.sample_id, message))
    return found[keep].drop(columns="where"), refused


def _rematch(store: Store, path: Path, coder: str, role: str) -> ImportReport:
    """Store a filled ``sample.csv`` drawn elsewhere as this store's sample, with its codes, after the whole-file
    checks of ``read_coded`` (the sentences, their text and strata, the frame)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its uncoded rows are counted in the report
        coded = read_coded(path, store)
    beside = path.with_name("sample.json")
    drawn = json.loads(beside.read_text(encoding="utf-8")) if beside.is_file() else {}
    frame = store.sentence_strata()
    frame["stratum"] = [stratum_name(t, p) for t, p in zip(frame["trained"], frame["timepoint"])]
    run = store.latest_run()
    record = {"run_id": None if run is None else str(run["run_id"]), "seed": drawn.get("seed"),
              "per_stratum": drawn.get("per_stratum"), "settings": drawn.get("settings"),
              "settings_sha256": drawn.get("settings_sha256"), "frame_sha256": frame_sha256(frame),
              "frame": json.loads(frame.to_json(orient="records")),
              "origin": f"re-matched from {path.name} (drawn from run {drawn.get('run_id', 'unknown')})"}
    key = store.save_validation_sample(record, coded.drawn)
    codes = coded.rows[["sample_id", *LABELS]].assign(coder=coder, coder_role=role, source=f"{path.name} (CSV)")
    store.save_validation_codes(key, codes)
    return ImportReport(sample=key, file=path.name, saved={r: int(len(codes)) * (r == role) for r in ROLES},
                        uncoded=coded.n_uncoded, rematched=True)
