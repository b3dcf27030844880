"""Score note texts: split into sentences, classify them and audit the notes, with one model and one rubric.

No I/O beyond loading the model and rubric, and no process-wide settings: the dashboard and the CLI build a
:class:`NoteScorer` in their own processes (tuning the garbage collector for a batch run is ``executors``').
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from casenotes.audit import Rubric
from casenotes.audit.rubric import DomainScores
from casenotes.classify.output import Classified
from casenotes.classify.registry import load_model, resolve_model_path
from casenotes.schemas import LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass
class ScoredNote:
    """Sentences with their classifier output, and domain scores with the sentence indexes behind them."""

    sentences: list[dict[str, Any]]
    domains: dict[str, int]
    domain_evidence: dict[str, list[int]]


@dataclass
class ScoredBatch:
    """Notes scored together, kept as columns: the sentences of all notes, one note after another (note ``i``
    has ``n_sentences[i]``), and per domain the notes' scores (a dict per sentence cost a batch job as long as
    a pipeline stage)."""

    n_sentences: np.ndarray
    start_char: np.ndarray
    end_char: np.ndarray
    texts: list[str]
    classified: Classified
    domains: dict[str, DomainScores]

    def notes(self) -> list[ScoredNote]:
        """A :class:`ScoredNote` per note."""
        records = iter(self.classified.records())
        rows = iter(zip(self.start_char.tolist(), self.end_char.tolist(), self.texts, records))
        scores = {d: v.scores.tolist() for d, v in self.domains.items()}
        out = []
        for i, n in enumerate(self.n_sentences.tolist()):
            sentences = [{"sent_idx": idx, "start_char": a, "end_char": b, "text": text, **rec}
                         for idx, (a, b, text, rec) in zip(range(n), rows)]
            out.append(ScoredNote(sentences, {d: scores[d][i] for d in self.domains},
                                  {d: v.evidence[i] for d, v in self.domains.items()}))
        return out


NLP_REBUILD_NOTES = 50_000
"""Notes a scorer's own spaCy pipeline processes before it is rebuilt (its vocabulary only grows)."""


class NoteScorer:
    """Split, classify and audit note texts with one model and one rubric.

    Args:
        model: shipped model name or model directory (None: the default model).
        rubric: a rubric file, or ``"default"``: the rubric calibrated for this model to human auditors
            (``rubric.toml`` in the model directory) when there is one, else the shipped levels rubric.
        precision: ``"float32"``, or ``"int8"`` to quantise a transformer for CPU speed (at some cost in quality).
    """

    def __init__(self, *, model: str | Path | None = None, rubric: str | Path = "default",
                 precision: str = "float32") -> None:
        from casenotes.nlp import build_nlp  # spaCy: imported where notes are scored, not where they are read

        self.model_path = resolve_model_path(model)
        self.model = load_model(self.model_path, precision=precision)
        self.rubric = model_rubric(self.model_path, rubric)
        # share the model's pipeline when it has one (the rules backend), rather than building a second; a model
        # that reads only text needs sentences and nothing more
        self._own_nlp = getattr(self.model, "nlp_", None) is None
        self.nlp = getattr(self.model, "nlp_", None) or build_nlp({"annotate": self.model.reads_annotations})
        self._notes_since_build = 0

    def score_texts(self, texts: Sequence[str], role_hints: Sequence[dict[str, str] | None] | None = None,
                    *, batch_size: int = 64) -> list[ScoredNote]:
        """Score notes given as texts (already pseudonymised when they go to a store)."""
        return self.score_batch(texts, role_hints, batch_size=batch_size).notes()

    def score_batch(self, texts: Sequence[str], role_hints: Sequence[dict[str, str] | None] | None = None,
                    *, batch_size: int = 64) -> ScoredBatch:
        """What ``score_texts`` gives, as columns (the form the batch job stores)."""
        spans, n_sentences = self._sentences(texts, role_hints, batch_size)
        reads = self.model.reads_annotations
        classified = self.model.classify_batch([sent if reads else raw for sent, raw in spans]) if spans \
            else Classified.empty(self.model.labels_)
        # a sentence is stored without its leading and trailing whitespace: offsets (and evidence) move with it
        stripped = [raw.strip() for _, raw in spans]
        leads = [len(raw) - len(raw.lstrip()) for _, raw in spans]
        for i, lead in enumerate(leads):
            if lead and classified.evidence[i]:
                classified.evidence[i] = [{**e, "start": e["start"] - lead, "end": e["end"] - lead}
                                          for e in classified.evidence[i]]
        start_char = np.array([sent.start_char for sent, _ in spans], dtype=np.int64) + np.array(leads, dtype=np.int64)
        counts = np.array(n_sentences, dtype=np.int64)
        scores, given = classified.columns(LABELS)
        return ScoredBatch(counts, start_char, start_char + np.fromiter(map(len, stripped), np.int64, len(stripped)),
                           stripped, classified, self.rubric.score_notes(given, scores, counts))

    def _sentences(self, texts: Sequence[str], role_hints: Sequence[dict[str, str] | None] | None,
                   batch_size: int) -> tuple[list[tuple[Span, str]], list[int]]:
        """The notes' non-blank sentences, as (span, the note's own text of it), and how many each note has."""
        from casenotes.nlp import build_nlp

        self._notes_since_build += len(texts)
        if self._own_nlp and self._notes_since_build > NLP_REBUILD_NOTES:
            # spaCy's vocabulary keeps every token string it has seen, and notes are full of one-off strings
            # (typos, dates, references): a fresh pipeline (same output) keeps a long run's memory flat
            self.nlp = build_nlp({"annotate": self.model.reads_annotations})
            self._notes_since_build = len(texts)
        docs = []
        for i, text in enumerate(texts):
            doc = self.nlp.make_doc(text)
            if role_hints is not None and role_hints[i]:
                doc._.role_hints = role_hints[i]
            docs.append(doc)
        processed: list[Doc] = list(self.nlp.pipe(docs, batch_size=batch_size))
        # sentence texts sliced from the note (Span.text re-joins tokens, which costs more than the classifier);
        # a model that reads only text gets these strings, one that reads annotations gets the spans
        # (a Doc's text is the note's text: spaCy's tokenisation is non-destructive)
        spans: list[tuple[Span, str]] = []
        n_sentences = []
        for doc, text in zip(processed, texts):
            kept = [(sent, raw) for sent, raw in ((s, text[s.start_char:s.end_char]) for s in doc.sents) if raw.strip()]
            n_sentences.append(len(kept))
            spans += kept
        return spans, n_sentences


def model_rubric(model_path: Path, rubric: str | Path = "default") -> Rubric:
    """The rubric a model scores with: ``rubric``, or for ``"default"`` the one calibrated for the model
    (``rubric.toml`` in its directory) when there is one, else the shipped levels rubric."""
    calibrated = model_path / "rubric.toml"
    return Rubric.load(calibrated if str(rubric) == "default" and calibrated.is_file() else rubric)
