#!/usr/bin/env python3
"""Sample 15% of ids (random.seed(1616)), write recheck_t16.jsonl from the blind relabels, report agreement/kappa."""
import json, random, os
HERE = os.path.dirname(os.path.abspath(__file__)); UP = os.path.join(HERE, '..')
L = ['victim_blaming', 'perpetrator_pattern', 'child_focus', 'partnering']
rows = [json.loads(l) for l in open(os.path.join(UP, 'families_t16.jsonl'))]
random.seed(1616)
sample = [rows[i]['id'] for i in sorted(random.sample(range(len(rows)), round(0.15 * len(rows))))]
blind = dict(l.split() for l in open(os.path.join(HERE, 'recheck_blind.txt')) if l.strip())
assert sorted(blind) == sorted(sample), 'blind ids differ from sample'
with open(os.path.join(UP, 'recheck_t16.jsonl'), 'w') as f:
    for i in sample:
        f.write(json.dumps({'id': i, **{k: int(b) for k, b in zip(L, blind[i])}}) + '\n')
first = {r['id']: r for r in rows}
for j, k in enumerate(L):
    a = [first[i][k] for i in sample]; b = [int(blind[i][j]) for i in sample]; n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n; pe = pa * pb + (1 - pa) * (1 - pb)
    kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0
    dis = [i for i in sample if first[i][k] != int(blind[i][j])]
    print(f'{k}: n={n} agreement={po:.3f} kappa={kappa:.3f} disagreements={dis}')
