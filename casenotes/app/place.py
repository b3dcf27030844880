"""The borough/team filter of the lead's pages (Overview, Trends), tied to the user's scope in the users file: a
lead whose record names a borough (and team) sees that place, fixed; anyone else picks one or looks at all."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from casenotes.app.data import escape_md, load_places, user_scope


@dataclass(frozen=True)
class Place:
    """Where the pages look: a borough and a team in it, None for all."""

    borough: str | None = None
    team: str | None = None

    @property
    def label(self) -> str:
        if self.borough is None:
            return "All boroughs"
        return self.borough if self.team is None else f"{self.borough} / {self.team}"

    @property
    def team_key(self) -> str | None:
        """The team as ``team_key`` names it (``borough / team``)."""
        return None if self.team is None else f"{self.borough} / {self.team}"


def choose_place(db_path: str, run_id: str) -> Place:
    """Borough and team pickers (fixed to the user's scope when their record has one); the chosen place."""
    scope = user_scope()
    places = load_places(db_path, run_id)
    c1, c2 = st.columns(2)
    fixed = "Your account is tied to this {}; an admin can change it with `casenotes users add`."
    if "borough" in scope:
        borough = c1.selectbox("Borough", [scope["borough"]], key="place_borough", disabled=True,
                               help=fixed.format("borough"))
    else:
        borough = c1.selectbox("Borough", [None, *places["borough"].drop_duplicates()], key="place_borough",
                               format_func=lambda b: "All boroughs" if b is None else b, placeholder="All boroughs")
    teams = places.loc[places["borough"] == borough, "team"].tolist() if borough is not None else []
    if "team" in scope:
        team = c2.selectbox("Team", [scope["team"]], key="place_team", disabled=True, help=fixed.format("team"))
    else:
        team = c2.selectbox("Team", [None, *teams], key="place_team", disabled=borough is None,
                            format_func=lambda t: "All teams" if t is None else t, placeholder="All teams",
                            help="Pick a borough first." if borough is None else None)
    if "borough" in scope and scope["borough"] not in set(places["borough"]):
        st.warning(f"No notes from {escape_md(scope['borough'])} (the borough your account is tied to) in this store.")
    return Place(borough, team if team in teams or "team" in scope else None)
