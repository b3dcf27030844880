#!/usr/bin/env python3
"""Validate families_t17.jsonl (and recheck_t17.jsonl if present). Exit 1 on any error."""
import json, sys, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
FN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'families_t17.jsonl')
KEYS = ['id', 'text', 'victim_blaming', 'perpetrator_pattern', 'child_focus', 'partnering',
        'style', 'family', 'pair_id', 'rationales', 'writer']
LABS = KEYS[2:6]
STYLES = {'trained', 'transition', 'messy', 'formal', 'routine'}
errs = []; rows = []
for n, line in enumerate(open(FN, encoding='utf-8'), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append('line %d: bad JSON %s' % (n, e)); continue
    rows.append(r); i = r.get('id', 'line%d' % n)
    if list(r.keys()) != KEYS: errs.append('%s: key order %s' % (i, list(r.keys())))
    if r.get('writer') != 't17' or not str(i).startswith('t17-'): errs.append('%s: writer/id' % i)
    for k in LABS:
        if r.get(k) not in (0, 1) or isinstance(r.get(k), bool): errs.append('%s: %s not 0/1' % (i, k))
    if r.get('style') not in STYLES: errs.append('%s: style %r' % (i, r.get('style')))
    if not isinstance(r.get('family'), str) or not r['family'] or ' ' in r['family']: errs.append('%s: family' % i)
    t = r.get('text', '')
    nw = len(t.split())
    if not 4 <= nw <= 60: errs.append('%s: %d words' % (i, nw))
    if '{' in t or '}' in t: errs.append('%s: leftover marker' % i)
    rl = r.get('rationales', [])
    got = set()
    for ra in rl:
        if list(ra.keys()) != ['label', 'text'] or ra['label'] not in LABS: errs.append('%s: bad rationale %r' % (i, ra)); continue
        if ra['text'] not in t or not ra['text'].strip(): errs.append('%s: rationale not substring %r' % (i, ra['text']))
        got.add(ra['label'])
    want = {k for k in LABS if r.get(k) == 1}
    if got != want: errs.append('%s: rationale labels %s != labels %s' % (i, sorted(got), sorted(want)))
    p = r.get('pair_id')
    if p is not None and not (isinstance(p, str) and p.startswith('t17-P')): errs.append('%s: pair_id %r' % (i, p))
ids = [r['id'] for r in rows]
if len(ids) != len(set(ids)): errs.append('duplicate ids')
texts = collections.Counter(r['text'] for r in rows)
for t, c in texts.items():
    if c > 1: errs.append('duplicate text: %s' % t[:60])
pc = collections.Counter(r['pair_id'] for r in rows if r['pair_id'])
for p, c in pc.items():
    if c < 2: errs.append('pair %s has %d row' % (p, c))
# contrast groups must differ in at least one label
for p in pc:
    g = [tuple(r[k] for k in LABS) for r in rows if r['pair_id'] == p]
    if len(set(g)) < 2: errs.append('pair %s: no label flips' % p)
rc = os.path.join(HERE, 'recheck_t17.jsonl')
if len(sys.argv) == 1 and os.path.exists(rc):
    idset = set(ids)
    for n, line in enumerate(open(rc, encoding='utf-8'), 1):
        try:
            q = json.loads(line)
        except Exception as e:
            errs.append('recheck line %d bad JSON' % n); continue
        if list(q.keys()) != ['id'] + LABS or q['id'] not in idset or any(q[k] not in (0, 1) for k in LABS):
            errs.append('recheck line %d malformed' % n)
N = len(rows)
print('rows', N)
print('styles', dict(collections.Counter(r['style'] for r in rows)))
for k in LABS: print(k, sum(r[k] for r in rows))
print('no label', sum(1 for r in rows if not any(r[k] for k in LABS)))
print('combos', dict(collections.Counter(''.join(str(r[k]) for k in LABS) for r in rows).most_common()))
print('contrast groups', len(pc), 'rows in groups', sum(pc.values()))
print('families', len(set(r['family'] for r in rows)))
if errs:
    print('ERRORS (%d):' % len(errs)); [print(' ', e) for e in errs[:200]]; sys.exit(1)
print('OK')
