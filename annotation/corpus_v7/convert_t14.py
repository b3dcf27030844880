import json,sys,glob,re
LAB={'v':'victim_blaming','p':'perpetrator_pattern','c':'child_focus','n':'partnering'}
STY={'T':'trained','X':'transition','R':'routine','M':'messy','F':'formal'}
rows=[];n=0;ext=0
for f in sorted(glob.glob('src_t14/b*.txt')):
    bn=re.sub(r'\D','',f.split('/')[-1])
    for ln in open(f,encoding='utf8'):
        ln=ln.rstrip('\n')
        if not ln.strip(): continue
        parts=ln.split('|')
        assert len(parts)==5,(f,ln)
        st,fam,pr,text,rat=parts
        n+=1
        labs={k:0 for k in LAB.values()}; rats=[]
        for r in [x.strip() for x in rat.split(' ## ') if x.strip()]:
            k,ph=r.split('=',1); labs[LAB[k]]=1
            rats.append({'label':LAB[k],'text':ph})
        rats.sort(key=lambda r:list(LAB.values()).index(r['label']))
        pid=None if pr=='-' else 't14-P%03d'%int(pr)
        row={'id':'t14-%04d'%n,'text':text}
        row.update(labs)
        row.update({'style':STY[st],'family':fam,'pair_id':pid,'rationales':rats,'writer':'t14'})
        rows.append(row)
with open('families_t14.jsonl','w',encoding='utf8') as o:
    for r in rows: o.write(json.dumps(r,ensure_ascii=False)+'\n')
print(len(rows))
