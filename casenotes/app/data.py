"""Cached data access for the dashboard: pages call these, never SQL or model code directly.

``run_id`` (the newest run in the store) is part of every cache key, so a new scoring run refreshes the pages.

Long because it is the dashboard's one door to data: every cached accessor the pages use is here.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from casenotes.app.auth import UserStore, current_user, text_access, users_file
from casenotes.errors import InputError, TooFewTeamsError, TrialRefusedError
from casenotes.private import save_table
from casenotes.store import Store
from casenotes.trends import RATE_SUFFIX, Suppression, aggregate_cells, cell_frame, effects_cache


_MD_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def escape_md(value: object) -> str:
    """``value`` as literal text wherever Streamlit reads Markdown (``st.markdown``/``write``/``caption``/
    ``subheader``, alerts, expander and widget labels): every ASCII punctuation character is backslash-escaped,
    so a borough, team, note or file name cannot become a link, an image the browser fetches from an outside
    host, HTML, a heading, a colour directive or maths."""
    return _MD_PUNCTUATION.sub(r"\\\1", str(value))


def escape_html(value: object) -> str:
    """``value`` as literal text inside an HTML block given to ``st.markdown(..., unsafe_allow_html=True)``:
    HTML-escaped, with line breaks as character references, because a blank line would end the HTML block and
    let Markdown read the rest (an image link in a note would load)."""
    return html.escape(str(value)).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "&#10;")


def sentence_evidence(text: str, stored: str | None) -> list[dict[str, Any]]:
    """A stored sentence's evidence spans (the ``evidence`` column: JSON records ``label``, ``start``, ``end``,
    ``text`` and, where the classifier records them, ``rule`` and the ensemble member as ``model``), each with ``located``: whether its
    offsets still point at its phrase in ``text`` (a span that does not is listed, never highlighted wrongly)."""
    spans = []
    for e in json.loads(stored or "[]"):
        start, end = e.get("start"), e.get("end")
        located = (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
                   and text[start:end] == e.get("text", text[start:end]))
        spans.append({**e, "located": located})
    return spans


def evidence_html(text: str, spans: list[dict[str, Any]], colours: dict[str, str]) -> str:
    """``text`` as escaped HTML with each located evidence phrase marked (``<mark>``, in its label's colour,
    titled with its labels and sources); overlapping phrases are split where they overlap, so every character
    is shown once."""
    located = [e for e in spans if e["located"]]
    cuts = sorted({0, len(text), *(e["start"] for e in located), *(e["end"] for e in located)})
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        over = [e for e in located if e["start"] <= a and b <= e["end"]]
        piece = escape_html(text[a:b])
        if over:
            title = html.escape("; ".join(f"{e['label']} ({evidence_source(e)})" for e in over), quote=True)
            piece = (f"<mark style='background:{colours.get(over[0]['label'], '#eee')};font-weight:600;"
                     f"border-bottom:2px solid #333;padding:0' title='{title}'>{piece}</mark>")
        parts.append(piece)
    return "".join(parts)


def evidence_source(span: dict[str, Any]) -> str:
    """Where an evidence span came from, in words: the ensemble member when recorded (``model``), and the rule id
    (or ``linear``: the linear model's weighted words)."""
    rule = str(span.get("rule") or "")
    source = "linear model's weighted words" if rule == "linear" else f"rule {rule}" if rule else "not recorded"
    return f"{span['model']}: {source}" if span.get("model") else source


def default_db() -> str:
    return os.environ.get("CASENOTES_DB", "demo_data/demo.duckdb")


def current_db() -> str | None:
    """The store chosen in the sidebar (admins only; everyone else sees the served store), or None (with a
    message on the page) when it is missing."""
    path = st.session_state.get("db_path") or default_db()
    if not Path(path).is_file():
        st.warning(f"No store at '{path}'. Create one with `casenotes score INPUT --db {path}` or `casenotes demo`.")
        return None
    return path


@contextmanager
def open_store(db_path: str) -> Iterator[Store]:
    """A short-lived read-only connection: the dashboard never holds the file open between queries, so a
    batch run can take its write lock whenever no page is mid-query."""
    store = Store(db_path, read_only=True)
    try:
        yield store
    finally:
        store.close()


def latest_run(db_path: str) -> str:
    """The id of the store's newest run ('' before any), which keys the caches."""
    with open_store(db_path) as store:
        run = store.latest_run()
    return "" if run is None else str(run["run_id"])


@st.cache_data(ttl=300)
def load_info(db_path: str, run_id: str) -> dict:
    with open_store(db_path) as store:
        return store.info()


@st.cache_data(ttl=300)
def load_notes(db_path: str, run_id: str) -> pd.DataFrame:
    """Per-note outcomes (label rates, domain scores) with metadata, no text."""
    with open_store(db_path) as store:
        return store.note_outcomes()


@st.cache_data(ttl=300)
def load_cells(db_path: str, run_id: str) -> pd.DataFrame:
    """The store's summary cells (a few thousand rows however many notes): the trend views aggregate these."""
    with open_store(db_path) as store:
        return cell_frame(store.note_cells())


def suppression(min_notes: int) -> Suppression:
    """The configured suppression rule (``casenotes serve --min-notes/--min-authors``), made stricter when a user
    asks for more notes per group; a page never offers less than the floor."""
    return Suppression.configured().at_least(max(min_notes, Suppression.configured().min_notes))


def user_scope() -> dict[str, str]:
    """The borough (and team) the signed-in user's pages are tied to in the users file of the served store
    (``{}``: none, the user may look at any)."""
    user = current_user()
    return UserStore(users_file(default_db())).scope(user.name) if user else {}


@st.cache_data(ttl=300)
def load_places(db_path: str, run_id: str) -> pd.DataFrame:
    """Every (borough, team) with notes, sorted: what the place filter offers."""
    cells = load_cells(db_path, run_id)
    return cells[["borough", "team"]].drop_duplicates().sort_values(["borough", "team"]).reset_index(drop=True)


def _cells_in(db_path: str, run_id: str, borough: str | None, team: str | None) -> pd.DataFrame:
    """The summary cells of one borough (and team), or all of them for None."""
    cells = load_cells(db_path, run_id)
    if borough is not None:
        cells = cells[cells["borough"] == borough]
    if team is not None:
        cells = cells[cells["team"] == team]
    return cells


@st.cache_data(ttl=300)
def load_aggregates(db_path: str, run_id: str, by: tuple[str, ...], min_notes: int, borough: str | None = None,
                    team: str | None = None) -> pd.DataFrame:
    """Outcomes by ``by`` over the notes of ``borough`` and ``team`` (all when None), suppressed by the rule."""
    return aggregate_cells(_cells_in(db_path, run_id, borough, team), by, rule=suppression(min_notes))


@st.cache_data(ttl=300)
def load_wedge(db_path: str, run_id: str, outcome_column: str, min_notes: int, borough: str | None = None) -> pd.DataFrame:
    """Team x calendar quarter: notes, share written after the team's training, and the outcome's mean
    (suppressed by the rule) - the stepped-wedge picture of a staggered rollout (one borough's teams, or all)."""
    cells = _cells_in(db_path, run_id, borough, None)
    cells = cells.assign(n_trained=cells["n_notes"].where(cells["trained"], 0))
    agg = aggregate_cells(cells, ("team_key", "quarter"), rule=suppression(min_notes))
    agg = agg[agg["outcome"] == outcome_column.removesuffix(RATE_SUFFIX)].reset_index(drop=True)
    trained = cells.groupby(["team_key", "quarter"])["n_trained"].sum().reset_index()
    wedge = agg[["team_key", "quarter", "n_notes", "mean", "suppressed"]].merge(trained, on=["team_key", "quarter"])
    wedge["trained_share"] = wedge.pop("n_trained") / wedge["n_notes"]
    wedge["status"] = wedge["trained_share"].map(lambda s: "trained" if s >= 0.5 else "not yet trained")
    return wedge[["team_key", "quarter", "n_notes", "trained_share", "mean", "status", "suppressed"]]


@st.cache_data(ttl=300)
def load_monthly(db_path: str, run_id: str, trained_split: bool, min_notes: int, borough: str | None = None,
                 team: str | None = None) -> pd.DataFrame:
    return aggregate_cells(_cells_in(db_path, run_id, borough, team),
                           ("month", "status") if trained_split else ("month",), rule=suppression(min_notes))


def load_effects(db_path: str, run_id: str, *, fit: bool = False) -> pd.DataFrame | None:
    """The trial estimates kept beside the store for this run; with ``fit`` and none kept yet, ``casenotes
    trends``'s analysis is run now with its defaults (the dashboard's view and the shipped plan), which keeps them:
    one path fits and keeps the estimates, so the page and the command line cannot disagree.

    Raises:
        TrialRefusedError: [E430]/[E434] too few teams for trial inference (the page says so).
    """
    cache = effects_cache(db_path, run_id)
    if fit and not cache.is_file():
        from casenotes.analysis import run_trends

        if (refused := run_trends(db_path).refused) is not None:
            raise TrialRefusedError(refused)
    return pd.read_parquet(cache) if cache.is_file() else None


@st.cache_data(ttl=300, show_spinner=False)
def load_borough_effects(db_path: str, run_id: str,
                         borough: str) -> tuple[pd.DataFrame | None, str | None, bool]:
    """The analysis plan's trial analysis of one borough's teams alone (no randomisation test: the estimates
    and intervals only), or None and why it was refused, and whether the refusal was for too few teams (the usual
    case for one borough)."""
    from casenotes.inference.plan import load_plan
    from casenotes.inference.trial import analyse_trial

    with open_store(db_path) as store:
        facts = store.note_facts()
    try:
        return analyse_trial(facts[facts["borough"] == borough], load_plan(), permutations=0,
                             with_components=False).estimates, None, False
    except TrialRefusedError as exc:
        return None, str(exc), isinstance(exc, TooFewTeamsError)


@st.cache_data(ttl=300, show_spinner=False)
def load_team_changes(db_path: str, run_id: str, min_notes: int) -> pd.DataFrame:
    """Each trained team's descriptive change beside not-yet-trained teams over the same months
    (:func:`casenotes.inference.summaries.team_changes`), sides under the suppression floor withheld."""
    from casenotes.inference.cells import build_cells
    from casenotes.inference.plan import load_plan
    from casenotes.inference.summaries import team_changes

    with open_store(db_path) as store:
        facts = store.note_facts()
    return team_changes(build_cells(facts, load_plan()), min_notes=suppression(min_notes).min_notes)


@st.cache_data(ttl=300, show_spinner=False)
def load_components(db_path: str, run_id: str) -> pd.DataFrame:
    """ICC and CAC per planned outcome (the trial's variance components), for the analysts' tables."""
    from casenotes.inference.cells import build_cells
    from casenotes.inference.components import variance_components
    from casenotes.inference.plan import load_plan

    plan = load_plan()
    with open_store(db_path) as store:
        facts = store.note_facts()
    return variance_components(build_cells(facts, plan), plan)


@st.cache_data(ttl=300)
def load_note_list(db_path: str, run_id: str, borough: str | None, team: str | None, label: str | None,
                   limit: int = 500) -> pd.DataFrame:
    """Notes matching the filters (ids and metadata only)."""
    with open_store(db_path) as store:
        return store.notes_page(borough=borough, team=team, label=label, limit=limit)


@text_access("notes")
def load_note(db_path: str, note_id: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """A note's (pseudonymised) text, sentences and domain scores. Not cached: text is fetched only when viewed."""
    with open_store(db_path) as store:
        return store.note(note_id)


MODEL_STATUS = "model_status.v1.json"
"""The package data file saying which shipped models are superseded, and by which, which are candidates, and the
external test sets."""


def model_status(path: str | Path = "default") -> dict[str, Any]:
    """The shipped models' status file: ``superseded_by`` (old name -> newer name), ``candidates`` (models shipped
    to be compared before one is chosen; optional, none when absent) and ``external_sets`` (each ``key``, ``title``
    and ``file``, best evidence first).

    Raises:
        InputError: the file is not JSON of that shape (E480).
    """
    from casenotes.data import resolve

    file = resolve(path, MODEL_STATUS)
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
        superseded = {str(k): str(v) for k, v in raw["superseded_by"].items()}
        candidates = raw.get("candidates", [])
        if not isinstance(candidates, list):
            raise TypeError("candidates")
        sets = [{k: str(s[k]) for k in ("key", "title", "file")} for s in raw["external_sets"]]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"[E480] Model status file '{file.name}' needs 'superseded_by' (model -> newer model) and "
                         f"'external_sets' (each with key, title, file), and 'candidates', if any, as a list of "
                         f"model names; {type(exc).__name__} reading it.") from None
    return {"superseded_by": superseded, "candidates": [str(name) for name in candidates], "external_sets": sets}


@st.cache_data(ttl=600)
def load_model_cards() -> pd.DataFrame:
    """One row per shipped model, best first: status (default, candidate, superseded by which model), backend,
    training size, macro-F1 on the gold test split and on each external test set its card holds (None: not measured),
    per-label gold test F1 and flip rate. Ranked by the first external set (``model_status``) where measured,
    then by gold test macro-F1: the external sets were written apart from the training data, so they are the
    better guide to how a model reads notes it has not seen. Of tied models (one model in two precisions) the
    default comes first."""
    from casenotes.classify.registry import DEFAULT_MODEL, models_dir

    status = model_status()
    sets = status["external_sets"]
    rows = []
    for path in sorted(models_dir().glob("*/model.json"), key=lambda p: (p.parent.name != DEFAULT_MODEL, p)):
        meta = json.loads(path.read_text(encoding="utf-8"))
        name, card = path.parent.name, meta.get("card", {})
        ev = card.get("evaluation", {})
        newer = status["superseded_by"].get(name)
        row = {"model": name, "status": "default" if name == DEFAULT_MODEL else
               f"superseded by {newer}" if newer else "candidate" if name in status["candidates"] else "",
               "backend": meta["backend"],
               "trained_on": card.get("training_data", {}).get("sentences"), "macro_f1_gold_test": ev.get("macro_f1")}
        for s in sets:
            row[f"macro_f1_{s['key']}"] = card.get("external", {}).get(s["key"], {}).get("macro_f1")
        row["flip_rate"] = card.get("fairness", {}).get("flip_rate")
        for label, m in ev.get("labels", {}).items():
            row[f"f1_{label}"] = m["f1"]
        rows.append(row)
    cards = pd.DataFrame(rows)
    if cards.empty:
        return cards
    rank = [f"macro_f1_{s['key']}" for s in sets] + ["macro_f1_gold_test"]
    return cards.sort_values(rank, ascending=False, na_position="last", kind="stable").reset_index(drop=True)


def load_model_card(name: str) -> tuple[str, dict]:
    """A model's MODEL_CARD.md text and its card dict."""
    from casenotes.classify.registry import models_dir

    folder = models_dir() / name
    meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    card_md = folder / "MODEL_CARD.md"
    return (card_md.read_text(encoding="utf-8") if card_md.is_file() else ""), meta.get("card", {})


def run_batch(upload_path: str, db_path: str, *, mapping: dict[str, str], model: str, progress,
              people: str | None = None) -> dict:
    """Score an export into a store; returns the run report as a dict.

    Args:
        upload_path: the export (CSV, XLSX, JSONL or Parquet).
        db_path: the store scored into (created if missing).
        mapping: the export's column names -> casenotes' names.
        people: a people table (``case_id, name[, role]``) whose names are pseudonymised before storage.
    """
    import yaml

    from casenotes.batch import score_file

    rejects = Path(db_path).with_name(Path(upload_path).stem + "_rejects.csv")
    with tempfile.TemporaryDirectory(prefix="casenotes-") as tmp:
        mapping_file = Path(tmp) / "mapping.yaml"
        mapping_file.write_text(yaml.safe_dump({"columns": mapping}), encoding="utf-8")
        report = score_file(upload_path, db_path, mapping=mapping_file, rejects=rejects, people=people, model=model,
                            progress=progress)
    return {**report.as_dict(), "rejects_path": str(rejects)}


@contextmanager
def private_files(files: dict[str, bytes]) -> Iterator[dict[str, Path]]:
    """Uploaded files written to a temporary folder only their owner can open (0700), removed when the block
    ends: an upload lives in memory between page runs and on disk only while it is read or scored."""
    with tempfile.TemporaryDirectory(prefix="casenotes-upload-") as tmp:
        os.chmod(tmp, 0o700)
        paths = {}
        for name, data in files.items():
            paths[name] = Path(tmp) / name
            paths[name].write_bytes(data)
        yield paths


def preview_export(name: str, data: bytes) -> dict[str, Any]:
    """The columns and row count of an uploaded export, read by ingest's own readers (so an XLSX passes the
    same zip-size checks as a scored one before anything is inflated); raises InputError as ingest does."""
    from casenotes.ingest import _read_chunks

    columns: dict[str, None] = {}
    rows = 0
    with private_files({name: data}) as paths:
        for chunk in _read_chunks(paths[name], 2000):
            columns.update(dict.fromkeys(str(c) for c in chunk.columns if c != "_row"))
            rows += len(chunk)
    return {"columns": list(columns), "rows": rows}


COLUMN_NAMES = "column_names.v1.yaml"
"""The package data file of header names suggested for each casenotes column on the Batch page."""


def _header_key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def guess_mapping(columns: list[str], path: str | Path = "default") -> dict[str, str]:
    """casenotes column -> the export's column suggested for it, by header name (``column_names.v1.yaml``):
    a column's own name first, then the names listed for it; each export column is suggested once at most.
    Only a suggestion, shown in the page's selectors for the user to check before scoring.

    Raises:
        InputError: the names file is not ``columns: {casenotes column: [names]}`` (E482).
    """
    from casenotes.data import read_rule_yaml
    from casenotes.schemas import NOTE_COLUMNS

    file, raw = read_rule_yaml(path, COLUMN_NAMES, "E482", error=InputError)
    names = raw.get("columns") if isinstance(raw, dict) else None
    if (not isinstance(names, dict) or set(raw) != {"columns"} or not set(names) <= set(NOTE_COLUMNS)
            or not all(isinstance(v, list) for v in names.values())):
        raise InputError(f"[E482] Column names file '{file.name}' needs one key, 'columns', mapping casenotes "
                         f"columns ({', '.join(NOTE_COLUMNS)}) to lists of header names.")
    by_key: dict[str, str] = {}
    for column in columns:
        by_key.setdefault(_header_key(column), column)
    guesses: dict[str, str] = {}
    for target in NOTE_COLUMNS:  # own names first, so a header named like a column is never taken by another
        if _header_key(target) in by_key:
            guesses[target] = by_key.pop(_header_key(target))
    for target in NOTE_COLUMNS:
        for name in names.get(target, []) if target not in guesses else []:
            if _header_key(str(name)) in by_key:
                guesses[target] = by_key.pop(_header_key(str(name)))
                break
    return guesses


def mapping_yaml(choices: dict[str, str]) -> str:
    """A mapping file (``casenotes score --mapping``'s format) for ``choices`` (casenotes column -> export
    column), to save from the Batch page and load again there or on the command line."""
    import yaml

    return yaml.safe_dump({"columns": {source: target for target, source in choices.items()}}, sort_keys=False,
                          allow_unicode=True)


def read_mapping(name: str, data: bytes, columns: list[str]) -> dict[str, str]:
    """casenotes column -> export column, from an uploaded mapping file, checked as ``casenotes score
    --mapping`` checks it and against this export's columns.

    Raises:
        InputError: a malformed mapping file (E010-E013), or one naming columns this export does not have or
            mapping two columns to one (E481).
    """
    from casenotes.ingest import Mapping

    with private_files({"mapping.yaml": data}) as paths:
        try:
            columns_of = Mapping.load(paths["mapping.yaml"]).columns
        except InputError as exc:  # name the uploaded file, not the private copy's path
            raise InputError(str(exc).replace(str(paths["mapping.yaml"]), name)) from None
    missing = sorted(set(columns_of) - set(columns))
    targets = list(columns_of.values())
    twice = sorted({t for t in targets if targets.count(t) > 1})
    if missing or twice:
        raise InputError(f"[E481] Mapping file '{name}' does not fit this export: "
                         + "; ".join(([f"columns not in the export: {', '.join(missing)}"] if missing else [])
                                     + ([f"more than one column mapped to: {', '.join(twice)}"] if twice else []))
                         + ". Choose the columns below, or load the mapping saved for this export.")
    return {target: source for source, target in columns_of.items()}


def scratch_store(db_path: str, files: dict[str, bytes], settings: dict[str, Any]) -> Path:
    """A new, empty store for one upload, in ``batch_scratch/`` beside the study store (a folder only its
    owner can open), named by the upload and its settings; scoring the same again starts it afresh."""
    digest = hashlib.sha256(json.dumps(settings, sort_keys=True).encode())
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + hashlib.sha256(files[name]).digest())
    root = Path(db_path).resolve().parent / "batch_scratch"
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(root, 0o700)
    folder = root / digest.hexdigest()[:16]
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(mode=0o700)
    return folder / "upload.duckdb"


