"""Notes: find notes by borough, team and label; read one with its labelled sentences highlighted and the
evidence behind each label: the phrases the classifier stored as evidence marked in the sentence, and a table of
every phrase with the rule (or linear model) and, where recorded, the ensemble member behind it."""

import html
import json

import pandas as pd
import streamlit as st

from casenotes.app.data import (current_db, escape_html, escape_md, evidence_html, evidence_source, latest_run,
                                load_info, load_note, load_note_list, sentence_evidence)
from casenotes.rewording import default_rewordings
from casenotes.schemas import LABEL_INFO, LABELS

COLOURS = {name: label.colour for name, label in LABEL_INFO.items()}

st.title("Notes")
db = current_db()
if db:
    run = latest_run(db)
    info = load_info(db, run)
    c1, c2, c3 = st.columns(3)
    borough = c1.selectbox("Borough", ["(all)"] + info["boroughs"], key="notes_borough")
    team = c2.text_input("Team (exact name)", key="notes_team")
    label = c3.selectbox("Has a sentence labelled", ["(any)", *LABELS], key="notes_label")
    notes = load_note_list(db, run, None if borough == "(all)" else borough, team or None,
                           None if label == "(any)" else label)
    st.caption(f"{len(notes)} notes (newest first, at most 500)")
    st.dataframe(notes, hide_index=True, use_container_width=True)
    if not notes.empty:
        note_id = st.selectbox("Open note", notes["note_id"].tolist(), key="notes_open")
        note, sents, scores = load_note(db, note_id)
        meta = note.iloc[0]
        heading = (note_id, meta["note_type"] or "", f"{meta['borough']} / {meta['team']}",
                   str(meta["recorded_at"])[:10], meta["timepoint"])
        st.subheader(" · ".join(escape_md(v) for v in heading))
        st.markdown(" ".join(f"<span style='background:{c};padding:1px 4px;border-radius:3px'>{l}</span>"
                             for l, c in COLOURS.items()), unsafe_allow_html=True)
        parts, found = [], []
        for s in sents.itertuples():
            labels = [l for l in LABELS if getattr(s, l)]
            spans = sentence_evidence(s.text, s.evidence)
            style = f"background:{COLOURS[labels[0]]};" if labels else ""
            title = html.escape(", ".join(f"{l} {getattr(s, 'p_' + l):.2f}" for l in labels) or "no label")
            parts.append(f"<span style='{style}' title='{title}'>{evidence_html(s.text, spans, COLOURS)}</span>"
                         + (f"<sup>[{', '.join(labels)}]</sup>" if labels else ""))
            found += [{"sentence": s.sent_idx + 1, "label": e["label"], "phrase": e.get("text", ""),
                       "source": evidence_source(e), "marked": "yes" if e["located"] else "no: offsets moved"}
                      for e in spans]
        st.markdown("<div style='line-height:1.9'>" + " ".join(parts) + "</div>", unsafe_allow_html=True)
        st.subheader("Evidence behind the labels")
        if found:
            st.caption("Bold, underlined phrases are the evidence the classifier stored for each label it gave "
                       "(hover for the label and its source). A rule id names a pattern in the rules file; the "
                       "linear model's evidence is the words that weighed most towards the label; an ensemble's "
                       "member is shown where the run recorded it.")
            st.dataframe(pd.DataFrame(found), hide_index=True, use_container_width=True, key="notes_evidence")
        else:
            st.caption("No evidence phrases are stored for this note's labels.")
        blaming = [s for s in sents.itertuples() if s.victim_blaming]
        if blaming:
            st.subheader("Suggested rewordings")
            st.caption("Suggestions, not corrections: for each sentence labelled victim-blaming, the closest example "
                       "from the codebook's contrast pairs, and how that example's situation can be written about the "
                       "abuser's pattern and the non-abusive parent's protective acts. The facts are the writer's.")
            for s in blaming:
                suggestion = default_rewordings().suggest(s.text)
                with st.expander(f"Suggested rewording for: {escape_md(s.text[:90])}"):
                    if suggestion is None:
                        st.write("No contrast example is close enough to suggest one.")
                    else:
                        st.markdown(f"**Close example (victim-blaming):** {escape_md(suggestion.blaming_example)}")
                        st.markdown(f"**Written about the pattern instead:** {escape_md(suggestion.rewording)}")
                        st.caption(f"similarity {suggestion.similarity:.2f} · contrast pair "
                                   f"{escape_md(suggestion.pair_id)} · labels of the rewording: "
                                   f"{', '.join(suggestion.rewording_labels)}")
        st.subheader("Audit domain scores")
        for row in scores.itertuples():
            idx = json.loads(row.evidence)
            with st.expander(f"{row.domain}: {row.score} / 4 ({len(idx)} evidence sentences)"):
                for i in idx:
                    st.write("• " + escape_md(sents.iloc[i]["text"]))
                st.caption(f"rubric {escape_md(row.rubric)}")
