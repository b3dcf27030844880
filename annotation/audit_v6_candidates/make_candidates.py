"""Write the audit rubric v6 candidates (models/RESULTS.md, "Audit rubric v6"): audit_rubric.v4.toml with other
calibration features in one domain each (the v6 rule decides domain by domain).

usage (from the repository): python annotation/audit_v6_candidates/make_candidates.py annotation/audit_v6_candidates
"""
import re
import sys
import tomllib
from pathlib import Path

V4_PATH = Path("casenotes/data/audit_rubric.v4.toml")
V4 = V4_PATH.read_text(encoding="utf-8")
BODY = V4[V4.index('version = "audit_rubric.v4"'):]
V4F = {k: v["calibration_features"] for k, v in tomllib.loads(V4)["domains"].items()}
PP, NB, PS, CH = "perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"
VB, PA, CF, PT = "victim_blaming", "partnering", "child_focus", "perpetrator_pattern"
JOINT_CH = f"sum_p_{CF}&{PT}"


def plus(domain: str, *features: str) -> list[str]:
    """v4's features of ``domain`` with ``features`` added."""
    return [*V4F[domain], *features]


def without(domain: str, *features: str) -> list[str]:
    """v4's features of ``domain`` without ``features``."""
    return [f for f in V4F[domain] if f not in features]