def score_upload(files: dict[str, bytes], db_path: str, *, mapping: dict[str, str], model: str, progress,
                 people: str | None = None) -> dict[str, Any]:
    """Score an uploaded export (the first of ``files``; ``people`` names the people table among them) into
    ``db_path`` from private copies removed when scoring ends.

    Returns the run report with ``results``, the export's own rows and columns (all but the note text) with
    each row's ``casenotes_status`` (``scored`` or its reject reason) and its scores, and ``rejects``.
    """
    export = next(iter(files))
    with private_files(files) as paths:
        report = run_batch(str(paths[export]), db_path, mapping=mapping, model=model, progress=progress,
                           people=str(paths[people]) if people else None)
        rejects = pd.read_csv(report["rejects_path"], dtype=str, keep_default_na=False)
        results = _results(paths[export], mapping, load_scored_notes(db_path, report["run_id"]), rejects)
    return {**report, "results": results, "rejects": rejects}


def _results(export: Path, mapping: dict[str, str], scores: pd.DataFrame, rejects: pd.DataFrame) -> pd.DataFrame:
    """The export's rows under their own column names, less the note text, with status and scores."""
    from casenotes.ingest import _read_chunks

    own = {target: source for source, target in mapping.items()}
    rows = pd.concat(list(_read_chunks(export, 2000)), ignore_index=True)
    rows = rows.drop(columns=[own.get("text", "text")], errors="ignore")
    reasons = dict(zip(pd.to_numeric(rejects["row"]), rejects["reason"]))
    status = pd.Series([reasons.get(r, "scored") for r in rows["_row"]], index=rows.index)
    scored = scores.drop(columns=["case_id", "borough", "team", "recorded_at"]).rename(columns={"note_id": "_id"})
    rows["_id"] = rows[own.get("note_id", "note_id")].astype(str).str.strip().where(status == "scored")
    rows["casenotes_status"] = status
    # the export's own names win: a score column with the same name as one of them gets a suffix
    merged = rows.merge(scored, on="_id", how="left", suffixes=("", "_casenotes"))
    return merged.drop(columns=["_row", "_id", "_malformed"], errors="ignore")  # ingest's own bookkeeping


