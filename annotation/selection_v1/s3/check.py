"""Validate the s3 selection set and print counts, recheck agreement (Cohen's kappa) and SHA-256 of the files."""
import hashlib, json, random, sys
from collections import Counter
from pathlib import Path

D = Path(__file__).resolve().parent
LABELS = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
STYLES = {"trained": (1, 50), "transition": (51, 100), "messy": (101, 150), "formal": (151, 200)}
errors = []


def load(name):
    return [json.loads(l) for l in (D / name).read_text(encoding="utf-8").splitlines() if l.strip()]


sents = load("sentences.jsonl")
labs = load("labels_a.jsonl")
rech = load("labels_a_recheck.jsonl")
ids = [s["id"] for s in sents]
if ids != [f"S3-{i:04d}" for i in range(1, len(ids) + 1)]:
    errors.append("ids not S3-0001.. consecutive")
if len(ids) < 180:
    errors.append(f"only {len(ids)} sentences")
for s in sents:
    if set(s) != {"id", "style", "text"}:
        errors.append(f"{s['id']}: keys {sorted(s)}")
    n = int(s["id"][3:])
    lo_hi = STYLES.get(s["style"])
    if not lo_hi or not (lo_hi[0] <= n <= lo_hi[1]):
        errors.append(f"{s['id']}: style {s['style']} outside its id block")
    w = len(s["text"].split())
    if not 4 <= w <= 55:
        errors.append(f"{s['id']}: {w} words")
if len({s["text"] for s in sents}) != len(sents):
    errors.append("duplicate texts")
text = {s["id"]: s["text"] for s in sents}
if [l["id"] for l in labs] != ids:
    errors.append("labels_a ids differ from sentences ids")
for l in labs:
    if set(l) != {"id", "rationales", *LABELS}:
        errors.append(f"{l['id']}: keys {sorted(l)}")
    for k in LABELS:
        if l.get(k) not in (0, 1):
            errors.append(f"{l['id']}: {k} not 0/1")
    rl = set()
    for r in l["rationales"]:
        if set(r) != {"label", "text"} or r["label"] not in LABELS:
            errors.append(f"{l['id']}: bad rationale {r}")
            continue
        if not r["text"] or r["text"] not in text.get(l["id"], ""):
            errors.append(f"{l['id']}: rationale not a substring: {r['text']!r}")
        rl.add(r["label"])
    for k in LABELS:
        if l.get(k) == 1 and k not in rl:
            errors.append(f"{l['id']}: {k}=1 without rationale")
        if l.get(k) == 0 and k in rl:
            errors.append(f"{l['id']}: rationale for {k}=0")
want = sorted(random.Random(20261213).sample(ids, len(ids) // 4))
if sorted(r["id"] for r in rech) != want:
    errors.append("recheck ids are not the random.Random(20261213).sample draw")
for r in rech:
    if set(r) != {"id", *LABELS} or any(r[k] not in (0, 1) for k in LABELS):
        errors.append(f"recheck {r['id']}: bad keys/values")

# counts
style_of = {s["id"]: s["style"] for s in sents}
print(f"{len(sents)} sentences")
print(f"{'style':<11}" + "".join(f"{k[:12]:>14}" for k in LABELS) + f"{'none':>6}{'2+':>5}{'n':>5}")
for st in list(STYLES) + ["ALL"]:
    rows = [l for l in labs if st == "ALL" or style_of[l["id"]] == st]
    c = Counter()
    for l in rows:
        c.update(k for k in LABELS if l[k])
    none = sum(1 for l in rows if not any(l[k] for k in LABELS))
    multi = sum(1 for l in rows if sum(l[k] for k in LABELS) >= 2)
    print(f"{st:<11}" + "".join(f"{c[k]:>14}" for k in LABELS) + f"{none:>6}{multi:>5}{len(rows):>5}")

# recheck agreement
first = {l["id"]: l for l in labs}
print(f"recheck: {len(rech)} sentences")
for k in LABELS:
    a = [first[r["id"]][k] for r in rech]
    b = [r[k] for r in rech]
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0
    dis = [r["id"] for r in rech if first[r["id"]][k] != r[k]]
    print(f"  {k:<20} agreement {po:.3f} kappa {kappa:.3f} disagreements {dis}")

for name in ["sentences.jsonl", "labels_a.jsonl", "labels_a_recheck.jsonl"]:
    print(f"sha256 {name} {hashlib.sha256((D / name).read_bytes()).hexdigest()}")
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
