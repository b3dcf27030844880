"""Deprecated: batch scoring moved to :mod:`casenotes.batch` (split by concern, issue #17). This module re-exports
its public names for one release, so that scripts importing ``casenotes.scoring`` keep working."""

import warnings

from casenotes.batch import (ENGINES, ChunkScorer, NoteScorer, RunConfig, ScoreReport, ScoredBatch, ScoredNote,
                             ScorerSetup, default_workers, input_files, model_rubric, score_file, score_run,
                             store_key_path)
from casenotes.batch.executors import few_collections
from casenotes.batch.texts import NLP_REBUILD_NOTES

warnings.warn("casenotes.scoring is deprecated and goes in the next release: import from casenotes.batch "
              "(score_file, NoteScorer, RunConfig, ...).", DeprecationWarning, stacklevel=2)

__all__ = ["ENGINES", "NLP_REBUILD_NOTES", "ChunkScorer", "NoteScorer", "RunConfig", "ScoreReport", "ScoredBatch",
           "ScoredNote", "ScorerSetup", "default_workers", "few_collections", "input_files", "model_rubric",
           "score_file", "score_run", "store_key_path"]
