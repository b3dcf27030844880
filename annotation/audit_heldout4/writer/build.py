"""Assemble aw6's hand-written batches (src/batchNN.py) into the two jsonl files. No text is generated here."""
import importlib.util, json, pathlib
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]

def load():
    notes = []
    for f in sorted((HERE / "src").glob("batch*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        notes.extend(m.NOTES)
    return notes

def main():
    notes = load()
    raw, texts = [], []
    for i, n in enumerate(notes, 1):
        nid = f"aw6-{i:04d}"
        raw.append({"note_id": nid, "text": n["text"].strip(), "setting": n["setting"], "note_type": n["note_type"],
                    "scorer": "aw6", "scores": dict(zip(DOMAINS, n["s"])), "reasons": dict(zip(DOMAINS, n["r"]))})
        texts.append({"note_id": nid, "text": n["text"].strip()})
    (OUT / "raw").mkdir(exist_ok=True)
    with open(OUT / "raw" / "notes_aw6.jsonl", "w") as fh:
        for r in raw: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT / "texts_only.jsonl", "w") as fh:
        for r in texts: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(raw)} notes")

if __name__ == "__main__":
    main()
