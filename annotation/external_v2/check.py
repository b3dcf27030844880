"""Validate the frozen external test set v2 and print its counts.

    python annotation/external_v2/check.py            # validate + counts
    python annotation/external_v2/check.py --partial  # while drafting: fewer than 120 per style, no hash check

Checks: ids are X2-0001.. in order and unique, the same ids in the same order in both files, styles are the
four agreed ones (120 each unless --partial), texts are 5-60 words and unique, label keys and 0/1 values are
exact, every label given 1 has at least one rationale, every rationale names a label given 1 and is an exact
substring of its sentence, and (unless --partial) that both files still match the SHA-256 recorded in README.md.
Exits non-zero on any error.
"""
from __future__ import annotations

import collections
import hashlib
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
STYLES = ("routine", "trained", "messy", "relay")
LABELS = ("victim_blaming", "perpetrator_pattern", "child_focus", "partnering")
PER_STYLE = 120
ID_RE = re.compile(r"^X2-\d{4}$")


def load(path: pathlib.Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                raise SystemExit(f"{path.name}:{i}: blank line")
            rows.append(json.loads(line))
    return rows


def sha256(path: pathlib.Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str]) -> int:
    partial = "--partial" in argv
    sents = load(HERE / "sentences.jsonl")
    labs = load(HERE / "labels_a.jsonl")
    errors: list[str] = []

    if len(sents) != len(labs):
        errors.append(f"{len(sents)} sentences but {len(labs)} label rows")
    seen_text: dict[str, str] = {}
    for k, s in enumerate(sents, 1):
        if set(s) != {"id", "style", "text"}:
            errors.append(f"{s.get('id')}: sentence keys {sorted(s)}")
        sid = s.get("id", "")
        if not ID_RE.match(sid) or sid != f"X2-{k:04d}":
            errors.append(f"row {k}: id {sid!r}, expected X2-{k:04d}")
        if s.get("style") not in STYLES:
            errors.append(f"{sid}: unknown style {s.get('style')!r}")
        text = s.get("text", "")
        if not isinstance(text, str) or text != text.strip() or not text:
            errors.append(f"{sid}: empty or untrimmed text")
        nw = len(text.split())
        if not 5 <= nw <= 60:
            errors.append(f"{sid}: {nw} words (want 5-60)")
        if text in seen_text:
            errors.append(f"{sid}: duplicate text of {seen_text[text]}")
        seen_text[text] = sid

    by_id = {s["id"]: s for s in sents}
    for k, r in enumerate(labs, 1):
        rid = r.get("id")
        if set(r) != {"id", *LABELS, "rationales"}:
            errors.append(f"{rid}: label keys {sorted(r)}")
            continue
        if k <= len(sents) and rid != sents[k - 1]["id"]:
            errors.append(f"label row {k}: id {rid} does not match sentence row id {sents[k - 1]['id']}")
        if rid not in by_id:
            errors.append(f"{rid}: no such sentence")
            continue
        text = by_id[rid]["text"]
        for lab in LABELS:
            if r[lab] not in (0, 1) or isinstance(r[lab], bool):
                errors.append(f"{rid}: {lab}={r[lab]!r}")
        covered = set()
        for rat in r["rationales"]:
            if set(rat) != {"label", "text"}:
                errors.append(f"{rid}: rationale keys {sorted(rat)}")
                continue
            if rat["label"] not in LABELS:
                errors.append(f"{rid}: rationale label {rat['label']!r}")
            elif r[rat["label"]] != 1:
                errors.append(f"{rid}: rationale for {rat['label']} which is 0")
            if not rat["text"] or rat["text"] not in text:
                errors.append(f"{rid}: rationale {rat['text']!r} is not a substring of the sentence")
            covered.add(rat["label"])
        for lab in LABELS:
            if r.get(lab) == 1 and lab not in covered:
                errors.append(f"{rid}: {lab}=1 without a rationale")

    style_n = collections.Counter(s["style"] for s in sents)
    if not partial:
        if len(sents) != PER_STYLE * len(STYLES):
            errors.append(f"{len(sents)} sentences, want {PER_STYLE * len(STYLES)}")
        for st in STYLES:
            if style_n[st] != PER_STYLE:
                errors.append(f"style {st}: {style_n[st]} sentences, want {PER_STYLE}")

    # counts
    lab_by_id = {r["id"]: r for r in labs if "id" in r}
    print(f"sentences: {len(sents)}   label rows: {len(labs)}")
    header = f"{'style':<9}{'n':>5}" + "".join(f"{l[:12]:>14}" for l in LABELS) + f"{'none':>7}{'multi':>7}{'words':>7}"
    print(header)
    for st in (*STYLES, "ALL"):
        ids = [s["id"] for s in sents if st == "ALL" or s["style"] == st]
        rows = [lab_by_id[i] for i in ids if i in lab_by_id]
        c = {l: sum(r.get(l, 0) for r in rows) for l in LABELS}
        none = sum(1 for r in rows if not any(r.get(l, 0) for l in LABELS))
        multi = sum(1 for r in rows if sum(r.get(l, 0) for l in LABELS) > 1)
        words = sum(len(by_id[i]["text"].split()) for i in ids) / max(len(ids), 1)
        pct = f"{100 * none / max(len(rows), 1):.0f}%"
        print(f"{st:<9}{len(ids):>5}" + "".join(f"{c[l]:>14}" for l in LABELS) + f"{none:>4}{pct:>4}{multi:>6}{words:>7.1f}")
    combos = collections.Counter(
        "+".join(l for l in LABELS if r.get(l)) or "none" for r in labs
    )
    print("label sets:")
    for k, v in combos.most_common():
        print(f"  {v:>4}  {k}")
    readme = (HERE / "README.md").read_text(encoding="utf-8") if (HERE / "README.md").exists() else ""
    for name in ("sentences.jsonl", "labels_a.jsonl"):
        digest = sha256(HERE / name)
        print(f"sha256 {name}: {digest}")
        # the README freezes the files: its recorded hash must match unless we are still drafting
        recorded = re.search(rf"`{re.escape(name)}`\s*\|\s*`([0-9a-f]{{64}})`", readme)
        if not partial:
            if not recorded:
                errors.append(f"README.md does not record the SHA-256 of {name}")
            elif recorded.group(1) != digest:
                errors.append(f"{name} has changed since it was frozen (README {recorded.group(1)[:12]}..., now {digest[:12]}...)")

    if errors:
        print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
        for e in errors[:200]:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
