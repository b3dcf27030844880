"""Validate the external_v7 files; print counts, recheck agreement/kappa and SHA-256.
Run from annotation/external_v7:  python3 check.py   (exit code 1 on any error)"""
import hashlib, json, os, random, sys

D = os.path.dirname(os.path.abspath(__file__))
LABELS = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
STYLES = {"trained": (1, 110), "transition": (111, 220), "messy": (221, 330), "formal": (331, 440)}
errs = []


def load(name):
    with open(os.path.join(D, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


S = load("sentences.jsonl")
L = load("labels_a.jsonl")
R = load("labels_a_recheck.jsonl")
ids = [s["id"] for s in S]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
for i, s in enumerate(S, 1):
    if set(s) != {"id", "style", "text"}:
        errs.append("bad keys %s" % s.get("id"))
    if s["id"] != "X7-%04d" % i:
        errs.append("id out of sequence at %d: %s" % (i, s["id"]))
    lo, hi = STYLES.get(s["style"], (0, -1))
    if not lo <= i <= hi:
        errs.append("style/id block mismatch %s %s" % (s["id"], s["style"]))
    nw = len(s["text"].split())
    if not 4 <= nw <= 55:
        errs.append("length %d words: %s" % (nw, s["id"]))
texts = {s["id"]: s["text"] for s in S}
if len(set(texts.values())) != len(texts):
    errs.append("duplicate texts")
if [l["id"] for l in L] != ids:
    errs.append("labels_a ids differ from sentences ids")
for l in L:
    if set(l) != set(["id", "rationales"] + LABELS):
        errs.append("bad label keys %s" % l["id"])
        continue
    t = texts.get(l["id"], "")
    for lab in LABELS:
        if l[lab] not in (0, 1):
            errs.append("non 0/1 %s %s" % (l["id"], lab))
        rs = [r for r in l["rationales"] if r["label"] == lab]
        if l[lab] == 1 and not rs:
            errs.append("label without rationale %s %s" % (l["id"], lab))
        if l[lab] == 0 and rs:
            errs.append("rationale for a 0 %s %s" % (l["id"], lab))
    for r in l["rationales"]:
        if set(r) != {"label", "text"} or r["label"] not in LABELS:
            errs.append("bad rationale %s" % l["id"])
        elif not r["text"] or r["text"] not in t:
            errs.append("rationale not a substring %s: %r" % (l["id"], r["text"]))
# recheck sample
want = sorted(random.Random(20261214).sample(ids, round(len(ids) * 0.25)))
if sorted(r["id"] for r in R) != want:
    errs.append("recheck ids are not the seeded 25% sample")
for r in R:
    if set(r) != set(["id"] + LABELS) or any(r[k] not in (0, 1) for k in LABELS):
        errs.append("bad recheck row %s" % r.get("id"))

# counts
byid = {l["id"]: l for l in L}
style_of = {s["id"]: s["style"] for s in S}
print("sentences:", len(S))
print("%-11s %5s %5s %5s %5s %5s %6s %6s" % ("style", "n", "VB", "PP", "CF", "PA", "none", "multi"))
for st in list(STYLES) + ["ALL"]:
    rows = [byid[i] for i in ids if st == "ALL" or style_of[i] == st]
    c = [sum(r[k] for r in rows) for k in LABELS]
    none = sum(1 for r in rows if not any(r[k] for k in LABELS))
    multi = sum(1 for r in rows if sum(r[k] for k in LABELS) >= 2)
    print("%-11s %5d %5d %5d %5d %5d %6d %6d" % (st, len(rows), *c, none, multi))

# agreement on the recheck sample (against current labels_a)
print("\nrecheck (n=%d) vs labels_a:" % len(R))
for k in LABELS:
    a = [byid[r["id"]][k] for r in R]
    b = [r[k] for r in R]
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0
    dis = [r["id"] for r in R if byid[r["id"]][k] != r[k]]
    print("  %-20s agree=%.3f kappa=%.3f disagreements=%s" % (k, po, kappa, ",".join(dis) or "-"))

print("\nsha256:")
for name in ["sentences.jsonl", "labels_a.jsonl", "labels_a_recheck.jsonl"]:
    with open(os.path.join(D, name), "rb") as f:
        print("  %s  %s" % (hashlib.sha256(f.read()).hexdigest(), name))
if errs:
    print("\nERRORS (%d):" % len(errs))
    for e in errs:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
