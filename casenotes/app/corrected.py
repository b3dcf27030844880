"""Dashboard parts of the classifier-error correction (issue #20): coding the store's validation sample blind on the
Annotate page (each code saved to the store under the signed-in coder, first and second coder apart), and the
corrected estimates from the stored, coded sample beside the measured ones on the Trends page (or the
measured-scale caveat when there is none).

The pages call one function each, so that the pages' owners keep their files; the work is
:mod:`casenotes.validation`'s, :mod:`casenotes.analysis`'s and the store's.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from casenotes.analysis import DOMAINS_MEASURED, MEASURED_CAVEAT
from casenotes.app.auth import current_user
from casenotes.app.data import current_db, escape_md, open_store
from casenotes.errors import InputError
from casenotes.schemas import LABELS
from casenotes.store import Store
from casenotes.validation import ROLES, coder_agreement

ROLE_NAMES = {"first": "First coder (the corrected estimates use these codes)",
              "second": "Second coder (a double-coded share: agreement only)"}


def code_validation_sample() -> None:
    """Code the store's newest validation sample one sentence at a time, its text only (never its team, arm or
    date), as the first or the second coder; each code is saved to the store at once under the signed-in name;
    agreement between the two coders is shown from the stored codes."""
    st.subheader("Code the validation sample (blind)")
    db, user = current_db(), current_user()
    if db is None or user is None:
        return
    with open_store(db) as store:
        samples = store.validation_samples()
        sample = None if samples.empty else samples.iloc[0]
        codes = store.validation_codes(sample["sample_key"]) if sample is not None else pd.DataFrame()
        ids = store.validation_rows(sample["sample_key"])["sample_id"] if sample is not None else pd.Series()
    if sample is None:
        st.caption("No validation sample is stored yet: draw one with `casenotes validation sample --db STORE --out "
                   "DIR`. Coding it makes the trial's estimates honest about the classifier's errors.")
        return
    key = sample["sample_key"]
    role = st.radio("Coding as", ROLES, format_func=ROLE_NAMES.get, key="vs_role", horizontal=True)
    mine = codes[codes["coder"] == user.name]
    done = set(codes.loc[codes["coder_role"] == role, "sample_id"]) | set(mine["sample_id"])
    todo = [i for i in ids if i not in done]
    coded = int((codes["coder_role"] == role).sum())
    st.progress(coded / max(len(ids), 1), text=f"{coded} of {len(ids)} sentences of sample {escape_md(key)} coded by "
                                                f"a {role} coder")
    if todo:
        _code_one(db, key, todo[0], role, user.name)
    else:
        st.success("Every sentence you may code in this role is coded.")
    if set(ROLES) <= set(codes["coder_role"]):
        st.caption("Agreement between the first and the second coder, over the sentences both coded:")
        st.dataframe(coder_agreement(codes), hide_index=True)


def _code_one(db: str, key: str, sample_id: str, role: str, coder: str) -> None:
    """One sampled sentence's text and the label boxes; Save writes the code to the store."""
    with open_store(db) as store:
        text = store.validation_texts(key, [sample_id])["text"]
    st.markdown(f"> {escape_md(text.iat[0] if len(text) else '')}")
    with st.form(f"vs_{key}_{sample_id}"):
        cols = st.columns(len(LABELS))
        ticks = {l: cols[i].checkbox(l.replace("_", " "), key=f"vs_{sample_id}_{l}") for i, l in enumerate(LABELS)}
        if st.form_submit_button("Save", type="primary", key="vs_save"):
            code = pd.DataFrame([{"sample_id": sample_id, "coder_role": role, "coder": coder,
                                  **{l: int(on) for l, on in ticks.items()}, "source": "Annotate page"}])
            with Store(db) as store:  # a short-lived writer: the dashboard holds no connection between runs
                store.save_validation_codes(key, code)
            st.rerun()


def _coded_stamp(db_path: str) -> tuple[str, int, str] | None:
    """The stored sample the estimates use (the newest the first coder has coded) and how far its coding has got,
    to key the cache: ``(key, first codes, last saved)``; None without one."""
    with open_store(db_path) as store:
        samples = store.validation_samples()
    coded = samples[samples["n_first"] > 0]
    if coded.empty:
        return None
    top = coded.iloc[0]
    return str(top["sample_key"]), int(top["n_first"]), str(top["last_coded"])


@st.cache_data(ttl=600, show_spinner="Correcting the estimates with the validation sample ...")
def _corrected(db_path: str, run_id: str, stamp: tuple[str, int, str]) -> tuple[pd.DataFrame, str]:
    """Measured and corrected primary-window estimates of the label outcomes, and which sample made them (cached
    per store run and per state of the sample's coding)."""
    from casenotes.analysis import run_trends

    result = run_trends(db_path, permutations=0)
    e = result.estimates
    keep = (e["term"] == "trained") & (e["model"] == "exposure_time") & (e["kind"] == "label_rate_per_100_sentences")
    used = result.validation["described"] if result.validation else ""
    return e.loc[keep, ["outcome", "scale", "estimate", "ci_low", "ci_high"]].reset_index(drop=True), used


def corrected_estimates(db_path: str, run_id: str) -> None:
    """Corrected estimates beside the measured ones when the store holds a coded validation sample; otherwise the
    caveat that every estimate is on the classifier's scale."""
    stamp = _coded_stamp(db_path)
    if stamp is None:
        st.caption(MEASURED_CAVEAT + " (Or code the stored sample on the Annotate page.)")
        return
    try:
        table, used = _corrected(db_path, run_id, stamp)
    except InputError as exc:
        st.warning(str(exc))
        return
    st.dataframe(table.pivot(index="outcome", columns="scale", values=["estimate", "ci_low", "ci_high"]),
                 use_container_width=True)
    st.caption(escape_md(f"Scale 'measured': sentences the classifier labels; 'corrected': sentences that carry the "
                         f"label, from {used} (its uncertainty is in the interval). {DOMAINS_MEASURED}"))
