"""Assemble batch01..batch08 into raw/notes_aw9.jsonl (scored) and raw/texts_only.jsonl (blind)."""
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "raw"
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]


def load(i):
    path = HERE / "src" / f"batch{i:02d}.py"
    spec = importlib.util.spec_from_file_location(f"batch{i:02d}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.NOTES


def main():
    OUT.mkdir(exist_ok=True)
    rows = []
    n = 0
    for i in range(1, 9):
        for note in load(i):
            n += 1
            rows.append({
                "note_id": f"aw9-{n:04d}",
                "text": note["text"].strip(),
                "setting": note["setting"],
                "note_type": note["note_type"],
                "scorer": "aw9",
                "scores": {d: note["scores"][d] for d in DOMAINS},
                "reasons": {d: note["reasons"][d] for d in DOMAINS},
            })
    with open(OUT / "notes_aw9.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT / "texts_only.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"note_id": r["note_id"], "text": r["text"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} notes to {OUT}")


if __name__ == "__main__":
    main()
