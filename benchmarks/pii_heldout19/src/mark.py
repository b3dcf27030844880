"""Review helper: wrap unmarked whole-word occurrences of TOKEN in one note's source with [[CODE|TOKEN]].
usage: python3 mark.py FILE NOTE_ID CODE TOKEN [TOKEN ...]   (each use was decided by hand after review)"""
import re, sys
f, nid, code, toks = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
s = open(f, encoding="utf-8").read()
a = s.index("=== " + nid + " ")
b = s.find("\n=== ", a + 4); b = len(s) if b < 0 else b
block = s[a:b]
head, body = block.split("\n", 1)
for t in toks:
    parts = re.split(r"(\[\[[A-Z]+\|.+?\]\]|\n%P [^\n]*)", body)
    for k in range(0, len(parts), 2):
        parts[k] = re.sub(r"(?<![\w|])" + re.escape(t) + r"(?![\w])", f"[[{code}|{t}]]", parts[k])
    body = "".join(parts)
open(f, "w", encoding="utf-8").write(s[:a] + head + "\n" + body + s[b:])
