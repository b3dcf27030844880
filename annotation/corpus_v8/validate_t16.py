#!/usr/bin/env python3
"""Validate families_t16.jsonl (and recheck_t16.jsonl if present). Exits 1 on any error."""
import json, sys, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
F = os.path.join(HERE, 'families_t16.jsonl')
KEYS = ['id', 'text', 'victim_blaming', 'perpetrator_pattern', 'child_focus', 'partnering',
        'style', 'family', 'pair_id', 'rationales', 'writer']
LABELS = KEYS[2:6]
STYLES = {'trained', 'transition', 'messy', 'formal', 'routine'}
errs, rows = [], []
for n, line in enumerate(open(F, encoding='utf-8'), 1):
    try:
        d = json.loads(line)
    except Exception as e:
        errs.append(f'line {n}: bad JSON {e}'); continue
    rows.append(d)
    rid = d.get('id', f'line{n}')
    if list(d.keys()) != KEYS: errs.append(f'{rid}: key order {list(d.keys())}')
    for k in LABELS:
        if d.get(k) not in (0, 1) or isinstance(d.get(k), bool): errs.append(f'{rid}: {k} not 0/1')
    if d.get('style') not in STYLES: errs.append(f'{rid}: style {d.get("style")}')
    if d.get('writer') != 't16': errs.append(f'{rid}: writer')
    if not isinstance(d.get('family'), str) or not d['family'] or ' ' in d['family']: errs.append(f'{rid}: family')
    w = len(d.get('text', '').split())
    if not 4 <= w <= 60: errs.append(f'{rid}: {w} words')
    rl = [r['label'] for r in d.get('rationales', [])]
    on = {k for k in LABELS if d.get(k) == 1}
    if set(rl) != on: errs.append(f'{rid}: rationale labels {sorted(set(rl))} != labels on {sorted(on)}')
    for r in d.get('rationales', []):
        if list(r.keys()) != ['label', 'text'] or not r['text'] or r['text'] not in d['text']:
            errs.append(f'{rid}: rationale not exact substring: {r.get("text")!r}')
ids = [d['id'] for d in rows]
if len(set(ids)) != len(ids): errs.append('duplicate ids')
if len({d['text'] for d in rows}) != len(rows): errs.append('duplicate texts')
pc = Counter(d['pair_id'] for d in rows if d['pair_id'])
for p, c in pc.items():
    if c < 2: errs.append(f'{p}: only {c} row')
for p in pc:  # each contrast group must differ in at least one label
    labs = {tuple(d[k] for k in LABELS) for d in rows if d['pair_id'] == p}
    if len(labs) < 2: errs.append(f'{p}: no label flips')
R = os.path.join(HERE, 'recheck_t16.jsonl')
if os.path.exists(R):
    idset = set(ids)
    for n, line in enumerate(open(R, encoding='utf-8'), 1):
        d = json.loads(line)
        if list(d.keys()) != ['id'] + LABELS or d['id'] not in idset: errs.append(f'recheck line {n} bad')
print('rows', len(rows))
print('style', dict(Counter(d['style'] for d in rows)))
print('labels', {k: sum(d[k] for d in rows) for k in LABELS})
print('none', sum(1 for d in rows if not any(d[k] for k in LABELS)))
print('combos', dict(Counter(''.join(str(d[k]) for k in LABELS) for d in rows).most_common()))
print('contrast groups', len(pc), 'rows in groups', sum(pc.values()))
print('families', len({d['family'] for d in rows}))
if errs:
    print('ERRORS', len(errs)); [print(' ', e) for e in errs]; sys.exit(1)
print('OK')
