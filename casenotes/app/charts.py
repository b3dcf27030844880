"""The lead's charts, built once for the screen and for the files she exports: the same spec, the same colours
(from the words file, drawn without Streamlit's theme), readable labels (names in words, horizontal, never cut),
and suppressed groups marked "suppressed (< N notes)" rather than left out.
"""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from casenotes.plain import Words, suppressed_text
from casenotes.schemas import TIMEPOINTS

ROW_PX = 18
"""Height of one timepoint's row in a group chart (the offset step): every group gets room for its four
timepoints and their suppression markers, however many groups there are."""


def group_chart(agg: pd.DataFrame, group: str, words: Words, *, title: str, floor: int, authors: int,
                highlight: Sequence[str] = ()) -> alt.LayerChart | alt.FacetChart:
    """Means and team-clustered 95% intervals per group (rows, names written out in full) and timepoint (colour);
    a suppressed group keeps its row with the marker (in its timepoint's colour) in place of a point. ``highlight`` names the groups drawn
    at full strength (the team picked and its borough); the rest are faded."""
    order = [words.timepoint(t) for t in TIMEPOINTS]
    data = agg.assign(group=agg[group].astype(str), when=agg["timepoint"].map(words.timepoint),
                      marker=suppressed_text(agg["n_notes"], words, floor=floor, authors=authors, marker=True)
                      .where(agg["suppressed"].astype(bool), ""))
    data = data[["group", "when", "mean", "ci_low", "ci_high", "n_notes", "marker"]]
    data.loc[data["marker"] != "", "n_notes"] = None  # a suppressed group's count stays out of the chart too
    groups = list(dict.fromkeys(data["group"]))
    base = alt.Chart(data).encode(
        y=alt.Y("group:N", sort=groups, title=None, axis=alt.Axis(labelLimit=0, labelFontSize=12)),
        yOffset=alt.YOffset("when:N", sort=order, scale=alt.Scale(domain=order)))
    strength = (alt.condition(alt.FieldOneOfPredicate(field="group", oneOf=list(highlight)), alt.value(1.0),
                              alt.value(0.3)) if highlight else alt.value(1.0))
    colour = alt.Color("when:N", title="Timepoint", sort=order,
                       scale=alt.Scale(domain=order, range=words.colours["timepoints"]),
                       legend=alt.Legend(orient="bottom", labelLimit=0))
    shown = base.transform_filter("isValid(datum.mean)")
    points = shown.mark_point(filled=True, size=70).encode(
        x=alt.X("mean:Q", title=title, axis=alt.Axis(labelAngle=0, titleLimit=0)), color=colour, opacity=strength,
        tooltip=[alt.Tooltip("group:N", title=group.replace("_", " ").capitalize()),
                 alt.Tooltip("when:N", title="Timepoint"), alt.Tooltip("mean:Q", title="Mean", format=".1f"),
                 alt.Tooltip("ci_low:Q", title="95% interval from", format=".1f"),
                 alt.Tooltip("ci_high:Q", title="to", format=".1f"), alt.Tooltip("n_notes:Q", title="Notes")])
    bars = shown.mark_rule(strokeWidth=2).encode(x="ci_low:Q", x2="ci_high:Q", color=colour, opacity=strength)
    marks = base.transform_filter("datum.marker != ''").mark_text(
        align="left", dx=4, fontSize=10).encode(x=alt.value(0), text="marker:N", color=colour)
    return alt.layer(bars, points, marks).properties(height=alt.Step(ROW_PX), width=640)


MONTHLY_PX = 260
"""Height of the monthly chart; suppressed months are marked along its bottom edge."""


def monthly_chart(monthly: pd.DataFrame, words: Words, *, title: str, floor: int,
                  authors: int) -> alt.LayerChart | alt.FacetChart:
    """Monthly means in trained and not-yet-trained teams; a suppressed month is a gap in the line with a
    triangle on the bottom edge that says why ("suppressed (< N notes)")."""
    domain = ["not yet trained", "trained"]
    data = monthly[["month", "status", "mean", "n_notes", "suppressed"]].assign(
        marker=suppressed_text(monthly["n_notes"], words, floor=floor, authors=authors, marker=True)
        .where(monthly["suppressed"].astype(bool), "")).drop(columns="n_notes")
    colour = alt.Color("status:N", title="Team status",
                       scale=alt.Scale(domain=domain, range=words.colours["status"]), legend=alt.Legend(orient="bottom"))
    month = alt.X("month:T", title="Month", axis=alt.Axis(labelAngle=0, format="%b %Y"))
    line = alt.Chart(data).transform_filter("datum.marker == ''").mark_line(point=True).encode(
        x=month, y=alt.Y("mean:Q", title=title, axis=alt.Axis(titleLimit=0)), color=colour,
        tooltip=[alt.Tooltip("month:T", title="Month", format="%b %Y"), alt.Tooltip("status:N", title="Teams"),
                 alt.Tooltip("mean:Q", title="Mean", format=".1f")])
    marks = alt.Chart(data).transform_filter("datum.marker != ''").mark_point(shape="triangle-up", filled=True,
                                                                               size=50).encode(
        x=month, y=alt.value(MONTHLY_PX - 6), color=colour,
        tooltip=[alt.Tooltip("month:T", title="Month", format="%b %Y"), alt.Tooltip("status:N", title="Teams"),
                 alt.Tooltip("marker:N", title="Not shown")])
    return alt.layer(line, marks).properties(width=640, height=MONTHLY_PX)


def wedge_chart(wedge: pd.DataFrame, words: Words, *, floor: int,
                authors: int) -> alt.LayerChart | alt.FacetChart:
    """Team x quarter cells coloured by training status, each with its mean, or ``< N`` where suppressed; team
    names written out in full."""
    data = wedge.assign(text=wedge["mean"].map(lambda m: "" if pd.isna(m) else f"{m:.1f}"))
    data["text"] = data["text"].where(~data["suppressed"].astype(bool),
                                      suppressed_text(data["n_notes"], words, floor=floor, authors=authors,
                                                      marker=False))
    data = data.drop(columns=["n_notes", "mean", "trained_share"])
    domain = ["not yet trained", "trained"]
    cells = alt.Chart(data).mark_rect().encode(
        x=alt.X("quarter:O", title="Quarter", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("team_key:N", title=None, axis=alt.Axis(labelLimit=0)),
        color=alt.Color("status:N", title="Team", scale=alt.Scale(domain=domain, range=words.colours["status"]),
                        legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("team_key:N", title="Team"), alt.Tooltip("quarter:O", title="Quarter"),
                 alt.Tooltip("status:N", title="Status"), alt.Tooltip("text:N", title="Mean")])
    labels = alt.Chart(data).mark_text(fontSize=10).encode(x="quarter:O", y="team_key:N", text="text:N")
    return alt.layer(cells, labels).properties(width=640)


def titled(chart: alt.TopLevelMixin, title: str, subtitle: Sequence[str]) -> alt.TopLevelMixin:
    """``chart`` with a title and subtitle lines (what, where, threshold, source, date) for a file that leaves
    the dashboard: a chart in a meeting pack has to say what it is on its own."""
    return chart.properties(title=alt.TitleParams(title, subtitle=list(subtitle), anchor="start", fontSize=16,
                                                  subtitleFontSize=11, subtitleColor="#424242"))
