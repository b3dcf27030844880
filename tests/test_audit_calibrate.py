"""Calibrating the rubric to human auditors: fit, report, write a rubric that loads and scores."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from casenotes.audit import Rubric, note_features
from casenotes.audit.calibrate import agreement_stats, calibrate, consensus, read_human_scores
from casenotes.audit.rubric import rubric_toml
from casenotes.errors import InputError
from casenotes.schemas import DOMAINS, LABELS


def synthetic_notes(n=160, seed=0):
    """Notes whose human scores follow their evidence (plus noise), as a well-behaved auditor would."""
    rng = np.random.default_rng(seed)
    feats, human = {}, []
    for i in range(n):
        counts = rng.integers(0, 4, size=4)
        sentences = [[l] for l, c in zip(LABELS, counts) for _ in range(c)] + [[]] * 3
        nid = f"n{i}"
        feats[nid] = note_features(sentences)
        truth = {"perpetrator_pattern": 1 + counts[1], "non_blaming_strengths": 4 - counts[0],
                 "partnering_safety": 1 + counts[3], "child_harm_assessment": 1 + counts[2]}
        for scorer in ("a", "b"):
            for d in DOMAINS:
                noisy = int(np.clip(truth[d] + rng.choice([-1, 0, 0, 0, 1]), 1, 4))
                human.append({"note_id": nid, "scorer": scorer, "domain": d, "score": noisy})
    return pd.DataFrame.from_dict(feats, orient="index"), pd.DataFrame(human)


def test_calibration_learns_the_mapping_and_reports_holdout_agreement(tmp_path):
    features, human = synthetic_notes()
    calibrated, report = calibrate(Rubric.load(), features, human, holdout=0.3)
    for d in DOMAINS:
        entry = report["domains"][d]
        assert entry["machine_vs_consensus"]["qwk"] > 0.7, (d, entry)
        assert set(entry["machine_vs_scorer"]) == {"a", "b"}
        assert "a vs b" in entry["human_vs_human"]
        assert calibrated.domains[d].ordinal is not None
    path = tmp_path / "cal.toml"
    path.write_text(rubric_toml(calibrated, version="test-calibrated"))
    again = Rubric.load(path)
    assert again.version == "test-calibrated"
    scores = again.score([["perpetrator_pattern"]] * 3 + [["partnering"]] * 3)
    assert scores["perpetrator_pattern"].score >= 3 and scores["partnering_safety"].score >= 3
    assert scores["perpetrator_pattern"].evidence == [0, 1, 2]


def test_consensus_rounds_half_up():
    human = pd.DataFrame({"note_id": ["x", "x"], "scorer": ["a", "b"], "domain": ["perpetrator_pattern"] * 2,
                          "score": [2, 3]})
    assert consensus(human)["score"].tolist() == [3]


def test_agreement_stats():
    got = agreement_stats(np.array([1, 2, 3, 4]), np.array([1, 2, 4, 4]))
    assert got["exact"] == 0.75 and got["adjacent"] == 1.0 and 0.8 < got["qwk"] < 1.0


def test_bad_human_scores_name_row_and_column(tmp_path):
    path = tmp_path / "h.csv"
    path.write_text("note_id,scorer,domain,score\nn1,a,perpetrator_pattern,2\nn2,a,vibes,3\n")
    with pytest.raises(InputError, match="row 3.*vibes"):
        read_human_scores(path)


@pytest.mark.slow
def test_calibrate_cli_on_the_audit_gold_set(tmp_path, cli):
    from pathlib import Path

    gold = Path(__file__).resolve().parents[1] / "annotation" / "audit_gold"
    result = cli("audit", "calibrate", "--notes", gold / "notes.v1.jsonl", "--human", gold / "human_scores.v1.csv",
                 "--out", tmp_path / "cal.toml", "--json")
    report = json.loads(result.stdout)
    assert set(report["domains"]) == set(DOMAINS)
    assert Rubric.load(tmp_path / "cal.toml").version.endswith("-calibrated")
    # the audit contract still works with `casenotes audit IN -o OUT` and the calibrated rubric
    (tmp_path / "n.jsonl").write_text(json.dumps({"note_id": "n1", "text": "F hit mum. C1 was scared."}) + "\n")
    cli("audit", tmp_path / "n.jsonl", "-o", tmp_path / "o.jsonl", "--rubric", tmp_path / "cal.toml")
    out = json.loads((tmp_path / "o.jsonl").read_text())
    assert set(out["domains"]) == set(DOMAINS)


@pytest.mark.slow
def test_default_audit_agrees_with_human_consensus_on_held_out_notes(tmp_path, cli):
    """The shipped calibrated rubric (fitted on the other notes) reaches QWK >= 0.7 per domain on the frozen
    held-out part of the audit gold set (split.v1.csv), scored through the public `casenotes audit` command."""
    from pathlib import Path

    from casenotes.audit.calibrate import read_split

    gold = Path(__file__).resolve().parents[1] / "annotation" / "audit_gold"
    notes = [json.loads(l) for l in (gold / "notes.v1.jsonl").read_text().splitlines() if l.strip()]
    heldout = read_split(gold / "split.v1.csv")
    held = [n for n in notes if n["note_id"] in heldout]
    assert len(held) == 72
    (tmp_path / "held.jsonl").write_text("".join(json.dumps({"note_id": n["note_id"], "text": n["text"]}) + "\n" for n in held))
    cli("audit", tmp_path / "held.jsonl", "-o", tmp_path / "out.jsonl")
    machine = {r["note_id"]: r["domains"] for r in map(json.loads, (tmp_path / "out.jsonl").read_text().splitlines())}
    cons = consensus(read_human_scores(gold / "human_scores.v1.csv"))
    for d in DOMAINS:
        c = cons[cons["domain"] == d].set_index("note_id")["score"]
        ids = sorted(machine)
        got = agreement_stats(np.array([machine[i][d] for i in ids]), c.loc[ids].to_numpy())
        assert got["qwk"] >= 0.7, (d, got)


def test_calibrate_rubric_is_a_library_call(tmp_path):
    """Issue #17, item 5: `audit calibrate`'s work is casenotes.audit.calibrate.calibrate_rubric."""
    from pathlib import Path

    from casenotes.audit.calibrate import calibrate_rubric

    gold = Path(__file__).resolve().parents[1] / "annotation" / "audit_gold"
    report = calibrate_rubric(gold / "notes.v1.jsonl", gold / "human_scores.v1.csv", tmp_path / "cal.toml",
                              model="rules-v1")
    assert report["model"] == "rules-v1" and report["rubric"] == str(tmp_path / "cal.toml")
    assert set(report["domains"]) == set(DOMAINS)
    assert Rubric.load(tmp_path / "cal.toml").version.endswith("-calibrated")


