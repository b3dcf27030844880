"""Audit: the blinded scoring screen for a packet written by `casenotes audit export-blind`.

Only ``to_score.csv`` is read (never ``key.csv``): the scorer sees the pseudonymised text with dates hidden and
nothing about team, borough, author, arm or timepoint. Scores are saved after every unit to
``scored_<user>.csv`` in the packet, in the sheet's own format, so `casenotes audit import-scores` reads it.
"""

import html
from pathlib import Path

import pandas as pd
import streamlit as st

from casenotes.app.auth import AccessLog, current_user
from casenotes.app.data import current_db
from casenotes.audit import Rubric
from casenotes.audit.blind import GUESS_COLUMNS, SCORE_COLUMNS
from casenotes.schemas import DOMAINS, TIMEPOINTS

st.title("Audit")
db = current_db()
user = current_user()
if db and user:
    packet = Path(st.text_input("Blinded packet folder (from `casenotes audit export-blind --out DIR`)",
                                key="audit_packet"))
    sheet_path = packet / "to_score.csv"
    if not str(packet).strip() or str(packet) == "." or not sheet_path.is_file():
        st.info("Enter the folder of a blinded packet; it holds to_score.csv. The key stays with the study team.")
        st.stop()
    mine = packet / f"scored_{user.name}.csv"
    sheet = pd.read_csv(mine if mine.is_file() else sheet_path, dtype=str, keep_default_na=False)
    done = sheet[SCORE_COLUMNS].apply(lambda col: col.str.strip() != "").all(axis=1)
    st.progress(float(done.mean()), text=f"{int(done.sum())} of {len(sheet)} scored")
    if done.all():
        st.success(f"All units scored. Import with: `casenotes audit import-scores {mine} --key {packet / 'key.csv'} "
                   f"--scorer {user.name} -o SCORES.csv`")
        st.stop()
    i = int((~done).idxmax())
    unit = sheet.iloc[i]
    AccessLog.for_store(db).append(user, "view_text", page="audit", blind_id=unit["blind_id"])
    st.subheader(f"Unit {unit['blind_id']}")
    st.markdown(f"<div style='white-space:pre-wrap;line-height:1.7'>{html.escape(unit['text'])}</div>",
                unsafe_allow_html=True)
    rubric = Rubric.load("default")
    with st.form(f"audit_{unit['blind_id']}"):
        scores = {}
        for d in DOMAINS:
            rule = rubric.domains[d]
            scores[d] = st.radio(rule.title, [1, 2, 3, 4], horizontal=True, index=None, key=f"audit_{d}",
                                 format_func=lambda k, a=rule.anchors: f"{k}: {a.get(k, '')}")
        g1, g2 = st.columns(2)
        arm = g1.selectbox("Your guess: arm", ["", "trained", "comparison"], key="audit_guess_arm")
        timepoint = g2.selectbox("Your guess: timepoint", ["", *TIMEPOINTS], key="audit_guess_timepoint")
        submitted = st.form_submit_button("Save and next", type="primary")
    if submitted:
        if any(v is None for v in scores.values()):
            st.error("Score all four domains before saving.")
        else:
            for d, v in scores.items():
                sheet.loc[i, f"score_{d}"] = str(v)
            sheet.loc[i, GUESS_COLUMNS] = [arm, timepoint]
            tmp = mine.with_suffix(".tmp")
            sheet.to_csv(tmp, index=False)
            tmp.replace(mine)
            st.rerun()
