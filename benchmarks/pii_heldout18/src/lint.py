# review helper: unmarked tokens that equal a token of a marked name span in the same note
import json,re
for l in open('../notes.jsonl'):
    n=json.loads(l); t=n['text']; cov=[(i['start'],i['end']) for i in n['identifiers']]
    toks=set()
    for i in n['identifiers']:
        if i['type'].startswith('NAME') :
            toks|={w.lower() for w in re.findall(r"[A-Za-zÀ-ž-]{3,}",i['text'])}
    for m in re.finditer(r"[A-Za-zÀ-ž-]{3,}",t):
        if m.group().lower() in toks and not any(s<=m.start()<e for s,e in cov):
            print(n['note_id'],m.group(),t[max(0,m.start()-25):m.end()+10].replace('\n',' '))
