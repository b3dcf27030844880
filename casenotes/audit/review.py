"""The human audit of a scored store, step by step as the evaluator's commands run it: draw a stratified sample,
export it blinded for scorers, read their sheets back as long scores, measure agreement between scorers (and the
machine), and export everything in long format for R/Stata.

The methods live in :mod:`~casenotes.audit.sample`, :mod:`~casenotes.audit.blind`, :mod:`~casenotes.audit.agreement`
and :mod:`~casenotes.audit.calibrate`; this module reads the store and files around them, writes what each step
leaves for people (their owner only), and prints nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import pandas as pd

from casenotes.errors import InputError
from casenotes.export import read_csv
from casenotes.private import save_table


class Unit(StrEnum):
    """What is sampled and scored (``casenotes.audit.sample.sampling_frame``): a note, or a case in one timepoint
    window (all its notes there, ``case_id@timepoint``)."""

    NOTE = "note"
    CASE = "case"


CONTEXT_COLUMNS = ("unit_id", "case_id", "borough", "team", "arm", "timepoint", "author_id", "author_role")
"""What the long export carries about each unit, where the sampling frame has it."""


@dataclass
class Sample:
    """A drawn audit sample: the frame it was drawn from, the units drawn, the strata with their sizes and
    weights, and the files written."""

    frame: pd.DataFrame
    units: pd.DataFrame
    strata: pd.DataFrame
    paths: dict[str, Path]


@dataclass
class Agreement:
    """Agreement between auditors per domain (``casenotes.audit.agreement.agreement_report``), and how often each
    scorer guessed the arm and timepoint they were blinded to (when their sheets asked)."""

    domains: dict[str, Any]
    unblinding: pd.DataFrame | None

    def to_dict(self) -> dict[str, Any]:
        return {"domains": self.domains,
                "unblinding": None if self.unblinding is None else self.unblinding.to_dict("records")}


def draw_sample(db: Path, out_dir: Path, *, unit: str = Unit.NOTE, strata: Sequence[str] | None = None,
                per_stratum: int = 5, seed: int = 0) -> Sample:
    """Draw a stratified audit sample from a store and save it under ``out_dir`` (frame, sample, strata and the
    parameters, so the draw can be reproduced and weighted).

    Args:
        unit: ``"note"`` or ``"case"``.
        strata: columns to stratify by (default: ``casenotes.audit.sample.default_strata``).
        per_stratum: units drawn from each stratum (all of a smaller one).
        seed: the draw's seed, saved with it.
    """
    from casenotes.audit.sample import default_strata, draw, sampling_frame, save_sample
    from casenotes.store import Store

    with Store(db, read_only=True) as store:
        notes = store.note_facts()
    frame = sampling_frame(notes, str(unit))
    cols = tuple(strata) if strata is not None else default_strata(frame)
    units, table = draw(frame, strata=cols, per_stratum=per_stratum, seed=seed)
    paths = save_sample(out_dir, frame, units, table, {"db": str(db), "unit": str(unit), "strata": cols,
                                                        "per_stratum": per_stratum, "seed": seed})
    return Sample(frame, units, table, paths)


def export_blind(db: Path, sample_path: Path, out_dir: Path, *, seed: int = 0) -> tuple[int, dict[str, Path]]:
    """Export the units of a sample (``sample.csv`` of :func:`draw_sample`) for blinded human scoring: their texts
    with context hidden and in shuffled order (``to_score``), and the key kept apart (``key``).

    Returns:
        The number of units and the paths written.

    Raises:
        InputError: the sample file has no ``unit_id`` column (E166); a unit has no text in the store (E162).
    """
    from casenotes.audit.blind import export_blinded
    from casenotes.audit.cases import case_texts
    from casenotes.store import Store

    units = read_csv(sample_path, dtype=str, keep_default_na=False)
    if "unit_id" not in units.columns:
        raise InputError(f"[E166] {sample_path.name}: no unit_id column; use the sample.csv written by "
                         f"`casenotes sample`.")
    with Store(db, read_only=True) as store:
        if units["unit_id"].str.contains("@").all():
            texts = case_texts(store, units["unit_id"])
        else:
            texts = store.note_texts(units["unit_id"])
    return len(units), export_blinded(units, texts, out_dir, seed=seed)


def import_sheet(sheet: Path, key: Path, *, scorer: str, output: Path) -> pd.DataFrame:
    """Read a scorer's completed blinded sheet back through its key as long scores (unit, scorer, domain, 1-4
    score, guesses and truth), save them to ``output`` and return them."""
    from casenotes.audit.blind import import_scores

    long_scores = import_scores(sheet, key, scorer=scorer)
    save_table(long_scores, output)
    return long_scores


def read_score_files(paths: Sequence[Path]) -> pd.DataFrame:
    """Human auditors' long score CSVs (``import_sheet``'s, or ``note_id, scorer, domain, score``) as one table
    keyed by ``unit_id``."""
    frames = []
    for path in paths:
        frame = read_csv(path, dtype={"unit_id": str, "note_id": str, "scorer": str}, keep_default_na=False)
        if "unit_id" not in frame.columns:
            frame["unit_id"] = frame["note_id"]
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def scorer_agreement(score_files: Sequence[Path], *, db: Path | None = None) -> Agreement:
    """Agreement per domain over every scorer of ``score_files`` (weighted kappa, Krippendorff's alpha, ICC and
    drift flags), with the machine's scores from ``db`` as one more scorer when it is given."""
    from casenotes.audit.agreement import agreement_report
    from casenotes.audit.blind import unblinding
    from casenotes.audit.calibrate import machine_scores

    long_scores = read_score_files(score_files)
    blind = unblinding(long_scores) if {"guess_arm", "true_arm"} <= set(long_scores.columns) else None
    if db is not None:
        unit = Unit.CASE if long_scores["unit_id"].str.contains("@").all() else Unit.NOTE
        machine = machine_scores(db, unit)
        long_scores = pd.concat([long_scores, machine[machine["unit_id"].isin(set(long_scores["unit_id"]))]],
                                ignore_index=True)
    return Agreement(agreement_report(long_scores[["unit_id", "scorer", "domain", "score"]]), blind)


def export_scores(db: Path, output: Path, *, score_files: Sequence[Path] = (), unit: str = Unit.NOTE) -> pd.DataFrame:
    """Every unit's scores in long format (unit x domain x scorer, the machine's and the humans' in
    ``score_files``) with the unit's team, borough, arm and timepoint, saved to ``output`` (.csv or .parquet)
    and returned."""
    from casenotes.audit.calibrate import machine_scores
    from casenotes.audit.sample import sampling_frame
    from casenotes.store import Store

    with Store(db, read_only=True) as store:
        frame = sampling_frame(store.note_facts(), str(unit))
    long_scores = machine_scores(db, str(unit))
    if score_files:
        human = read_score_files(score_files)
        long_scores = pd.concat([long_scores, human[["unit_id", "scorer", "domain", "score"]]], ignore_index=True)
    context = [c for c in CONTEXT_COLUMNS if c in frame.columns]
    table = long_scores.merge(frame[context], on="unit_id", how="left")
    table["unit"] = str(unit)
    save_table(table, output)
    return table
