#!/usr/bin/env python3
"""Validate the aw7 held-out set and print score distributions and file hashes."""
import collections, hashlib, json, pathlib, sys

OUT = pathlib.Path(__file__).resolve().parent.parent
RAW = OUT / "raw" / "notes_aw7.jsonl"
BLIND = OUT / "texts_only.jsonl"
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]
TYPES = ["routine", "trained", "transition", "messy"]

def main():
    errs = []
    recs = [json.loads(l) for l in RAW.read_text(encoding="utf-8").splitlines() if l.strip()]
    blind = [json.loads(l) for l in BLIND.read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [r["note_id"] for r in recs]
    if len(recs) != 80 or len(set(ids)) != 80:
        errs.append(f"expected 80 unique ids, got {len(recs)} / {len(set(ids))}")
    if ids != [f"aw7-{i:04d}" for i in range(1, len(ids) + 1)]:
        errs.append("ids not sequential aw7-0001..")
    if [(b["note_id"], b["text"]) for b in blind] != [(r["note_id"], r["text"]) for r in recs]:
        errs.append("texts_only.jsonl does not match raw")
    if any(set(b) != {"note_id", "text"} for b in blind):
        errs.append("texts_only.jsonl has extra keys")
    if len(set(r["text"] for r in recs)) != len(recs):
        errs.append("duplicate texts")
    wcs = []
    for r in recs:
        if r.get("scorer") != "aw7": errs.append(f"{r['note_id']}: scorer")
        if r.get("note_type") not in TYPES: errs.append(f"{r['note_id']}: note_type")
        for d in DOMAINS:
            s = r["scores"].get(d)
            if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 4):
                errs.append(f"{r['note_id']}: bad score {d}={s!r}")
            if not r["reasons"].get(d, "").strip():
                errs.append(f"{r['note_id']}: missing reason {d}")
        wc = len(r["text"].split()); wcs.append(wc)
        if not 90 <= wc <= 300: errs.append(f"{r['note_id']}: {wc} words")
    print(f"notes: {len(recs)}; words min/median/max: {min(wcs)}/{sorted(wcs)[len(wcs)//2]}/{max(wcs)}")
    print("styles:", dict(collections.Counter(r["note_type"] for r in recs)))
    settings = collections.Counter(r["setting"] for r in recs)
    print(f"voices ({len(settings)}):", dict(sorted(settings.items())))
    print("\nscore distribution per domain (levels 1/2/3/4):")
    for d in DOMAINS:
        c = collections.Counter(r["scores"][d] for r in recs)
        print(f"  {d:24s} " + " ".join(f"{c[k]:3d}" for k in range(1, 5)))
        if min(c[k] for k in range(1, 5)) < 12: errs.append(f"{d}: a level occurs < 12 times")
    print("\nper style (levels 1/2/3/4), mean:")
    for t in TYPES:
        rs = [r for r in recs if r["note_type"] == t]
        print(f" {t} (n={len(rs)})")
        for d in DOMAINS:
            c = collections.Counter(r["scores"][d] for r in rs)
            m = sum(r["scores"][d] for r in rs) / len(rs)
            print(f"  {d:24s} " + " ".join(f"{c[k]:3d}" for k in range(1, 5)) + f"   mean {m:.2f}")
    flat = sum(1 for r in recs if len(set(r["scores"].values())) == 1)
    print(f"\nnotes with the same score in all four domains: {flat}")
    tr = [r for r in recs if r["note_type"] == "trained"]
    for d in DOMAINS:
        lv = {r["scores"][d] for r in tr}
        if not {2, 3, 4} <= lv: errs.append(f"trained notes lack a level 2-4 in {d}")
    for p in (RAW, BLIND):
        print(f"sha256 {p.relative_to(OUT)}: {hashlib.sha256(p.read_bytes()).hexdigest()}")
    if errs:
        print("\nERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
    print("\nOK")

if __name__ == "__main__":
    main()
