"""Batch: upload an export (and its people table), map its columns, score it into a scratch store of its own,
look at the results, then add it to the study store as a second, confirmed step.

Uploads stay in memory between page runs; they are on disk only while read or scored, in a private temporary
folder removed at once. Nothing reaches the study store until "Add to the study store", which refuses notes
whose teams are not in the study's team training table (their notes would all be coded baseline). Scoring and
adding are written to the access log with their counts.

Columns are pre-selected by their header names (casenotes/data/column_names.v1.yaml) for the user to check; a
mapping can be saved as YAML (``casenotes score --mapping``'s format) and loaded again. Scoring stays disabled
until note_id and text are mapped, each from a column of its own. Errors show as one line, never a traceback.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import streamlit as st

from casenotes.app.auth import AccessLog, current_user
from casenotes.app.data import (default_db, escape_md, guess_mapping, load_model_cards, mapping_yaml, preview_export,
                                read_mapping, scratch_store, score_upload, teams_without_dates)
from casenotes.errors import CasenotesError
from casenotes.export import csv_text
from casenotes.schemas import NOTE_COLUMNS

st.title("Batch scoring")
st.caption("Scores run on this machine. Names in the people table, and the names and identifiers the "
           "recognisers find, are pseudonymised before anything is stored. An upload is scored into a scratch "
           "store of its own; the study store changes only when you add it.")
user = current_user()
db = st.session_state.get("db_path") or default_db()
upload = st.file_uploader("Case-note export (CSV, XLSX, JSONL or Parquet)", type=["csv", "xlsx", "jsonl", "parquet"],
                          key="batch_upload")
people = st.file_uploader("People table (CSV: case_id, name[, role]): whose names to pseudonymise", type=["csv"],
                          key="batch_people")
if upload is None or user is None:
    st.stop()

files = {f"export{Path(upload.name).suffix.lower()}": upload.getvalue()}
if people is not None:
    files["people.csv"] = people.getvalue()
else:
    st.warning("No people table: only the names and identifiers the recognisers find will be pseudonymised.")
export = next(iter(files))
state = st.session_state.get("batch")
if state is None or state["id"] != (upload.file_id, people.file_id if people else None):
    state = st.session_state["batch"] = {"id": (upload.file_id, people.file_id if people else None)}
    try:
        state["preview"] = preview_export(export, files[export])
        guesses = guess_mapping(state["preview"]["columns"])
    except CasenotesError as exc:
        state["preview"] = str(exc)
    else:  # a new export starts from the columns its headers suggest
        for target in NOTE_COLUMNS:
            st.session_state[f"batch_map_{target}"] = guesses.get(target, "(none)")
if isinstance(state["preview"], str):
    st.error(escape_md(state["preview"]))
    st.stop()
columns, n_rows = state["preview"]["columns"], state["preview"]["rows"]
st.caption(f"{n_rows} rows, {len(columns)} columns")
st.subheader("Map columns")
saved = st.file_uploader("Load a saved mapping (YAML)", type=["yaml", "yml"], key="batch_mapping_file")
if saved is not None and state.get("mapping_file") != saved.file_id:
    state["mapping_file"] = saved.file_id
    try:
        loaded = read_mapping(saved.name, saved.getvalue(), columns)
    except CasenotesError as exc:
        state["mapping_error"] = str(exc)
    else:
        state["mapping_error"] = None
        for target in NOTE_COLUMNS:
            st.session_state[f"batch_map_{target}"] = loaded.get(target, "(none)")
if saved is not None and state.get("mapping_error"):
    st.error(escape_md(state["mapping_error"]))
st.caption("Pre-selected from the export's header names: check each before scoring.")
choices = {}
cols = st.columns(3)
options = ["(none)", *columns]
for i, target in enumerate(NOTE_COLUMNS):
    choice = cols[i % 3].selectbox(target + (" *" if target in ("note_id", "text") else ""), options,
                                   key=f"batch_map_{target}")
    if choice != "(none)":
        choices[target] = choice
mapping = {source: target for target, source in choices.items() if source != target}
sources = list(choices.values())
problems = [f"choose the export's {t} column" for t in ("note_id", "text") if t not in choices]
problems += [f"{escape_md(c)} is chosen for more than one column" for c in dict.fromkeys(sources)
             if sources.count(c) > 1]
if problems:
    st.warning("Before scoring: " + "; ".join(problems) + ".")
st.download_button("Save this mapping (YAML)", mapping_yaml(choices), file_name="casenotes_mapping.yaml",
                   mime="application/x-yaml", key="batch_mapping_save",
                   help="Load it here next time, or pass it to `casenotes score --mapping`.")
models = load_model_cards()["model"].tolist()
model = st.selectbox("Model", models, index=models.index("linear-v1") if "linear-v1" in models else 0,
                     key="batch_model")


def scoring_bar(label: str) -> tuple[Any, Callable[[int], None]]:
    """A progress bar and the callback that moves it (rows handled after each chunk)."""
    bar = st.progress(0.0, text=label)
    total = {"n": 0}

    def progress(n: int) -> None:
        total["n"] += n
        bar.progress(min(1.0, total["n"] / max(1, n_rows)), text=f"{label}: {total['n']} of {n_rows} rows")

    return bar, progress


if st.button("Score into a scratch store", key="batch_go", type="primary", disabled=bool(problems)):
    settings = {"mapping": mapping, "model": model}
    scratch = scratch_store(db, files, settings)
    bar, progress = scoring_bar("scoring")
    try:
        report = score_upload(files, str(scratch), progress=progress, people="people.csv" if people else None,
                              **settings)
    except CasenotesError as exc:
        st.error(escape_md(exc))
        st.stop()
    bar.progress(1.0, text="done")
    AccessLog.for_store(db).append(user, "batch_score", store=str(scratch), rows=report["rows_read"],
                                   notes_new=report["notes_new"], rejected=report["rows_rejected"],
                                   run_id=report["run_id"])
    state.update(settings=settings, scratch=str(scratch), report=report, added=None,
                 results_csv=csv_text(report["results"]), rejects_csv=csv_text(report["rejects"]),
                 missing=teams_without_dates(str(scratch), db))

if "report" in state:  # shown on every run until another upload, so a download does not take the results away
    report = state["report"]
    st.success(f"{report['rows_read']} rows: {report['notes_new']} scored, {report['rows_rejected']} rejected. "
               f"Counts reconcile: {'yes' if report['reconciles'] else 'NO'}. Scratch store: "
               f"{escape_md(state['scratch'])}")
    st.download_button("Download per-row results (CSV)", state["results_csv"], file_name="scores.csv",
                       mime="text/csv", key="batch_dl_scores")
    st.subheader(f"Rejected rows ({len(report['rejects'])})")
    if len(report["rejects"]):
        st.dataframe(report["rejects"], hide_index=True, use_container_width=True)
        st.download_button("Download rejects (CSV)", state["rejects_csv"], file_name="rejects.csv", mime="text/csv",
                           key="batch_dl_rejects")

    st.subheader("Add to the study store")
    if state["missing"]:
        st.error(f"Not added: {len(state['missing'])} team(s) of these notes are not in the study store's team "
                 f"training table, so all their notes would be coded baseline: "
                 f"{escape_md('; '.join(state['missing']))}. Add their training dates to the study's teams table "
                 "first (`casenotes score ... --teams TEAMS.csv` with the whole table), then score this upload again.")
    elif state["added"] is None:
        confirm = st.checkbox(f"Add these {report['notes_new']} notes to the study store {escape_md(db)}",
                              key="batch_confirm")
        if st.button("Add to the study store", key="batch_add", disabled=not confirm):
            bar, progress = scoring_bar("adding")
            try:
                added = score_upload(files, db, progress=progress, people="people.csv" if people else None,
                                     **state["settings"])
            except CasenotesError as exc:
                st.error(escape_md(exc))
                st.stop()
            AccessLog.for_store(db).append(user, "batch_add", store=str(db), scratch=state["scratch"],
                                           rows=added["rows_read"], notes_new=added["notes_new"],
                                           notes_already_stored=added["notes_already_stored"],
                                           rejected=added["rows_rejected"], run_id=added["run_id"])
            state["added"] = added
            st.rerun()
    if state["added"] is not None:
        added = state["added"]
        st.success(f"Added to {escape_md(db)}: {added['notes_new']} new notes, {added['notes_already_stored']} "
                   f"already there, {added['rows_rejected']} rows rejected (run {escape_md(added['run_id'])}).")
