"""Convert the hand-written raw/*.txt files (text || LABEL=phrase ; ...) into sentences.jsonl and labels_a.jsonl."""
import json, pathlib, sys
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
CODES = {"VB": "victim_blaming", "PP": "perpetrator_pattern", "CF": "child_focus", "PA": "partnering"}
STYLES = ["trained", "transition", "messy", "formal"]
sents, labels, n, bad = [], [], 0, 0
for style in STYLES:
    for line in (HERE / f"{style}.txt").read_text().splitlines():
        if not line.strip():
            continue
        text, _, rat = line.partition("||")
        text = text.strip()
        n += 1
        sid = f"X4-{n:04d}"
        rec = {"id": sid, **{v: 0 for v in CODES.values()}, "rationales": []}
        for part in rat.split(" ; "):
            part = part.strip()
            if not part:
                continue
            code, _, phrase = part.partition("=")
            lab = CODES[code.strip()]
            phrase = phrase.strip()
            if phrase not in text:
                print("NOT SUBSTRING", sid, lab, repr(phrase)); bad += 1
            rec[lab] = 1
            rec["rationales"].append({"label": lab, "text": phrase})
        wc = len(text.split())
        if wc < 4 or wc > 60:
            print("LENGTH", sid, wc, text)
        sents.append({"id": sid, "style": style, "text": text})
        labels.append(rec)
texts = [s["text"] for s in sents]
if len(set(texts)) != len(texts):
    print("DUPLICATE TEXTS", [t for t in texts if texts.count(t) > 1])
with open(OUT / "sentences.jsonl", "w") as f:
    for s in sents: f.write(json.dumps(s, ensure_ascii=False) + "\n")
with open(OUT / "labels_a.jsonl", "w") as f:
    for r in labels: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(n, "sentences;", bad, "bad rationales")
