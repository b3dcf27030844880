"""Build recheck_t8.jsonl from the blind relabels and print agreement/kappa per label (Cohen's kappa computed directly)."""
import json, os
H = os.path.dirname(os.path.abspath(__file__)); D = os.path.join(H, "..")
L = ["victim_blaming", "perpetrator_pattern", "child_focus", "partnering"]
R = {json.loads(l)['id']: json.loads(l) for l in open(os.path.join(D, 'families_t8.jsonl'))}
B = [l.split() for l in open(os.path.join(H, 'recheck_blind.tsv')) if l.strip()]
with open(os.path.join(D, 'recheck_t8.jsonl'), 'w') as f:
    for i, s in B: f.write(json.dumps({"id": i, **{l: int(c) for l, c in zip(L, s)}}) + "\n")
def kappa(a, b):
    n = len(a); po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n; pe = pa * pb + (1 - pa) * (1 - pb)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0
for j, l in enumerate(L):
    a = [R[i][l] for i, s in B]; b = [int(s[j]) for i, s in B]
    print(l, "agree %.3f" % (sum(x == y for x, y in zip(a, b)) / len(a)), "kappa %.3f" % kappa(a, b), "positives first/blind", sum(a), sum(b))
for i, s in B:
    fst = "".join(str(R[i][l]) for l in L)
    if fst != s: print("DIFF", i, "first", fst, "blind", s, R[i]['text'][:100])
