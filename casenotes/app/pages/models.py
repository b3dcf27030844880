"""Models: the shipped classifiers, best first, which one is the default, which are candidates and which are
superseded, their scores on the gold test split and on the independent external test sets, per-label metrics and
each model's card."""

import altair as alt
import pandas as pd
import streamlit as st

from casenotes.app.data import load_model_card, load_model_cards, model_status

NOT_MEASURED = "not measured"

st.title("Models")
cards = load_model_cards()
if cards.empty:
    st.warning("No models found under models/.")
else:
    sets = model_status()["external_sets"]
    scores = ["macro_f1_gold_test", *(f"macro_f1_{s['key']}" for s in sets)]
    st.caption("Best first: ranked by macro-F1 on the first external test set a card measures ("
               + ", then ".join(f"{s['title']}, {s['file']}" for s in sets) + "), then on the gold corpus's fixed "
               "test split (annotation/gold). The external sets were written apart from the training data and are "
               "never trained on. Flip rate = share of sentences whose labels change when genders, names and family "
               "terms are swapped.")
    shown = cards.copy()
    for column in scores:  # a score a card does not hold is said to be missing, not left blank or drawn as 0
        shown[column] = [NOT_MEASURED if pd.isna(v) else f"{v:.3f}" for v in shown[column]]
    shown = shown.rename(columns={"macro_f1_gold_test": "macro F1, gold test",
                                  **{f"macro_f1_{s['key']}": f"macro F1, {s['title']}" for s in sets}})
    st.dataframe(shown, hide_index=True, use_container_width=True, key="models_table")
    long = cards.melt(id_vars=["model"], value_vars=[c for c in cards.columns if c.startswith("f1_")],
                      var_name="label", value_name="f1").dropna()
    long["label"] = long["label"].str.removeprefix("f1_")
    chart = alt.Chart(long).mark_bar().encode(x=alt.X("model:N", title=None, sort=cards["model"].tolist()),
                                              y=alt.Y("f1:Q", title="F1 (gold test)"), color="model:N",
                                              column=alt.Column("label:N", title=None),
                                              tooltip=["model", "label", "f1"])
    st.altair_chart(chart)
    names = cards["model"].tolist()
    status = dict(zip(cards["model"], cards["status"]))
    default = [n for n in names if status[n] == "default"]
    name = st.selectbox("Model card", names, key="models_pick", index=names.index(default[0]) if default else 0,
                        format_func=lambda n: f"{n} ({status[n]})" if status[n] else n)
    if status[name].startswith("superseded"):
        st.warning(f"{name} is {status[name]}; it is kept so that earlier runs can be reproduced.")
    elif status[name] == "candidate":
        st.info(f"{name} is a candidate: shipped to be compared on the dev set with the default, not yet chosen.")
    text, card = load_model_card(name)
    confusions = card.get("evaluation", {}).get("confusions", [])
    if confusions:
        st.subheader("Commonest confusions (gold → predicted)")
        st.dataframe(confusions, hide_index=True)
    st.markdown(text)
