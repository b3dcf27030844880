"""Validate raw/notes_aw8.jsonl and texts_only.jsonl; print distributions and SHA-256."""
import collections, hashlib, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
RAW = OUT / "raw" / "notes_aw8.jsonl"
TXT = OUT / "texts_only.jsonl"
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]
TYPES = ["routine", "trained", "transition", "messy"]
EXPECTED = 80


def main():
    errs = []
    recs = [json.loads(l) for l in RAW.read_text(encoding="utf-8").splitlines() if l.strip()]
    txts = [json.loads(l) for l in TXT.read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [r["note_id"] for r in recs]
    if len(recs) != EXPECTED:
        errs.append(f"expected {EXPECTED} notes, got {len(recs)}")
    if len(set(ids)) != len(ids):
        errs.append("duplicate note ids")
    if ids != [f"aw8-{i:04d}" for i in range(1, len(ids) + 1)]:
        errs.append("ids not consecutive aw8-0001..")
    if [t["note_id"] for t in txts] != ids or any(set(t) != {"note_id", "text"} for t in txts):
        errs.append("texts_only.jsonl does not match")
    if len({r["text"] for r in recs}) != len(recs):
        errs.append("duplicate texts")
    wcs = []
    for r in recs:
        if r["scorer"] != "aw8":
            errs.append(f"{r['note_id']}: scorer")
        if r["note_type"] not in TYPES:
            errs.append(f"{r['note_id']}: note_type {r['note_type']}")
        for d in DOMAINS:
            s = r["scores"].get(d)
            if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 4):
                errs.append(f"{r['note_id']}: bad score {d}={s!r}")
            if not r["reasons"].get(d, "").strip():
                errs.append(f"{r['note_id']}: missing reason {d}")
        wc = len(r["text"].split())
        wcs.append(wc)
        if not 90 <= wc <= 300:
            errs.append(f"{r['note_id']}: {wc} words")
    print(f"notes: {len(recs)}  words min/median/max: {min(wcs)}/{sorted(wcs)[len(wcs)//2]}/{max(wcs)}")
    print("per style:", dict(collections.Counter(r["note_type"] for r in recs)))
    print("voices:", len({r["setting"] for r in recs}), dict(collections.Counter(r["setting"] for r in recs)))
    print("\nscore distribution per domain (levels 1/2/3/4):")
    for d in DOMAINS:
        c = collections.Counter(r["scores"][d] for r in recs)
        print(f"  {d:24s} " + "  ".join(f"{k}:{c.get(k,0):2d}" for k in range(1, 5)))
    print("\nper style:")
    for t in TYPES:
        sub = [r for r in recs if r["note_type"] == t]
        print(f" {t} (n={len(sub)})")
        for d in DOMAINS:
            c = collections.Counter(r["scores"][d] for r in sub)
            print(f"   {d:24s} " + "  ".join(f"{k}:{c.get(k,0):2d}" for k in range(1, 5)))
    flat = sum(1 for r in recs if len(set(r["scores"].values())) == 1)
    print(f"\nnotes with the same score on all four domains: {flat}")
    for path in (RAW, TXT):
        print(f"sha256 {path.relative_to(OUT)}: {hashlib.sha256(path.read_bytes()).hexdigest()}")
    if errs:
        print("\nERRORS:")
        for e in errs:
            print("  ", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
