"""Models: the shipped classifiers, their cards, per-label metrics and a comparison of backends."""

import altair as alt
import streamlit as st

from casenotes.app.data import load_model_card, load_model_cards

st.title("Models")
cards = load_model_cards()
if cards.empty:
    st.warning("No models found under models/.")
else:
    st.caption("Metrics on the fixed test split of the gold corpus (annotation/gold); flip rate = share of "
               "sentences whose labels change when genders, names and family terms are swapped.")
    st.dataframe(cards, hide_index=True, use_container_width=True)
    long = cards.melt(id_vars=["model"], value_vars=[c for c in cards.columns if c.startswith("f1_")],
                      var_name="label", value_name="f1").dropna()
    long["label"] = long["label"].str.removeprefix("f1_")
    chart = alt.Chart(long).mark_bar().encode(x=alt.X("model:N", title=None), y=alt.Y("f1:Q", title="F1"),
                                              color="model:N", column=alt.Column("label:N", title=None),
                                              tooltip=["model", "label", "f1"])
    st.altair_chart(chart)
    name = st.selectbox("Model card", cards["model"].tolist(), key="models_pick")
    text, card = load_model_card(name)
    confusions = card.get("evaluation", {}).get("confusions", [])
    if confusions:
        st.subheader("Commonest confusions (gold → predicted)")
        st.dataframe(confusions, hide_index=True)
    st.markdown(text)
