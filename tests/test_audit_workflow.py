"""The evaluator's loop on generated data: sample -> blind export -> scores back -> agreement -> calibrate."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from casenotes.schemas import DOMAINS
from casenotes.store import Store


def fill_sheet(sheet, key, machine, *, seed, noise):
    """A simulated scorer: the machine's score plus noise, and a guess of the arm."""
    rng = np.random.default_rng(seed)
    to_score = pd.read_csv(sheet, dtype=str, keep_default_na=False)
    k = pd.read_csv(key, dtype=str, keep_default_na=False).set_index("blind_id")
    for i, row in to_score.iterrows():
        unit = k.loc[row["blind_id"], "unit_id"]
        for d in DOMAINS:
            base = machine.get((unit, d), 2)
            to_score.loc[i, f"score_{d}"] = str(int(np.clip(base + rng.choice([-1, 0, 0, 0, 0, 1]) * noise, 1, 4)))
        to_score.loc[i, "guess_arm"] = rng.choice(["comparison", "step 1", ""])
    to_score.to_csv(sheet, index=False)


def test_sample_blind_score_agree_calibrate(trial, cli, tmp_path):
    db = trial["db"]
    cli("sample", "--db", db, "--out", tmp_path / "s", "--strata", "borough,timepoint", "--per-stratum", 8, "--seed", 3)
    params = json.loads((tmp_path / "s" / "sample.json").read_text())
    sample = pd.read_csv(tmp_path / "s" / "sample.csv", dtype=str)
    strata = pd.read_csv(tmp_path / "s" / "strata.csv")
    assert params["seed"] == 3 and params["sampled_units"] == len(sample) == strata["sampled"].sum()
    assert (strata["sampled"] <= 8).all() and (strata["sampled"] <= strata["population"]).all()
    # same seed, same sample
    cli("sample", "--db", db, "--out", tmp_path / "s2", "--strata", "borough,timepoint", "--per-stratum", 8, "--seed", 3)
    assert (tmp_path / "s" / "sample.csv").read_text() == (tmp_path / "s2" / "sample.csv").read_text()

    cli("audit", "export-blind", "--db", db, "--sample", tmp_path / "s" / "sample.csv", "--out", tmp_path / "b")
    sheet = pd.read_csv(tmp_path / "b" / "to_score.csv", dtype=str, keep_default_na=False)
    assert list(sheet.columns[:2]) == ["blind_id", "text"]
    for hidden in ("borough", "team", "author_id", "recorded_at", "arm", "timepoint", "note_id"):
        assert hidden not in sheet.columns
    assert not sheet["text"].str.contains(r"\d{1,2}/\d{1,2}/\d{4}").any()
    key = pd.read_csv(tmp_path / "b" / "key.csv", dtype=str)
    assert list(key["unit_id"]) != list(sample["unit_id"])  # shuffled
    assert sorted(key["unit_id"]) == sorted(sample["unit_id"])

    with Store(db, read_only=True) as store:
        m = store._query("SELECT note_id, domain, score FROM domain_scores")
    machine = {(n, d): s for n, d, s in m.itertuples(index=False)}
    paths = []
    for scorer, seed in (("alice", 1), ("bob", 2)):
        sheet_path = tmp_path / "b" / f"{scorer}.csv"
        sheet_path.write_bytes((tmp_path / "b" / "to_score.csv").read_bytes())
        fill_sheet(sheet_path, tmp_path / "b" / "key.csv", machine, seed=seed, noise=1)
        cli("audit", "import-scores", sheet_path, "--key", tmp_path / "b" / "key.csv", "--scorer", scorer,
            "-o", tmp_path / f"{scorer}_scores.csv")
        paths.append(tmp_path / f"{scorer}_scores.csv")
    scores = pd.read_csv(paths[0], dtype=str)
    assert set(scores["domain"]) == set(DOMAINS) and set(scores["unit_id"]) == set(sample["unit_id"])

    result = json.loads(cli("audit", "agreement", *paths, "--db", db, "--json").stdout)
    for d in DOMAINS:
        entry = result["domains"][d]
        assert set(entry["scorers"]) == {"alice", "bob", "machine"}
        assert entry["pairwise"]["alice vs machine"]["qwk"] > 0.5
        assert -1 <= entry["icc_2_1"] <= 1 and entry["icc_units"] == len(sample)
    assert {r["scorer"] for r in result["unblinding"]} == {"alice", "bob"}

    cli("audit", "export", "--db", db, "-o", tmp_path / "long.csv", "--scores", paths[0], "--scores", paths[1])
    long = pd.read_csv(tmp_path / "long.csv")
    assert {"unit_id", "domain", "scorer", "score", "borough", "team", "arm", "timepoint"} <= set(long.columns)
    assert set(long["scorer"]) == {"machine", "alice", "bob"}

    # calibrate the rubric on the human scores of the sampled notes
    with Store(db, read_only=True) as store:
        texts = store._query("SELECT note_id, text FROM notes")
    notes = texts[texts["note_id"].isin(set(sample["unit_id"]))]
    (tmp_path / "notes.jsonl").write_text("".join(json.dumps(r) + "\n" for r in notes.to_dict("records")))
    human = pd.concat([pd.read_csv(p) for p in paths])[["note_id", "scorer", "domain", "score"]]
    human.to_csv(tmp_path / "human.csv", index=False)
    report = json.loads(cli("audit", "calibrate", "--notes", tmp_path / "notes.jsonl", "--human", tmp_path / "human.csv",
                            "--out", tmp_path / "cal.toml", "--model", "linear-v1", "--json").stdout)
    assert set(report["domains"]) == set(DOMAINS) and (tmp_path / "cal.toml").exists()


