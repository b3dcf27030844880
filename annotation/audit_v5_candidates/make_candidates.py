"""Write the audit rubric v5 candidates (models/RESULTS.md, "Audit rubric v5"): audit_rubric.v4.toml with other
calibration features in perpetrator pattern and child harm. usage (from the repository): python
annotation/audit_v5_candidates/make_candidates.py annotation/audit_v5_candidates"""
import re
import sys
from pathlib import Path

V4 = Path("casenotes/data/audit_rubric.v4.toml").read_text()
BODY = V4[V4.index('version = "audit_rubric.v4"'):]
PP = "perpetrator_pattern"
CH = "child_harm_assessment"
V4F = {PP: ["n_p80_perpetrator_pattern", "max_p_perpetrator_pattern", "sum_p_perpetrator_pattern", "n_sentences", "n_p80_victim_blaming"],
       CH: ["n_p80_child_focus", "max_p_child_focus", "sum_p_child_focus", "n_child_focus&perpetrator_pattern", "n_sentences", "n_p80_victim_blaming"]}
OWN_PP = ["n_perpetrator_pattern", "share_perpetrator_pattern", "n_sentences", "n_victim_blaming"]
OWN_CH = ["n_child_focus", "share_child_focus", "n_child_focus&perpetrator_pattern", "n_sentences", "n_victim_blaming"]
CANDS = {
 "c01_own_labels": ("pattern and child harm read the model's own labels (n_, share_ at its thresholds) instead of probabilities (max_p, sum_p, n_p80)", {PP: OWN_PP, CH: OWN_CH}),
 "c02_own_labels_pattern": ("pattern only as c01", {PP: OWN_PP}),
 "c03_own_labels_child": ("child harm only as c01", {CH: OWN_CH}),
 "c04_fewer": ("pattern and child harm without max_p and sum_p (clear counts, length, clear blame; child harm keeps the joint count)", {PP: ["n_p80_perpetrator_pattern", "n_sentences", "n_p80_victim_blaming"], CH: ["n_p80_child_focus", "n_child_focus&perpetrator_pattern", "n_sentences", "n_p80_victim_blaming"]}),
 "c05_pattern_span": ("v4 plus span_perpetrator_pattern (pattern named across the note) in pattern", {PP: V4F[PP] + ["span_perpetrator_pattern"]}),
 "c06_pattern_joint": ("v4 plus n_perpetrator_pattern&child_focus (effect on the child tied to his behaviour) in pattern", {PP: V4F[PP] + ["n_perpetrator_pattern&child_focus"]}),
 "c07_child_any": ("v4 plus any_child_focus (a note with no child-focus sentence at the model's threshold: anchor 1) in child harm", {CH: V4F[CH] + ["any_child_focus"]}),
 "c08_child_span": ("v4 plus span_child_focus (children written about across the note) in child harm", {CH: V4F[CH] + ["span_child_focus"]}),
 "c09_own_span_any": ("c01 plus span_perpetrator_pattern in pattern and any_child_focus in child harm", {PP: OWN_PP + ["span_perpetrator_pattern"], CH: OWN_CH + ["any_child_focus"]}),
 "c10_mixed": ("pattern and child harm: model's own counts plus the clear counts (n_p80), no max_p or sum_p", {PP: ["n_perpetrator_pattern", "n_p80_perpetrator_pattern", "n_sentences", "n_p80_victim_blaming"], CH: ["n_child_focus", "n_p80_child_focus", "n_child_focus&perpetrator_pattern", "n_sentences", "n_p80_victim_blaming"]}),
 "c11_child_joint_max": ("v4 plus max_p_child_focus&perpetrator_pattern (the clearest sentence tying his behaviour to the child, by its lower probability) in child harm", {CH: V4F[CH] + ["max_p_child_focus&perpetrator_pattern"]}),
 "c12_child_joint_sum": ("child harm's joint count (n_child_focus&perpetrator_pattern) replaced by the summed joint probability sum_p_child_focus&perpetrator_pattern", {CH: [f for f in V4F[CH] if "&" not in f] + ["sum_p_child_focus&perpetrator_pattern"]}),
 "c13_pattern_joint_max": ("v4 plus max_p_perpetrator_pattern&child_focus (his behaviour tied to its effect on the child in one sentence) in pattern", {PP: V4F[PP] + ["max_p_perpetrator_pattern&child_focus"]}),
 "c14_own_counts_added": ("v4 plus the model's own counts (n_perpetrator_pattern in pattern, n_child_focus in child harm) beside the probabilities", {PP: V4F[PP] + ["n_perpetrator_pattern"], CH: V4F[CH] + ["n_child_focus"]}),
 "c15_combined": ("pattern: v4 plus span_perpetrator_pattern and n_perpetrator_pattern&child_focus (c05, c06); child harm: c12 plus span_child_focus (c08)", {PP: V4F[PP] + ["span_perpetrator_pattern", "n_perpetrator_pattern&child_focus"], CH: [f for f in V4F[CH] if "&" not in f] + ["sum_p_child_focus&perpetrator_pattern", "span_child_focus"]}),
}

def write(name, desc, changes, out):
    body = BODY.replace('version = "audit_rubric.v4"', f'version = "audit_rubric.v5-{name}"')
    for dom, feats in changes.items():
        pat = re.compile(r"(\[domains\.%s\]\n(?:.*\n)*?calibration_features = )\[.*?\]" % dom)
        listed = "[" + ", ".join(f'"{f}"' for f in feats) + "]"
        body, n = pat.subn(lambda m, listed=listed: m.group(1) + listed, body, count=1)
        if n != 1:
            raise SystemExit(f"no calibration_features for {dom}")
    head = f"# {name}: {desc}.\n#\n# An audit rubric v5 candidate (issue #21, models/RESULTS.md \"Audit rubric v5\"): audit_rubric.v4.toml with\n# other calibration features; compared by annotation/audit_loso.py. Development data, not a shipped rubric.\n\n"
    Path(out, name + ".toml").write_text(head + body)

if __name__ == "__main__":
    for name, (desc, ch) in CANDS.items():
        write(name, desc, ch, sys.argv[1])
