"""A fine-tuned transformer in ONNX form, run by ONNX Runtime: the fast form on CPUs without bfloat16.

On a CPU without AMX or AVX512-BF16 a transformer runs in PyTorch's float32, which spends most of a default
model's time (issue #21's 150 sentences/s is met there only in bfloat16). The same network exported to ONNX (its
pooling and head included) and run by ONNX Runtime gives PyTorch's logits within about 1e-5, faster; with its
matrix products quantised to int8 (dynamic, per output channel; ``int8``) about twice PyTorch's sentences per
CPU-second, its probabilities moving by up to a few hundredths. ``one_pass`` halves the cost of ``symmetric``
again (``TransformerClassifier``). Which form a shipped model uses, and what it changes, is measured on its card.

The form is made from a trained transformer (:meth:`OnnxTransformerClassifier.from_transformer`), or trained
directly (``fit`` fine-tunes as ``transformer.v1`` does, then exports). Loading it needs ONNX Runtime and the
tokenizer only; the ONNX file is data (no code runs when it is read), and a shipped one is checked against the
manifest like every other model file. Inference runs on the CPU, with as many threads as torch is given (a batch
job's workers share the cores).
"""

from __future__ import annotations

import copy
import json
import logging
import os
import sys
import tempfile
import warnings
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from casenotes.classify.base import Sentence
from casenotes.classify.registry import BACKENDS, PRECISIONS
from casenotes.classify.transformer import TransformerClassifier, _torch
from casenotes.errors import ModelError

_DEFAULTS = BACKENDS["transformer-onnx.v1"].defaults
ONNX_FILE = "model.onnx"
TOKENIZER_DIR = "tokenizer"


def _onnxruntime():
    try:
        import onnxruntime
    except ImportError:
        raise ModelError("[E133] A transformer in ONNX form needs onnxruntime: "
                         "pip install -e '.[transformer]'.") from None
    return onnxruntime


