"""Agreement of the blind second scorer (as6) with the first scorer (aw5) on audit_heldout3.

Per domain: quadratic-weighted Cohen's kappa (1-4 scale), exact agreement, adjacent (|diff| <= 1) agreement,
mean signed difference (as6 - aw5), and a percentile bootstrap 95% CI for the kappa (2,000 resamples of notes,
fixed seed). Also the accuracy of as6's guess_trained against aw5's note_type ("trained" = True).
Standard library only.  Usage: python agreement.py [--json out.json]
"""
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOMAINS = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]
LEVELS = [1, 2, 3, 4]


def qwk(a, b):
    k = len(LEVELS)
    idx = {v: i for i, v in enumerate(LEVELS)}
    n = len(a)
    obs = [[0.0] * k for _ in range(k)]
    for x, y in zip(a, b):
        obs[idx[x]][idx[y]] += 1
    ra = [sum(r) for r in obs]
    cb = [sum(obs[i][j] for i in range(k)) for j in range(k)]
    num = den = 0.0
    for i in range(k):
        for j in range(k):
            w = (i - j) ** 2 / (k - 1) ** 2
            num += w * obs[i][j]
            den += w * ra[i] * cb[j] / n
    return 1.0 - num / den if den else float("nan")


def load(path):
    return {r["note_id"]: r for r in (json.loads(l) for l in open(path) if l.strip())}


def main():
    mine = load(HERE / "scores_as6.jsonl")
    ref = load(HERE.parent / "raw" / "notes_aw5.jsonl")
    ids = [i for i in ref if i in mine]
    assert len(ids) == len(ref) == len(mine), (len(ids), len(ref), len(mine))
    out = {"n": len(ids), "domains": {}}
    rng = random.Random(20251206)
    rows = []
    for d in DOMAINS:
        a = [mine[i]["scores"][d] for i in ids]
        b = [ref[i]["scores"][d] for i in ids]
        n = len(a)
        boots = []
        for _ in range(2000):
            s = [rng.randrange(n) for _ in range(n)]
            boots.append(qwk([a[j] for j in s], [b[j] for j in s]))
        boots.sort()
        res = {
            "qwk": qwk(a, b),
            "qwk_ci95": [boots[49], boots[1949]],
            "exact": sum(x == y for x, y in zip(a, b)) / n,
            "adjacent": sum(abs(x - y) <= 1 for x, y in zip(a, b)) / n,
            "mean_diff_as6_minus_aw5": sum(x - y for x, y in zip(a, b)) / n,
            "diff_counts": dict(sorted(Counter(x - y for x, y in zip(a, b)).items())),
            "disagreements_ge2": [i for i, x, y in zip(ids, a, b) if abs(x - y) >= 2],
        }
        out["domains"][d] = res
        rows.append((d, res))
    allx = [mine[i]["scores"][d] for i in ids for d in DOMAINS]
    ally = [ref[i]["scores"][d] for i in ids for d in DOMAINS]
    out["pooled"] = {"qwk": qwk(allx, ally),
                     "exact": sum(x == y for x, y in zip(allx, ally)) / len(allx),
                     "adjacent": sum(abs(x - y) <= 1 for x, y in zip(allx, ally)) / len(allx)}
    # trained guess vs note_type
    by_type = {}
    for i in ids:
        t = ref[i].get("note_type")
        by_type.setdefault(t, Counter())[mine[i]["guess_trained"]] += 1
    correct = sum((ref[i].get("note_type") == "trained") == mine[i]["guess_trained"] for i in ids)
    out["guess_trained"] = {"accuracy_vs_note_type_trained": correct / len(ids),
                            "guessed_true_by_note_type": {t: c[True] for t, c in by_type.items()},
                            "n_by_note_type": {t: sum(c.values()) for t, c in by_type.items()}}

    print(f"n = {len(ids)} notes")
    print(f"{'domain':<24}{'QWK':>7}  {'95% CI':<15}{'exact':>7}{'adjacent':>10}{'mean diff':>11}")
    for d, r in rows:
        lo, hi = r["qwk_ci95"]
        print(f"{d:<24}{r['qwk']:>7.3f}  [{lo:.2f}, {hi:.2f}]   {r['exact']:>6.1%}{r['adjacent']:>10.1%}"
              f"{r['mean_diff_as6_minus_aw5']:>+11.2f}")
    p = out["pooled"]
    print(f"{'pooled (4 domains)':<24}{p['qwk']:>7.3f}  {'':<15}{p['exact']:>6.1%}{p['adjacent']:>10.1%}")
    for d, r in rows:
        print(f"  {d}: diff counts {r['diff_counts']}; |diff|>=2: {r['disagreements_ge2']}")
    g = out["guess_trained"]
    print(f"guess_trained accuracy vs note_type=='trained': {g['accuracy_vs_note_type_trained']:.1%}; "
          f"guessed True by type: {g['guessed_true_by_note_type']} of {g['n_by_note_type']}")
    if "--json" in sys.argv:
        Path(sys.argv[sys.argv.index("--json") + 1]).write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
