"""Trends: label rates and domain scores by borough, team and timepoint, with 95% CIs and the training effect."""

import altair as alt
import streamlit as st

from casenotes.app.corrected import corrected_estimates
from casenotes.app.data import (chart_png, current_db, latest_run, load_aggregates, load_effects, load_monthly,
                                load_wedge)
from casenotes.errors import InputError
from casenotes.trends import Suppression
from casenotes.export import csv_text
from casenotes.schemas import DOMAINS, LABELS, TIMEPOINTS

st.title("Trends")
db = current_db()
if db:
    run = latest_run(db)
    c1, c2, c3 = st.columns(3)
    group = c1.selectbox("Compare by", ["borough", "team", "author_role"], key="trend_group")
    options = [("label_rate_per_100_sentences", l) for l in LABELS] + [("domain_score", d) for d in DOMAINS]
    kind, outcome = c2.selectbox(
        "Outcome", options, key="trend_outcome",
        format_func=lambda o: f"{o[1].replace('_', ' ')} ({'per 100 sentences' if o[0].startswith('label') else 'audit score 1-4'})",
        help="Labels: sentences per 100 carrying the label. Domains: mean audit score (1-4).")
    floor = Suppression.configured()
    min_notes = c3.number_input("Suppress groups under (notes)", min_value=floor.min_notes, value=floor.min_notes,
                                key="trend_min_notes",
                                help=f"At least {floor.min_notes} notes and {floor.min_authors} practitioners per group: "
                                     "the floor set where the dashboard is served; you can suppress more, not less.")
    by = ("borough", "team", "timepoint") if group == "team" else (group, "timepoint")
    agg = load_aggregates(db, run, by, int(min_notes))
    agg = agg[(agg["outcome"] == outcome) & (agg["kind"] == kind)].copy()
    if group == "team":
        agg["team"] = agg["borough"] + " / " + agg["team"]
    order = [t for t in TIMEPOINTS if t in set(agg["timepoint"])]
    base = alt.Chart(agg.dropna(subset=["mean"])).encode(
        x=alt.X("timepoint:N", sort=order, title="Timepoint"),
        color=alt.Color(f"{group}:N", title=group.replace("_", " ")),
        xOffset=f"{group}:N")
    bars = base.mark_point(filled=True, size=60).encode(y=alt.Y("mean:Q", title=outcome.replace("_", " ")),
                                                          tooltip=[group, "timepoint", "mean", "ci_low", "ci_high", "n_notes"])
    errs = base.mark_rule().encode(y="ci_low:Q", y2="ci_high:Q")
    st.altair_chart(bars + errs, use_container_width=True)
    st.download_button("Download this chart (PNG)", chart_png((bars + errs).properties(width=700).to_json()),
                       file_name=f"trends_{outcome}.png", mime="image/png", key="trend_png")
    st.caption("Descriptive: points are means over notes; intervals are cluster-robust over teams (none where a "
               "group has a single team) and are not effect estimates. Groups with fewer notes than the threshold "
               "are suppressed.")
    st.dataframe(agg, hide_index=True, use_container_width=True)
    st.download_button("Download this table (CSV)", csv_text(agg), file_name=f"trends_{outcome}.csv",
                       key="trend_download")

    st.subheader("Over time: trained vs not-yet-trained teams")
    monthly = load_monthly(db, run, True, int(min_notes))
    monthly = monthly[(monthly["outcome"] == outcome) & (monthly["kind"] == kind) & ~monthly["suppressed"]]
    line = alt.Chart(monthly).mark_line(point=True).encode(
        x=alt.X("month:T", title="Month"), y=alt.Y("mean:Q", title=outcome.replace("_", " ")),
        color=alt.Color("status:N", title="Team status"), tooltip=["month", "status", "mean", "n_notes"])
    st.altair_chart(line, use_container_width=True)
    c1, c2 = st.columns(2)
    c1.download_button("Download this chart (PNG)", chart_png(line.properties(width=700).to_json()),
                       file_name=f"trends_{outcome}_monthly.png", mime="image/png", key="monthly_png")
    c2.download_button("Download its data (CSV)", csv_text(monthly),
                       file_name=f"trends_{outcome}_monthly.csv", key="monthly_csv")

    st.subheader("Stepped wedge: each team by quarter")
    wedge = load_wedge(db, run, outcome + ("_rate" if kind.startswith("label") else ""), int(min_notes))
    heat = alt.Chart(wedge).mark_rect().encode(
        x=alt.X("quarter:O", title="Quarter"), y=alt.Y("team_key:N", title=None),
        color=alt.Color("status:N", title="Team", scale=alt.Scale(domain=["not yet trained", "trained"],
                                                                  range=["#d9d9d9", "#6baed6"])),
        tooltip=["team_key", "quarter", "n_notes", "trained_share", "mean"])
    labels = alt.Chart(wedge.dropna(subset=["mean"])).mark_text(fontSize=10).encode(
        x="quarter:O", y="team_key:N", text=alt.Text("mean:Q", format=".1f"))
    st.altair_chart(heat + labels, use_container_width=True)
    st.caption(f"Cells are coloured by whether the team had been trained; the number is the mean {outcome.replace('_', ' ')} "
               "(blank where a cell has fewer notes than the threshold). Teams move from grey to blue at their step.")
    st.download_button("Download the wedge (CSV)", csv_text(wedge), file_name=f"wedge_{outcome}.csv",
                       key="wedge_csv")

    st.subheader("Training effect (the trial analysis)")
    try:
        effects = load_effects(db, run)
        if effects is None:
            st.info("The trial analysis has not been fitted for the latest scoring run. It takes from seconds to a "
                    "minute on a large store; `casenotes trends --db STORE` also runs it and saves it for this page.")
            if st.button("Run the trial analysis now", key="fit_effects"):
                with st.spinner("Fitting every planned outcome ..."):
                    effects = load_effects(db, run, fit=True)
    except InputError as exc:
        effects = None
        st.warning(str(exc))
    if effects is not None:
        main = effects[effects["term"].isin(["trained", "trained_immediate", *TIMEPOINTS])]
        st.dataframe(main, hide_index=True, use_container_width=True)
    st.caption("Intention to treat. Each row is an estimate from team x month summaries with team fixed effects and "
               "borough x month fixed effects; 'trained' (model exposure_time) is the pre-specified primary "
               "estimand, the mean effect over the first six months after a team's training month; "
               "post_training, follow_up_3m and follow_up_6m are its timepoints; trained_immediate is the "
               "constant-effect sensitivity model. Intervals are CR2 cluster-robust by team with Satterthwaite df; "
               "p-values only where the analysis plan asks (Holm-adjusted for secondary outcomes). Label outcomes "
               "are labelled sentences per 100; domain outcomes are the % of cases whose audit score reaches 3. "
               "The simulation check is in validation/trends-v2/README.md.")
    corrected_estimates(db, run)
