"""How much personal data survives pseudonymisation into the store.

usage: python benchmarks/pii_leakage.py [--notes 1000] [--seed 0] [--model linear-v1] [--json]

Generates synthetic notes with an identifier planted in every note (NHS and NI numbers, postcodes, phone
numbers, emails, dates of birth, addresses, case references; see `casenotes synth --pii`) and a people table,
scores them into a temporary store, then looks for each planted identifier, and for each listed person's first
name and surname, in the stored note and sentence text. Prints recall (share removed) per identifier type.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from pathlib import Path

import pandas as pd


def leakage(notes: int, seed: int, model: str) -> dict:
    from casenotes.batch import score_file
    from casenotes.store import Store
    from casenotes.synth import write

    with tempfile.TemporaryDirectory() as tmp:
        paths = write(Path(tmp) / "n.csv", notes=notes, seed=seed, pii=1.0)
        score_file(paths["notes"], Path(tmp) / "s.duckdb", people=paths["people"], model=model)
        with Store(Path(tmp) / "s.duckdb", read_only=True) as store:
            stored = store.query("SELECT n.note_id, n.case_id, n.text || ' ' || coalesce(s.t, '') AS text FROM notes n "
                                 "LEFT JOIN (SELECT note_id, string_agg(text, ' ') AS t FROM sentences GROUP BY note_id) s "
                                 "USING (note_id)")
        original = pd.read_csv(paths["notes"], dtype=str)
        planted = pd.read_csv(paths["planted"], dtype=str)
        people = pd.read_csv(paths["people"], dtype=str)
    text_of = dict(zip(stored["note_id"], stored["text"]))
    digits = lambda s: re.sub(r"\D", "", s)  # noqa: E731
    rows = []
    for rec in planted.itertuples():
        kept = text_of.get(rec.note_id, "")
        leaked = rec.value in kept or (rec.type in ("NHS_NUMBER", "PHONE", "CASE_REF") and digits(rec.value) in digits(kept))
        rows.append({"type": rec.type, "leaked": leaked})
    # names: every occurrence of a listed first name or surname in the original notes of that case
    by_case = original.groupby("case_id")
    for case_id, group in people.groupby("case_id"):
        if case_id not in by_case.groups:
            continue
        notes_in = by_case.get_group(case_id)
        for name in group["name"]:
            for part in name.split():
                pattern = re.compile(rf"\b{re.escape(part)}\b")
                for note in notes_in.itertuples():
                    if pattern.search(note.text):
                        rows.append({"type": "NAME (people table)", "leaked": bool(pattern.search(text_of.get(note.note_id, "")))})
    frame = pd.DataFrame(rows)
    summary = frame.groupby("type")["leaked"].agg(["size", "sum"]).rename(columns={"size": "planted", "sum": "leaked"})
    summary["recall"] = 1 - summary["leaked"] / summary["planted"]
    structured = frame[frame["type"] != "NAME (people table)"]
    names = frame[frame["type"] == "NAME (people table)"]
    return {"notes": notes, "per_type": summary.reset_index().to_dict("records"),
            "structured_recall": float(1 - structured["leaked"].mean()),
            "name_recall": float(1 - names["leaked"].mean()) if len(names) else float("nan")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--model", default="linear-v1")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    result = leakage(args.notes, args.seed, args.model)
    if args.json:
        print(json.dumps(result))
        return
    print(f"{'identifier':<22}{'planted':>9}{'leaked':>8}{'recall':>9}")
    for r in result["per_type"]:
        print(f"{r['type']:<22}{r['planted']:>9}{r['leaked']:>8}{r['recall']:>9.2%}")
    print(f"structured identifiers removed: {result['structured_recall']:.2%}; "
          f"listed names removed: {result['name_recall']:.2%}")


if __name__ == "__main__":
    main()
