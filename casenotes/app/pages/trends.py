"""Trends: what changed since training (the trial's estimates in plain words, per borough and team), label rates
and domain scores by group and timepoint, and files to take to a meeting."""

from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from casenotes.app.corrected import corrected_estimates
from casenotes.app.charts import group_chart, monthly_chart, titled, wedge_chart
from casenotes.app.data import (chart_pdf, chart_png, current_db, escape_md, latest_run, load_aggregates,
                                load_borough_effects, load_components, load_effects, load_monthly, load_team_changes,
                                load_wedge, suppression)
from casenotes.app.place import choose_place
from casenotes.errors import InputError
from casenotes.export import csv_text, one_page_pdf
from casenotes.inference.plan import load_plan
from casenotes.plain import effect_sentences, load_words, p_value, readable_table, team_sentences
from casenotes.schemas import DOMAINS, LABELS, TIMEPOINTS
from casenotes.trends import Suppression


def main_rows(effects: pd.DataFrame) -> pd.DataFrame:
    """The pre-specified estimate of each planned outcome (exposure-time model, 'trained'), primary first."""
    rows = effects[(effects["term"] == "trained") & (effects["model"] == "exposure_time")]
    return rows.sort_values("role", key=lambda r: r != "primary", kind="stable")


def downloads(exported: str, table: pd.DataFrame, stem: str, *, keys: tuple[str, str, str], data_label: str) -> None:
    """A titled chart (Vega-Lite JSON) as PNG and PDF, and its rounded, readable table as CSV, side by side."""
    c1, c2, c3 = st.columns(3)
    c1.download_button("Download this chart (PNG)", chart_png(exported), file_name=f"{stem}.png", mime="image/png",
                       key=keys[0])
    c2.download_button("Download this chart (PDF)", chart_pdf(exported), file_name=f"{stem}.pdf",
                       mime="application/pdf", key=keys[1])
    c3.download_button(data_label, csv_text(table), file_name=f"{stem}.csv", key=keys[2])


def say(lines: list[str]) -> None:
    st.markdown("\n".join(f"- {escape_md(line)}" for line in lines))


