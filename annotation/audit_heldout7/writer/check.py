"""Validate raw/notes_aw9.jsonl and raw/texts_only.jsonl; print score distributions and SHA-256."""
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

RAW = Path(__file__).resolve().parent.parent / "raw"
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]
STYLES = ["routine", "trained", "transition", "messy"]


def main():
    notes = [json.loads(l) for l in open(RAW / "notes_aw9.jsonl", encoding="utf-8")]
    blind = [json.loads(l) for l in open(RAW / "texts_only.jsonl", encoding="utf-8")]
    errors = []
    ids = [r["note_id"] for r in notes]
    if len(notes) != 80 or len(set(ids)) != 80:
        errors.append(f"expected 80 unique ids, got {len(notes)} rows / {len(set(ids))} unique")
    if ids != [f"aw9-{i:04d}" for i in range(1, len(ids) + 1)]:
        errors.append("ids not sequential aw9-0001..")
    if [b["note_id"] for b in blind] != ids or [b["text"] for b in blind] != [r["text"] for r in notes]:
        errors.append("texts_only.jsonl does not match notes_aw9.jsonl")
    if any(set(b) != {"note_id", "text"} for b in blind):
        errors.append("texts_only.jsonl has extra keys")
    wcs = []
    for r in notes:
        wc = len(r["text"].split())
        wcs.append(wc)
        if not 90 <= wc <= 300:
            errors.append(f"{r['note_id']}: {wc} words")
        if r["scorer"] != "aw9" or r["note_type"] not in STYLES:
            errors.append(f"{r['note_id']}: bad scorer/note_type")
        for d in DOMAINS:
            s = r["scores"].get(d)
            if not (isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 4):
                errors.append(f"{r['note_id']}: bad score {d}={s!r}")
            if not r["reasons"].get(d, "").strip():
                errors.append(f"{r['note_id']}: missing reason {d}")
    print(f"notes: {len(notes)}; words min/median/max: {min(wcs)}/{sorted(wcs)[len(wcs)//2]}/{max(wcs)}; total {sum(wcs)}")
    print("per style:", dict(Counter(r["note_type"] for r in notes)))
    print(f"voices ({len(set(r['setting'] for r in notes))}):", dict(Counter(r["setting"] for r in notes)))
    print("\nscore distribution (levels 1/2/3/4)")
    print(f"{'':24s}" + "".join(f"{d[:22]:>24s}" for d in DOMAINS))
    for style in STYLES + ["ALL"]:
        sub = [r for r in notes if style == "ALL" or r["note_type"] == style]
        cells = []
        for d in DOMAINS:
            c = Counter(r["scores"][d] for r in sub)
            cells.append("/".join(str(c.get(k, 0)) for k in range(1, 5)))
        print(f"{style:24s}" + "".join(f"{x:>24s}" for x in cells))
    for d in DOMAINS:
        c = Counter(r["scores"][d] for r in notes)
        for k in range(1, 5):
            if c.get(k, 0) < 12:
                errors.append(f"{d}: level {k} occurs {c.get(k, 0)} times (<12)")
    for d in DOMAINS:
        got = {r["scores"][d] for r in notes if r["note_type"] == "trained"}
        if not {2, 3, 4} <= got:
            errors.append(f"trained notes lack a level in {d}: {sorted(got)}")
    flat = sum(len(set(r["scores"].values())) == 1 for r in notes)
    print(f"\nnotes with the same score in all four domains: {flat}")
    for f in ["notes_aw9.jsonl", "texts_only.jsonl"]:
        print(f"sha256 {f}: {hashlib.sha256((RAW / f).read_bytes()).hexdigest()}")
    if errors:
        print("\nERRORS:\n" + "\n".join(errors))
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
