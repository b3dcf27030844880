"""Writer's aid: wrap unmarked repeats of names already chosen by hand (marked name words or this case's roster
words) in the raw note files, then merge adjacent same-type name marks. Run, then review the diff by eye."""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\[\[([A-Z]+)\|([^\[\]]+?)\]\]")
STOP = {"Baby", "Mr", "Mrs", "Ms", "Dr", "Miss", "and", "the", "Singh", "Kaur", "ji"}
W = r"[A-Za-z\u00c0-\u017f']+"
people = {}
files = sorted(glob.glob(os.path.join(HERE, "notes_*.txt")))
for f in files:
    for line in open(f, encoding="utf-8"):
        if line.startswith("%P "):
            cid, rest = line[3:].split(",", 1)
            name = rest.rsplit(",", 1)[0]
            people.setdefault(cid.strip(), set()).update(t for t in re.findall(W, name) if len(t) > 2)
for f in files:
    parts = re.split(r"(?m)^(?=@@ )", open(f, encoding="utf-8").read())
    out = []
    for part in parts:
        if not part.startswith("@@ "):
            out.append(part); continue
        head, body = part.split("\n", 1)
        case = head.split("|")[1].strip()
        nt = set(people.get(case, set())) - STOP
        nn = set()
        for code, span in MARK.findall(body):
            if code == "NT": nt |= {t for t in re.findall(W, span) if len(t) > 2}
            if code == "NN": nn |= {t for t in re.findall(W, span) if len(t) > 2}
        nn -= STOP | nt
        def repl_segment(seg):
            for toks, code in ((nt, "NT"), (nn, "NN")):
                for t in sorted(toks, key=len, reverse=True):
                    seg = re.sub(r"(?<![\w|])(" + re.escape(t) + r")(?![a-z\]])", "[[" + code + r"|\1]]", seg, flags=re.I)
            return seg
        pieces, pos = [], 0
        for m in MARK.finditer(body):
            pieces.append(repl_segment(body[pos:m.start()])); pieces.append(m.group(0)); pos = m.end()
        pieces.append(repl_segment(body[pos:]))
        body = "".join(pieces)
        prev = None
        while prev != body:
            prev = body
            body = re.sub(r"\[\[(NT|NN)\|([^\]]+)\]\]( |, )\[\[\1\|([^\]]+)\]\]", r"[[\1|\2\3\4]]", body)
            body = re.sub(r"\[\[(NT|NN)\|([^\]]+)\]\]-\[\[\1\|([^\]]+)\]\]", r"[[\1|\2-\3]]", body)
        body = re.sub(r"\[\[(NT|NN)\|(Mr|Mrs|Ms|Miss|Dr|DC|DS|PC|PS|Cllr) ", r"\2 [[\1|", body)
        out.append(head + "\n" + body)
    new = "".join(out)
    if "--apply" in sys.argv:
        open(f, "w", encoding="utf-8").write(new)
