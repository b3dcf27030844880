#!/usr/bin/env python3
"""Validate notes.jsonl and scores_aw3.jsonl; print counts and SHA-256 hashes. Exit 1 on any problem."""
import collections, hashlib, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
NOTES, SCORES = HERE / "notes.jsonl", HERE / "scores_aw3.jsonl"
STYLES = {"routine", "trained", "transition", "messy"}
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]
problems = []


def load(path):
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        problems.append(f"{path.name}: cannot read ({e})")
        return rows
    for n, line in enumerate(lines, 1):
        if not line.strip():
            problems.append(f"{path.name}:{n}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{path.name}:{n}: bad JSON ({e})")
            continue
        if not isinstance(obj, dict):
            problems.append(f"{path.name}:{n}: not an object")
            continue
        rows.append(obj)
    return rows


notes, scores = load(NOTES), load(SCORES)

ids = []
for r in notes:
    nid = r.get("note_id")
    if not isinstance(nid, str) or not re.fullmatch(r"aw3-\d{4}", nid):
        problems.append(f"notes: bad note_id {nid!r}")
    ids.append(nid)
    if set(r) != {"note_id", "voice", "style", "text"}:
        problems.append(f"notes {nid}: keys {sorted(r)}")
    if r.get("style") not in STYLES:
        problems.append(f"notes {nid}: bad style {r.get('style')!r}")
    if not isinstance(r.get("voice"), str) or not r.get("voice", "").strip():
        problems.append(f"notes {nid}: empty voice")
    if not isinstance(r.get("text"), str) or len(r.get("text", "").strip()) < 100:
        problems.append(f"notes {nid}: text missing or too short")
dup = [k for k, v in collections.Counter(ids).items() if v > 1]
if dup:
    problems.append(f"notes: duplicate ids {dup}")
missing_styles = STYLES - {r.get("style") for r in notes}
if missing_styles:
    problems.append(f"notes: styles missing {sorted(missing_styles)}")

sids = []
dist = {d: collections.Counter() for d in DOMAINS}
for r in scores:
    nid = r.get("note_id")
    sids.append(nid)
    if r.get("scorer") != "aw3":
        problems.append(f"scores {nid}: scorer {r.get('scorer')!r}")
    sc = r.get("scores")
    if not isinstance(sc, dict) or set(sc) != set(DOMAINS):
        problems.append(f"scores {nid}: scores keys wrong")
        continue
    for d in DOMAINS:
        v = sc[d]
        if not (isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 4):
            problems.append(f"scores {nid}: {d}={v!r} not an int 1-4")
        else:
            dist[d][v] += 1
    rs = r.get("reasons")
    if not isinstance(rs, dict) or set(rs) != set(DOMAINS) or not all(isinstance(x, str) and x.strip() for x in rs.values()):
        problems.append(f"scores {nid}: reasons missing or incomplete")
sdup = [k for k, v in collections.Counter(sids).items() if v > 1]
if sdup:
    problems.append(f"scores: duplicate ids {sdup}")
if set(ids) != set(sids):
    problems.append(f"ids differ: only in notes {sorted(set(ids) - set(sids))}, only in scores {sorted(set(sids) - set(ids))}")
elif ids != sids:
    problems.append("ids in a different order in the two files")

print(f"notes: {len(notes)}  scores: {len(scores)}")
print("style:", dict(sorted(collections.Counter(r.get("style") for r in notes).items())))
print("voice:")
for v, c in sorted(collections.Counter(r.get("voice") for r in notes).items()):
    print(f"  {v}: {c}")
print("score distribution (aw3):")
for d in DOMAINS:
    print(f"  {d}: " + ", ".join(f"{k}={dist[d][k]}" for k in (1, 2, 3, 4)))
for p in (NOTES, SCORES):
    if p.exists():
        print(f"sha256 {p.name}: {hashlib.sha256(p.read_bytes()).hexdigest()}")
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("OK")
