"""Assemble the hand-written batches and the hand-entered scores into JSONL (no text generation here)."""
import json, sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import batch1, batch2, batch3, batch4, scores1, scores2, scores3, scores4
N = batch1.N + batch2.N + batch3.N + batch4.N
S = scores1.S + scores2.S + scores3.S + scores4.S
assert len(N) == len(S)
D = ["perpetrator_pattern", "non_blaming_strengths", "partnering_safety", "child_harm_assessment"]
out = pathlib.Path(__file__).parent.parent
with open(out / "notes.jsonl", "w", encoding="utf-8") as f:
    for i, (voice, style, text) in enumerate(N, 1):
        f.write(json.dumps({"note_id": f"aw3-{i:04d}", "voice": voice, "style": style, "text": text}, ensure_ascii=False) + "\n")
with open(out / "scores_aw3.jsonl", "w", encoding="utf-8") as f:
    for i, s in enumerate(S, 1):
        f.write(json.dumps({"note_id": f"aw3-{i:04d}", "scorer": "aw3",
                            "scores": dict(zip(D, s[:4])), "reasons": dict(zip(D, s[4:]))}, ensure_ascii=False) + "\n")
