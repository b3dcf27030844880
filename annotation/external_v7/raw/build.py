"""Turn the hand-written raw/<style>.txt lines into the JSONL files.

Line format:  text || CODE=rationale ; CODE=rationale
CODE: VB victim_blaming, PP perpetrator_pattern, CF child_focus, PA partnering.
raw/recheck.txt: one line per rechecked id: "X7-0001 VB PP" (labels only; "-" for none).
Run from annotation/external_v7:  python3 raw/build.py
"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
STYLES = ["trained", "transition", "messy", "formal"]
CODES = {"VB": "victim_blaming", "PP": "perpetrator_pattern", "CF": "child_focus", "PA": "partnering"}
LABELS = list(CODES.values())


def parse(style):
    rows = []
    with open(os.path.join(HERE, style + ".txt"), encoding="utf-8") as f:
        for ln in f:
            ln = ln.rstrip("\n")
            if not ln.strip():
                continue
            text, _, codes = ln.rpartition("||")
            text = text.strip()
            rats = []
            for part in codes.split(" ; "):
                part = part.strip()
                if not part:
                    continue
                code, _, phrase = part.partition("=")
                rats.append({"label": CODES[code.strip()], "text": phrase.strip()})
            rows.append((text, rats))
    return rows


def sample_ids(ids):
    return sorted(random.Random(20261214).sample(ids, round(len(ids) * 0.25)))


def main():
    sents, labs = [], []
    n = 0
    for style in STYLES:
        for text, rats in parse(style):
            n += 1
            sid = "X7-%04d" % n
            sents.append({"id": sid, "style": style, "text": text})
            rec = {"id": sid}
            for lab in LABELS:
                rec[lab] = int(any(r["label"] == lab for r in rats))
            rec["rationales"] = rats
            labs.append(rec)
    with open(os.path.join(OUT, "sentences.jsonl"), "w", encoding="utf-8") as f:
        for s in sents:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels_a.jsonl"), "w", encoding="utf-8") as f:
        for r in labs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    rpath = os.path.join(HERE, "recheck.txt")
    if os.path.exists(rpath):
        out = []
        with open(rpath, encoding="utf-8") as f:
            for ln in f:
                parts = ln.split()
                if not parts:
                    continue
                rec = {"id": parts[0]}
                codes = set(parts[1:]) - {"-"}
                for c, lab in CODES.items():
                    rec[lab] = int(c in codes)
                out.append(rec)
        with open(os.path.join(OUT, "labels_a_recheck.jsonl"), "w", encoding="utf-8") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(sents), "sentences")


if __name__ == "__main__":
    import sys
    if len(sys.argv) > 1 and sys.argv[1] == "sample":
        # print the recheck sample as id + text only (no labels), for the blind pass
        main()
        with open(os.path.join(OUT, "sentences.jsonl"), encoding="utf-8") as f:
            sents = [json.loads(l) for l in f]
        ids = sample_ids([s["id"] for s in sents])
        by = {s["id"]: s["text"] for s in sents}
        for i in ids:
            print(i, "|", by[i])
    else:
        main()