C12 = [*without(CH, f"n_{CF}&{PT}"), JOINT_CH]
CANDS = {
    # child harm: the v5 round's lead, and what might add to it
    "d01_child_joint_sum": ("child harm's joint count (n_child_focus&perpetrator_pattern) replaced by the summed "
                            "joint probability sum_p_child_focus&perpetrator_pattern (v5's c12)", {CH: C12}),
    "d02_child_joint_sum_span": ("child harm as d01 plus span_child_focus (v5's c15 child harm)",
                                 {CH: [*C12, f"span_{CF}"]}),
    "d03_child_joint_sum_max": ("child harm as d01 plus max_p_child_focus&perpetrator_pattern (the clearest sentence "
                                "tying his behaviour to the child)", {CH: [*C12, f"max_p_{CF}&{PT}"]}),
    "d04_child_joint_sum_mean": ("child harm as d01 plus mean_p_child_focus (the share of the note's child-focus "
                                 "probability mass)", {CH: [*C12, f"mean_p_{CF}"]}),
    # non-blaming: blame adopted or refuted, and her strengths
    "d05_nb_mean_p": ("non-blaming: v4 plus mean_p_victim_blaming (the share of the note's blame probability mass)",
                      {NB: plus(NB, f"mean_p_{VB}")}),
    "d06_nb_max_p": ("non-blaming: v4 plus max_p_victim_blaming (its most blaming sentence)",
                     {NB: plus(NB, f"max_p_{VB}")}),
    "d07_nb_blame_his": ("non-blaming: v4 plus sum_p_victim_blaming&perpetrator_pattern (blame words in a sentence "
                         "about his behaviour: his minimisation named, not adopted)",
                         {NB: plus(NB, f"sum_p_{VB}&{PT}")}),
    "d08_nb_strengths_clear": ("non-blaming: v4 plus n_p80_partnering and sum_p_partnering (her protective actions, "
                               "clear and summed)", {NB: plus(NB, f"n_p80_{PA}", f"sum_p_{PA}")}),
    "d09_nb_mass": ("non-blaming: share_victim_blaming replaced by mean_p_victim_blaming and max_p_victim_blaming",
                    {NB: [*without(NB, f"share_{VB}"), f"mean_p_{VB}", f"max_p_{VB}"]}),
    # partnering: how much and how widely, with her or imposed
    "d10_ps_span": ("partnering: v4 plus span_partnering (partnering across the note)", {PS: plus(PS, f"span_{PA}")}),
    "d11_ps_possible": ("partnering: v4 plus n_p30_partnering (possible partnering sentences)",
                        {PS: plus(PS, f"n_p30_{PA}")}),
    "d12_ps_imposed": ("partnering: v4 plus sum_p_partnering&victim_blaming (a plan in a sentence that blames her: "
                       "imposed, not built with her)", {PS: plus(PS, f"sum_p_{PA}&{VB}")}),
    "d13_ps_mean_p": ("partnering: v4 plus mean_p_partnering and n_sentences (the share of the note's partnering "
                      "probability mass, and its length)", {PS: plus(PS, f"mean_p_{PA}", "n_sentences")}),
    # pattern: what separates 3 from 4
    "d14_pp_mean_p": ("pattern: v4 plus mean_p_perpetrator_pattern (the share of the note's pattern probability mass)",
                      {PP: plus(PP, f"mean_p_{PT}")}),
    "d15_pp_possible": ("pattern: v4 plus n_p30_perpetrator_pattern (possible pattern sentences)",
                        {PP: plus(PP, f"n_p30_{PT}")}),
    "d16_pp_minimisation": ("pattern: v4 plus sum_p_perpetrator_pattern&victim_blaming (his minimisation or blame of "
                            "her named in a sentence about his behaviour)", {PP: plus(PP, f"sum_p_{PT}&{VB}")}),
    # second batch, after the first sixteen's figures: the near misses combined
    "d17_nb_mass_strengths": ("non-blaming: d08 and d09 together (share_victim_blaming replaced by mean_p and max_p "
                              "of victim_blaming; n_p80_partnering and sum_p_partnering added)",
                              {NB: [*without(NB, f"share_{VB}"), f"mean_p_{VB}", f"max_p_{VB}", f"n_p80_{PA}",
                                    f"sum_p_{PA}"]}),
    "d18_nb_mass_his": ("non-blaming: d09 plus sum_p_victim_blaming&perpetrator_pattern (d07)",
                        {NB: [*without(NB, f"share_{VB}"), f"mean_p_{VB}", f"max_p_{VB}", f"sum_p_{VB}&{PT}"]}),
    "d19_nb_strengths_by_p": ("non-blaming: her strengths read by probability, not the model's label (n_partnering "
                              "replaced by n_p80_partnering and sum_p_partnering)",
                              {NB: [*without(NB, f"n_{PA}"), f"n_p80_{PA}", f"sum_p_{PA}"]}),
    "d20_nb_mean_strengths": ("non-blaming: d05 and d08 together (mean_p_victim_blaming, n_p80_partnering and "
                              "sum_p_partnering added)", {NB: plus(NB, f"mean_p_{VB}", f"n_p80_{PA}", f"sum_p_{PA}")}),
    "d21_ps_mean_imposed": ("partnering: d12 and d13 together (sum_p_partnering&victim_blaming, mean_p_partnering, "
                            "n_sentences)", {PS: plus(PS, f"sum_p_{PA}&{VB}", f"mean_p_{PA}", "n_sentences")}),
    "d22_ps_possible_mean": ("partnering: d11 and d13 together (n_p30_partnering, mean_p_partnering, n_sentences)",
                             {PS: plus(PS, f"n_p30_{PA}", f"mean_p_{PA}", "n_sentences")}),
    "d23_pp_possible_mean": ("pattern: d14 and d15 together (n_p30_ and mean_p_perpetrator_pattern)",
                             {PP: plus(PP, f"n_p30_{PT}", f"mean_p_{PT}")}),
    "d24_pp_child_joint_sum": ("pattern: v4 plus sum_p_perpetrator_pattern&child_focus (his behaviour tied to its "
                               "impact on the child, summed by probability: anchor 4, the c12 reading)",
                               {PP: plus(PP, f"sum_p_{PT}&{CF}")}),
}


def write(name: str, desc: str, changes: dict[str, list[str]], out: Path) -> None:
    """One candidate: v4's body with ``changes`` (domain -> calibration features) and a header saying so."""
    body = BODY.replace('version = "audit_rubric.v4"', f'version = "audit_rubric.v6-{name}"')
    for dom, feats in changes.items():
        pat = re.compile(r"(\[domains\.%s\]\n(?:.*\n)*?calibration_features = )\[.*?\]" % dom)
        listed = "[" + ", ".join(f'"{f}"' for f in feats) + "]"
        body, n = pat.subn(lambda m, listed=listed: m.group(1) + listed, body, count=1)
        if n != 1:
            raise SystemExit(f"no calibration_features for {dom}")
    head = (f"# {name}: {desc}.\n#\n# An audit rubric v6 candidate (issue #21, models/RESULTS.md \"Audit rubric v6\"): "
            "audit_rubric.v4.toml with\n# other calibration features in one domain; compared by "
            "annotation/audit_loso.py. Development data, not a shipped rubric.\n\n")
    (out / f"{name}.toml").write_text(head + body, encoding="utf-8")


if __name__ == "__main__":
    for cand, (text, domains) in CANDS.items():
        write(cand, text, domains, Path(sys.argv[1]))
