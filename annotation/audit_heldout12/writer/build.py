"""Assemble batch01..batch08 into raw/notes_aw14.jsonl and texts_only.jsonl (for a blind second scorer).

Only whitespace is normalised (line wraps in the source files joined); the note texts are otherwise as typed.
"""
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]


def load_batch(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.NOTES


def main():
    batches = sorted((HERE / "src").glob("batch[0-9][0-9].py"))
    records = []
    for b in batches:
        for note in load_batch(b):
            n = len(records) + 1
            records.append({
                "note_id": f"aw14-{n:04d}",
                "text": " ".join(note["text"].split()),
                "setting": note["setting"],
                "note_type": note["note_type"],
                "scorer": "aw14",
                "scores": {d: note["scores"][d] for d in DOMAINS},
                "reasons": {d: note["reasons"][d] for d in DOMAINS},
            })
    (OUT / "raw").mkdir(exist_ok=True)
    with open(OUT / "raw" / "notes_aw14.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT / "texts_only.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps({"note_id": r["note_id"], "text": r["text"]}, ensure_ascii=False) + "\n")
    print(f"{len(batches)} batches, {len(records)} notes written")


if __name__ == "__main__":
    main()
