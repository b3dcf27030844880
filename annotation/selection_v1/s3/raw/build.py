"""Convert the hand-written raw/sentences_raw.txt (and raw/recheck_raw.txt) into the JSONL files.
No text is generated here: every sentence and label is written by hand in the raw files."""
import json, random, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
PREFIX = "S3"
KEY = {"V": "victim_blaming", "P": "perpetrator_pattern", "C": "child_focus", "A": "partnering"}
LABELS = list(KEY.values())


def parse():
    rows, style = [], None
    for line in (HERE / "sentences_raw.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("# "):
            continue
        if line.startswith("@style "):
            style = line.split()[1]
            continue
        parts = line.split(" ## ")
        text = parts[0].strip()
        lab = {k: 0 for k in LABELS}
        rats = []
        for p in parts[1:]:
            code, phrase = p.split("=", 1)
            name = KEY[code.strip()]
            lab[name] = 1
            rats.append({"label": name, "text": phrase.strip()})
        rows.append((style, text, lab, rats))
    return rows


def recheck_ids(ids):
    return sorted(random.Random(20261213).sample(ids, len(ids) // 4))


def main():
    rows = parse()
    ids = [f"{PREFIX}-{i:04d}" for i in range(1, len(rows) + 1)]
    with open(OUT / "sentences.jsonl", "w", encoding="utf-8") as f:
        for i, (style, text, _, _) in zip(ids, rows):
            f.write(json.dumps({"id": i, "style": style, "text": text}, ensure_ascii=False) + "\n")
    with open(OUT / "labels_a.jsonl", "w", encoding="utf-8") as f:
        for i, (_, _, lab, rats) in zip(ids, rows):
            f.write(json.dumps({"id": i, **lab, "rationales": rats}, ensure_ascii=False) + "\n")
    if "--sample" in sys.argv:
        texts = dict(zip(ids, (r[1] for r in rows)))
        for i in recheck_ids(ids):
            print(i, texts[i])
        return
    rr = HERE / "recheck_raw.txt"
    if rr.exists():
        with open(OUT / "labels_a_recheck.jsonl", "w", encoding="utf-8") as f:
            for line in rr.read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                rid, codes = (line.split() + [""])[:2]
                codes = "" if codes == "-" else codes
                f.write(json.dumps({"id": rid, **{KEY[c]: int(c in codes) for c in KEY}}) + "\n")
    print(f"wrote {len(rows)} sentences")


if __name__ == "__main__":
    main()
