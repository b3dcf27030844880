"""annotation/audit_loso.py: leave-one-set-out comparison of audit rubrics, on tiny sets the tests make."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from casenotes.audit import Rubric
from casenotes.audit import calibrate as calibrate_module
from casenotes.classify.output import Classified
from casenotes.data import data_path
from casenotes.schemas import DOMAINS, LABELS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def loso_tool():
    spec = importlib.util.spec_from_file_location("audit_loso", ROOT / "annotation" / "audit_loso.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["audit_loso"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop("audit_loso", None)


def tiny_set(tool, name, n_notes=30, seed=0, trained=()):
    """A set whose scorers follow the evidence: each domain's score is 1 + its labelled sentences (0-3)."""
    rng = np.random.default_rng(seed)
    ids, counts, rows, human = [], [], [], []
    for k in range(n_notes):
        nid = f"{name}-{k:02d}"
        c = rng.integers(0, 4, size=len(LABELS))
        sentences = [[j] for j in range(len(LABELS)) for _ in range(c[j])] + [[]]
        for labels in sentences:
            rows.append([j in labels for j in range(len(LABELS))])
        ids.append(nid)
        counts.append(len(sentences))
        truth = {"perpetrator_pattern": 1 + c[1], "non_blaming_strengths": 4 - c[0],
                 "partnering_safety": 1 + c[3], "child_harm_assessment": 1 + c[2]}
        for scorer in ("a", "b"):
            human += [{"note_id": nid, "scorer": scorer, "domain": d, "score": int(truth[d])} for d in DOMAINS]
    given = np.array(rows, dtype=bool)
    styles = {i: ("trained" if i in trained else "routine") for i in ids}
    return tool.ScoredSet(name, ids, np.array(counts), given, given.astype(float), pd.DataFrame(human), styles)


def test_each_fold_calibrates_on_the_other_sets_only(loso_tool, monkeypatch):
    """The left-out set never reaches its own calibration (every fit sees exactly the other sets' notes)."""
    sets = [tiny_set(loso_tool, f"s{i}", seed=i) for i in range(4)]
    fitted: list[set[str]] = []
    real = calibrate_module.fit_ordinal

    def spy(X, y, scale):
        fitted.append(set(X.index))
        return real(X, y, scale)

    monkeypatch.setattr(calibrate_module, "fit_ordinal", spy)
    result = loso_tool.loso(Rubric.load(data_path("audit_rubric.v2.toml")), sets)
    assert len(fitted) == len(sets) * len(DOMAINS)
    for i, left in enumerate(sets):
        others = set().union(*(s.note_ids for s in sets if s is not left))
        for seen in fitted[i * len(DOMAINS):(i + 1) * len(DOMAINS)]:
            assert seen == others and not seen & set(left.note_ids)
        for d in DOMAINS:
            assert result["folds"][left.name][d]["n"] == len(left.note_ids)
            assert result["folds"][left.name][d]["calibration_notes"] == len(others)


def test_a_left_out_set_is_scored_by_a_mapping_it_did_not_shape(loso_tool):
    """A large set whose scorers read the evidence backwards is measured by mappings fitted on the other sets, which
    read it forwards: its agreement is negative. Had it joined its own calibration, its 90 notes would outweigh
    the others' 60 and the fit would agree with it."""
    sets = [tiny_set(loso_tool, f"s{i}", n_notes=20, seed=i) for i in range(3)]
    odd = tiny_set(loso_tool, "odd", n_notes=90, seed=9)
    odd.human["score"] = 5 - odd.human["score"]
    result = loso_tool.loso(Rubric.load(data_path("audit_rubric.v2.toml")), [*sets, odd])
    assert all(result["folds"]["odd"][d]["qwk"] < 0 for d in ("perpetrator_pattern", "partnering_safety"))


def test_trained_style_is_reported_where_a_set_marks_it(loso_tool):
    sets = [tiny_set(loso_tool, f"s{i}", seed=i, trained={f"s{i}-{k:02d}" for k in range(12)}) for i in range(3)]
    sets.append(tiny_set(loso_tool, "plain", seed=7))
    result = loso_tool.loso(Rubric.load(data_path("audit_rubric.v2.toml")), sets)
    assert result["folds"]["s0"]["partnering_safety"]["trained_n"] == 12
    assert result["folds"]["plain"]["partnering_safety"]["trained_qwk"] is None
    assert set(result["domain_means"]) == set(DOMAINS)
    assert "| partnering_safety |" in loso_tool.table(result)


@pytest.mark.parametrize("changes, replaces", [
    ({d: 0.01 for d in DOMAINS}, True),
    ({d: 0.009 for d in DOMAINS}, False),
    ({"perpetrator_pattern": 0.08, "non_blaming_strengths": -0.011, "partnering_safety": 0.0,
      "child_harm_assessment": 0.0}, False),
    ({"perpetrator_pattern": 0.05, "non_blaming_strengths": -0.01, "partnering_safety": 0.0,
      "child_harm_assessment": 0.0}, True),
])
def test_the_decision_rule(loso_tool, changes, replaces):
    base = {"domain_means": {d: 0.8 for d in DOMAINS}, "mean": 0.8}
    cand = {"domain_means": {d: 0.8 + changes[d] for d in DOMAINS}}
    cand["mean"] = float(np.mean(list(cand["domain_means"].values())))
    assert loso_tool.decide(base, cand)["replaces"] is replaces


