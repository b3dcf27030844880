"""Validate families_t9.jsonl (corpus v6, writer t9). Exits 1 on any error."""
import json, sys, collections, os
here = os.path.dirname(os.path.abspath(__file__))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'families_t9.jsonl')
KEYS = ['id', 'text', 'victim_blaming', 'perpetrator_pattern', 'child_focus', 'partnering',
        'style', 'family', 'pair_id', 'rationales', 'writer']
LABELS = KEYS[2:6]
STYLES = {'trained', 'transition', 'routine', 'messy', 'formal'}
errs, rows = [], []
for n, line in enumerate(open(path, encoding='utf-8'), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f'line {n}: bad JSON {e}'); continue
    rows.append(r)
    if list(r) != KEYS:
        errs.append(f'line {n}: key order {list(r)}'); continue
    for l in LABELS:
        if r[l] not in (0, 1) or isinstance(r[l], bool):
            errs.append(f'{r["id"]}: {l} not 0/1')
    if r['style'] not in STYLES: errs.append(f'{r["id"]}: style {r["style"]}')
    if r['writer'] != 't9': errs.append(f'{r["id"]}: writer')
    if not r['id'].startswith('t9-'): errs.append(f'{r["id"]}: id prefix')
    if not isinstance(r['family'], str) or not r['family'] or ' ' in r['family']:
        errs.append(f'{r["id"]}: family')
    if r['pair_id'] is not None and not str(r['pair_id']).startswith('t9-P'):
        errs.append(f'{r["id"]}: pair_id')
    w = len(r['text'].split())
    if not 4 <= w <= 60: errs.append(f'{r["id"]}: {w} words')
    rl = set()
    for ra in r['rationales']:
        if list(ra) != ['label', 'text'] or ra['label'] not in LABELS:
            errs.append(f'{r["id"]}: bad rationale {ra}'); continue
        if not ra['text'] or ra['text'] not in r['text']:
            errs.append(f'{r["id"]}: rationale not substring: {ra["text"]!r}')
        rl.add(ra['label'])
    if rl != {l for l in LABELS if r[l] == 1}:
        errs.append(f'{r["id"]}: rationale labels {sorted(rl)} != labels set to 1')
ids = [r.get('id') for r in rows]
for i, c in collections.Counter(ids).items():
    if c > 1: errs.append(f'duplicate id {i}')
texts = collections.Counter(r.get('text') for r in rows)
for t, c in texts.items():
    if c > 1: errs.append(f'duplicate text {t!r}')
pc = collections.Counter(r.get('pair_id') for r in rows if r.get('pair_id'))
for p, c in pc.items():
    if c < 2: errs.append(f'pair {p} has {c} row')
# pair groups must differ in at least one label
for p in pc:
    g = [tuple(r[l] for l in LABELS) for r in rows if r.get('pair_id') == p]
    if len(set(g)) < 2: errs.append(f'pair {p}: no label flips')
N = len(rows)
print('rows', N)
print('style', dict(collections.Counter(r['style'] for r in rows)))
tt = sum(r['style'] in ('trained', 'transition') for r in rows)
print(f'trained+transition {tt} ({tt/N:.1%})')
for l in LABELS: print(l, sum(r[l] for r in rows))
none = sum(all(r[l] == 0 for l in LABELS) for r in rows)
print(f'no label {none} ({none/N:.1%})')
print('combos', dict(collections.Counter(''.join(str(r[l]) for l in LABELS) for r in rows).most_common()))
print('family', dict(collections.Counter(r['family'] for r in rows).most_common()))
inp = sum(1 for r in rows if r['pair_id'])
print(f'pair groups {len(pc)}, rows in groups {inp} ({inp/N:.1%}), sizes {dict(collections.Counter(pc.values()))}')
if errs:
    print('\n'.join(errs)); print(len(errs), 'ERRORS'); sys.exit(1)
print('OK')
