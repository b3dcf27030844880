"""Convert the hand-written raw/<style>.txt lines into the JSONL files.

Line format:  text || CODE=rationale ; CODE=rationale   (nothing after || means no label)
Codes: VB victim_blaming, PP perpetrator_pattern, CF child_focus, PA partnering.
raw/recheck.txt lines:  X6-nnnn || CODE,CODE   (blind second pass, labels only)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
STYLES = ["trained", "transition", "messy", "formal"]
CODES = {"VB": "victim_blaming", "PP": "perpetrator_pattern", "CF": "child_focus", "PA": "partnering"}
LABELS = list(CODES.values())


def parse_line(line):
    text, _, codes = line.partition(" || ")
    if not _:
        text, codes = line.rstrip("|").rstrip(), ""
    text = text.strip()
    rats = []
    for part in codes.split(" ; "):
        part = part.strip()
        if not part:
            continue
        code, _, rat = part.partition("=")
        rats.append({"label": CODES[code.strip()], "text": rat.strip()})
    return text, rats


def main():
    sents, labels = [], []
    n = 0
    for style in STYLES:
        with open(os.path.join(HERE, style + ".txt"), encoding="utf-8") as f:
            lines = [l.rstrip("\n") for l in f if l.strip()]
        for line in lines:
            n += 1
            sid = "X6-%04d" % n
            text, rats = parse_line(line)
            sents.append({"id": sid, "style": style, "text": text})
            row = {"id": sid}
            for lab in LABELS:
                row[lab] = int(any(r["label"] == lab for r in rats))
            row["rationales"] = rats
            labels.append(row)
    # post-recheck fixes (raw/fixes.txt): "X6-nnnn || +CODE=rationale" adds, "-CODE" removes
    fx = os.path.join(HERE, "fixes.txt")
    if os.path.exists(fx):
        byid = {r["id"]: r for r in labels}
        with open(fx, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                sid, _, op = line.partition(" || ")
                row = byid[sid.strip()]
                op = op.strip()
                code, _, rat = op[1:].partition("=")
                lab = CODES[code]
                if op[0] == "+":
                    row[lab] = 1
                    row["rationales"].append({"label": lab, "text": rat})
                else:
                    row[lab] = 0
                    row["rationales"] = [r for r in row["rationales"] if r["label"] != lab]
    with open(os.path.join(OUT, "sentences.jsonl"), "w", encoding="utf-8") as f:
        for s in sents:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels_a.jsonl"), "w", encoding="utf-8") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    rc = os.path.join(HERE, "recheck.txt")
    if os.path.exists(rc):
        with open(rc, encoding="utf-8") as f, open(os.path.join(OUT, "labels_a_recheck.jsonl"), "w", encoding="utf-8") as g:
            for line in f:
                if not line.strip():
                    continue
                sid, _, codes = line.partition("||")
                got = {c.strip() for c in codes.split(",") if c.strip()}
                row = {"id": sid.strip()}
                for code, lab in CODES.items():
                    row[lab] = int(code in got)
                g.write(json.dumps(row) + "\n")
    print("wrote", len(sents), "sentences")


if __name__ == "__main__":
    main()