st.title("Trends")
db = current_db()
if db:
    run = latest_run(db)
    words, plan, floor = load_words(), load_plan(), Suppression.configured()
    place = choose_place(db, run)
    c1, c2, c3 = st.columns(3)
    group = c1.selectbox("Compare by", ["borough", "team", "author_role"], key="trend_group",
                         format_func=lambda g: {"borough": "Borough", "team": "Team",
                                                "author_role": "Practitioner role"}[g])
    options = [("label_rate_per_100_sentences", l) for l in LABELS] + [("domain_score", d) for d in DOMAINS]
    kind, outcome = c2.selectbox("Outcome", options, key="trend_outcome", format_func=lambda o: words.outcome(o[1], o[0]),
                                 help="Labels: sentences per 100 carrying the label. Domains: mean audit score (1-4).")
    min_notes = c3.number_input("Suppress groups under (notes)", min_value=floor.min_notes, value=floor.min_notes,
                                key="trend_min_notes",
                                help=f"At least {floor.min_notes} notes and {floor.min_authors} practitioners per group: "
                                     "the floor set where the dashboard is served; you can suppress more, not less.")
    rule = suppression(int(min_notes))
    name = words.outcome(outcome, kind)
    today = date.today().isoformat()
    source = words.phrase("source", store=Path(db).name, run=run)
    threshold = words.phrase("threshold", floor=rule.min_notes, authors=rule.min_authors)

    # -- what changed since training -------------------------------------------------------------------------
    st.header("What changed since training")
    report: list[tuple[str, list[str]]] = []
    try:
        effects = load_effects(db, run)
        if effects is None:
            st.info("The trial analysis has not been fitted for the latest scoring run. It takes from seconds to a "
                    "minute on a large store; `casenotes trends --db STORE` (with the shipped plan) also runs it and saves it for this page.")
            if st.button("Run the trial analysis now", key="fit_effects"):
                with st.spinner("Fitting every planned outcome ..."):
                    effects = load_effects(db, run, fit=True)
    except InputError as exc:
        effects = None
        st.warning(words.phrase("refused", reason=str(exc)))
        report.append(("The whole study", [words.phrase("refused", reason=str(exc))]))
    if effects is not None:
        st.subheader("The whole study (trial estimate)")
        lines = [" ".join(effect_sentences(r, words, warn_below=plan.warn_below_clusters))
                 for r in main_rows(effects).to_dict("records")]
        say(lines)
        report.append(("The whole study (trial estimate)", lines))
    if place.borough is not None:
        st.subheader(f"{escape_md(place.borough)} (trial estimate for its teams alone)")
        borough_effects, refusal, too_few = load_borough_effects(db, run, place.borough)
        if borough_effects is None and too_few:  # the usual case: a borough has few teams
            teams = load_aggregates(db, run, ("team",), rule.min_notes, place.borough)["team"].nunique()
            lines = [words.phrase("borough_refused", borough=place.borough, teams=teams,
                                  needed=plan.refuse_below_clusters)]
        elif borough_effects is None:
            lines = [words.phrase("refused", reason=refusal)]
        else:
            lines = [" ".join(effect_sentences(r, words, warn_below=plan.warn_below_clusters))
                     for r in main_rows(borough_effects).to_dict("records")]
        say(lines)
        report.append((place.borough, lines))
        changes = load_team_changes(db, run, rule.min_notes)
        changes = changes[changes["borough"] == place.borough]
        if place.team_key is not None:
            changes = changes[changes["team_key"] == place.team_key]
        st.subheader("Teams (descriptive, not trial effects)")
        if changes.empty:
            st.write("No team here has notes both before and after its training yet.")
        for team_key, rows in changes.groupby("team_key", sort=True):
            lines = team_sentences(rows, words, floor=rule.min_notes)
            heading = f"{team_key} (trained {rows.iloc[0]['trained']})"
            st.markdown(f"**{escape_md(heading)}**")
            say(lines)
            report.append((heading, lines))
    caveats = [words.phrase("window"), words.phrase("team_caveat"), words.phrase("scale_caveat")]
    for line in caveats:
        st.caption(escape_md(line))

    with st.expander("For analysts"):
        corrected_estimates(db, run)
        if effects is None:
            st.write("No trial estimates for this run yet.")
        else:
            table = effects[["outcome", "kind", "role", "model", "term", "estimate", "se", "df", "ci_low", "ci_high",
                             "n_clusters", "method"]].round({"estimate": 2, "se": 2, "df": 1, "ci_low": 2,
                                                             "ci_high": 2})
            for col in ("p", "p_adjusted", "p_randomisation"):
                table.insert(table.columns.get_loc("n_clusters"), col, effects[col].map(p_value))
            st.dataframe(table, hide_index=True, width="stretch")
            st.caption("Intention to treat. Team x month summaries with team fixed effects and borough x month fixed "
                       "effects; 'trained' (model exposure_time) is the pre-specified primary estimand, the mean "
                       "effect over the first six months after a team's training month; post_training, "
                       "follow_up_3m and follow_up_6m are its timepoints; trained_immediate is the constant-effect "
                       "sensitivity model. Intervals are CR2 cluster-robust by team with Satterthwaite df; "
                       "p-values only where the analysis plan asks (Holm-adjusted for secondary outcomes). Label "
                       "outcomes are labelled sentences per 100; domain outcomes are the % of cases whose audit "
                       "score reaches 3. The simulation check is in validation/trends-v3/README.md.")
            if st.checkbox("Estimate ICC and CAC (variance components; slow on a large store)", key="analyst_icc"):
                st.dataframe(load_components(db, run).round(3), hide_index=True, width="stretch")

    # -- by group ----------------------------------------------------------------------------------------------
    st.header(f"{name} by {'practitioner role' if group == 'author_role' else group}")
    by = ("team", "timepoint") if group == "team" else (group, "timepoint")
    agg = load_aggregates(db, run, by, rule.min_notes, place.borough, None if group == "team" else place.team)
    agg = agg[(agg["outcome"] == outcome) & (agg["kind"] == kind)].copy()
    highlight: list[str] = []
    if group == "team" and place.borough is not None:  # the borough's teams, against the borough as a whole
        whole = load_aggregates(db, run, ("borough", "timepoint"), rule.min_notes, place.borough)
        whole = whole[(whole["outcome"] == outcome) & (whole["kind"] == kind)]
        everyone = f"{place.borough} (all teams)"
        agg = pd.concat([whole.drop(columns="borough").assign(team=everyone), agg], ignore_index=True)
        highlight = [everyone, place.team] if place.team else []  # the team picked against its borough
    elif group == "team":  # every borough's teams, each named by the store's team_key (as the trial names them)
        agg = load_aggregates(db, run, ("team_key", "timepoint"), rule.min_notes)
        agg = agg[(agg["outcome"] == outcome) & (agg["kind"] == kind)].rename(columns={"team_key": "team"})
    agg = agg[[group, *(c for c in agg.columns if c != group)]].sort_values(
        group, key=lambda g: g.map({k: i for i, k in enumerate(highlight)}).fillna(len(highlight)), kind="stable")
    agg = agg.sort_values([group, "timepoint"], key=lambda c: c.map(TIMEPOINTS.index) if c.name == "timepoint"
                          else c.map({k: i for i, k in enumerate(dict.fromkeys(c))}), kind="stable")
    chart = group_chart(agg, group, words, title=f"{name} ({words.unit(kind)})", floor=rule.min_notes,
                        authors=rule.min_authors, highlight=highlight)
    st.altair_chart(chart, theme=None, width="stretch")
    subtitle = [f"{place.label}; mean with 95% interval (descriptive, clustered by team). {threshold}", source,
                f"Exported {today}."]
    exported = titled(chart, f"{name} by {group.replace('_', ' ')}", subtitle).to_json()
    table = readable_table(agg, words, floor=rule.min_notes, authors=rule.min_authors)
    downloads(exported, table, f"trends_{outcome}", keys=("trend_png", "trend_pdf", "trend_download"),
              data_label="Download this table (CSV)")
    st.caption(f"Descriptive: points are means over notes; intervals are cluster-robust over teams (none where a "
               f"group has a single team) and are not effect estimates. {escape_md(threshold)} Suppressed groups "
               f"are marked in the chart and their counts shown only as '< {rule.min_notes}'.")
    st.dataframe(table, hide_index=True, width="stretch")

    st.download_button("Download the team report (PDF, one page)",
                       one_page_pdf(title=f"What changed since training: {place.label}",
                                    subtitle=f"{today}. {source}", sections=report, chart_png=chart_png(exported),
                                    footer=[threshold, *caveats]),
                       file_name="team_report.pdf", mime="application/pdf", key="team_report")

    st.subheader("Over time: trained vs not-yet-trained teams")
    monthly = load_monthly(db, run, True, rule.min_notes, place.borough, place.team)
    monthly = monthly[(monthly["outcome"] == outcome) & (monthly["kind"] == kind)]
    over_time = monthly_chart(monthly, words, title=name, floor=rule.min_notes, authors=rule.min_authors)
    st.altair_chart(over_time, theme=None, width="stretch")
    st.caption(f"Months with too few notes are gaps in the line, marked by a triangle on the bottom edge "
               f"(suppressed: < {rule.min_notes} notes or < {rule.min_authors} practitioners).")
    exported = titled(over_time, f"{name}: trained vs not-yet-trained teams", subtitle).to_json()
    downloads(exported, readable_table(monthly, words, floor=rule.min_notes, authors=rule.min_authors),
              f"trends_{outcome}_monthly", keys=("monthly_png", "monthly_pdf", "monthly_csv"),
              data_label="Download its data (CSV)")

    st.subheader("Stepped wedge: each team by quarter")
    wedge = load_wedge(db, run, outcome + ("_rate" if kind.startswith("label") else ""), rule.min_notes, place.borough)
    st.altair_chart(wedge_chart(wedge, words, floor=rule.min_notes, authors=rule.min_authors), theme=None,
                    width="stretch")
    st.caption(f"Cells are coloured by whether the team had been trained; the number is the mean "
               f"{escape_md(name.lower())} ('< {rule.min_notes}' where a cell is suppressed). Teams move from grey "
               "to blue at their step.")
    st.download_button("Download the wedge (CSV)",
                       csv_text(readable_table(wedge, words, floor=rule.min_notes, authors=rule.min_authors)),
                       file_name=f"wedge_{outcome}.csv", key="wedge_csv")