def test_sets_are_classified_once_and_cached(loso_tool, tmp_path):
    """The model runs once per set; a second run reads the cached sentence outputs (no text is cached)."""
    folder = tmp_path / "audit_x"
    folder.mkdir()
    notes = [{"note_id": f"x{i}", "text": f"note {i}", "note_type": "trained" if i < 2 else "messy"} for i in range(4)]
    (folder / "notes.v1.jsonl").write_text("".join(json.dumps(n) + "\n" for n in notes), encoding="utf-8")
    (folder / "human_scores.v1.csv").write_text("note_id,scorer,domain,score\n" + "".join(
        f"x{i},a,{d},2\n" for i in range(4) for d in DOMAINS), encoding="utf-8")

    class Batch:
        def __init__(self, n):
            scores = np.full((n, len(LABELS)), 0.9)
            self.n_sentences = np.ones(n, dtype=np.int64)
            self.classified = Classified(tuple(LABELS), scores, scores >= 0.5, [[] for _ in range(n)])

    class Scorer:
        calls = 0

        def score_batch(self, texts):
            Scorer.calls += 1
            return Batch(len(texts))

    name, folders = loso_tool.parse_set(f"x={folder}")
    first = loso_tool.classify_set(name, folders, Scorer(), tmp_path / "cache", "model-key")
    again = loso_tool.classify_set(name, folders, Scorer(), tmp_path / "cache", "model-key")
    assert Scorer.calls == 1
    assert again.note_ids == first.note_ids and np.array_equal(again.probs, first.probs)
    assert again.trained == {"x0", "x1"}
    cached = next((tmp_path / "cache").iterdir()).read_bytes()
    assert b"note 1" not in cached
    _, marked = loso_tool.parse_set(f"x={folder}:trained")
    assert loso_tool.classify_set(name, marked, Scorer(), None, "model-key").trained == {"x0", "x1", "x2", "x3"}


def test_the_default_sets_are_the_eleven_every_default_has_met(loso_tool):
    """models/RESULTS.md, "Audit calibration with sets 9 and 10": the gold with the trained-style notes and held-out
    sets 2-11, each a scored folder, for both classifiers; a newer set is measured once before it becomes one."""
    names = [loso_tool.parse_set(spec)[0] for spec in loso_tool.DEFAULT_SETS]
    assert names == ["gold", *(f"set{i}" for i in range(2, 12))]
    folders = [f for spec in loso_tool.DEFAULT_SETS for f, _ in loso_tool.parse_set(spec)[1]]
    assert [f.name for f in folders] == ["audit_gold", "audit_trained", *(f"audit_heldout{i}" for i in range(2, 12))]
    assert all((f / "notes.v1.jsonl").is_file() and (f / "human_scores.v1.csv").is_file() for f in folders)
    assert loso_tool.DEFAULT_MODELS == ("ensemble-v9-bf16", "ensemble-v10")


def _result(domain_means):
    return {"domain_means": domain_means, "mean": float(np.mean(list(domain_means.values())))}


@pytest.mark.parametrize("v9, v10, replaces", [
    ({d: 0.01 for d in DOMAINS}, {d: 0.01 for d in DOMAINS}, True),
    ({d: 0.02 for d in DOMAINS}, {d: 0.0 for d in DOMAINS}, True),  # the criterion averages the two classifiers
    ({d: 0.015 for d in DOMAINS}, {d: 0.0 for d in DOMAINS}, False),
    ({"perpetrator_pattern": 0.1, "non_blaming_strengths": 0.0, "partnering_safety": 0.0,
      "child_harm_assessment": 0.0}, {"perpetrator_pattern": 0.1, "non_blaming_strengths": -0.02,
                                      "partnering_safety": 0.0, "child_harm_assessment": 0.0}, True),
    ({d: 0.05 for d in DOMAINS}, {"perpetrator_pattern": -0.021, "non_blaming_strengths": 0.05,
                                  "partnering_safety": 0.05, "child_harm_assessment": 0.05}, False),
])
def test_the_v5_rule_over_two_classifiers(loso_tool, v9, v10, replaces):
    """v5 replaces v4 only if the mean over the two classifiers of the mean per-domain QWK is >= 0.01 ahead, with no
    domain more than 0.02 behind for either classifier."""
    base = {m: _result({d: 0.8 for d in DOMAINS}) for m in ("v9", "v10")}
    cand = {"v9": _result({d: 0.8 + v9[d] for d in DOMAINS}), "v10": _result({d: 0.8 + v10[d] for d in DOMAINS})}
    decision = loso_tool.decide_models(base, cand, 0.01, 0.02)
    assert decision["replaces"] is replaces
    assert decision["mean_gain"] == pytest.approx(loso_tool.criterion(cand) - loso_tool.criterion(base))


