#!/usr/bin/env python3
"""Convert t16's hand-written source lines (VPCN|style|family|pair|text|rationales) to JSONL.
Only converts, numbers ids and assigns the hand-chosen contrast groups in pairs_extra.txt."""
import json, re, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'families_t16.jsonl')
STYLE = {'t': 'trained', 'x': 'transition', 'm': 'messy', 'f': 'formal', 'r': 'routine'}
LAB = {'V': 'victim_blaming', 'P': 'perpetrator_pattern', 'C': 'child_focus', 'N': 'partnering'}
ORDER = ['victim_blaming', 'perpetrator_pattern', 'child_focus', 'partnering']
files = sorted(glob.glob(os.path.join(HERE, '[a-z]_*.txt')))
rows = []
for f in files:
    lines = [l.rstrip('\n') for l in open(f, encoding='utf-8') if l.strip() and not l.startswith('#')]
    for n, l in enumerate(lines, 1):
        parts = l.split('|')
        if len(parts) != 6:
            sys.exit(f'{f}:{n}: expected 6 fields, got {len(parts)}')
        bits, st, fam, pair, text, rat = parts
        rats = []
        if rat.strip():
            for chunk in re.split(r';(?=[VPCN]:)', rat):
                k, phrase = chunk.split(':', 1)
                rats.append({'label': LAB[k], 'text': phrase})
        rows.append(dict(src=(os.path.basename(f), n), bits=bits, style=STYLE[st], family=fam,
                         pair=pair or None, text=text, rats=rats))
# extra hand-chosen groups
used = {r['pair'] for r in rows if r['pair']}
nxt = max(int(p[1:]) for p in used) + 1
idx = {r['src']: r for r in rows}
for l in open(os.path.join(HERE, 'pairs_extra.txt'), encoding='utf-8'):
    if l.startswith('#') or not l.strip():
        continue
    fn, *nums = l.split()
    pid = f'P{nxt:03d}'; nxt += 1
    for x in nums:
        r = idx[(fn, int(x))]
        assert r['pair'] is None, (fn, x)
        r['pair'] = pid
with open(OUT, 'w', encoding='utf-8') as out:
    for i, r in enumerate(rows, 1):
        d = {'id': f't16-{i:04d}', 'text': r['text']}
        for k, b in zip(ORDER, r['bits']):
            d[k] = int(b)
        d.update({'style': r['style'], 'family': r['family'],
                  'pair_id': f"t16-{r['pair']}" if r['pair'] else None,
                  'rationales': sorted(r['rats'], key=lambda x: ORDER.index(x['label'])),
                  'writer': 't16'})
        out.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(rows), 'rows written to', os.path.normpath(OUT))
