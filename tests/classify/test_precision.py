"""Inference precision and the work a transformer does per sentence (issue #21, speed through `casenotes classify`).

A transformer can run its matrix products in bfloat16 (``set_precision``), alone or as an ensemble member, with
probabilities close to float32's; the gender-swapped pass is batched with the sentences themselves and gives what
two separate passes give; fast evidence is looked for only in the sentences given a label.
"""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

from casenotes.classify import DEFAULT_MODEL, load_model
from casenotes.classify.base import sigmoid, swapped_copies
from casenotes.classify.ensemble import EnsembleClassifier
from casenotes.errors import CasenotesWarning, ModelError
from tests.classify.shipped import bfloat16_cpu

pytest.importorskip("torch")

EXT1 = Path(__file__).resolve().parents[2] / "annotation" / "external" / "sentences_ext1.jsonl"
CASENOTES = str(Path(sys.executable).with_name("casenotes"))


BF16 = pytest.mark.skipif(not bfloat16_cpu(), reason="this CPU has no bfloat16 instructions (AMX or AVX512-BF16): "
                          "bfloat16 models run in float32 here (W160), as the tests below for such CPUs check")


def ext1_texts() -> list[str]:
    return [json.loads(line)["text"] for line in EXT1.open(encoding="utf-8")]


@pytest.fixture(scope="module")
def transformer():
    return load_model("transformer-v2")


def test_the_batched_swap_pass_gives_what_two_passes_give(transformer):
    texts = ext1_texts()[:40]
    changed, copies = swapped_copies(texts)
    assert changed  # the swap changes some of these sentences
    own, copied = sigmoid(transformer._logits(texts)), sigmoid(transformer._logits(copies))
    own[changed] = (own[changed] + copied) / 2
    np.testing.assert_allclose(transformer.predict_proba(texts), own, atol=1e-5)


@BF16
def test_bfloat16_probabilities_stay_close_to_float32(transformer):
    texts = ext1_texts()
    fast = load_model("transformer-v2", precision="bfloat16")
    p, q = transformer.predict_proba(texts), fast.predict_proba(texts)
    thresholds = np.array([transformer.thresholds_[label] for label in transformer.labels_])
    assert not np.array_equal(p, q)  # the products really run in bfloat16
    assert np.abs(p - q).max() < 0.05 and ((p >= thresholds) != (q >= thresholds)).mean() < 0.01


def test_a_bfloat16_ensemble_loads_in_bfloat16_and_classifies_through_the_console_script(tmp_path):
    EnsembleClassifier(members=("linear-v4", "transformer-v2"), precision="bfloat16").fit().save(tmp_path / "e")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CasenotesWarning)  # W160 on a CPU without bfloat16 instructions
        loaded = load_model(tmp_path / "e")
    # in bfloat16 where the CPU has bfloat16 instructions, in float32 (W160) where it has not
    assert all(getattr(m, "bfloat16_", False) == bfloat16_cpu() for m in loaded.models_ if hasattr(m, "net_"))
    assert "bfloat16" in loaded.describe()
    texts = ext1_texts()[:30]
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps({"id": f"s{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    done = subprocess.run([CASENOTES, "classify", str(src), "-o", str(dst), "--model", str(tmp_path / "e")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in dst.open()]
    assert [r["id"] for r in rows] == [f"s{i}" for i in range(len(texts))]
    full = load_model("ensemble-v4").predict_proba(texts)
    got = np.array([[r["scores"][label] for label in loaded.labels_] for r in rows])
    assert np.abs(got - full).max() < 0.05


def test_precisions_that_cannot_apply_are_refused(tmp_path, transformer):
    with pytest.raises(ModelError, match=r"\[E616\] Precision 'int4' is unknown"):
        transformer.set_precision("int4")
    with pytest.raises(ModelError, match=r"\[E055\] Model 'linear-v1' \(linear.v1\) has no bfloat16 form"):
        load_model("linear-v1", precision="bfloat16")
    EnsembleClassifier(members=("linear-v4", "transformer-v2"), precision="bfloat16").fit().save(tmp_path / "e")
    with pytest.raises(ModelError, match=r"\[E617\] This ensemble runs its transformer members in bfloat16"):
        load_model(tmp_path / "e", precision="int8")


def test_bfloat16_without_bfloat16_instructions_warns(monkeypatch):
    import torch

    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: False)
    monkeypatch.setattr(torch.cpu, "_is_avx512_bf16_supported", lambda: False)
    model = load_model("transformer-v2")
    model.device = "cpu"
    with pytest.warns(CasenotesWarning, match=r"\[W160\].*runs in float32 instead"):
        model.set_precision("bfloat16")
    assert not getattr(model, "bfloat16_", False)  # float32, which is faster on such a CPU


def test_bfloat16_with_bfloat16_instructions_does_not_warn(monkeypatch):
    import torch

    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: True)
    model = load_model("transformer-v2")
    model.device = "cpu"
    with warnings.catch_warnings():
        warnings.simplefilter("error", CasenotesWarning)
        model.set_precision("bfloat16")


LOGISTICS = ["The review meeting was moved to Tuesday at 10am.", "The family lives in a two-bedroom flat.",
             "The next visit is booked for the first week of March."]
"""Sentences no model should give a label (none is about the abuse, the child's experience or protection)."""


def test_fast_evidence_is_looked_for_only_in_sentences_given_a_label(transformer, monkeypatch):
    texts = ext1_texts()[:20] + LOGISTICS
    given = transformer.predict(texts).any(axis=1)
    assert given.any() and not given.all()
    explained: list[str] = []
    original = type(transformer).evidence

    def spy(self, X, *, mode="fast"):
        explained.extend(X)
        return original(self, X, mode=mode)

    monkeypatch.setattr(type(transformer), "evidence", spy)
    records = transformer.classify(texts)
    assert explained == [t for t, g in zip(texts, given) if g]
    assert all(r["evidence"] == [] for r, g in zip(records, given) if not g)


@BF16
def test_the_default_model_runs_bfloat16_and_gives_its_float32_siblings_labels():
    """The default (ensemble-v10-bf16) was measured only in float32; where it runs in bfloat16 its labels may differ
    from its float32 sibling's on under 1% of sentence-label pairs (ensemble-v9-bf16 gave identical labels)."""
    default, full = load_model(), load_model(DEFAULT_MODEL.removesuffix("-bf16"))
    assert all(getattr(m, "bfloat16_", False) for m in default.models_ if hasattr(m, "net_"))
    texts = ext1_texts()
    assert (default.predict(texts) != full.predict(texts)).mean() < 0.01


@pytest.mark.skipif(bfloat16_cpu(), reason="this CPU runs bfloat16; the test above checks the default there")
def test_without_bfloat16_instructions_the_default_model_warns_and_is_its_float32_sibling():
    """A council laptop without AMX or AVX512-BF16 runs the default in float32: it says so (W160) and its
    probabilities are its float32 sibling's (ensemble-v10's)."""
    with pytest.warns(CasenotesWarning, match=r"\[W160\]"):
        default = load_model()
    assert not any(getattr(m, "bfloat16_", False) for m in default.models_ if hasattr(m, "net_"))
    texts = ext1_texts()
    sibling = load_model(DEFAULT_MODEL.removesuffix("-bf16"))
    np.testing.assert_allclose(default.predict_proba(texts), sibling.predict_proba(texts), atol=1e-6)
