"""Draw a stratified, reproducible audit sample from a scored store.

The unit is a note or a case-in-a-timepoint (all of a case's notes in one timepoint window). Strata are any
columns of the frame: by default borough x team x timepoint, plus ``risk_level`` and ``case_status`` when the
export carried them (``--strata`` overrides). ``per_stratum`` units are drawn from each stratum without replacement (all of a smaller stratum). The
frame, the strata with their sizes, and the seed are saved so the draw can be reproduced and weighted.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pandas as pd

from casenotes.errors import InputError
from casenotes.private import open_private, private_dir, save_table

DEFAULT_STRATA = ("borough", "team", "timepoint")
OPTIONAL_STRATA = ("risk_level", "case_status")


def default_strata(frame: pd.DataFrame) -> tuple[str, ...]:
    """Borough x team x timepoint, plus risk level / case status where the export recorded them."""
    extra = tuple(c for c in OPTIONAL_STRATA if c in frame.columns and frame[c].notna().any())
    return DEFAULT_STRATA + extra


def sampling_frame(notes: pd.DataFrame, unit: str = "note") -> pd.DataFrame:
    """One row per sampling unit with its strata columns, from ``Store.note_facts()``."""
    if unit == "note":
        frame = notes.copy()
        frame["unit_id"] = frame["note_id"]
        return frame
    if unit == "case":
        keyed = notes.dropna(subset=["case_id"]).copy()
        first = keyed.sort_values("recorded_at").groupby(["case_id", "timepoint"], as_index=False).agg(
            borough=("borough", "first"), team=("team", "first"), arm=("arm", "first"),
            risk_level=("risk_level", "last"), case_status=("case_status", "last"),
            n_notes=("note_id", "size"), first_note=("recorded_at", "min"), last_note=("recorded_at", "max"))
        first["unit_id"] = first["case_id"].astype(str) + "@" + first["timepoint"].astype(str)
        return first
    raise InputError(f"[E160] --unit '{unit}' is unknown; expected 'note' or 'case'.")


def draw(frame: pd.DataFrame, *, strata: tuple[str, ...] = DEFAULT_STRATA, per_stratum: int = 5,
         seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (sample, strata table). Each unit's draw key is a hash of (seed, unit id), so adding units to a
    stratum leaves earlier draws of other strata unchanged."""
    missing = [s for s in strata if s not in frame.columns]
    if missing:
        raise InputError(f"[E161] strata {missing} are not columns of the sampling frame; available: "
                         f"{sorted(c for c in frame.columns if frame[c].dtype == object)}.")
    keyed = frame.copy()
    keyed["_key"] = [hashlib.sha256(f"{seed}:{u}".encode()).hexdigest() for u in keyed["unit_id"]]
    keyed = keyed.sort_values("_key")
    groups = keyed.groupby(list(strata), dropna=False, sort=True)
    sample = groups.head(per_stratum).drop(columns="_key")
    table = groups.size().rename("population").reset_index()
    taken = sample.groupby(list(strata), dropna=False).size().rename("sampled").reset_index()
    table = table.merge(taken, on=list(strata), how="left").fillna({"sampled": 0})
    table["sampled"] = table["sampled"].astype(int)
    table["weight"] = table["population"] / table["sampled"].where(table["sampled"] > 0)
    return sample.reset_index(drop=True), table


def save_sample(out_dir: Path, frame: pd.DataFrame, sample: pd.DataFrame, table: pd.DataFrame,
                params: dict[str, Any]) -> dict[str, Path]:
    """Write frame.csv, sample.csv, strata.csv and sample.json (parameters, seed, counts), for their owner only
    (they name notes, cases and teams) and with formula-like cells quoted."""
    private_dir(out_dir)
    paths = {"frame": out_dir / "frame.csv", "sample": out_dir / "sample.csv", "strata": out_dir / "strata.csv",
             "params": out_dir / "sample.json"}
    save_table(frame.drop(columns=["text"], errors="ignore"), paths["frame"])
    save_table(sample.drop(columns=["text"], errors="ignore"), paths["sample"])
    save_table(table, paths["strata"])
    with open_private(paths["params"], encoding="utf-8") as fh:
        fh.write(json.dumps({**params, "frame_units": int(len(frame)), "sampled_units": int(len(sample)),
                             "strata_count": int(len(table))}, indent=2, default=str) + "\n")
    return paths
