"""Batch: upload an export, map its columns, score it into the store with a progress bar, download results."""

import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from casenotes.app.data import default_db, load_model_cards, load_scored_notes, run_batch
from casenotes.schemas import NOTE_COLUMNS

st.title("Batch scoring")
st.caption("Scores run on this machine. Names and identifiers are pseudonymised before anything is stored.")
upload = st.file_uploader("Case-note export (CSV, XLSX, JSONL or Parquet)", type=["csv", "xlsx", "jsonl", "parquet"],
                          key="batch_upload")
db = st.session_state.get("db_path") or default_db()
st.caption(f"Results go to the store `{db}` (chosen in the sidebar); it is created if missing.")
if upload is not None:
    suffix = Path(upload.name).suffix.lower()
    tmp = Path(tempfile.mkdtemp()) / f"upload{suffix}"
    tmp.write_bytes(upload.getvalue())
    if suffix == ".csv":
        head = pd.read_csv(tmp, dtype=str, encoding_errors="replace", keep_default_na=False)
    elif suffix == ".xlsx":
        head = pd.read_excel(tmp, dtype=str)
    elif suffix == ".parquet":
        head = pd.read_parquet(tmp)
    else:
        head = pd.read_json(tmp, lines=True, dtype=False)
    columns, n_rows = list(head.columns), len(head)
    st.caption(f"{n_rows} rows, {len(columns)} columns")
    st.subheader("Map columns")
    mapping = {}
    cols = st.columns(3)
    for i, target in enumerate(NOTE_COLUMNS):
        options = ["(none)"] + [str(c) for c in columns]
        guess = target if target in columns else "(none)"
        choice = cols[i % 3].selectbox(target + (" *" if target in ("note_id", "text") else ""), options,
                                       index=options.index(guess), key=f"batch_map_{target}")
        if choice != "(none)" and choice != target:
            mapping[choice] = target
    models = load_model_cards()
    model = st.selectbox("Model", models["model"].tolist(), index=models["model"].tolist().index("linear-v1")
                         if "linear-v1" in models["model"].tolist() else 0, key="batch_model")
    if st.button("Score", key="batch_go", type="primary"):
        bar = st.progress(0.0, text="scoring")
        total = {"n": 0}

        def progress(n: int) -> None:
            total["n"] += n
            bar.progress(min(1.0, total["n"] / max(1, n_rows)), text=f"{total['n']} of {n_rows} rows")

        report = run_batch(str(tmp), db, mapping=mapping, model=model, progress=progress)
        bar.progress(1.0, text="done")
        st.success(f"{report['rows_read']} rows: {report['notes_new']} scored, {report['notes_already_stored']} "
                   f"already in the store, {report['rows_rejected']} rejected. Counts reconcile: "
                   f"{'yes' if report['reconciles'] else 'NO'}.")
        st.download_button("Download per-note results (CSV)", load_scored_notes(db, report["run_id"]).to_csv(index=False),
                           file_name="scores.csv", key="batch_dl_scores")
        st.download_button("Download rejects (CSV)", Path(report["rejects_path"]).read_bytes(),
                           file_name="rejects.csv", key="batch_dl_rejects")
