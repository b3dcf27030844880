"""Blinded human scoring: export a sample with identifying context hidden, import the scores back.

The export hides borough, team, author, dates, arm and timepoint (dates inside the text become ``[DATE]``),
shuffles the order with a seed and gives each unit an opaque ``blind_id``. The key that links blind ids back to
units is written to a separate file for the study team only. Scorers also record their guess of arm and
timepoint, so how well blinding held can be measured when the scores are imported. Both files are for their
owner only, and formula-like cells are quoted (``casenotes.export``).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pandas as pd

from casenotes.errors import InputError
from casenotes.export import read_csv
from casenotes.private import private_dir, save_table
from casenotes.schemas import DOMAINS

_DATE = re.compile(r"\b\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\b|\b\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
                   r"Aug|Sep|Oct|Nov|Dec)[a-z]* ?(?:\d{2,4})?\b|\b(?:19|20)\d{2}\b", re.IGNORECASE)
SCORE_COLUMNS = [f"score_{d}" for d in DOMAINS]
GUESS_COLUMNS = ["guess_arm", "guess_timepoint"]
ARM_GUESSES: tuple[str, ...] = ("trained", "comparison")
"""The arms a scorer may guess, and the vocabulary the key's arm is read in when guesses are checked
(:func:`arm_group`, applied to guesses and truth alike): the teams table names a stepped rollout's arms
``step 1``, ``step 2``... and the others ``comparison``, and a scorer cannot tell the steps apart."""


def arm_group(arm: str, trained_at: str = "") -> str:
    """A unit's arm in the guess vocabulary: ``comparison`` for a team in the comparison arm, ``trained`` for a
    team in the training rollout (any other arm name, or a training date), "" when the key does not say."""
    arm = arm.strip().lower()
    if arm == "comparison":
        return "comparison"
    return "trained" if arm or trained_at.strip() else ""


def hide_dates(text: str) -> str:
    return _DATE.sub("[DATE]", text)


def export_blinded(units: pd.DataFrame, texts: dict[str, str], out_dir: Path, *, seed: int = 0) -> dict[str, Path]:
    """Write ``to_score.csv`` (blind_id, text, empty score and guess columns) and ``key.csv``.

    Args:
        units: the sample (``unit_id`` plus context columns).
        texts: unit_id -> pseudonymised text (a note, or a case's notes in the window joined in date order).
    """
    missing = [u for u in units["unit_id"] if u not in texts]
    if missing:
        raise InputError(f"[E162] {len(missing)} sampled unit(s) have no text in the store (e.g. {missing[0]}).")
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(units))
    shuffled = units.iloc[order].reset_index(drop=True)
    salt = hashlib.sha256(f"blind:{seed}".encode()).hexdigest()[:8]
    shuffled["blind_id"] = [f"B{i + 1:04d}-{hashlib.sha256((salt + str(u)).encode()).hexdigest()[:6]}"
                            for i, u in enumerate(shuffled["unit_id"])]
    sheet = pd.DataFrame({"blind_id": shuffled["blind_id"],
                          "text": [hide_dates(texts[u]) for u in shuffled["unit_id"]]})
    for col in SCORE_COLUMNS + GUESS_COLUMNS:
        sheet[col] = ""
    private_dir(out_dir)
    paths = {"to_score": out_dir / "to_score.csv", "key": out_dir / "key.csv"}
    save_table(sheet, paths["to_score"])
    save_table(shuffled.drop(columns=["text"], errors="ignore"), paths["key"])
    return paths


def import_scores(scored: Path, key: Path, *, scorer: str, scale: int = 4) -> pd.DataFrame:
    """Join a completed scoring sheet to the key: long rows (unit_id, scorer, domain, score, guesses, truth)."""
    sheet = read_csv(scored, dtype=str, keep_default_na=False)
    keys = read_csv(key, dtype=str, keep_default_na=False)
    missing = [c for c in ["blind_id", *SCORE_COLUMNS] if c not in sheet.columns]
    if missing:
        raise InputError(f"[E163] {scored.name}: missing column(s) {missing}.")
    unknown = set(sheet["blind_id"]) - set(keys["blind_id"])
    if unknown:
        raise InputError(f"[E164] {scored.name}: blind_id {sorted(unknown)[0]} is not in {key.name}.")
    merged = sheet.drop(columns=["text"], errors="ignore").merge(keys, on="blind_id", how="left")
    rows = []
    for i, rec in merged.iterrows():
        for d in DOMAINS:
            value = rec[f"score_{d}"].strip()
            if not value:
                continue
            if not value.isdigit() or not 1 <= int(value) <= scale:
                # the cell is not quoted: in a sheet whose columns slipped it could be the note's text
                raise InputError(f"[E165] {scored.name} row {i + 2} (blind_id {rec['blind_id']}), column score_{d}: "
                                 f"not a score from 1 to {scale}.")
            rows.append({"unit_id": rec["unit_id"], "note_id": rec["unit_id"], "scorer": scorer, "domain": d,
                         "score": int(value), "guess_arm": arm_group(rec.get("guess_arm", "")),
                         "guess_timepoint": rec.get("guess_timepoint", ""),
                         "true_arm": arm_group(rec.get("arm", ""), rec.get("trained_at", "")),
                         "true_timepoint": rec.get("timepoint", "")})
    return pd.DataFrame(rows)


def unblinding(scores: pd.DataFrame) -> pd.DataFrame:
    """Per scorer: how often the guessed arm / timepoint was right, among units where a guess was made and the
    key says what is true."""
    units = scores.drop_duplicates(subset=["unit_id", "scorer"])
    out = []
    for scorer, g in units.groupby("scorer"):
        row = {"scorer": scorer, "units": len(g)}
        for what in ("arm", "timepoint"):
            guess = g[f"guess_{what}"].fillna("").astype(str).str.strip().str.lower()
            truth = g[f"true_{what}"].fillna("").astype(str).str.strip().str.lower()
            known = truth != ""
            guessed = known & (guess != "")
            row[f"{what}_guesses"] = int(guessed.sum())
            row[f"{what}_correct"] = float((guess == truth)[guessed].mean()) if guessed.any() else float("nan")
            row[f"{what}_chance"] = 1.0 / max(1, truth[known].nunique())
        out.append(row)
    return pd.DataFrame(out)
