"""Convert the hand-written raw/source.txt into sentences.jsonl and labels_a.jsonl.
Only parses, numbers ids and writes JSON; every sentence and label was written by hand."""
import json, pathlib
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
KEYS = {"V": "victim_blaming", "P": "perpetrator_pattern", "C": "child_focus", "N": "partnering"}
STYLES = ["trained", "transition", "messy", "formal"]

def parse():
    style, rows = None, []
    for line in (HERE / "source.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            style = line[1:].strip(); assert style in STYLES; continue
        text, _, lab = line.partition(" ##")
        rats = []
        for part in [p.strip() for p in lab.split(" ; ") if p.strip()]:
            k, _, phrase = part.partition("=")
            rats.append({"label": KEYS[k.strip()], "text": phrase})
        rows.append((style, text.strip(), rats))
    return rows

def main():
    rows = parse()
    counters = {s: 0 for s in STYLES}
    sents, labs = [], []
    for style, text, rats in rows:
        counters[style] += 1
        assert counters[style] <= 50
        sid = "S1-%04d" % (STYLES.index(style) * 50 + counters[style])
        sents.append({"id": sid, "style": style, "text": text})
        rec = {"id": sid}
        for lab in KEYS.values():
            rec[lab] = int(any(r["label"] == lab for r in rats))
        rec["rationales"] = rats
        labs.append(rec)
    for name, data in (("sentences.jsonl", sents), ("labels_a.jsonl", labs)):
        with open(OUT / name, "w", encoding="utf-8") as f:
            for r in data:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(sents), "sentences written")

if __name__ == "__main__":
    main()