def teams_without_dates(upload_db: str, study_db: str) -> list[str]:
    """``borough / team`` of the scored notes (those without a given timepoint) whose team is not in the study
    store's team training table: their notes would all be coded ``baseline``."""
    with open_store(upload_db) as store:
        teams = store.teams_deriving_timepoints()
    known: set[tuple[str, str]] = set()
    if Path(study_db).is_file():
        with open_store(study_db) as store:
            known = set(store.teams().itertuples(index=False, name=None))
    return [f"{b or '(no borough)'} / {t or '(no team)'}" for b, t in teams.itertuples(index=False, name=None)
            if (b, t) not in known]


def load_scored_notes(db_path: str, run_id: str) -> pd.DataFrame:
    """Per-note results of one run (no text), for download."""
    with open_store(db_path) as store:
        return store.scored_notes(run_id)


def packets_dir(db_path: str) -> Path:
    """Where blinded audit packets for a store live: ``audit_packets/`` beside it. The Audit page opens packets
    from here only, so a user cannot point the server at any folder it can read."""
    return Path(db_path).resolve().parent / "audit_packets"


def _packet(root: Path, name: str) -> Path | None:
    """``root/name`` resolved, when it is a packet folder directly inside ``root`` (not a link leading out)."""
    folder = (root / name).resolve()
    return folder if folder.parent == root and (folder / "to_score.csv").is_file() else None


