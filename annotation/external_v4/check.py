"""Validate the frozen external test set v4 and print counts and hashes.

Usage: python3 annotation/external_v4/check.py   (exit code 1 on any problem)
"""
import collections, hashlib, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
LABELS = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
STYLES = ["trained", "transition", "messy", "formal"]
errors = []


def load(name):
    with open(HERE / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def sha(name):
    return hashlib.sha256((HERE / name).read_bytes()).hexdigest()


sents = load("sentences.jsonl")
labels = load("labels_a.jsonl")

ids = [s.get("id") for s in sents]
if len(set(ids)) != len(ids):
    errors.append("duplicate sentence ids")
for n, s in enumerate(sents, 1):
    if set(s) != {"id", "style", "text"}:
        errors.append(f"{s.get('id')}: sentence keys {sorted(s)}")
    if not re.fullmatch(r"X4-\d{4}", str(s.get("id"))) or s.get("id") != f"X4-{n:04d}":
        errors.append(f"line {n}: bad or out-of-sequence id {s.get('id')}")
    if s.get("style") not in STYLES:
        errors.append(f"{s.get('id')}: bad style {s.get('style')}")
    if not isinstance(s.get("text"), str) or not s["text"].strip():
        errors.append(f"{s.get('id')}: empty text")
texts = [s["text"] for s in sents]
if len(set(texts)) != len(texts):
    errors.append("duplicate texts")

text_by_id = {s["id"]: s["text"] for s in sents}
if [r.get("id") for r in labels] != ids:
    errors.append("labels_a ids do not match sentences ids (same order expected)")
for r in labels:
    sid = r.get("id")
    if set(r) != {"id", "rationales", *LABELS}:
        errors.append(f"{sid}: label keys {sorted(r)}")
        continue
    for lab in LABELS:
        if r[lab] not in (0, 1):
            errors.append(f"{sid}: {lab}={r[lab]!r}")
    rat_labels = set()
    for rat in r["rationales"]:
        if rat.get("label") not in LABELS:
            errors.append(f"{sid}: rationale label {rat.get('label')}")
            continue
        rat_labels.add(rat["label"])
        if not rat.get("text") or rat["text"] not in text_by_id.get(sid, ""):
            errors.append(f"{sid}: rationale not an exact substring: {rat.get('text')!r}")
    positives = {lab for lab in LABELS if r[lab] == 1}
    if positives != rat_labels:
        errors.append(f"{sid}: labels {sorted(positives)} vs rationale labels {sorted(rat_labels)}")

# optional recheck file: same ids as a subset, 0/1 labels
rc_path = HERE / "labels_a_recheck.jsonl"
if rc_path.exists():
    rc = load("labels_a_recheck.jsonl")
    a = {r["id"]: r for r in labels}
    for r in rc:
        if r.get("id") not in a:
            errors.append(f"recheck: unknown id {r.get('id')}")
    print(f"recheck: {len(rc)} sentences ({len(rc) / len(sents):.0%})")
    for lab in LABELS:
        x = [a[r["id"]][lab] for r in rc if r["id"] in a]
        y = [r[lab] for r in rc if r["id"] in a]
        n = len(x)
        po = sum(i == j for i, j in zip(x, y)) / n
        px, py = sum(x) / n, sum(y) / n
        pe = px * py + (1 - px) * (1 - py)
        kappa = (po - pe) / (1 - pe) if pe < 1 else float("nan")
        print(f"  {lab:20s} agreement={po:.3f} kappa={kappa:.3f} (vs current labels_a)")

style_of = {s["id"]: s["style"] for s in sents}
print(f"sentences: {len(sents)}")
print("per style:", dict(collections.Counter(s["style"] for s in sents)))
print(f"{'style':12s}" + "".join(f"{lab:>21s}" for lab in LABELS) + f"{'none':>8s}")
for st in STYLES + ["ALL"]:
    rows = [r for r in labels if st == "ALL" or style_of[r["id"]] == st]
    counts = [sum(r[lab] for r in rows) for lab in LABELS]
    none = sum(all(r[lab] == 0 for lab in LABELS) for r in rows)
    print(f"{st:12s}" + "".join(f"{c:>21d}" for c in counts) + f"{none:>8d}")
multi = sum(sum(r[lab] for lab in LABELS) >= 2 for r in labels)
print(f"multi-label sentences: {multi}")
wc = [len(t.split()) for t in texts]
print(f"words per sentence: min={min(wc)} max={max(wc)} mean={sum(wc) / len(wc):.1f}")
print(f"sha256 sentences.jsonl {sha('sentences.jsonl')}")
print(f"sha256 labels_a.jsonl  {sha('labels_a.jsonl')}")
if errors:
    print(f"\n{len(errors)} PROBLEM(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
