"""Validate raw/notes_aw13.jsonl and texts_only.jsonl; print distributions and SHA-256."""
import collections, hashlib, json, pathlib, sys

OUT = pathlib.Path(__file__).resolve().parent.parent
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]
TYPES = ["routine", "trained", "transition", "messy"]
RAW, TXT = OUT / "raw" / "notes_aw13.jsonl", OUT / "texts_only.jsonl"


def main():
    errs = []
    recs = [json.loads(l) for l in open(RAW, encoding="utf-8")]
    txts = [json.loads(l) for l in open(TXT, encoding="utf-8")]
    ids = [r["note_id"] for r in recs]
    if len(recs) != 80 or len(set(ids)) != 80:
        errs.append(f"expected 80 unique ids, got {len(recs)} / {len(set(ids))}")
    if ids != [f"aw13-{k:04d}" for k in range(1, len(recs) + 1)]:
        errs.append("ids not sequential aw13-0001..")
    if [t["note_id"] for t in txts] != ids or [t["text"] for t in txts] != [r["text"] for r in recs]:
        errs.append("texts_only.jsonl does not match raw")
    if any(set(t) != {"note_id", "text"} for t in txts):
        errs.append("texts_only has extra keys")
    if len({r["text"] for r in recs}) != len(recs):
        errs.append("duplicate texts")
    wc = []
    for r in recs:
        w = len(r["text"].split()); wc.append(w)
        if not 90 <= w <= 300:
            errs.append(f"{r['note_id']}: {w} words")
        if r["note_type"] not in TYPES:
            errs.append(f"{r['note_id']}: bad note_type")
        if r["scorer"] != "aw13":
            errs.append(f"{r['note_id']}: bad scorer")
        for d in DOMAINS:
            s = r["scores"].get(d)
            if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 4):
                errs.append(f"{r['note_id']}: {d}={s!r}")
            if not str(r["reasons"].get(d, "")).strip():
                errs.append(f"{r['note_id']}: no reason for {d}")
    print(f"notes {len(recs)}; words min {min(wc)} max {max(wc)} mean {sum(wc)/len(wc):.0f}")
    print("per style:", dict(collections.Counter(r["note_type"] for r in recs)))
    print("voices:", len({r['setting'] for r in recs}), dict(collections.Counter(r["setting"] for r in recs)))
    print("\nscore distribution (counts of 1/2/3/4)")
    print(f"{'':24}{'all':>14}" + "".join(f"{t:>14}" for t in TYPES))
    for d in DOMAINS:
        row = f"{d:24}"
        for grp in [None] + TYPES:
            c = collections.Counter(r["scores"][d] for r in recs if grp is None or r["note_type"] == grp)
            row += f"{'/'.join(str(c[k]) for k in (1, 2, 3, 4)):>14}"
        print(row)
        if min(collections.Counter(r["scores"][d] for r in recs)[k] for k in (1, 2, 3, 4)) < 12:
            errs.append(f"{d}: some level occurs fewer than 12 times")
    for d in DOMAINS:
        c = collections.Counter(r["scores"][d] for r in recs if r["note_type"] == "trained")
        if not all(c[k] for k in (2, 3, 4)):
            errs.append(f"trained notes lack a level 2/3/4 in {d}")
    flat = sum(len({r['scores'][d] for d in DOMAINS}) == 1 for r in recs)
    print(f"\nnotes with the same score in all four domains: {flat}")
    for p in (RAW, TXT):
        print(f"sha256 {p.relative_to(OUT)} {hashlib.sha256(p.read_bytes()).hexdigest()}")
    if errs:
        print("\nERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
