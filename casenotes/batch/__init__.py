"""Batch scoring: notes in, scored notes, sentences and domain scores into the store.

- ``texts``: score note texts (split, classify, audit) -> :class:`ScoredBatch`, with :class:`NoteScorer`.
- ``rows``: a scored chunk as rows for the store's tables.
- ``chunks``: the per-chunk work (pseudonymise, score, rows), the same wherever a chunk is scored.
- ``run``: a batch run around a :class:`RunConfig`; :func:`score_file` takes its fields as keywords.
- ``executors``: local worker pools and Dask, and the process tuning only a run's own processes get.
- ``record``: the data files in force, for the run record. ``rejects``: the rejects CSV and store rows.
"""

from casenotes.batch.chunks import ChunkScorer, ScorerSetup
from casenotes.batch.executors import ENGINES, default_workers
from casenotes.batch.record import data_files_in_force
from casenotes.batch.run import RunConfig, ScoreReport, input_files, score_file, score_run, store_key_path
from casenotes.batch.texts import NoteScorer, ScoredBatch, ScoredNote, model_rubric

__all__ = ["ENGINES", "ChunkScorer", "NoteScorer", "RunConfig", "ScoreReport", "ScoredBatch", "ScoredNote",
           "ScorerSetup", "data_files_in_force", "default_workers", "input_files", "model_rubric", "score_file",
           "score_run", "store_key_path"]
