"""Agreement between the blind second scorer (as7) and the writer's own scores (aw6) on audit_heldout4.

Usage: python3 agreement.py   (run from anywhere; paths are relative to this file)
Prints per-domain quadratic-weighted kappa, exact and adjacent (|diff| <= 1) agreement, plus
how often as7's guess_trained matches aw6's note_type == "trained".
"""
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]
CATS = [1, 2, 3, 4]


def load(path):
    return {r["note_id"]: r for r in (json.loads(l) for l in open(path) if l.strip())}


def qwk(a, b, cats=CATS):
    k = len(cats)
    idx = {c: i for i, c in enumerate(cats)}
    obs = [[0.0] * k for _ in range(k)]
    for x, y in zip(a, b):
        obs[idx[x]][idx[y]] += 1
    n = len(a)
    ra = [sum(row) for row in obs]
    cb = [sum(obs[i][j] for i in range(k)) for j in range(k)]
    num = den = 0.0
    for i in range(k):
        for j in range(k):
            w = (i - j) ** 2 / (k - 1) ** 2
            num += w * obs[i][j]
            den += w * ra[i] * cb[j] / n
    return 1.0 - num / den if den else float("nan")


def main():
    mine = load(HERE / "scores_as7.jsonl")
    theirs = load(HERE.parent / "raw" / "notes_aw6.jsonl")
    ids = [i for i in theirs if i in mine]
    assert len(ids) == len(mine) == len(theirs), "note sets differ"
    print(f"n = {len(ids)} notes")
    print("| domain | QWK | exact | adjacent (±1) | mean as7 | mean aw6 |")
    print("| --- | --- | --- | --- | --- | --- |")
    allA, allB = [], []
    for d in DOMAINS:
        a = [mine[i]["scores"][d] for i in ids]
        b = [theirs[i]["scores"][d] for i in ids]
        allA += a; allB += b
        ex = sum(x == y for x, y in zip(a, b)) / len(a)
        adj = sum(abs(x - y) <= 1 for x, y in zip(a, b)) / len(a)
        print(f"| {d} | {qwk(a, b):.3f} | {ex:.1%} | {adj:.1%} | {sum(a)/len(a):.2f} | {sum(b)/len(b):.2f} |")
    ex = sum(x == y for x, y in zip(allA, allB)) / len(allA)
    adj = sum(abs(x - y) <= 1 for x, y in zip(allA, allB)) / len(allA)
    print(f"| all (pooled) | {qwk(allA, allB):.3f} | {ex:.1%} | {adj:.1%} | | |")

    print("\nguess_trained vs aw6 note_type == 'trained':")
    tp = sum(mine[i]["guess_trained"] and theirs[i]["note_type"] == "trained" for i in ids)
    fp = sum(mine[i]["guess_trained"] and theirs[i]["note_type"] != "trained" for i in ids)
    fn = sum((not mine[i]["guess_trained"]) and theirs[i]["note_type"] == "trained" for i in ids)
    acc = sum(mine[i]["guess_trained"] == (theirs[i]["note_type"] == "trained") for i in ids) / len(ids)
    print(f"accuracy {acc:.1%}; trained notes found {tp}/{tp+fn}; guessed trained but not {fp}")
    print("guessed-trained by aw6 note_type:",
          dict(Counter(theirs[i]["note_type"] for i in ids if mine[i]["guess_trained"])))

    print("\nDisagreements of 2+ points (note, domain, as7, aw6):")
    for i in ids:
        for d in DOMAINS:
            x, y = mine[i]["scores"][d], theirs[i]["scores"][d]
            if abs(x - y) >= 2:
                print(f"  {i} {d} {x} {y}")


if __name__ == "__main__":
    main()
