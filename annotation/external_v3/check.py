#!/usr/bin/env python3
"""Validate the frozen external test set v3 and print its counts and hashes.

Usage: python3 annotation/external_v3/check.py   (exit status 1 on any problem)

Checks: ids X3-0001..X3-0480 unique and in order; four styles, 120 sentences each; label files carry exactly
the expected keys with 0/1 values; every positive label has at least one rationale, every rationale names a
positive label and is an exact substring of its sentence; recheck ids are a subset of the sentence ids.
Also reports recheck agreement per label, counts under the codebook section 8 "blame absorbs" view, and the
SHA-256 of each file (compared with the values recorded in README.md when present).
"""
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
STYLES = ["trained", "transition", "messy", "formal"]
N_PER_STYLE = 120
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(HERE / name, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: not JSON ({e})")
    return rows


def sha(name):
    return hashlib.sha256((HERE / name).read_bytes()).hexdigest()


sents = load("sentences.jsonl")
labs = load("labels_a.jsonl")
rech = load("labels_a_recheck.jsonl")

# sentences
expected_ids = [f"X3-{i:04d}" for i in range(1, len(STYLES) * N_PER_STYLE + 1)]
if [s.get("id") for s in sents] != expected_ids:
    err("sentences.jsonl: ids are not X3-0001..X3-0480 in order")
for s in sents:
    if set(s) != {"id", "style", "text"}:
        err(f"{s.get('id')}: sentence keys {sorted(s)} != ['id', 'style', 'text']")
    if s.get("style") not in STYLES:
        err(f"{s.get('id')}: unknown style {s.get('style')!r}, expected one of {STYLES}")
    if not isinstance(s.get("text"), str) or not s["text"].strip():
        err(f"{s.get('id')}: empty text")
style_counts = Counter(s.get("style") for s in sents)
for st in STYLES:
    if style_counts[st] != N_PER_STYLE:
        err(f"style {st}: {style_counts[st]} sentences, expected {N_PER_STYLE}")
dups = [t for t, k in Counter(s.get("text") for s in sents).items() if k > 1]
if dups:
    err(f"duplicate texts: {dups[:3]}")
text_of = {s.get("id"): s.get("text", "") for s in sents}
style_of = {s.get("id"): s.get("style") for s in sents}

# labels_a
if [r.get("id") for r in labs] != expected_ids:
    err("labels_a.jsonl: ids do not match sentences.jsonl one for one, in order")
for r in labs:
    rid = r.get("id")
    if set(r) != {"id", *LABELS, "rationales"}:
        err(f"{rid}: label keys {sorted(r)} != {sorted(['id', *LABELS, 'rationales'])}")
        continue
    for lab in LABELS:
        if r[lab] not in (0, 1):
            err(f"{rid}: {lab}={r[lab]!r}, expected 0 or 1")
    seen = set()
    for rat in r["rationales"]:
        if set(rat) != {"label", "text"}:
            err(f"{rid}: rationale keys {sorted(rat)} != ['label', 'text']")
            continue
        if rat["label"] not in LABELS or r[rat["label"]] != 1:
            err(f"{rid}: rationale for {rat['label']!r}, which is not a positive label")
        if not rat["text"] or rat["text"] not in text_of.get(rid, ""):
            err(f"{rid}: rationale {rat['text']!r} is not an exact substring of the sentence")
        seen.add(rat["label"])
    for lab in LABELS:
        if r[lab] == 1 and lab not in seen:
            err(f"{rid}: {lab}=1 but no rationale")

# recheck
lab_of = {r.get("id"): r for r in labs}
for r in rech:
    if set(r) != {"id", *LABELS}:
        err(f"recheck {r.get('id')}: keys {sorted(r)} != {sorted(['id', *LABELS])}")
    if r.get("id") not in lab_of:
        err(f"recheck {r.get('id')}: unknown id")
if len({r.get("id") for r in rech}) != len(rech):
    err("recheck: duplicate ids")

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)

# counts
print(f"sentences: {len(sents)}")
hdr = f"{'style':<11}" + "".join(f"{lab:>21}" for lab in LABELS) + f"{'none':>7}{'multi':>7}"
print("labels per style (labels_a):")
print(hdr)
for st in STYLES + ["all"]:
    rows = [r for r in labs if st == "all" or style_of[r["id"]] == st]
    cnt = [sum(r[lab] for r in rows) for lab in LABELS]
    none = sum(all(r[lab] == 0 for lab in LABELS) for r in rows)
    multi = sum(sum(r[lab] for lab in LABELS) > 1 for r in rows)
    print(f"{st:<11}" + "".join(f"{c:>21}" for c in cnt) + f"{none:>7}{multi:>7}")
vb_multi = [r["id"] for r in labs if r["victim_blaming"] and sum(r[lab] for lab in LABELS) > 1]
print(f"victim_blaming together with another label: {len(vb_multi)}")
absorbed = [
    {**r, **({lab: 0 for lab in LABELS[1:]} if r["victim_blaming"] else {})} for r in labs
]
print("codebook section 8 view (other labels set to 0 where victim_blaming=1): "
      + ", ".join(f"{lab}={sum(r[lab] for r in absorbed)}" for lab in LABELS))

# recheck agreement
print(f"recheck: {len(rech)} sentences ({len(rech) / len(sents):.0%}), agreement with labels_a:")
for lab in LABELS:
    a = [lab_of[r["id"]][lab] for r in rech]
    b = [r[lab] for r in rech]
    n = len(rech)
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0
    print(f"  {lab:<20} agree {po:.3f}  kappa {kappa:.3f}  (labels_a {sum(a)}, recheck {sum(b)})")

# hashes
readme = (HERE / "README.md").read_text(encoding="utf-8") if (HERE / "README.md").exists() else ""
bad = 0
for name in ["sentences.jsonl", "labels_a.jsonl", "labels_a_recheck.jsonl"]:
    h = sha(name)
    m = re.search(re.escape(name) + r"`?\s*[:|]?\s*`?([0-9a-f]{64})", readme)
    note = "" if not m else ("  (matches README)" if m.group(1) == h else "  (DIFFERS FROM README)")
    bad += bool(m and m.group(1) != h)
    print(f"sha256 {name}: {h}{note}")
sys.exit(1 if bad else 0)
