"""Validate the s1 selection set and print counts, recheck agreement and SHA-256 of the files."""
import json, hashlib, pathlib, random, sys
D = pathlib.Path(__file__).resolve().parent
LABELS = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
STYLES = {"trained": (1, 50), "transition": (51, 100), "messy": (101, 150), "formal": (151, 200)}
errors = []
def load(name):
    return [json.loads(l) for l in (D / name).read_text(encoding="utf-8").splitlines() if l.strip()]
sents = load("sentences.jsonl"); labs = load("labels_a.jsonl"); rechk = load("labels_a_recheck.jsonl")
byid = {}
for s in sents:
    if set(s) != {"id", "style", "text"}: errors.append(f"{s.get('id')}: sentence keys {sorted(s)}")
    n = int(s["id"].split("-")[1])
    if not s["id"].startswith("S1-") or s["style"] not in STYLES: errors.append(f"{s['id']}: bad id/style")
    elif not STYLES[s["style"]][0] <= n <= STYLES[s["style"]][1]: errors.append(f"{s['id']}: id outside {s['style']} block")
    w = len(s["text"].split())
    if not 4 <= w <= 55: errors.append(f"{s['id']}: {w} words")
    if s["id"] in byid: errors.append(f"{s['id']}: duplicate")
    byid[s["id"]] = s
if len({s["text"] for s in sents}) != len(sents): errors.append("duplicate texts")
labid = {}
for r in labs:
    if set(r) != {"id", "rationales", *LABELS}: errors.append(f"{r.get('id')}: label keys {sorted(r)}")
    if r["id"] not in byid: errors.append(f"{r['id']}: label without sentence"); continue
    text = byid[r["id"]]["text"]
    for lab in LABELS:
        if r[lab] not in (0, 1): errors.append(f"{r['id']}: {lab} not 0/1")
        rs = [x for x in r["rationales"] if x["label"] == lab]
        if r[lab] == 1 and not rs: errors.append(f"{r['id']}: {lab}=1 without rationale")
        if r[lab] == 0 and rs: errors.append(f"{r['id']}: rationale for {lab}=0")
    for x in r["rationales"]:
        if x["label"] not in LABELS or not x["text"] or x["text"] not in text:
            errors.append(f"{r['id']}: rationale not a substring: {x['text']!r}")
    labid[r["id"]] = r
if set(labid) != set(byid): errors.append("label ids != sentence ids")
expected = sorted(random.Random(20261213).sample(sorted(byid), k=len(byid) // 4))
if sorted(r["id"] for r in rechk) != expected: errors.append("recheck ids are not the seeded 25% sample")
for r in rechk:
    if set(r) != {"id", *LABELS} or any(r[l] not in (0, 1) for l in LABELS): errors.append(f"recheck {r.get('id')}: bad record")

print("sentences:", len(sents))
print(f"{'style':<11} {'n':>3} {'none':>5} {'2+':>4} " + " ".join(f"{l[:6]:>6}" for l in LABELS))
for st in list(STYLES) + ["ALL"]:
    ids = [s["id"] for s in sents if st == "ALL" or s["style"] == st]
    k = [sum(labid[i][l] for l in LABELS) for i in ids]
    print(f"{st:<11} {len(ids):>3} {k.count(0):>5} {sum(x >= 2 for x in k):>4} " +
          " ".join(f"{sum(labid[i][l] for i in ids):>6}" for l in LABELS))

print("\nrecheck (n=%d) vs current labels_a:" % len(rechk))
for l in LABELS:
    a = [labid[r["id"]][l] for r in rechk]; b = [r[l] for r in rechk]; n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0
    print(f"  {l:<20} agreement {po:.3f}  kappa {kappa:.3f}")
print("\nSHA-256:")
for name in ["sentences.jsonl", "labels_a.jsonl", "labels_a_recheck.jsonl", "raw/source.txt", "raw/build.py"]:
    print(" ", hashlib.sha256((D / name).read_bytes()).hexdigest(), name)
if errors:
    print("\nERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("\nOK: all checks passed")
