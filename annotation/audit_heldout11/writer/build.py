"""Assemble batch01..batch08 into raw/notes_aw13.jsonl and texts_only.jsonl (writer/scorer aw13)."""
import importlib.util, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]


def load(i):
    p = HERE / "src" / f"batch{i:02d}.py"
    spec = importlib.util.spec_from_file_location(p.stem, p)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m.NOTES


def main():
    notes = [n for i in range(1, 9) for n in load(i)]
    (OUT / "raw").mkdir(exist_ok=True)
    with open(OUT / "raw" / "notes_aw13.jsonl", "w", encoding="utf-8") as f, \
         open(OUT / "texts_only.jsonl", "w", encoding="utf-8") as g:
        for k, n in enumerate(notes, 1):
            nid = f"aw13-{k:04d}"
            text = " ".join(n["text"].split())
            rec = {"note_id": nid, "text": text, "setting": n["setting"], "note_type": n["note_type"],
                   "scorer": "aw13", "scores": {d: n["scores"][d] for d in DOMAINS},
                   "reasons": {d: n["reasons"][d] for d in DOMAINS}}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            g.write(json.dumps({"note_id": nid, "text": text}, ensure_ascii=False) + "\n")
    print(f"wrote {len(notes)} notes")


if __name__ == "__main__":
    main()
