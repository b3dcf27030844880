"""Convert hand-written raw/<style>.txt lines ('text || CODE=rationale ; CODE=rationale') to JSONL.
Only parses and numbers lines; all sentences and labels are hand-written in the .txt files."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
STYLES = ["trained", "transition", "messy", "formal"]
CODES = {"VB": "victim_blaming", "PP": "perpetrator_pattern", "CF": "child_focus", "PA": "partnering"}
LABELS = list(CODES.values())

def parse(path):
    rows = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if "||" not in line:
            sys.exit(f"{path}:{n}: no ||")
        text, codes = line.split("||", 1)
        text = text.strip(); rec = {k: 0 for k in LABELS}; rats = []
        for part in codes.split(" ; "):
            part = part.strip()
            if not part:
                continue
            code, phrase = part.split("=", 1)
            lab = CODES[code.strip()]; phrase = phrase.strip()
            if phrase not in text:
                sys.exit(f"{path}:{n}: rationale not in text: {phrase!r}")
            rec[lab] = 1; rats.append({"label": lab, "text": phrase})
        rows.append((text, rec, rats))
    return rows

def main():
    sents, labs = [], []
    i = 0
    for style in STYLES:
        rows = parse(os.path.join(HERE, style + ".txt"))
        if len(rows) != 110:
            sys.exit(f"{style}: {len(rows)} rows, need 110")
        for text, rec, rats in rows:
            i += 1; sid = f"X5-{i:04d}"
            sents.append({"id": sid, "style": style, "text": text})
            labs.append({"id": sid, **rec, "rationales": rats})
    with open(os.path.join(OUT, "sentences.jsonl"), "w", encoding="utf-8") as f:
        for r in sents: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels_a.jsonl"), "w", encoding="utf-8") as f:
        for r in labs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(sents))




def build_recheck():
    """raw/recheck.txt: '<id> CODE CODE' ('-' = none), my blind second pass from text only."""
    out = []
    for line in open(os.path.join(HERE, "recheck.txt"), encoding="utf-8"):
        parts = line.split()
        if not parts: continue
        rec = {"id": parts[0], **{k: 0 for k in LABELS}}
        for c in parts[1:]:
            if c != "-": rec[CODES[c]] = 1
        out.append(rec)
    with open(os.path.join(OUT, "labels_a_recheck.jsonl"), "w", encoding="utf-8") as f:
        for r in out: f.write(json.dumps(r) + "\n")
if __name__ == "__main__":
    main()
    build_recheck()
