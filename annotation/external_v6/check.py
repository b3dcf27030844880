"""Validate annotation/external_v6 and print counts, recheck agreement and SHA-256 of the files."""
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
CODES = {"VB": "victim_blaming", "PP": "perpetrator_pattern", "CF": "child_focus", "PA": "partnering"}
STYLES = {"trained": (1, 110), "transition": (111, 220), "messy": (221, 330), "formal": (331, 440)}
errors = []


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def kappa(a, b):
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pa1, pb1 = sum(a) / n, sum(b) / n
    pe = pa1 * pb1 + (1 - pa1) * (1 - pb1)
    return po, (po - pe) / (1 - pe) if pe < 1 else 1.0


sents = load("sentences.jsonl")
labs = load("labels_a.jsonl")
ids = [s["id"] for s in sents]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
for k, s in enumerate(sents, 1):
    if set(s) != {"id", "style", "text"}:
        errors.append("sentence keys %s" % s["id"])
    if s["id"] != "X6-%04d" % k:
        errors.append("id order %s" % s["id"])
    lo, hi = STYLES.get(s["style"], (0, -1))
    if not lo <= k <= hi:
        errors.append("style block %s %s" % (s["id"], s["style"]))
    nw = len(s["text"].split())
    if not 4 <= nw <= 55:
        errors.append("length %s %d" % (s["id"], nw))
text = {s["id"]: s["text"] for s in sents}
style = {s["id"]: s["style"] for s in sents}
if [r["id"] for r in labs] != ids:
    errors.append("labels ids differ from sentences")
for r in labs:
    if set(r) != {"id", "rationales", *LABELS}:
        errors.append("label keys %s" % r["id"])
    for lab in LABELS:
        if r[lab] not in (0, 1):
            errors.append("value %s %s" % (r["id"], lab))
        rats = [x for x in r["rationales"] if x["label"] == lab]
        if r[lab] == 1 and not rats:
            errors.append("missing rationale %s %s" % (r["id"], lab))
        if r[lab] == 0 and rats:
            errors.append("rationale for 0 %s %s" % (r["id"], lab))
    for x in r["rationales"]:
        if set(x) != {"label", "text"} or x["label"] not in LABELS:
            errors.append("rationale form %s" % r["id"])
        elif not x["text"] or x["text"] not in text[r["id"]]:
            errors.append("rationale not substring %s %r" % (r["id"], x["text"]))

# counts
print("sentences:", len(sents))
print("%-11s %4s %4s %4s %4s %4s %5s %6s" % ("style", "n", "VB", "PP", "CF", "PA", "none", "multi"))
for st in list(STYLES) + ["ALL"]:
    rows = [r for r in labs if st == "ALL" or style[r["id"]] == st]
    c = [sum(r[l] for r in rows) for l in LABELS]
    none = sum(1 for r in rows if not any(r[l] for l in LABELS))
    multi = sum(1 for r in rows if sum(r[l] for l in LABELS) >= 2)
    print("%-11s %4d %4d %4d %4d %4d %5d %6d" % (st, len(rows), *c, none, multi))

# recheck
rec = load("labels_a_recheck.jsonl")
sample = sorted(random.Random(20261208).sample(ids, len(ids) // 4))
if sorted(r["id"] for r in rec) != sample:
    errors.append("recheck ids are not the random.Random(20261208).sample of 25%")
for r in rec:
    if set(r) != {"id", *LABELS} or any(r[l] not in (0, 1) for l in LABELS):
        errors.append("recheck row %s" % r["id"])
# first pass = current labels with raw/fixes.txt undone
first = {r["id"]: {l: r[l] for l in LABELS} for r in labs}
fixes = []
fx = os.path.join(HERE, "raw", "fixes.txt")
if os.path.exists(fx):
    with open(fx, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                sid, _, op = line.partition(" || ")
                op = op.strip()
                lab = CODES[op[1:].partition("=")[0]]
                first[sid.strip()][lab] = 0 if op[0] == "+" else 1
                fixes.append(line.strip())
cur = {r["id"]: r for r in labs}
for name, base in (("first pass", first), ("after fixes", cur)):
    print("recheck agreement (%s), n=%d:" % (name, len(rec)))
    for lab in LABELS:
        a = [base[r["id"]][lab] for r in rec]
        b = [r[lab] for r in rec]
        po, k = kappa(a, b)
        print("  %-20s agreement %.3f  kappa %.3f" % (lab, po, k))
print("fixes after recheck:", len(fixes))
for f in fixes:
    print("  ", f)

for name in ("sentences.jsonl", "labels_a.jsonl", "labels_a_recheck.jsonl"):
    with open(os.path.join(HERE, name), "rb") as f:
        print("sha256 %s %s" % (hashlib.sha256(f.read()).hexdigest(), name))
if errors:
    print("ERRORS (%d):" % len(errors))
    for e in errors[:50]:
        print("  ", e)
    sys.exit(1)
print("OK")
