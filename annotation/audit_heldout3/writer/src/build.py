"""Assemble aw5's hand-typed batches (src/batchNN.txt) into the JSONL files.

Only parses and numbers; every note text, score and reason is hand-typed in the batch files.
Batch format: a header line `@@ <setting> | <note_type> | <pp> <ns> <ps> <ch>`, the note text
(one or more lines), then four reason lines `-- pp: ...`, `-- ns: ...`, `-- ps: ...`, `-- ch: ...`.
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent.parent
KEYS = {"pp": "perpetrator_pattern", "ns": "non_blaming_strengths",
        "ps": "partnering_safety", "ch": "child_harm_assessment"}
ORDER = list(KEYS.values())


def parse(path):
    notes, cur = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@@ "):
            if cur:
                notes.append(cur)
            setting, ntype, scores = [p.strip() for p in line[3:].split("|")]
            vals = [int(x) for x in scores.split()]
            if len(vals) != 4:
                sys.exit(f"{path.name}: bad scores in {line!r}")
            cur = {"setting": setting, "note_type": ntype,
                   "scores": dict(zip(ORDER, vals)), "reasons": {}, "lines": []}
        elif line.startswith("-- "):
            k, r = line[3:].split(":", 1)
            cur["reasons"][KEYS[k.strip()]] = r.strip()
        elif line.strip():
            cur["lines"].append(line.strip())
    if cur:
        notes.append(cur)
    return notes


def main():
    rows = []
    for p in sorted(HERE.glob("batch*.txt")):
        rows.extend(parse(p))
    raw, texts = [], []
    for i, n in enumerate(rows, 1):
        nid = f"aw5-{i:04d}"
        text = "\n".join(n["lines"])
        raw.append({"note_id": nid, "text": text, "setting": n["setting"],
                    "note_type": n["note_type"], "scorer": "aw5", "scores": n["scores"],
                    "reasons": {k: n["reasons"].get(k, "") for k in ORDER}})
        texts.append({"note_id": nid, "text": text})
    (OUT / "raw").mkdir(exist_ok=True)
    with open(OUT / "raw" / "notes_aw5.jsonl", "w", encoding="utf-8") as f:
        for r in raw:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT / "texts_only.jsonl", "w", encoding="utf-8") as f:
        for r in texts:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(raw)} notes")


if __name__ == "__main__":
    main()