def audit_packets(db_path: str) -> list[str]:
    """Names of the packets in the store's packets folder (folders holding a ``to_score.csv``)."""
    root = packets_dir(db_path)
    return sorted(p.name for p in root.iterdir() if _packet(root, p.name)) if root.is_dir() else []


def packet_folder(db_path: str, name: str) -> Path:
    """The folder of packet ``name``; anything but a packet folder directly inside the packets folder (another
    path, ``..``, a link leading out) is refused."""
    root = packets_dir(db_path)
    folder = _packet(root, name)
    if folder is None:
        raise InputError(f"[E340] Audit packet '{name}' is not a packet folder in {root}; write packets there with "
                         f"`casenotes audit export-blind --out {root}/NAME`.")
    return folder


_PACKET_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")


def create_packet(db_path: str, name: str, *, sample: tuple[str, bytes] | None = None, unit: str = "note",
                  per_stratum: int = 5, seed: int = 0) -> tuple[int, Path]:
    """Write a blinded packet ``name`` into the store's packets folder, as `casenotes sample` and `casenotes
    audit export-blind` would: from an uploaded sample file (``(file name, bytes)``: a ``sample.csv`` with
    ``unit_id``), or else a stratified sample of ``unit``s drawn from the store now and kept in
    ``audit_samples/<name>`` beside it (frame, strata and seed, so the draw can be reproduced and weighted).

    Returns:
        The number of units and the packet's folder.

    Raises:
        InputError: a name that is not a plain folder name (E483) or is taken (E484), or a sample file that
            does not fit the store (E162, E166).
    """
    from casenotes.audit.review import draw_sample, export_blind

    if not _PACKET_NAME.fullmatch(name):
        raise InputError(f"[E483] Packet name '{name}' is not a plain folder name: use 1-40 letters, digits, '-' "
                         "and '_', starting with a letter or digit.")
    root = packets_dir(db_path)
    out = root / name
    if out.exists():
        raise InputError(f"[E484] A packet named '{name}' is already in {root}; choose another name.")
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    if sample is not None:
        with private_files({"sample.csv": sample[1]}) as paths:
            try:
                n, _ = export_blind(Path(db_path), paths["sample.csv"], out, seed=seed)
            except InputError as exc:  # name the uploaded file, not the private copy
                raise InputError(str(exc).replace("sample.csv", sample[0])) from None
        return n, out
    drawn = draw_sample(Path(db_path), Path(db_path).resolve().parent / "audit_samples" / name, unit=unit,
                        per_stratum=per_stratum, seed=seed)
    n, _ = export_blind(Path(db_path), drawn.paths["sample"], out, seed=seed)
    return n, out


