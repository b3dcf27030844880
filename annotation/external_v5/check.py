"""Validate the external_v5 set and print counts, recheck agreement (Cohen's kappa) and SHA-256 hashes."""
import hashlib, json, os, random, sys
D = os.path.dirname(os.path.abspath(__file__))
LABELS = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
STYLES = {"trained": (1, 110), "transition": (111, 220), "messy": (221, 330), "formal": (331, 440)}
err = []

def load(name):
    return [json.loads(l) for l in open(os.path.join(D, name), encoding="utf-8") if l.strip()]

S = load("sentences.jsonl"); L = load("labels_a.jsonl"); R = load("labels_a_recheck.jsonl")
ids = [s["id"] for s in S]
if ids != [f"X5-{i:04d}" for i in range(1, len(S) + 1)]: err.append("ids not X5-0001.. in order")
if len(set(ids)) != len(ids): err.append("duplicate ids")
text = {}
for s in S:
    if set(s) != {"id", "style", "text"}: err.append(f"{s['id']}: sentence keys {sorted(s)}")
    n = int(s["id"][3:]); lo, hi = STYLES.get(s["style"], (0, -1))
    if not lo <= n <= hi: err.append(f"{s['id']}: style {s['style']} outside its id block")
    w = len(s["text"].split())
    if not 4 <= w <= 55: err.append(f"{s['id']}: {w} words")
    text[s["id"]] = s["text"]
if [l["id"] for l in L] != ids: err.append("labels_a ids differ from sentences")
for l in L:
    if set(l) != {"id", "rationales", *LABELS}: err.append(f"{l['id']}: label keys {sorted(l)}")
    for k in LABELS:
        if l[k] not in (0, 1): err.append(f"{l['id']}: {k} not 0/1")
        rs = [r for r in l["rationales"] if r["label"] == k]
        if l[k] == 1 and not rs: err.append(f"{l['id']}: {k}=1 without rationale")
        if l[k] == 0 and rs: err.append(f"{l['id']}: rationale for {k}=0")
    for r in l["rationales"]:
        if r["label"] not in LABELS: err.append(f"{l['id']}: bad rationale label")
        if not r["text"] or r["text"] not in text.get(l["id"], ""): err.append(f"{l['id']}: rationale not substring: {r['text']!r}")
sample = sorted(random.Random(20261207).sample(ids, len(ids) // 4))
if sorted(r["id"] for r in R) != sample: err.append("recheck ids differ from random.Random(20261207).sample(ids, 110)")
for r in R:
    if set(r) != {"id", *LABELS} or any(r[k] not in (0, 1) for k in LABELS): err.append(f"{r['id']}: bad recheck row")

# counts
print(f"{'style':<11} n  none multi " + " ".join(f"{k[:6]:>6}" for k in LABELS))
lab = {l["id"]: l for l in L}
for st in list(STYLES) + ["ALL"]:
    rows = [lab[s["id"]] for s in S if st == "ALL" or s["style"] == st]
    k = [sum(r[x] for x in LABELS) for r in rows]
    print(f"{st:<11} {len(rows):<3}{k.count(0):>4} {sum(v >= 2 for v in k):>5} " + " ".join(f"{sum(r[x] for r in rows):>6}" for x in LABELS))

def kappa(a, b):
    n = len(a); po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n; pe = pa * pb + (1 - pa) * (1 - pb)
    return po, (po - pe) / (1 - pe) if pe < 1 else 1.0

def agree(ref, title):
    print(title)
    for k in LABELS:
        a = [ref[r["id"]][k] for r in R]; b = [r[k] for r in R]
        po, kp = kappa(a, b); print(f"  {k:<20} agreement {po:.3f}  kappa {kp:.3f}")
fp = os.path.join(D, "raw", "labels_a_firstpass.jsonl")
if os.path.exists(fp):
    agree({l["id"]: l for l in (json.loads(x) for x in open(fp))}, "recheck vs FIRST-PASS labels (before fixes):")
agree(lab, "recheck vs final labels_a (after fixes):")
for f in ["sentences.jsonl", "labels_a.jsonl", "labels_a_recheck.jsonl"]:
    print("sha256", hashlib.sha256(open(os.path.join(D, f), "rb").read()).hexdigest(), f)
if err:
    print("ERRORS:", len(err)); [print(" ", e) for e in err[:50]]; sys.exit(1)
print("OK: all checks passed")
