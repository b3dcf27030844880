#!/usr/bin/env python3
"""Convert hand-written source lines (src_t17/b*.txt) to families_t17.jsonl.
Source line: STYLE|family|pair|text, where spans are marked {v:..} victim_blaming,
{p:..} perpetrator_pattern, {c:..} child_focus, {n:..} partnering. Labels are the
set of marker types present; rationales are the marked spans (exact substrings of
the cleaned text). The script only converts, numbers ids and checks; it writes no text."""
import json, re, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'families_t17.jsonl')
STY = {'T': 'trained', 'X': 'transition', 'M': 'messy', 'F': 'formal', 'R': 'routine'}
LAB = {'v': 'victim_blaming', 'p': 'perpetrator_pattern', 'c': 'child_focus', 'n': 'partnering'}
MARK = re.compile(r'\{([vpcn]):([^{}]+)\}')
rows = []
for fn in sorted(glob.glob(os.path.join(HERE, 'b*.txt'))):
    for ln in open(fn, encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'):
            continue
        st, fam, pair, text = ln.split('|', 3)
        rats = []
        clean = MARK.sub(lambda m: (rats.append((LAB[m.group(1)], m.group(2))), m.group(2))[1], text)
        if '{' in clean or '}' in clean:
            sys.exit('unbalanced marker: ' + ln)
        labs = {k: 0 for k in LAB.values()}
        seen = set(); rl = []
        for lab, t in rats:
            labs[lab] = 1
            if (lab, t) not in seen:
                seen.add((lab, t)); rl.append({'label': lab, 'text': t})
        rows.append((clean, labs, STY[st], fam, None if pair == '-' else 't17-' + pair, rl))
with open(OUT, 'w', encoding='utf-8') as f:
    for i, (clean, labs, st, fam, pair, rl) in enumerate(rows, 1):
        d = {'id': 't17-%04d' % i, 'text': clean}
        d.update(labs)
        d.update({'style': st, 'family': fam, 'pair_id': pair, 'rationales': rl, 'writer': 't17'})
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print('wrote', len(rows), 'rows to', os.path.normpath(OUT))
