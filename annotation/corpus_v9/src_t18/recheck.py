"""Store the blind second-pass labels (typed by hand in recheck_labels.tsv) and compare with first pass."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
ids = open(os.path.join(HERE, "..", "recheck_ids.txt")).read().split()
rc = {}
for line in open(os.path.join(HERE, "recheck_labels.tsv")):
    n, bits = line.split()
    rc[f"t18-{n}"] = dict(zip(L, map(int, bits)))
assert sorted(rc) == sorted(ids), set(rc) ^ set(ids)
with open(os.path.join(HERE, "..", "recheck_t18.jsonl"), "w") as f:
    for i in ids:
        f.write(json.dumps({"id": i, **rc[i]}) + "\n")
first = {}
for l in open(os.path.join(HERE, "..", "families_t18.jsonl")):
    r = json.loads(l); first[r["id"]] = r
print("| label | n | agree | first+ | recheck+ | kappa |")
print("|---|---|---|---|---|---|")
for lab in L:
    a = [first[i][lab] for i in ids]; b = [rc[i][lab] for i in ids]; n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    k = (po - pe) / (1 - pe) if pe < 1 else 1.0
    print(f"| {lab} | {n} | {po:.3f} | {sum(a)} | {sum(b)} | {k:.3f} |")
for i in ids:
    d = [lab for lab in L if first[i][lab] != rc[i][lab]]
    if d:
        print("DIFF", i, d, first[i]["text"])