def read_audit_sheet(packet: Path, scorer: str) -> tuple[pd.DataFrame, Path]:
    """A scorer's sheet for a blinded packet (their saved scores, or the packet's blank ``to_score.csv``) and
    the file their scores are saved to, ``scored_<scorer>.csv`` in the packet."""
    mine = packet / f"scored_{scorer}.csv"
    sheet = pd.read_csv(mine if mine.is_file() else packet / "to_score.csv", dtype=str, keep_default_na=False)
    return sheet, mine


def scored_units(sheet: pd.DataFrame) -> pd.Series:
    """Per unit of a scoring sheet: whether all four domains have a score."""
    from casenotes.audit.blind import SCORE_COLUMNS

    return sheet[SCORE_COLUMNS].apply(lambda col: col.str.strip() != "").all(axis=1)


def next_unscored(done: pd.Series, after: int | None) -> int | None:
    """The first unit without all its scores after position ``after`` (from the top when there is none), or
    None when every unit is scored."""
    todo = [i for i, ok in enumerate(done.tolist()) if not ok]
    later = [i for i in todo if after is not None and i > after]
    return (later or todo)[0] if todo else None


def save_audit_unit(sheet: pd.DataFrame, path: Path, position: int, scores: dict[str, int],
                    guesses: list[str]) -> None:
    """Write one unit's scores and guesses into the sheet and save the whole sheet atomically, in the sheet's
    own format so `casenotes audit import-scores` reads it."""
    from casenotes.audit.blind import GUESS_COLUMNS

    for domain, value in scores.items():
        sheet.loc[position, f"score_{domain}"] = str(value)
    sheet.loc[position, GUESS_COLUMNS] = guesses
    tmp = path.with_suffix(".tmp")
    save_table(sheet, tmp)  # 0600, formula-like cells quoted, as `casenotes audit blind` wrote it
    tmp.replace(path)