def test_several_held_out_sets_are_pooled_and_reported_apart(tmp_path, cli):
    """`--split` repeats (one file per held-out set, written by different hands): their held-out notes are pooled
    out of fitting, and each set's agreement is also reported on its own (`by_set`)."""
    from pathlib import Path

    gold = Path(__file__).resolve().parents[1] / "annotation" / "audit_gold"
    split = pd.read_csv(gold / "split.v1.csv", dtype=str)
    held = split[split["split"] == "heldout"]["note_id"].tolist()
    for name, part in (("a", held[::2]), ("b", held[1::2])):
        (tmp_path / name).mkdir()
        pd.DataFrame({"note_id": part, "split": "heldout"}).to_csv(tmp_path / name / "split.csv", index=False)
    result = cli("audit", "calibrate", "--model", "rules-v1", "--notes", gold / "notes.v1.jsonl",
                 "--human", gold / "human_scores.v1.csv", "--split", tmp_path / "a" / "split.csv",
                 "--split", tmp_path / "b" / "split.csv", "--out", tmp_path / "cal.toml", "--json")
    report = json.loads(result.stdout)
    for d in DOMAINS:
        entry = report["domains"][d]
        assert entry["machine_vs_consensus"]["n"] == len(held) == 72
        assert entry["calibration_notes"] == 240 - 72
        assert {k: v["machine_vs_consensus"]["n"] for k, v in entry["by_set"].items()} == {
            "a/split.csv": 36, "b/split.csv": 36}