class OnnxTransformerClassifier(TransformerClassifier):
    """Transformer backend in ONNX form (``transformer-onnx.v1``).

    Args: as :class:`~casenotes.classify.transformer.TransformerClassifier`, and
        int8: quantise the exported network's matrix products to int8 (dynamic, per channel); ``False`` keeps
            float32.
    """

    independent_sentences = True  # each sentence is run on its own (``_logits``)

    def __init__(self, *, base_model: str = _DEFAULTS["base_model"], epochs: int = _DEFAULTS["epochs"],
                 batch_size: int = _DEFAULTS["batch_size"], learning_rate: float = _DEFAULTS["learning_rate"],
                 max_length: int = _DEFAULTS["max_length"], val_fraction: float = _DEFAULTS["val_fraction"],
                 augment: bool = _DEFAULTS["augment"], symmetric: bool = _DEFAULTS["symmetric"],
                 one_pass: bool = _DEFAULTS["one_pass"], seed: int = _DEFAULTS["seed"],
                 device: str = _DEFAULTS["device"], int8: bool = _DEFAULTS["int8"]) -> None:
        super().__init__(base_model=base_model, epochs=epochs, batch_size=batch_size, learning_rate=learning_rate,
                         max_length=max_length, val_fraction=val_fraction, augment=augment, symmetric=symmetric,
                         one_pass=one_pass, seed=seed, device=device)
        self.int8 = int8

    @classmethod
    def from_transformer(cls, model: TransformerClassifier, *, int8: bool = True,
                         one_pass: bool | None = None) -> "OnnxTransformerClassifier":
        """The ONNX form of a fitted transformer: its hyperparameters, labels, thresholds and tokenizer, its
        network exported (and with ``int8`` quantised). ``one_pass``: as the transformer's unless given."""
        model._check_fitted()
        params = {**model.get_params(), "int8": int8}
        if one_pass is not None:
            params["one_pass"] = one_pass
        form = cls(**params)
        form.labels_, form.thresholds_ = tuple(model.labels_), dict(model.thresholds_)
        form.history_ = getattr(model, "history_", [])
        form.tokenizer_, form.net_ = model.tokenizer_, copy.deepcopy(model.net_)  # the export changes the network
        form._export()
        return form

    def fit(self, X: Sequence[Sentence], Y: np.ndarray, *,
            labels: Sequence[str] | None = None) -> "OnnxTransformerClassifier":
        """Fine-tune as ``transformer.v1`` does (PyTorch), then export the network (``from_transformer``)."""
        super().fit(X, Y, labels=labels)
        self._export()
        return self

    def _export(self) -> None:
        """``net_`` as ONNX bytes (``onnx_``), quantised when ``int8``; ``net_`` is let go.

        int8 weights use 7 of their 8 bits (``reduce_range``): on a CPU without VNNI (AVX2) a product of 8-bit
        activations and 8-bit weights can overflow the 16-bit sums the instructions keep, so the full range would
        give different numbers there than on a CPU with VNNI; with 7-bit weights the products are exact on both
        (and on dev the labels changed less: models/RESULTS.md)."""
        torch = _torch()
        import onnx  # noqa: F401  # the exporter and the quantiser need it; a clear error if it is missing
        from onnxruntime.quantization import QuantType, quantize_dynamic

        net = self.net_.to("cpu").eval()
        net.encoder.set_attn_implementation("eager")  # the graph then does not depend on the kernel torch picks
        sample = self.tokenizer_(["he hit her", "the children were in the next room"], padding=True,
                                 return_tensors="pt")
        axes = {"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                "logits": {0: "batch"}}
        with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the exporter's and quantiser's advice about newer APIs
            exported, quantised = Path(tmp) / "float32.onnx", Path(tmp) / "int8.onnx"
            torch.onnx.export(net, (sample["input_ids"], sample["attention_mask"]), str(exported),
                              input_names=["input_ids", "attention_mask"], output_names=["logits"],
                              dynamic_axes=axes, opset_version=17, dynamo=False)
            if self.int8:
                logging.disable(logging.WARNING)  # the quantiser's advice to pre-process, through the root logger
                try:
                    quantize_dynamic(str(exported), str(quantised), per_channel=True, reduce_range=True,
                                     weight_type=QuantType.QInt8)
                finally:
                    logging.disable(logging.NOTSET)
            self.onnx_ = (quantised if self.int8 else exported).read_bytes()
        del self.net_
        self.__dict__.pop("session_", None)

    def _threads(self) -> int:
        """Sentences run at once: the threads torch is given (a batch job's workers share the cores), else every
        core."""
        return sys.modules["torch"].get_num_threads() if "torch" in sys.modules else (os.cpu_count() or 1)

    def _session(self) -> Any:
        """The ONNX Runtime session, made on first use; each run takes one thread (sentences run side by side)."""
        if not hasattr(self, "session_"):
            ort = _onnxruntime()
            options = ort.SessionOptions()
            options.intra_op_num_threads = options.inter_op_num_threads = 1
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            options.log_severity_level = 3
            self.session_ = ort.InferenceSession(self.onnx_, options, providers=["CPUExecutionProvider"])
        return self.session_

    def _logits(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Each sentence run on its own, unpadded (``batch_size`` is not used): int8's activation scales are
        worked out per run, so in a batch a sentence's numbers would depend on the sentences beside it; alone they
        depend on the sentence only, and with no padding to compute, one at a time costs less than batches.
        Sentences run on as many threads as ``_threads`` (ONNX Runtime lets go of the GIL). While ``fit`` fine-tunes
        (before the export), the PyTorch network scores the validation slice, as it does for ``transformer.v1``."""
        if hasattr(self, "net_"):
            return super()._logits(texts, batch_size)
        session = self._session()
        ids = self.tokenizer_(texts, truncation=True, max_length=self.max_length)["input_ids"]

        def run(row: list[int]) -> np.ndarray:
            tokens = np.asarray([row], dtype=np.int64)
            return session.run(None, {"input_ids": tokens, "attention_mask": np.ones_like(tokens)})[0][0]

        out = np.zeros((len(texts), len(self.labels_)), dtype=np.float32)
        if texts:
            with ThreadPoolExecutor(max_workers=self._threads()) as pool:
                out[:] = list(pool.map(run, ids, chunksize=16))
        return out

    def describe(self) -> str:
        form = ("ONNX form, run by ONNX Runtime with its matrix products in int8 (dynamic, per channel): "
                if self.int8 else "ONNX form, run by ONNX Runtime in float32: ")
        return form + super().describe()

    def set_precision(self, precision: str) -> "OnnxTransformerClassifier":
        """An ONNX form runs as it was exported: ``float32`` (the precision every model loads in) keeps it; any
        other known precision is an error (E618), as it would not be what the form's card measured; an unknown one
        is refused as every transformer refuses it (E616)."""
        if precision not in PRECISIONS:
            return super().set_precision(precision)
        self._check_fitted()
        if precision != "float32":
            form = "int8" if self.int8 else "float32"
            raise ModelError(f"[E618] A transformer in ONNX form runs as exported ({form}); it has no {precision} "
                             "form. Use the PyTorch model for another precision.")
        return self

    def quantize_int8(self) -> "OnnxTransformerClassifier":
        raise ModelError("[E618] A transformer in ONNX form is quantised when it is exported (int8=True), not after.")

    def _save_files(self, path: Path) -> dict[str, str]:
        (path / ONNX_FILE).write_bytes(self.onnx_)
        self.tokenizer_.save_pretrained(str(path / TOKENIZER_DIR))
        files = {"onnx": ONNX_FILE, "tokenizer": f"{TOKENIZER_DIR}/"}
        if getattr(self, "history_", None):  # trained here (``fit``); a form made from a model has its source's
            (path / "history.json").write_text(json.dumps(self.history_, indent=1))
            files["history"] = "history.json"
        return files

    def _load_files(self, path: Path, meta: dict[str, Any]) -> None:
        from transformers import AutoTokenizer

        if not (path / ONNX_FILE).is_file():
            raise ModelError(f"[E134] '{path}' has no {ONNX_FILE}: not a transformer in ONNX form.")
        self.onnx_ = (path / ONNX_FILE).read_bytes()
        self.tokenizer_ = AutoTokenizer.from_pretrained(str(path / TOKENIZER_DIR), local_files_only=True)
