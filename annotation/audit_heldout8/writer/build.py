"""Assemble writer/src/batch01..08.py into raw/notes_aw10.jsonl and texts_only.jsonl."""
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.NOTES


def main():
    rows = []
    for i in range(1, 9):
        for note in load(HERE / "src" / f"batch{i:02d}.py"):
            n = len(rows) + 1
            rows.append({
                "note_id": f"aw10-{n:04d}",
                "text": note["text"].strip(),
                "setting": note["setting"],
                "note_type": note["note_type"],
                "scorer": "aw10",
                "scores": {d: note["scores"][d] for d in DOMAINS},
                "reasons": {d: note["reasons"][d] for d in DOMAINS},
            })
    (OUT / "raw").mkdir(exist_ok=True)
    with open(OUT / "raw" / "notes_aw10.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT / "texts_only.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"note_id": r["note_id"], "text": r["text"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} notes")


if __name__ == "__main__":
    main()
