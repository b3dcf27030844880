"""Annotate: label the sentences the model is least sure about (active learning), and see agreement."""

import json

import pandas as pd
import streamlit as st

from casenotes.annotate import AnnotationLog
from casenotes.app.auth import current_user
from casenotes.app.corrected import code_validation_sample
from casenotes.app.data import current_db, escape_md, load_queue
from casenotes.schemas import LABELS

# the page's two tasks, never shown together: a validation coder sees no note ids and no model probabilities
TASKS = {"queue": "Label the sentences the model is least sure about",
         "validation": "Code the validation sample (blind)"}

st.title("Annotate")
db = current_db()
user = current_user()
task = st.radio("Task", list(TASKS), format_func=TASKS.get, key="annotate_task", horizontal=True,
                help="The validation sample is coded on its own, blind to team, arm, period, note and the model's "
                     "view; the queue shows the model's probabilities to speed labelling for training.")
if task == "validation":
    code_validation_sample()
elif db and user:
    log = AnnotationLog(db)
    skipped = st.session_state.setdefault("annotate_skipped", set())
    queue, model = load_queue(db, user.name, size=20 + len(skipped))
    queue = queue[~queue["id"].isin(skipped)]
    st.caption(f"Sentences {escape_md(model)} is least sure about, that you have not labelled. Labels follow "
               "annotation/CODEBOOK.md. Tick what applies and press Save (Enter in the form saves too).")
    if queue.empty:
        st.success("Nothing left in the queue for you.")
    else:
        item = queue.iloc[0]
        st.markdown(f"> {escape_md(item['text'])}")
        st.caption(f"{escape_md(item['id'])} · the model's probabilities: "
                   + ", ".join(f"{l.replace('_', ' ')} {item['p_' + l]:.2f}" for l in LABELS))
        # the boxes are keyed by the sentence, so each sentence starts clear and a tick given to one sentence can
        # never be saved for the next (a form's clear_on_submit cleared the screen, not the saved state)
        with st.form(f"annotate_{item['id']}"):
            cols = st.columns(len(LABELS))
            ticks = {l: cols[i].checkbox(l.replace("_", " "), key=f"ann_{item['id']}_{l}")
                     for i, l in enumerate(LABELS)}
            save, skip = st.columns(2)
            saved = save.form_submit_button("Save", type="primary")
            skipped_now = skip.form_submit_button("Skip")
        if saved:
            log.add(sentence_id=item["id"], text=item["text"], labels=[l for l, on in ticks.items() if on],
                    annotator=user.name, model=model)
            st.rerun()
        if skipped_now:
            skipped.add(item["id"])
            st.rerun()

    done = log.latest()
    mine = done[done["annotator"] == user.name] if len(done) else done
    st.subheader("Your annotations")
    st.caption(f"{len(mine)} sentences labelled by you; {done['annotator'].nunique() if len(done) else 0} annotators "
               f"in all ({escape_md(log.path.name)}).")
    if len(mine):
        # your labels go as Label Studio annotations credited to you, never as model predictions
        st.download_button("Export yours for Label Studio (JSON)",
                           json.dumps(log.to_label_studio(user.name), ensure_ascii=False),
                           file_name="casenotes_annotations_labelstudio.json", key="annotate_export")
    st.subheader("Agreement between annotators")
    pairs = log.agreement()
    if not pairs:
        st.info("No sentence has been labelled by two annotators yet.")
    for pair in pairs:
        st.markdown(f"**{escape_md(pair['pair'])}**: {pair['n']} sentences in common, Krippendorff's alpha over all "
                    "labels "
                    f"{pair['krippendorff_alpha_all_labels']:.2f}")
        st.dataframe(pd.DataFrame(pair["labels"]).T[["cohen_kappa", "krippendorff_alpha", "percent_agreement"]],
                     use_container_width=True)
