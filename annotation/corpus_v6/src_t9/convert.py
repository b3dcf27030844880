"""Convert t9's hand-written source lines (src_t9/*.txt) to families_t9.jsonl.
Line format: STYLE FAMILY PAIR | text with inline rationale markers {b:..} {p:..} {c:..} {a:..}.
Labels are 1 exactly where a marker of that kind appears. Pair numbers used by only one line become null."""
import json, re, glob, collections, os
here = os.path.dirname(os.path.abspath(__file__))
STY = {'T': 'trained', 'X': 'transition', 'R': 'routine', 'M': 'messy', 'F': 'formal'}
LAB = {'b': 'victim_blaming', 'p': 'perpetrator_pattern', 'c': 'child_focus', 'a': 'partnering'}
rows = []
for fn in sorted(glob.glob(os.path.join(here, '*.txt'))):
    for ln in open(fn, encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln.strip():
            continue
        head, body = ln.split(' | ', 1)
        st, fam, pair = head.split()
        text, rats, pos = '', [], 0
        for m in re.finditer(r'\{([bpca]):([^{}]*)\}', body):
            text += body[pos:m.start()]
            rats.append((m.group(1), m.group(2)))
            text += m.group(2)
            pos = m.end()
        text += body[pos:]
        assert '{' not in text and '}' not in text, ln
        rows.append(dict(st=STY[st], fam=fam, pair=pair, text=text, rats=rats))
cnt = collections.Counter(r['pair'] for r in rows if r['pair'] != '-')
out = open(os.path.join(here, '..', 'families_t9.jsonl'), 'w', encoding='utf-8')
for i, r in enumerate(rows, 1):
    labs = {k: 0 for k in LAB.values()}
    for k, _ in r['rats']:
        labs[LAB[k]] = 1
    pid = ('t9-P%03d' % int(r['pair'])) if r['pair'] != '-' and cnt[r['pair']] >= 2 else None
    o = {'id': 't9-%04d' % i, 'text': r['text']}
    o.update(labs)
    o.update({'style': r['st'], 'family': r['fam'], 'pair_id': pid,
              'rationales': [{'label': LAB[k], 'text': t} for k, t in r['rats']], 'writer': 't9'})
    out.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(rows), 'rows')
