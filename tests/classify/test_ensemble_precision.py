"""An ensemble saved with ``precision="int8"`` runs its transformer members quantised whenever it is loaded, so a
fast form can be shipped and used by name without ``--precision`` (``casenotes classify`` has no such option)."""

from __future__ import annotations

import numpy as np
import pytest

from casenotes.classify import load_model
from casenotes.classify.ensemble import EnsembleClassifier
from casenotes.errors import ModelError

TEXTS = ["Dad pushed Mum against the wall while the baby was in her arms.",
         "Mum has made a safety plan with the IDVA and keeps her phone charged."]


def _quantised(model) -> bool:
    return any("quantized" in type(module).__module__ for module in model.net_.encoder.modules())


def test_an_int8_ensemble_loads_with_its_transformer_quantised(tmp_path):
    pytest.importorskip("torch")
    saved = EnsembleClassifier(members=("linear-v2", "transformer-v2"), precision="int8").fit().save(tmp_path / "e")
    loaded = load_model(tmp_path / "e")
    transformer = next(m for m in loaded.models_ if hasattr(m, "net_"))
    assert _quantised(transformer)
    as_asked = load_model("ensemble-v2", precision="int8")  # the same members, quantised on request
    np.testing.assert_allclose(loaded.predict_proba(TEXTS), as_asked.predict_proba(TEXTS), atol=1e-6)
    assert "int8" in loaded.describe() and saved == tmp_path / "e"


def test_an_ensemble_precision_must_be_known():
    with pytest.raises(ModelError, match=r"\[E460\] Ensemble precision 'int4' is unknown; expected one of "
                                         r"\['float32', 'bfloat16', 'int8'\]\."):
        EnsembleClassifier(members=("linear-v2",), precision="int4").fit()


def test_every_shipped_bfloat16_ensemble_is_its_float32_ensembles_members_in_bfloat16():
    """`make ensemble-vN-bf16` reads ensemble-vN's members from its model.json (transformer-v2 for v4 and v5,
    transformer-v3 for v6): a bf16 ensemble must never pair other members than the float32 one it is measured
    against."""
    import json

    from casenotes.classify.registry import models_dir

    shipped = sorted(models_dir().glob("ensemble-v*-bf16/model.json"))
    assert shipped
    for path in shipped:
        fast = json.loads(path.read_text(encoding="utf-8"))["params"]
        full = json.loads((path.parent.parent / path.parent.name.removesuffix("-bf16") / "model.json")
                          .read_text(encoding="utf-8"))["params"]
        assert (fast["members"], fast["precision"]) == (full["members"], "bfloat16"), path.parent.name
