"""Assemble writer/src/batch*.py into raw/notes_aw8.jsonl and texts_only.jsonl."""
import importlib.util, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.NOTES


def main():
    notes = []
    for p in sorted((HERE / "src").glob("batch*.py")):
        notes.extend(load(p))
    (OUT / "raw").mkdir(exist_ok=True)
    with open(OUT / "raw" / "notes_aw8.jsonl", "w", encoding="utf-8") as f, \
         open(OUT / "texts_only.jsonl", "w", encoding="utf-8") as g:
        for i, n in enumerate(notes, 1):
            nid = f"aw8-{i:04d}"
            rec = {
                "note_id": nid,
                "text": n["text"].strip(),
                "setting": n["setting"],
                "note_type": n["note_type"],
                "scorer": "aw8",
                "scores": {d: n["scores"][d] for d in DOMAINS},
                "reasons": {d: n["reasons"][d] for d in DOMAINS},
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            g.write(json.dumps({"note_id": nid, "text": rec["text"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(notes)} notes")


if __name__ == "__main__":
    main()