def test_a_rubric_is_described_by_its_header(loso_tool, tmp_path):
    path = tmp_path / "c.toml"
    path.write_text("# c01: what it changes,\n# on two lines.\n#\n# more\nversion = 'x'\n", encoding="utf-8")
    assert loso_tool.describe(path) == "c01: what it changes, on two lines."


FOLDS = [f"set{i}" for i in range(1, 10)]


def _folded(qwk):
    """A made-up :func:`loso` result of one model: ``qwk(domain, fold)`` per fold, and the means over folds."""
    folds = {f: {d: {"qwk": qwk(d, i)} for d in DOMAINS} for i, f in enumerate(FOLDS)}
    means = {d: float(np.mean([folds[f][d]["qwk"] for f in FOLDS])) for d in DOMAINS}
    return {"folds": folds, "domain_means": means, "mean": float(np.mean(list(means.values())))}


def _ahead_on(n_per_model, by, domain="child_harm_assessment"):
    """Two models' results, ``by`` ahead of 0.8 on the first ``n_per_model`` folds of ``domain`` (equal elsewhere)
    and, to keep the mean gain ``by`` * 9 / n, a little more on those."""
    def qwk(d, i):
        return 0.8 + (by * 9 / n_per_model if d == domain and i < n_per_model else 0.0)
    return {m: _folded(qwk) for m in ("v9", "v10")}


def test_a_domain_qualifies_by_0_015_and_12_of_18_folds(loso_tool):
    """models/RESULTS.md, "Audit rubric v6": in a domain, the mean over the two classifiers of the mean over folds
    >= 0.015 ahead, and ahead on >= 12 of the 18 folds; other domains are untouched."""
    base = {m: _folded(lambda d, i: 0.8) for m in ("v9", "v10")}
    gains = loso_tool.domain_gains(base, _ahead_on(6, 0.015))
    assert gains["child_harm_assessment"] == {"gain": pytest.approx(0.015), "folds_ahead": 12, "folds": 18,
                                              "qualifies": True}
    assert not any(gains[d]["qualifies"] or gains[d]["folds_ahead"] for d in DOMAINS if d != "child_harm_assessment")
    assert not loso_tool.domain_gains(base, _ahead_on(6, 0.0149))["child_harm_assessment"]["qualifies"]
    few = loso_tool.domain_gains(base, _ahead_on(5, 0.05))["child_harm_assessment"]  # 10 of 18 folds
    assert few["folds_ahead"] == 10 and few["gain"] == pytest.approx(0.05) and not few["qualifies"]
    # one classifier alone: 0.03 for it is 0.015 over the two, but only 9 folds ahead
    alone = {"v9": _ahead_on(9, 0.03)["v9"], "v10": base["v10"]}
    assert not loso_tool.domain_gains(base, alone)["child_harm_assessment"]["qualifies"]


def test_the_larger_gain_wins_and_no_qualifier_keeps_the_baseline(loso_tool):
    base = {m: _folded(lambda d, i: 0.8) for m in ("v9", "v10")}
    candidates = {"small": _ahead_on(9, 0.02), "large": _ahead_on(7, 0.03), "short": _ahead_on(9, 0.01),
                  "pattern": _ahead_on(8, 0.02, "perpetrator_pattern")}
    decision = loso_tool.decide_domains(base, candidates)
    assert decision["chosen"] == {"perpetrator_pattern": "pattern", "non_blaming_strengths": None,
                                  "partnering_safety": None, "child_harm_assessment": "large"}
    assert decision["by_candidate"]["short"]["child_harm_assessment"]["qualifies"] is False
    assert loso_tool.decide_domains(base, {"short": candidates["short"]})["chosen"] == dict.fromkeys(DOMAINS)


def test_runs_made_side_by_side_are_merged_and_judged(loso_tool):
    """One run per classifier (``--out`` each), joined by ``--merge``: a rubric enters only if every model measured it,
    the baseline stays first."""
    base, better = _folded(lambda d, i: 0.8), _folded(lambda d, i: 0.8 + 0.02 * (d == "partnering_safety"))
    sets = {f: {"notes": 80, "trained_notes": 20} for f in FOLDS}

    def run(model, rubrics):
        return {"models": [model], "sets": sets, "rubrics": [
            {"rubric": name, "path": f"{name}.toml", "sha256": name, "description": "", "by_model": {model: r},
             "criterion": r["mean"]} for name, r in rubrics]}

    merged = loso_tool.merge_runs([run("v10", [("v4", base), ("c1", better), ("only_v10", better)]),
                                   run("v9", [("v4", base), ("c1", better)])])
    assert merged["models"] == ["v10", "v9"] and [r["path"] for r in merged["rubrics"]] == ["v4.toml", "c1.toml"]
    decision = loso_tool.decide_domains(merged["rubrics"][0]["by_model"], {"c1": merged["rubrics"][1]["by_model"]})
    assert decision["chosen"]["partnering_safety"] == "c1"
    with pytest.raises(SystemExit, match="baseline"):
        loso_tool.merge_runs([run("v10", [("v4", base)]), run("v9", [("c1", better)])])