@st.cache_data(ttl=600, show_spinner=False)
def chart_png(spec_json: str) -> bytes:
    """A Vega-Lite chart rendered to PNG on this machine (vl-convert: no browser, no network), for download."""
    import vl_convert

    return vl_convert.vegalite_to_png(spec_json, scale=2)


@st.cache_data(ttl=600, show_spinner=False)
def chart_pdf(spec_json: str) -> bytes:
    """The same chart as a vector PDF (vl-convert, text kept as text)."""
    import vl_convert

    return vl_convert.vegalite_to_pdf(spec_json)


@text_access("annotate")
def load_queue(db_path: str, annotator: str, size: int = 20) -> tuple[pd.DataFrame, str]:
    """The sentences the store's model is least sure about that this annotator has not labelled yet, with the
    model whose thresholds define "unsure"."""
    from casenotes.annotate import AnnotationLog, queue
    from casenotes.classify.registry import read_model_json
    from casenotes.classify.registry import resolve_model_path

    with open_store(db_path) as store:
        run = store.latest_run()
        model = str(run["model"]) if run is not None else None
        thresholds = read_model_json(resolve_model_path(model))["thresholds"]
        done = AnnotationLog(db_path).latest()
        mine = set(done.loc[done["annotator"] == annotator, "id"]) if len(done) else set()
        # the database picks the least certain sentences (a large store never comes into memory)
        sentences = store.queue_candidates(thresholds, size=size, exclude=mine)
    picked = queue(sentences, thresholds, size=size)
    picked["note_id"] = picked["id"].str.rsplit(":", n=1).str[0]
    return picked, model or ""
