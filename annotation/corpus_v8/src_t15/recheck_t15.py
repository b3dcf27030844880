#!/usr/bin/env python3
"""Sample ids (seed 1515, 15%), convert hand relabels to recheck_t15.jsonl, report agreement + Cohen's kappa."""
import json, random, os
here = os.path.dirname(os.path.abspath(__file__)); top = os.path.dirname(here)
L = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
R = [json.loads(l) for l in open(os.path.join(top, "families_t15.jsonl"))]
random.seed(1515)
s = sorted(random.sample(range(len(R)), round(0.15 * len(R))))
ids = [R[i]["id"] for i in s]
hand = {}
for line in open(os.path.join(here, "recheck_t15_src.txt")):
    if line.startswith("#") or not line.strip(): continue
    n, code = line.split(); hand[f"t15-{n}"] = [int(c) for c in code]
assert sorted(hand) == ids, "recheck ids do not match the seeded sample"
with open(os.path.join(top, "recheck_t15.jsonl"), "w") as fh:
    for i in ids:
        fh.write(json.dumps({"id": i, **dict(zip(L, hand[i]))}) + "\n")
byid = {r["id"]: r for r in R}
for j, k in enumerate(L):
    a = [byid[i][k] for i in ids]; b = [hand[i][j] for i in ids]; n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    kap = (po - pe) / (1 - pe) if pe < 1 else 1.0
    dis = [i for i in ids if byid[i][k] != hand[i][j]]
    print(f"{k}: agreement {po:.3f} kappa {kap:.3f} disagreements {dis}")
