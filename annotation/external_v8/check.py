#!/usr/bin/env python3
"""Validate external test set v8 and print counts, recheck agreement and hashes. Exit 1 on any error."""
import hashlib, json, os, random, re, sys

D = os.path.dirname(os.path.abspath(__file__))
LABELS = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
STYLES = ["trained", "transition", "messy", "formal"]
STOP = {"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "as", "is", "was",
        "be", "it", "he", "she", "her", "him", "his", "they", "that", "this", "if", "so", "not", "no", "w", "+", "-"}
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    path = os.path.join(D, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err("%s line %d: bad JSON (%s)" % (name, n, e))
    return rows


sent = load("sentences.jsonl")
lab = load("labels_a.jsonl")
rec = load("labels_a_recheck.jsonl")

ids = [r.get("id") for r in sent]
if ids != ["X8-%04d" % i for i in range(1, len(ids) + 1)]:
    err("sentence ids are not X8-0001.. in order")
if len(sent) != 440:
    err("expected 440 sentences, got %d" % len(sent))
if len(set(ids)) != len(ids):
    err("duplicate ids")
order = {s: i for i, s in enumerate(STYLES)}
last = -1
for r in sent:
    if set(r) != {"id", "style", "text"}:
        err("%s: sentence keys %s" % (r.get("id"), sorted(r)))
    if r.get("style") not in order:
        err("%s: bad style %r" % (r.get("id"), r.get("style")))
        continue
    if order[r["style"]] < last:
        err("%s: styles out of file order" % r["id"])
    last = order[r["style"]]
    nw = len(r["text"].split())
    if not 4 <= nw <= 55:
        err("%s: %d words" % (r["id"], nw))
texts = [r.get("text") for r in sent]
if len(set(texts)) != len(texts):
    err("duplicate sentence texts")

text = {r["id"]: r["text"] for r in sent}
if [r.get("id") for r in lab] != ids:
    err("labels_a ids do not match sentences ids")
for r in lab:
    rid = r.get("id")
    if set(r) != {"id", "rationales", *LABELS}:
        err("%s: label keys %s" % (rid, sorted(r)))
        continue
    for l in LABELS:
        if r[l] not in (0, 1) or isinstance(r[l], bool):
            err("%s: %s=%r not 0/1" % (rid, l, r[l]))
    have = set()
    for x in r["rationales"]:
        if set(x) != {"label", "text"} or x["label"] not in LABELS:
            err("%s: bad rationale %r" % (rid, x))
            continue
        have.add(x["label"])
        t = x["text"]
        if not t or t not in text.get(rid, ""):
            err("%s: rationale not a substring: %r" % (rid, t))
        words = [w.lower().strip('.,;:"()') for w in t.split()]
        if all(w in STOP or not re.search(r"\w", w) for w in words):
            err("%s: rationale is only stopwords: %r" % (rid, t))
    for l in LABELS:
        if r[l] == 1 and l not in have:
            err("%s: %s=1 without a rationale" % (rid, l))
        if r[l] == 0 and l in have:
            err("%s: %s=0 but has a rationale" % (rid, l))

sample = random.Random(20261207).sample(ids, 110)
rid_list = [r.get("id") for r in rec]
if sorted(rid_list) != sorted(sample) or len(rid_list) != 110:
    err("recheck ids do not match the 110 sampled ids")
for r in rec:
    if set(r) != {"id", *LABELS}:
        err("%s: recheck keys %s" % (r.get("id"), sorted(r)))
    for l in LABELS:
        if r.get(l) not in (0, 1):
            err("%s: recheck %s not 0/1" % (r.get("id"), l))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)

style = {r["id"]: r["style"] for r in sent}
first = {r["id"]: r for r in lab}
print("counts per style (n, per label, none, 2+ labels)")
print("%-11s %4s %4s %4s %4s %4s %5s %4s" % ("style", "n", "VB", "PP", "CF", "PA", "none", "2+"))
tot = [0] * 7
for s in STYLES + ["ALL"]:
    rows = [r for r in lab if s == "ALL" or style[r["id"]] == s]
    k = [len(rows)] + [sum(r[l] for r in rows) for l in LABELS]
    nl = [sum(r[l] for l in LABELS) for r in rows]
    k += [sum(1 for x in nl if x == 0), sum(1 for x in nl if x >= 2)]
    print("%-11s %4d %4d %4d %4d %4d %5d %4d" % tuple([s] + k))

print("\nrecheck (n=110): per-label agreement and Cohen's kappa, first pass vs blind second pass")
print("%-20s %5s %5s %5s %6s %6s" % ("label", "first", "recheck", "agree", "pct", "kappa"))
for l in LABELS:
    a = [first[r["id"]][l] for r in rec]
    b = [r[l] for r in rec]
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0
    print("%-20s %5d %7d %5d %5.1f%% %6.3f" % (l, sum(a), sum(b), sum(x == y for x, y in zip(a, b)), 100 * po, kappa))
exact = sum(all(first[r["id"]][l] == r[l] for l in LABELS) for r in rec)
print("exact label-set match: %d/110" % exact)
for r in rec:
    diff = [l for l in LABELS if first[r["id"]][l] != r[l]]
    if diff:
        print("  disagreement %s: %s" % (r["id"], ", ".join("%s first=%d recheck=%d" % (l, first[r["id"]][l], r[l]) for l in diff)))

print("\nSHA-256")
for name in ["sentences.jsonl", "labels_a.jsonl", "labels_a_recheck.jsonl"]:
    print(hashlib.sha256(open(os.path.join(D, name), "rb").read()).hexdigest(), name)