def test_case_level_units(trial, cli, tmp_path):
    cli("sample", "--db", trial["db"], "--out", tmp_path / "s", "--unit", "case", "--strata", "borough", "--per-stratum", 2)
    sample = pd.read_csv(tmp_path / "s" / "sample.csv", dtype=str)
    assert sample["unit_id"].str.contains("@").all()
    cli("audit", "export-blind", "--db", trial["db"], "--sample", tmp_path / "s" / "sample.csv", "--out", tmp_path / "b")
    sheet = pd.read_csv(tmp_path / "b" / "to_score.csv", dtype=str, keep_default_na=False)
    assert len(sheet) == len(sample) and sheet["text"].str.len().min() > 0
    cli("audit", "export", "--db", trial["db"], "-o", tmp_path / "cases.parquet", "--unit", "case")
    cases = pd.read_parquet(tmp_path / "cases.parquet")
    assert set(cases["domain"]) == set(DOMAINS) and (cases["unit"] == "case").all()


def test_risk_level_joins_the_default_strata_when_present(tmp_path, cli):
    src = tmp_path / "export.csv"
    pd.DataFrame({"note_id": [f"r{i}" for i in range(12)], "case_id": [f"c{i % 4}" for i in range(12)],
                  "borough": ["Camden"] * 12, "team": ["EH 1"] * 12, "recorded_at": ["01/03/2025"] * 12,
                  "risk_level": ["high", "medium", "standard"] * 4, "case_status": ["CP"] * 6 + ["CiN"] * 6,
                  "text": [f"Home visit {i}, mum and children seen." for i in range(12)]}).to_csv(src, index=False)
    db = tmp_path / "s.duckdb"
    cli("score", src, "--db", db, "--model", "linear-v1")
    cli("sample", "--db", db, "--out", tmp_path / "s", "--per-stratum", 1)
    params = json.loads((tmp_path / "s" / "sample.json").read_text())
    assert params["strata"] == ["borough", "team", "timepoint", "risk_level", "case_status"]
    strata = pd.read_csv(tmp_path / "s" / "strata.csv")
    assert len(strata) == 6 and (strata["sampled"] == 1).all()


def test_the_audit_steps_are_library_calls(trial, tmp_path):
    """Issue #17, item 5: each step of the human audit is a library call (casenotes.audit.review), silent,
    returning what its command prints."""
    import pytest

    from casenotes.audit.calibrate import machine_scores
    from casenotes.audit.review import draw_sample, export_blind, export_scores, import_sheet, scorer_agreement
    from casenotes.errors import InputError

    db = trial["db"]
    sample = draw_sample(db, tmp_path / "s", unit="case", strata=["borough"], per_stratum=2, seed=1)
    assert sample.units["unit_id"].str.contains("@").all() and sample.paths["sample"].exists()
    n, paths = export_blind(db, sample.paths["sample"], tmp_path / "b")
    assert n == len(sample.units) and paths["to_score"].exists() and paths["key"].exists()
    machine = machine_scores(db, "case")
    assert set(machine["scorer"]) == {"machine"} and set(sample.units["unit_id"]) <= set(machine["unit_id"])
    fill_sheet(paths["to_score"], paths["key"], {(u, d): s for u, d, s in
                                                 machine[["unit_id", "domain", "score"]].itertuples(index=False)},
               seed=1, noise=0)
    scored = import_sheet(paths["to_score"], paths["key"], scorer="ann", output=tmp_path / "ann.csv")
    assert (tmp_path / "ann.csv").exists() and set(scored["unit_id"]) == set(sample.units["unit_id"])
    result = scorer_agreement([tmp_path / "ann.csv"], db=db)
    assert all(result.domains[d]["pairwise"]["ann vs machine"]["exact"] == 1.0 for d in DOMAINS)
    assert {r["scorer"] for r in result.to_dict()["unblinding"]} == {"ann"}
    table = export_scores(db, tmp_path / "long.parquet", score_files=[tmp_path / "ann.csv"], unit="case")
    assert set(table["scorer"]) == {"machine", "ann"} and (table["unit"] == "case").all()
    (tmp_path / "no_units.csv").write_text("note_id\nN1\n")
    with pytest.raises(InputError, match=r"\[E166\]"):
        export_blind(db, tmp_path / "no_units.csv", tmp_path / "b2")
