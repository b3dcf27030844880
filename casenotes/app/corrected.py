"""Dashboard parts of the classifier-error correction (issue #20): coding a validation sample blind on the Annotate
page, and corrected estimates beside the measured ones (or the measured-scale caveat) on the Trends page.

The pages call one function each, so that the pages' owners keep their files; the work is
:mod:`casenotes.validation`'s and :mod:`casenotes.analysis`'s.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from casenotes.analysis import MEASURED_CAVEAT
from casenotes.app.data import escape_md, private_files
from casenotes.errors import InputError
from casenotes.export import csv_text
from casenotes.schemas import LABELS
from casenotes.validation import coder_agreement, fill_codes, read_sample_text

SAMPLE = "vs_sample_bytes"
"""Session key of the uploaded sample file (kept between page runs, in memory only)."""
CODES = "vs_codes"
"""Session key of this coder's codes: ``sample_id -> {label: 0/1}``."""


def code_validation_sample() -> None:
    """Code a validation sample (``casenotes validation sample``'s sample.csv) blind to arm and period: one
    sentence at a time, its text only; download the filled file; compare with a second coder's file."""
    st.subheader("Code a validation sample (blind)")
    upload = st.file_uploader("sample.csv from `casenotes validation sample`", type="csv", key="vs_upload")
    if upload is not None:
        st.session_state[SAMPLE] = upload.getvalue()
    if SAMPLE not in st.session_state:
        st.caption("The sample makes the trial's estimates honest about the classifier's errors: code each sentence "
                   "as the codebook says; you see only its text, never its team, arm or date.")
        return
    try:
        sample = read_sample_text(st.session_state[SAMPLE])
    except InputError as exc:
        st.warning(str(exc))
        return
    codes = st.session_state.setdefault(CODES, {})
    filled = fill_codes(sample, codes)
    todo = filled[filled[list(LABELS)].eq("").all(axis=1)]
    st.progress(1 - len(todo) / max(len(filled), 1), text=f"{len(filled) - len(todo)} of {len(filled)} coded")
    if len(todo):
        item = todo.iloc[0]
        st.markdown(f"> {escape_md(item['text'])}")
        with st.form(f"vs_{item['sample_id']}"):
            cols = st.columns(len(LABELS))
            ticks = {l: cols[i].checkbox(l.replace("_", " "), key=f"vs_{item['sample_id']}_{l}")
                     for i, l in enumerate(LABELS)}
            if st.form_submit_button("Save", type="primary", key="vs_save"):
                codes[item["sample_id"]] = {l: int(on) for l, on in ticks.items()}
                st.rerun()
    st.download_button("Download the filled sample (CSV)", csv_text(filled), file_name="sample_filled.csv",
                       key="vs_download", help="Pass it to `casenotes trends --validation`.")
    other = st.file_uploader("Another coder's filled sample (double-coded share: agreement)", type="csv",
                             key="vs_other")
    if other is not None:
        try:
            st.dataframe(coder_agreement(filled, read_sample_text(other.getvalue())), hide_index=True)
        except InputError as exc:
            st.warning(str(exc))


@st.cache_data(ttl=600, show_spinner="Correcting the estimates with the validation sample ...")
def _corrected(db_path: str, run_id: str, filled: bytes) -> pd.DataFrame:
    """Measured and corrected primary-window estimates of the label outcomes (cached per store run and file)."""
    from casenotes.analysis import run_trends

    with private_files({"filled.csv": filled}) as paths:
        result = run_trends(db_path, validation=paths["filled.csv"], permutations=0)
    e = result.estimates
    keep = (e["term"] == "trained") & (e["model"] == "exposure_time") & (e["kind"] == "label_rate_per_100_sentences")
    return e.loc[keep, ["outcome", "scale", "estimate", "ci_low", "ci_high"]].reset_index(drop=True)


def corrected_estimates(db_path: str, run_id: str) -> None:
    """Corrected estimates beside the measured ones when a filled validation sample is given; otherwise the
    caveat that every estimate is on the classifier's scale."""
    upload = st.file_uploader("Filled validation sample (for corrected estimates)", type="csv", key="vs_filled")
    if upload is None:
        st.caption(MEASURED_CAVEAT)
        return
    try:
        table = _corrected(db_path, run_id, upload.getvalue())
    except InputError as exc:
        st.warning(str(exc))
        return
    st.dataframe(table.pivot(index="outcome", columns="scale", values=["estimate", "ci_low", "ci_high"]),
                 use_container_width=True)
    st.caption("Scale 'measured': sentences the classifier labels; 'corrected': sentences that carry the label, "
               "from the human-coded validation sample (its uncertainty is in the interval).")
