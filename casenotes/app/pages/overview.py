"""Overview: what is in the store."""

import streamlit as st

from casenotes.app.data import current_db, escape_md, latest_run, load_aggregates, load_info
from casenotes.app.place import choose_place
from casenotes.trends import Suppression

st.title("casenotes")
st.caption("Safe & Together framing in case notes: what practitioners write, by borough, team and timepoint.")
db = current_db()
if db:
    run = latest_run(db)
    info = load_info(db, run)
    place = choose_place(db, run)
    c1, c2, c3, c4 = st.columns(4)
    if place.borough is None:
        c1.metric("Notes", f"{info['notes']:,}")
        c2.metric("Sentences", f"{info['sentences']:,}")
        c3.metric("Teams", info["teams"])
    else:  # the place's own counts; a small one only as "< N", as in every table of the lead's pages
        floor = Suppression.configured().min_notes
        here = load_aggregates(db, run, ("team",), floor, place.borough, place.team).drop_duplicates("team")
        notes = int(here["n_notes"].sum())
        c1.metric("Notes", f"{notes:,}" if notes >= floor else f"< {floor}")
        c2.metric("Sentences", f"{int(here['n_sentences'].sum()):,}" if notes >= floor else "—")
        c3.metric("Teams", len(here))
    c4.metric("Rejected rows", f"{info['rejects']:,}")
    st.write(f"**Boroughs:** {escape_md(', '.join(info['boroughs'])) or '—'}")  # names are data, shown as text
    st.write(f"**Period:** {escape_md(info['period'][0])} to {escape_md(info['period'][1])}")
    st.subheader("Sentences carrying each label")
    st.dataframe({"label": list(info["labelled_sentences"]), "sentences": list(info["labelled_sentences"].values())},
                 hide_index=True)
    if info["last_run"]:
        run = info["last_run"]
        st.subheader("Latest scoring run")
        st.write(f"Run {escape_md(run['run_id'])} ({escape_md(run['status'])}): model {escape_md(run['model'])}, "
                 f"rubric {escape_md(run['rubric'])}, code {escape_md(run['code_version'])}; {run['rows_read']} rows "
                 f"read, {run['notes_new']} new notes, {run['notes_already_stored']} already stored, "
                 f"{run['rows_rejected']} rejected.")
