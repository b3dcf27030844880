#!/usr/bin/env python3
"""Compare blind relabels (recheck_blind_t17.txt) with families_t17.jsonl; write recheck_t17.jsonl; print agreement and kappa."""
import json, os
H = os.path.dirname(os.path.abspath(__file__)); D = os.path.join(H, '..')
L = ['victim_blaming', 'perpetrator_pattern', 'child_focus', 'partnering']
F = {json.loads(l)['id']: json.loads(l) for l in open(os.path.join(D, 'families_t17.jsonl'))}
B = [l.split() for l in open(os.path.join(H, 'recheck_blind_t17.txt')) if l.strip() and not l.startswith('#')]
with open(os.path.join(D, 'recheck_t17.jsonl'), 'w') as f:
    for i, s in B:
        d = {'id': i}; d.update({k: int(c) for k, c in zip(L, s)}); f.write(json.dumps(d) + '\n')
for j, k in enumerate(L):
    a = [F[i][k] for i, _ in B]; b = [int(s[j]) for _, s in B]; n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n; pe = pa * pb + (1 - pa) * (1 - pb)
    kap = (po - pe) / (1 - pe) if pe < 1 else 1.0
    dis = [i for (i, s), x in zip(B, a) if int(s[j]) != x]
    print('%-20s n=%d agree=%.3f kappa=%.3f disagreements=%s' % (k, n, po, kap, dis))
