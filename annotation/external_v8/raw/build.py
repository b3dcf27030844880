#!/usr/bin/env python3
"""Number ids and convert the hand-typed raw files for external test set v8.

usage:
  python3 raw/build.py            -> writes sentences.jsonl and labels_a.jsonl
  python3 raw/build.py sample     -> prints id and text (only) of the 110 recheck ids
  python3 raw/build.py recheck    -> converts raw/recheck.txt to labels_a_recheck.jsonl
No text is generated or altered here; it only numbers and converts.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
STYLES = ["trained", "transition", "messy", "formal"]
CODES = {"VB": "victim_blaming", "PP": "perpetrator_pattern", "CF": "child_focus", "PA": "partnering"}
LABELS = list(CODES.values())


def parse():
    rows, n = [], 0
    for style in STYLES:
        with open(os.path.join(HERE, style + ".txt"), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                text, sep, lab = line.partition(" ||")
                if not sep:
                    raise SystemExit("missing || in %s: %s" % (style, line))
                n += 1
                rats = []
                for part in lab.split(" ; "):
                    part = part.strip()
                    if not part:
                        continue
                    code, eq, rat = part.partition("=")
                    if not eq or code.strip() not in CODES:
                        raise SystemExit("bad label part in %s: %s" % (style, part))
                    rats.append({"label": CODES[code.strip()], "text": rat.strip()})
                rows.append({"id": "X8-%04d" % n, "style": style, "text": text.strip(), "rationales": rats})
    return rows


def sample_ids(ids):
    return random.Random(20261207).sample(ids, 110)


def main():
    rows = parse()
    mode = sys.argv[1] if len(sys.argv) > 1 else "build"
    if mode == "build":
        with open(os.path.join(OUT, "sentences.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({"id": r["id"], "style": r["style"], "text": r["text"]}, ensure_ascii=False) + "\n")
        with open(os.path.join(OUT, "labels_a.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                present = {x["label"] for x in r["rationales"]}
                d = {"id": r["id"]}
                for l in LABELS:
                    d[l] = int(l in present)
                d["rationales"] = r["rationales"]
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print("wrote %d rows" % len(rows))
    elif mode == "sample":
        text = {r["id"]: r["text"] for r in rows}
        for i in sample_ids([r["id"] for r in rows]):
            print(i, text[i])
    elif mode == "recheck":
        ids = set(sample_ids([r["id"] for r in rows]))
        out = []
        with open(os.path.join(HERE, "recheck.txt"), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                rid, _, codes = line.partition(" ")
                codes = [c for c in codes.replace(",", " ").split() if c != "-"]
                if rid not in ids or any(c not in CODES for c in codes):
                    raise SystemExit("bad recheck line: " + line)
                d = {"id": rid}
                for c, l in CODES.items():
                    d[l] = int(c in codes)
                out.append(d)
        with open(os.path.join(OUT, "labels_a_recheck.jsonl"), "w", encoding="utf-8") as f:
            for d in out:
                f.write(json.dumps(d) + "\n")
        print("wrote %d recheck rows" % len(out))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
