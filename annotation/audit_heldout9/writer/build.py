"""Assemble the hand-written batches into raw/notes_aw11.jsonl and texts_only.jsonl."""
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]


def load_batches():
    notes = []
    for i in range(1, 9):
        path = HERE / "src" / f"batch{i:02d}.py"
        spec = importlib.util.spec_from_file_location(f"batch{i:02d}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        notes.extend(mod.NOTES)
    return notes


def main():
    notes = load_batches()
    (OUT / "raw").mkdir(exist_ok=True)
    with open(OUT / "raw" / "notes_aw11.jsonl", "w", encoding="utf-8") as full, \
         open(OUT / "texts_only.jsonl", "w", encoding="utf-8") as blind:
        for k, n in enumerate(notes, 1):
            nid = f"aw11-{k:04d}"
            rec = {
                "note_id": nid,
                "text": n["text"],
                "setting": n["setting"],
                "note_type": n["note_type"],
                "scorer": "aw11",
                "scores": {d: n["scores"][d] for d in DOMAINS},
                "reasons": {d: n["reasons"][d] for d in DOMAINS},
            }
            full.write(json.dumps(rec, ensure_ascii=False) + "\n")
            blind.write(json.dumps({"note_id": nid, "text": n["text"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(notes)} notes")


if __name__ == "__main__":
    main()
