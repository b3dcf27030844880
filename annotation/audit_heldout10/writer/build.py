"""Assemble hand-written batches into raw/notes_aw12.jsonl and texts_only.jsonl (blind copy for a second scorer)."""
import importlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "src"))

rows = []
for b in range(1, 9):
    path = os.path.join(HERE, "src", f"batch{b:02d}.py")
    if not os.path.exists(path):
        print(f"batch{b:02d}.py missing - stopping at whole batch {b-1}")
        break
    mod = importlib.import_module(f"batch{b:02d}")
    for n in mod.NOTES:
        rows.append(n)

os.makedirs(os.path.join(OUT, "raw"), exist_ok=True)
with open(os.path.join(OUT, "raw", "notes_aw12.jsonl"), "w") as f, \
        open(os.path.join(OUT, "texts_only.jsonl"), "w") as g:
    for i, n in enumerate(rows, 1):
        nid = f"aw12-{i:04d}"
        text = " ".join(n["text"].split())  # notes typed across lines; collapse to single spaces
        f.write(json.dumps({"note_id": nid, "text": text, "setting": n["setting"], "note_type": n["note_type"],
                            "scorer": "aw12", "scores": n["scores"], "reasons": n["reasons"]},
                           ensure_ascii=False) + "\n")
        g.write(json.dumps({"note_id": nid, "text": text}, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} notes")
