"""Issue #21: well-written (trained-style) notes are not scored as blaming, and the audit calibration is
reproducible and never fits the frozen held-out notes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from casenotes.audit import Rubric, note_features
from casenotes.audit.calibrate import calibrate, calibrate_rubric, read_split
from casenotes.audit.rubric import rubric_toml
from casenotes.batch import model_rubric
from casenotes.classify.registry import resolve_model_path
from casenotes.errors import InputError, RubricError
from casenotes.schemas import DOMAINS, LABELS

ROOT = Path(__file__).resolve().parents[1]
CASENOTES = str(Path(sys.executable).parent / "casenotes")
SEED = ROOT.parent / "shared" / "seeds" / "000_a8ac702ce083f520.txt"

# Written for this test: the Restart case study's facts (a victim-survivor who sought help and left, his remorse
# for knocking a child over, rehousing him, the children copying him, her wellbeing improving) in other words.
# Nothing in it blames her, so an auditor scores non-blaming 3 or 4.
CASE_STUDY_PARAPHRASE = (
    "Ms Y told her social worker she was frightened of Mr T and has taken steps to end the relationship with him. "
    "In sessions with the perpetrator-programme case manager Mr T said he regretted the incident in which he pushed "
    "one of his two children to the floor while arguing with Ms Y, but he showed little concern for Ms Y herself. "
    "Both parents said they want what is best for the children. Housing, children's services and the programme "
    "worked together to move Mr T into temporary accommodation; for several years he had no fixed address and used "
    "Ms Y's flat as his base. Ms Y has been supported by the partner support worker, her social worker and an IDVA.\n"
    "The referral set out the social worker's concern about how Mr T's abuse of Ms Y was affecting the two children, "
    "who had started to copy his behaviour. Their younger daughter had become excessively apologetic, and school "
    "noticed that their son watched his father's mood closely at drop-off and collection. Since the programme began, "
    "the social worker reports that the older child is doing well at school and the younger child is more confident "
    "with adults.\n"
    "The parents now live apart in secure accommodation and the social worker is arranging the children's contact. "
    "Mr T is attending a long-term perpetrator programme and has accepted that his behaviour harmed Ms Y and the "
    "children. Ms Y reports that she feels safer and better in herself, and she agrees with the social worker's view "
    "of how the children are doing. She thanked the partner support worker for her advice and support.")


def seed_case_study() -> str | None:
    """The case study as published in the project's seed briefing (read in place, never copied into the
    repository: its licence is not stated), or None where the seed documents are not beside the checkout."""
    if not SEED.is_file():
        return None
    text = SEED.read_text(encoding="utf-8")
    section = text.split("Restart Individual Case Study", 1)[1].split("<sup>", 1)[0]
    paragraphs = [p.strip().strip("*").replace("\\*", "") for p in section.split("\n") if p.strip().startswith("*")]
    return "\n".join(paragraphs)


@pytest.fixture(scope="module")
def audited(tmp_path_factory) -> dict[str, dict[str, int]]:
    """The case study (paraphrase, and the seed text when present) through `casenotes audit` with the default
    model and its default rubric."""
    work = tmp_path_factory.mktemp("case_study")
    notes = [{"note_id": "paraphrase", "text": CASE_STUDY_PARAPHRASE}]
    if (seed := seed_case_study()) is not None:
        notes.append({"note_id": "seed", "text": seed})
    (work / "in.jsonl").write_text("".join(json.dumps(n) + "\n" for n in notes), encoding="utf-8")
    done = subprocess.run([CASENOTES, "audit", str(work / "in.jsonl"), "-o", str(work / "out.jsonl")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return {r["note_id"]: r["domains"] for r in map(json.loads, (work / "out.jsonl").read_text().splitlines())}


@pytest.mark.parametrize("note_id", ["paraphrase", "seed"])
def test_the_case_study_is_not_scored_as_blaming(audited, note_id):
    if note_id not in audited:
        pytest.skip(f"seed document {SEED} is not beside this checkout")
    domains = audited[note_id]
    assert domains["non_blaming_strengths"] >= 3, domains
    # his pattern and the children's experience of it are recorded: the other domains stay high too
    assert domains["perpetrator_pattern"] >= 3 and domains["child_harm_assessment"] >= 3, domains


def test_a_long_note_without_blaming_sentences_is_at_least_no_blame():
    """Sub-threshold blame probabilities add up over a long note; with no sentence labelled victim_blaming, the
    default model's calibrated rubric still gives at least anchor 3 ("no blame")."""
    rubric = model_rubric(resolve_model_path(None))
    labels = [["perpetrator_pattern"]] * 4 + [[]] * 16
    probs = [{"victim_blaming": 0.45, "perpetrator_pattern": 0.9 if lab else 0.1, "child_focus": 0.1,
              "partnering": 0.1} for lab in labels]
    assert rubric.score(labels, probs)["non_blaming_strengths"].score >= 3


