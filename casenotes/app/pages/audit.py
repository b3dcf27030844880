"""Audit: the blinded scoring screen for a packet written by `casenotes audit export-blind`.

Only ``to_score.csv`` is read (never ``key.csv``): the scorer sees the pseudonymised text with dates hidden and
nothing about team, borough, author, arm or timepoint. Scores are saved after every unit to
``scored_<user>.csv`` in the packet, in the sheet's own format, so `casenotes audit import-scores` reads it.
Researchers and admins only (checked here as well as by the router). Packets are opened only from the
``audit_packets/`` folder beside the store, chosen from a list, and are made here too (no server path is typed):
drawn as a stratified sample from the store, or from an uploaded ``sample.csv``. Every unit's widgets are keyed by its blind id,
so a new unit opens empty (or with its own saved scores when revisited with Back) and nothing chosen for one
unit can be saved for another. Text from the packet is shown as text, never read as Markdown or HTML.
"""

import streamlit as st

from casenotes.app.auth import TEXT_ROLES, AccessLog, current_user
from casenotes.app.data import (audit_packets, create_packet, current_db, default_db, escape_html, escape_md,
                                next_unscored, packet_folder, packets_dir, read_audit_sheet, save_audit_unit,
                                scored_units)
from casenotes.audit import Rubric
from casenotes.audit.blind import ARM_GUESSES
from casenotes.errors import CasenotesError, InputError
from casenotes.schemas import DOMAINS, TIMEPOINTS

SCALE = [1, 2, 3, 4]
ARMS = ["", *ARM_GUESSES]
POINTS = ["", *TIMEPOINTS]


def saved_index(options: list, saved: str) -> int | None:
    """The position of a unit's saved value among a widget's options (None, an empty widget, when unsaved)."""
    labels = [str(o) for o in options]
    return labels.index(saved.strip()) if saved.strip() in labels else None


st.title("Audit")
user = current_user()
if user is None or user.role not in TEXT_ROLES:  # the router shows this page to these roles only; a second lock
    AccessLog.for_store(default_db()).append(user, "text_refused", page="audit")
    st.error("Researchers and admins only.")
    st.stop()
db = current_db()
if db:
    names = audit_packets(db)
    with st.expander("Create a blinded packet", expanded=not names):
        st.caption(f"Written into {escape_md(packets_dir(db))} with its key (key.csv), which the scoring screen "
                   "never reads. Draw a stratified sample of the store now (by borough, team and timepoint), or "
                   "upload a sample.csv written by `casenotes sample`.")
        new_name = st.text_input("Packet name", key="audit_new_name", max_chars=40, placeholder="round1")
        source = st.selectbox("Units", ["Draw a sample from this store", "Upload a sample file"],
                              key="audit_new_source")
        sample_file, unit, per_stratum, seed = None, "note", 5, 0
        if source == "Upload a sample file":
            sample_file = st.file_uploader("Sample file (sample.csv with unit_id)", type=["csv"], key="audit_new_sample")
        else:
            c1, c2, c3 = st.columns(3)
            unit = c1.selectbox("Unit", ["note", "case"], key="audit_new_unit",
                                help="case: a case's notes in one timepoint window, scored together.")
            per_stratum = int(c2.number_input("Units per stratum", 1, 50, 5, key="audit_new_per_stratum"))
            seed = int(c3.number_input("Seed", 0, 2 ** 31 - 1, 0, key="audit_new_seed"))
        ready = bool(new_name.strip()) and (source != "Upload a sample file" or sample_file is not None)
        if st.button("Create packet", key="audit_create", disabled=not ready):
            try:
                n, folder = create_packet(db, new_name.strip(), unit=unit, per_stratum=per_stratum, seed=seed,
                                          sample=(sample_file.name, sample_file.getvalue()) if sample_file else None)
            except CasenotesError as exc:
                st.error(escape_md(exc))
            else:
                AccessLog.for_store(db).append(user, "audit_packet_created", packet=folder.name, units=n)
                st.session_state["audit_packet"] = folder.name
                st.session_state.pop("audit_at", None)
                st.rerun()
        names = audit_packets(db)
    if not names:
        st.info("No blinded packets yet: create one above.")
        st.stop()
    name = st.selectbox(f"Blinded packet (in {escape_md(packets_dir(db))})", names, key="audit_packet")
    try:
        packet = packet_folder(db, name)
    except InputError as exc:
        st.error(escape_md(exc))
        st.stop()
    sheet, mine = read_audit_sheet(packet, user.name)
    done = scored_units(sheet)
    st.progress(float(done.mean()), text=f"{int(done.sum())} of {len(sheet)} scored")
    at = st.session_state.get("audit_at")
    i = at[1] if at and at[0] == str(packet) else next_unscored(done, None)
    if i is None:
        st.success("All units scored. Import them with:")
        st.code(f"casenotes audit import-scores {mine} --key {packet / 'key.csv'} --scorer {user.name} -o SCORES.csv",
                language=None)
        if st.button("Back", key="audit_back"):
            st.session_state["audit_at"] = (str(packet), len(sheet) - 1)
            st.rerun()
        st.stop()
    unit = sheet.iloc[i]
    bid = unit["blind_id"]
    AccessLog.for_store(db).append(user, "view_text", page="audit", blind_id=bid)
    st.subheader(f"Unit {escape_md(bid)}")
    st.markdown(f"<div style='white-space:pre-wrap;line-height:1.7'>{escape_html(unit['text'])}</div>",
                unsafe_allow_html=True)
    rubric = Rubric.load("default")
    with st.form(f"audit_{bid}"):
        scores = {}
        for d in DOMAINS:
            rule = rubric.domains[d]
            scores[d] = st.radio(rule.title, SCALE, horizontal=True, index=saved_index(SCALE, unit[f"score_{d}"]),
                                 key=f"audit_{d}_{bid}", format_func=lambda k, a=rule.anchors: f"{k}: {a.get(k, '')}")
        g1, g2 = st.columns(2)
        arm = g1.selectbox("Your guess: arm", ARMS, index=saved_index(ARMS, unit["guess_arm"]) or 0,
                           key=f"audit_guess_arm_{bid}",
                           help="trained: a team in the training rollout (at any step); comparison: a team that "
                                "was not trained.")
        timepoint = g2.selectbox("Your guess: timepoint", POINTS, key=f"audit_guess_timepoint_{bid}",
                                 index=saved_index(POINTS, unit["guess_timepoint"]) or 0)
        submitted = st.form_submit_button("Save and next", type="primary")
    if st.button("Back", key="audit_back", disabled=i == 0, help="Revisit the unit before this one."):
        st.session_state["audit_at"] = (str(packet), i - 1)
        st.rerun()
    if submitted:
        if any(v is None for v in scores.values()):
            st.error("Score all four domains for this unit before saving.")
        else:
            save_audit_unit(sheet, mine, i, scores, [arm, timepoint])
            st.session_state["audit_at"] = (str(packet), next_unscored(scored_units(sheet), i))
            st.rerun()
