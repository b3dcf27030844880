"""The synthetic generator: reproducible, varied, realistic metadata, and the effect it is told to put in."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from casenotes.errors import InputError
from casenotes.synth import Generator

BOROUGHS = {"Barking & Dagenham", "Camden", "City of Westminster", "Croydon", "Havering", "Sutton"}


def test_same_seed_same_bytes_and_side_tables(tmp_path, cli):
    cli("synth", tmp_path / "a.csv", "--notes", 150, "--seed", 3)
    cli("synth", tmp_path / "b.csv", "--notes", 150, "--seed", 3)
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    for side in ("sentences", "teams", "roster", "memberships", "people"):
        assert (tmp_path / f"a_{side}.csv").read_bytes() == (tmp_path / f"b_{side}.csv").read_bytes()
    cli("synth", tmp_path / "c.csv", "--notes", 150, "--seed", 4)
    assert (tmp_path / "a.csv").read_bytes() != (tmp_path / "c.csv").read_bytes()


def test_parquet_output(tmp_path, cli):
    cli("synth", tmp_path / "n.parquet", "--notes", 60)
    assert len(pd.read_parquet(tmp_path / "n.parquet")) == 60
    assert (tmp_path / "n_sentences.parquet").exists()


def test_six_boroughs_and_sutton_untrained():
    data = Generator(notes=400, seed=1).generate()
    teams = data["teams"]
    assert set(teams["borough"]) == BOROUGHS
    assert teams.loc[teams["borough"] == "Sutton", "trained_at"].isna().all()
    assert teams.loc[teams["borough"] != "Sutton", "trained_at"].notna().all()
    # a stepped rollout: more than one training date
    assert teams["trained_at"].dropna().str[:7].nunique() >= 3
    notes = data["notes"]
    assert set(notes["borough"]) == BOROUGHS
    dates = pd.to_datetime(notes["recorded_at"], format="%d/%m/%Y")
    assert dates.min().year == 2024 and dates.max().year == 2025


def test_sentences_are_varied_and_labelled():
    sents = Generator(notes=1500, seed=2).generate()["sentences"]
    assert sents["template_id"].nunique() >= 300
    assert sents["text"].nunique() / len(sents) > 0.75
    for label in ("victim_blaming", "perpetrator_pattern", "child_focus", "partnering"):
        assert sents[label].sum() > 50


def test_roles_are_not_always_male_abuser():
    people = Generator(notes=1200, seed=5).generate()["people"]
    pch = people[people["role"] == "PCH"]
    assert len(pch) > 50
    # some abusers carry a typically female first name from the world file
    import yaml
    from casenotes.data import data_path

    female = set(yaml.safe_load(data_path("synth_world.v1.yaml").read_text())["female_first"])
    assert pch["name"].str.split().str[0].isin(female).mean() > 0.05


@pytest.mark.parametrize("label,delta", [("victim_blaming", -6), ("partnering", 8)])
def test_effect_moves_the_trained_share(tmp_path, cli, label, delta):
    cli("synth", tmp_path / "n.csv", "--notes", 2500, "--seed", 7, "--effect", f"{label}={delta}")
    truth = json.loads((tmp_path / "truth.json").read_text())
    assert truth["effects_pp"][label] == delta
    share = truth["realised_share_of_sentences_pct"][label]
    assert share["trained_pct"] - share["untrained_pct"] == pytest.approx(delta, abs=2.5)


def test_zero_effect_is_allowed_and_recorded(tmp_path, cli):
    cli("synth", tmp_path / "n.csv", "--notes", 100, "--effect", "child_focus=0")
    assert json.loads((tmp_path / "truth.json").read_text())["effects_pp"]["child_focus"] == 0


def test_bad_effect_is_a_clear_error():
    with pytest.raises(InputError, match="kindness"):
        Generator(effects={"kindness": 3})


def test_staff_move_teams_and_each_note_is_written_by_a_member_of_its_team_that_day():
    data = Generator(notes=1500, seed=2, move_share=0.3).generate()
    spells = data["memberships"].copy()
    spells["start_date"] = pd.to_datetime(spells["start_date"])
    spells["end_date"] = pd.to_datetime(spells["end_date"].replace("", "2099-01-01"))
    movers = spells.groupby("practitioner_id").size()
    assert (movers == 2).sum() >= 10 and movers.max() == 2
    notes = data["notes"].assign(when=pd.to_datetime(data["notes"]["recorded_at"], dayfirst=True))
    joined = notes.merge(spells, left_on=["author_id", "borough", "team"],
                         right_on=["practitioner_id", "borough", "team"], how="left")
    joined = joined[(joined["when"] >= joined["start_date"]) & (joined["when"] < joined["end_date"])]
    assert joined["note_id"].nunique() == len(notes) - _notes_of_emptied_teams(notes, spells)
    # a mover's notes appear under both of their teams
    moved = movers[movers == 2].index
    assert (notes[notes["author_id"].isin(moved)].groupby("author_id")["team"].nunique() == 2).any()


def _notes_of_emptied_teams(notes, spells):
    """Notes written while every member had moved out: the generator falls back to the team's past members."""
    count = 0
    for note in notes.itertuples():
        team = spells[(spells["borough"] == note.borough) & (spells["team"] == note.team)]
        if not ((team["start_date"] <= note.when) & (note.when < team["end_date"])).any():
            count += 1
    return count