def test_floors_raise_a_score_and_survive_a_round_trip(tmp_path):
    rubric = Rubric.load()
    rule = rubric.domains["non_blaming_strengths"]
    assert rule.floors and rule.floors[0].score == 3
    path = tmp_path / "again.toml"
    path.write_text(rubric_toml(rubric, version="again"))
    assert Rubric.load(path).domains["non_blaming_strengths"].floors == rule.floors


def test_a_floor_counting_three_labels_is_rejected(tmp_path):
    text = Rubric.load().path.read_text(encoding="utf-8").replace(
        "{ score = 3, max = { victim_blaming = 0 } },",
        '{ score = 3, max = { "victim_blaming&partnering&child_focus" = 0 } },')
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(RubricError, match=r"\[E520\] bad.toml domain non_blaming_strengths floor 0"):
        Rubric.load(path)


def _notes(n: int = 120, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Note features and two scorers' scores that follow the evidence, as in test_audit_calibrate."""
    rng = np.random.default_rng(seed)
    feats, human = {}, []
    for i in range(n):
        counts = rng.integers(0, 4, size=4)
        sentences = [[lab] for lab, c in zip(LABELS, counts) for _ in range(c)] + [[]] * 3
        feats[f"n{i}"] = note_features(sentences)
        truth = {"perpetrator_pattern": 1 + counts[1], "non_blaming_strengths": 4 - counts[0],
                 "partnering_safety": 1 + counts[3], "child_harm_assessment": 1 + counts[2]}
        for scorer in ("a", "b"):
            for d in DOMAINS:
                noisy = int(np.clip(truth[d] + rng.choice([-1, 0, 0, 0, 1]), 1, 4))
                human.append({"note_id": f"n{i}", "scorer": scorer, "domain": d, "score": noisy})
    return pd.DataFrame.from_dict(feats, orient="index"), pd.DataFrame(human)


def test_calibration_never_fits_the_held_out_notes_and_repeats_exactly():
    features, human = _notes()
    heldout = {f"n{i}" for i in range(0, 120, 4)}
    first, report = calibrate(Rubric.load(), features, human, heldout=heldout)
    assert report["split"] == "file"
    assert all(e["machine_vs_consensus"]["n"] == len(heldout) for e in report["domains"].values())
    # the same inputs give the same rubric, to the byte
    again, _ = calibrate(Rubric.load(), features, human, heldout=heldout)
    assert rubric_toml(first, version="x") == rubric_toml(again, version="x")
    # changing every held-out human score leaves the fitted mapping alone
    flipped = human.copy()
    flipped.loc[flipped["note_id"].isin(heldout), "score"] = 5 - flipped.loc[flipped["note_id"].isin(heldout), "score"]
    moved, _ = calibrate(Rubric.load(), features, flipped, heldout=heldout)
    assert rubric_toml(moved, version="x") == rubric_toml(first, version="x")


def test_the_shipped_split_is_frozen_and_the_trained_notes_only_calibrate():
    split = pd.read_csv(ROOT / "annotation" / "audit_gold" / "split.v1.csv", dtype=str)
    heldout = read_split(ROOT / "annotation" / "audit_gold" / "split.v1.csv")
    gold = [json.loads(line)["note_id"] for line in (ROOT / "annotation/audit_gold/notes.v1.jsonl").open()]
    trained = [json.loads(line)["note_id"] for line in (ROOT / "annotation/audit_trained/notes.v1.jsonl").open()]
    assert sorted(split["note_id"]) == sorted(gold) and len(heldout) == 72
    assert not heldout & set(trained)


def test_the_default_model_rubric_was_calibrated_on_the_frozen_split():
    """The shipped model's rubric names the split in its header and its report measures the 72 held-out notes."""
    model = resolve_model_path(None)
    header = (model / "rubric.toml").read_text(encoding="utf-8").splitlines()[:3]
    assert any("split.v1.csv" in line for line in header), header
    report = json.loads((model / "rubric_calibration.json").read_text(encoding="utf-8"))
    assert report["split"] == "file" and report["model"] == model.name
    assert {e["machine_vs_consensus"]["n"] for e in report["domains"].values()} == {72}


@pytest.mark.parametrize("name", [None, "ensemble-v10", "ensemble-v10-int8"])
def test_the_model_rubrics_are_v4_calibrated_on_the_ten_scored_sets(name):
    """models/RESULTS.md, "Audit calibration with sets 9 and 10": v4 is calibrated for the default and for
    ensemble-v10 on the gold's calibration split with the trained notes and held-out sets 2-10 (set 11 met it once
    and did not find it reliably worse); the gold's 72 held-out notes stay out of the fit, and set 11 was never a
    calibration set."""
    model = resolve_model_path(name)
    rubric = Rubric.load(model / "rubric.toml")
    assert rubric.version == "audit_rubric.v4-calibrated"
    header = "\n".join((model / "rubric.toml").read_text(encoding="utf-8").splitlines()[:3])
    for folder in ("audit_trained", *(f"audit_heldout{i}" for i in range(2, 11))):
        assert f"{folder}/notes.v1.jsonl" in header and f"{folder}/human_scores.v1.csv" in header
    assert "audit_heldout11" not in header and f"model {model.name}" in header
    report = json.loads((model / "rubric_calibration.json").read_text(encoding="utf-8"))
    assert {e["calibration_notes"] for e in report["domains"].values()} == {168 + 29 + 96 + 80 * 8}


def test_calibrate_rubric_is_reproducible(tmp_path):
    gold = ROOT / "annotation" / "audit_gold"
    args = ([gold / "notes.v1.jsonl", ROOT / "annotation/audit_trained/notes.v1.jsonl"],
            [gold / "human_scores.v1.csv", ROOT / "annotation/audit_trained/human_scores.v1.csv"])
    first = calibrate_rubric(*args, tmp_path / "a.toml", model="rules-v1", split=gold / "split.v1.csv")
    second = calibrate_rubric(*args, tmp_path / "b.toml", model="rules-v1", split=gold / "split.v1.csv")
    assert (tmp_path / "a.toml").read_bytes() == (tmp_path / "b.toml").read_bytes()
    assert first["domains"] == second["domains"]


@pytest.mark.parametrize("content, match", [
    ("note_id,part\naw1-0001,heldout\n", r"\[E521\] split.csv: columns"),
    ("note_id,split\naw1-0001,test\n", r"\[E521\] split.csv row 2 \(note_id aw1-0001\): split 'test'"),
])
def test_a_bad_split_file_fails_with_a_coded_line(tmp_path, content, match):
    (tmp_path / "split.csv").write_text(content)
    gold = ROOT / "annotation" / "audit_gold"
    done = subprocess.run([CASENOTES, "audit", "calibrate", "--notes", str(gold / "notes.v1.jsonl"), "--human",
                           str(gold / "human_scores.v1.csv"), "--split", str(tmp_path / "split.csv"),
                           "--out", str(tmp_path / "cal.toml"), "--model", "rules-v1"],
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert re.search(match, done.stdout + done.stderr), done.stdout + done.stderr
    assert not (tmp_path / "cal.toml").exists()


def test_a_note_id_in_two_notes_files_is_rejected(tmp_path):
    gold = ROOT / "annotation" / "audit_gold"
    with pytest.raises(InputError, match=r"\[E522\] notes.v1.jsonl line 1: note_id aw1-0001"):
        calibrate_rubric([gold / "notes.v1.jsonl", gold / "notes.v1.jsonl"], gold / "human_scores.v1.csv",
                         tmp_path / "cal.toml", model="rules-v1")
