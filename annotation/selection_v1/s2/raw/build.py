"""Convert the hand-written raw/*.txt lines to JSONL. No text generation: each line is one hand-written sentence.

Usage:
  python raw/build.py            -> sentences.jsonl, labels_a.jsonl (+ labels_a_recheck.jsonl if raw/recheck.txt exists)
  python raw/build.py --sample   -> print the recheck sample (ids + texts only, no labels) for the blind second pass
  python raw/build.py --snapshot -> freeze current labels as raw/labels_a_firstpass.jsonl (done once, before the recheck)
"""
import json, random, sys
from pathlib import Path

RAW = Path(__file__).resolve().parent
OUT = RAW.parent
STYLES = [("trained", "trained.txt"), ("transition", "transition.txt"), ("messy", "messy.txt"), ("formal", "formal.txt")]
CODES = {"V": "victim_blaming", "P": "perpetrator_pattern", "C": "child_focus", "N": "partnering"}
LABELS = list(CODES.values())


def parse():
    rows, n = [], 0
    for style, fname in STYLES:
        for line in (RAW / fname).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            n += 1
            text, _, lab = line.partition(" ## ")
            text = text.strip()
            rec = {"id": f"S2-{n:04d}", **{k: 0 for k in LABELS}, "rationales": []}
            for part in filter(None, (p.strip() for p in lab.split(" | "))):
                code, _, phrase = part.partition("=")
                rec[CODES[code.strip()]] = 1
                rec["rationales"].append({"label": CODES[code.strip()], "text": phrase.strip()})
            rows.append(({"id": rec["id"], "style": style, "text": text}, rec))
    return rows


def sample_ids(ids):
    return sorted(random.Random(20261213).sample(ids, round(len(ids) * 0.25)))


def dump(path, recs):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")


def main():
    rows = parse()
    if "--sample" in sys.argv:
        texts = {s["id"]: s["text"] for s, _ in rows}
        for i in sample_ids(list(texts)):
            print(i, "|", texts[i])
        return
    if "--snapshot" in sys.argv:
        dump(RAW / "labels_a_firstpass.jsonl", [l for _, l in rows])
        return
    dump(OUT / "sentences.jsonl", [s for s, _ in rows])
    dump(OUT / "labels_a.jsonl", [l for _, l in rows])
    rc = RAW / "recheck.txt"
    if rc.exists():
        recs = []
        for line in rc.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            i, _, codes = line.partition(" ")
            codes = codes.split("#")[0].strip()
            recs.append({"id": i.strip(), **{CODES[c]: int(c in codes) for c in CODES}})
        dump(OUT / "labels_a_recheck.jsonl", recs)
    print(f"built {len(rows)} sentences")


if __name__ == "__main__":
    main()
