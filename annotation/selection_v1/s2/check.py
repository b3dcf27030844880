"""Validate the S2 selection set and print counts, recheck agreement / Cohen's kappa and SHA-256 of the files."""
import hashlib, json, random, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
STYLES = {"trained": (1, 50), "transition": (51, 100), "messy": (101, 150), "formal": (151, 200)}
errors = []


def load(name):
    return [json.loads(l) for l in (HERE / name).read_text(encoding="utf-8").splitlines() if l.strip()]


def err(msg):
    errors.append(msg)


sents, labs, rech = load("sentences.jsonl"), load("labels_a.jsonl"), load("labels_a_recheck.jsonl")
first = load("raw/labels_a_firstpass.jsonl")
ids = [s["id"] for s in sents]
if ids != [f"S2-{i:04d}" for i in range(1, len(ids) + 1)]:
    err("ids not consecutive S2-0001..")
if len(ids) < 180:
    err(f"only {len(ids)} sentences")
for s in sents:
    if set(s) != {"id", "style", "text"}:
        err(f"{s['id']}: sentence keys {sorted(s)}")
    n = int(s["id"][3:])
    lo, hi = STYLES.get(s["style"], (0, -1))
    if not lo <= n <= hi:
        err(f"{s['id']}: style {s['style']} outside its id block")
    w = len(s["text"].split())
    if not 4 <= w <= 55:
        err(f"{s['id']}: {w} words")
if len(set(s["text"] for s in sents)) != len(sents):
    err("duplicate texts")
text = {s["id"]: s["text"] for s in sents}
style = {s["id"]: s["style"] for s in sents}
if [l["id"] for l in labs] != ids:
    err("labels_a ids differ from sentences ids")
for l in labs:
    if set(l) != {"id", "rationales", *LABELS}:
        err(f"{l['id']}: label keys {sorted(l)}")
    for k in LABELS:
        if l.get(k) not in (0, 1):
            err(f"{l['id']}: {k} not 0/1")
    with_r = {r["label"] for r in l["rationales"]}
    for r in l["rationales"]:
        if set(r) != {"label", "text"} or r["label"] not in LABELS:
            err(f"{l['id']}: bad rationale {r}")
        elif r["text"] not in text.get(l["id"], "") or not r["text"].strip():
            err(f"{l['id']}: rationale not a substring: {r['text']!r}")
    for k in LABELS:
        if l.get(k) == 1 and k not in with_r:
            err(f"{l['id']}: {k}=1 without rationale")
        if l.get(k) == 0 and k in with_r:
            err(f"{l['id']}: rationale for {k}=0")

# recheck sample
want = sorted(random.Random(20261213).sample(ids, round(len(ids) * 0.25)))
if sorted(r["id"] for r in rech) != want:
    err("recheck ids are not the seeded 25% sample")
for r in rech:
    if set(r) != {"id", *LABELS} or any(r[k] not in (0, 1) for k in LABELS):
        err(f"recheck {r.get('id')}: bad keys/values")

if errors:
    print("ERRORS:")
    print("\n".join(errors))
    sys.exit(1)
print(f"OK: {len(sents)} sentences, no validation errors")

print("\ncounts per style (positives per label, none, multi-label):")
print(f"{'style':<11}{'n':>4}" + "".join(f"{k[:14]:>16}" for k in LABELS) + f"{'none':>6}{'multi':>7}")
tot = Counter()
byid = {l["id"]: l for l in labs}
for st in STYLES:
    c = Counter()
    for i in ids:
        if style[i] != st:
            continue
        l = byid[i]
        m = sum(l[k] for k in LABELS)
        c["n"] += 1; c["none"] += m == 0; c["multi"] += m >= 2
        for k in LABELS:
            c[k] += l[k]
    tot.update(c)
    print(f"{st:<11}{c['n']:>4}" + "".join(f"{c[k]:>16}" for k in LABELS) + f"{c['none']:>6}{c['multi']:>7}")
print(f"{'all':<11}{tot['n']:>4}" + "".join(f"{tot[k]:>16}" for k in LABELS) + f"{tot['none']:>6}{tot['multi']:>7}")


def kappa(a, b):
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return po, (1.0 if pe == 1 else (po - pe) / (1 - pe))


for name, ref in (("first pass (before fixes)", {l["id"]: l for l in first}), ("final labels_a", byid)):
    print(f"\nrecheck ({len(rech)} ids) vs {name}:")
    for k in LABELS:
        a = [ref[r["id"]][k] for r in rech]
        b = [r[k] for r in rech]
        po, kp = kappa(a, b)
        print(f"  {k:<20} agreement {po:.3f}  kappa {kp:.3f}")

print("\nSHA-256:")
for f in ["sentences.jsonl", "labels_a.jsonl", "labels_a_recheck.jsonl", "raw/labels_a_firstpass.jsonl"]:
    print(f"  {hashlib.sha256((HERE / f).read_bytes()).hexdigest()}  {f}")
