"""Transparent rules backend: lexicon and token patterns from a data file, with ConText negation/hypotheticals.

Each rule adds its weight to its label's log-odds when it matches outside a context that cancels it; the
probability is ``sigmoid(bias + sum of weights)``. Everything a researcher would tune (patterns, weights,
which contexts cancel a rule) lives in ``casenotes/data/rules.v1.jsonl``; the code only applies it.
"""

from __future__ import annotations

import json
import warnings
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from casenotes.classify.base import Evidence, Sentence, SentenceClassifier, fit_labels, sigmoid
from casenotes.classify.output import Classified
from casenotes.classify.registry import BACKENDS
from casenotes.data import resolve, sha256
from casenotes.errors import CasenotesWarning, RuleFileError
from casenotes.nlp.components import ContextComponent, context_flags
from casenotes.schemas import LABELS

RULE_KEYS = {"id", "label", "weight", "phrases", "pattern", "context", "examples", "counter_examples", "note"}
CONTEXT_ACTIONS = {"ignore", "keep"}
DEFAULT_CONTEXT = {"is_negated": "ignore", "is_hypothetical": "ignore", "is_historical": "keep",
                   "is_reported": "keep"}
_DEFAULTS = BACKENDS["rules.v1"].defaults


def load_rules(path: str | Path = "default") -> tuple[list[dict[str, Any]], Path]:
    """Read and validate a rules JSONL file (one rule per line; blank lines and ``//`` comments allowed).

    Warns (CasenotesWarning) when the file holds no rules (W001), or no rule for some label (W002): valid, but
    the classifier then never gives that label.
    """
    file = resolve(path, "rules.v1.jsonl")
    rules, seen = [], set()
    for lineno, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            rule = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RuleFileError(f"[E060] {file.name} line {lineno}: not valid JSON ({exc.msg}).") from None
        rid = rule.get("id", "?")
        unknown = set(rule) - RULE_KEYS
        if unknown:
            raise RuleFileError(f"[E061] {file.name} line {lineno} ({rid}): unknown key(s) {sorted(unknown)}; "
                                f"allowed {sorted(RULE_KEYS)}.")
        if rule.get("label") not in LABELS:
            raise RuleFileError(f"[E062] {file.name} line {lineno} ({rid}): label '{rule.get('label')}' is not "
                                f"one of {list(LABELS)}.")
        if not ("phrases" in rule) ^ ("pattern" in rule):
            raise RuleFileError(f"[E063] {file.name} line {lineno} ({rid}): give exactly one of 'phrases' or 'pattern'.")
        if rid in seen or rid == "?":
            raise RuleFileError(f"[E064] {file.name} line {lineno}: rule id '{rid}' is missing or repeated.")
        ctx = rule.get("context", {})
        if set(ctx) - set(DEFAULT_CONTEXT) or set(ctx.values()) - CONTEXT_ACTIONS:
            raise RuleFileError(f"[E065] {file.name} line {lineno} ({rid}): context {ctx}; keys from "
                                f"{sorted(DEFAULT_CONTEXT)} with values {sorted(CONTEXT_ACTIONS)}.")
        if not isinstance(rule.get("weight"), (int, float)):
            raise RuleFileError(f"[E066] {file.name} line {lineno} ({rid}): 'weight' must be a number.")
        seen.add(rid)
        rules.append(rule)
    if not rules:
        warnings.warn(f"[W001] {file.name} holds no rules: the rules classifier will give no label.",
                      CasenotesWarning, stacklevel=2)
    elif unmatched := [label for label in LABELS if label not in {r["label"] for r in rules}]:
        warnings.warn(f"[W002] {file.name} has no rule for {unmatched}: the rules classifier will never give "
                      f"{'it' if len(unmatched) == 1 else 'them'}.", CasenotesWarning, stacklevel=2)
    return rules, file


class RulesClassifier(SentenceClassifier):
    """Rules backend (``rules.v1``).

    Args:
        rules: ``"default"`` or a path to a rules JSONL file.
        bias: log-odds of a label when no rule fires.
        threshold: decision threshold applied to every label.
    """

    def __init__(self, *, rules: str = _DEFAULTS["rules"], bias: float = _DEFAULTS["bias"],
                 threshold: float = _DEFAULTS["threshold"]) -> None:
        self.rules = rules
        self.bias = bias
        self.threshold = threshold

    def fit(self, X: Sequence[Sentence] | None = None, Y: np.ndarray | None = None, *,
            labels: Sequence[str] | None = None) -> "RulesClassifier":
        """Read and compile the rules (nothing is learned from X and Y: the rules are the model). The model
        predicts ``labels`` (default: the project's LABELS); a rule for another label counts for none."""
        from casenotes.nlp import build_nlp

        names = fit_labels(labels)
        self.rules_, self.rules_path_ = load_rules(self.rules)
        self.nlp_ = build_nlp()
        self._compile(self.nlp_)
        self.labels_ = names
        self.thresholds_ = {label: float(self.threshold) for label in names}
        return self

    def _compile(self, nlp: Language) -> None:
        self._phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._patterns = Matcher(nlp.vocab, validate=True)
        for i, rule in enumerate(self.rules_):
            key = str(i)
            if "phrases" in rule:
                self._phrases.add(key, [nlp.make_doc(p) for p in rule["phrases"]])
            else:
                try:
                    self._patterns.add(key, [rule["pattern"]])
                except ValueError as exc:
                    raise RuleFileError(f"[E067] {self.rules_path_.name} rule {rule['id']}: bad token pattern "
                                        f"({str(exc).splitlines()[0][:160]}).") from None
        context = self.nlp_.get_pipe("casenotes_context")
        assert isinstance(context, ContextComponent), "the pipeline's ConText step is ours"
        self._category_flags = context.ruleset.category_flags

    def _docs(self, X: Sequence[Sentence]) -> list[Span | Doc]:
        """Sentences as processed spans; strings are run through the pipeline here."""
        strings = [i for i, x in enumerate(X) if isinstance(x, str)]
        out: list[Any] = list(X)
        for i, doc in zip(strings, self.nlp_.pipe([x for x in X if isinstance(x, str)], batch_size=256)):
            out[i] = doc
        return out

    def _matches(self, X: Sequence[Sentence]) -> list[list[tuple[dict[str, Any], int, int, Span | Doc]]]:
        """Per sentence, the rules that fire: (rule, token start, token end, sentence)."""
        self._check_fitted()
        sents = self._docs(X)
        per_doc: dict[int, list[tuple[int, int, int]]] = {}
        out = []
        for sent in sents:
            doc = sent if isinstance(sent, Doc) else sent.doc
            if id(doc) not in per_doc:
                # match ids are rule indexes interned in the model's own vocab, which may not be the doc's
                strings = self.nlp_.vocab.strings
                found = [(int(strings[m]), s, e) for m, s, e in self._phrases(doc)]
                if len(self._patterns):
                    found += [(int(strings[m]), s, e) for m, s, e in self._patterns(doc)]
                per_doc[id(doc)] = found
            lo, hi = (0, len(doc)) if isinstance(sent, Doc) else (sent.start, sent.end)
            fired = []
            for idx, s, e in per_doc[id(doc)]:
                if s < lo or e > hi:
                    continue
                rule = self.rules_[idx]
                flags = context_flags(doc, s, e, self._category_flags)
                actions = {**DEFAULT_CONTEXT, **rule.get("context", {})}
                if any(flags.get(flag) and actions.get(flag) == "ignore" for flag in actions):
                    continue
                fired.append((rule, s, e, sent))
            out.append(fired)
        return out

    def _proba_and_evidence(self, X: Sequence[Sentence]) -> tuple[np.ndarray, list[list[Evidence]]]:
        fired_all = self._matches(X)
        log_odds = np.zeros((len(X), len(self.labels_)))
        evidence: list[list[Evidence]] = []
        col = {label: j for j, label in enumerate(self.labels_)}
        for i, fired in enumerate(fired_all):
            logits: defaultdict[str, float] = defaultdict(float)
            used: dict[str, set[str]] = defaultdict(set)
            ev: list[Evidence] = []
            for rule, s, e, sent in fired:
                # one rule counts once per sentence, however often it matches
                if rule["id"] in used[rule["label"]]:
                    continue
                used[rule["label"]].add(rule["id"])
                logits[rule["label"]] += float(rule["weight"])
                if rule["weight"] > 0:
                    doc = sent if isinstance(sent, Doc) else sent.doc
                    base = 0 if isinstance(sent, Doc) else sent.start_char
                    span = doc[s:e]
                    ev.append({"label": rule["label"], "start": span.start_char - base,
                               "end": span.end_char - base, "text": span.text, "rule": rule["id"]})
            for label, j in col.items():
                log_odds[i, j] = logits[label]
            evidence.append(ev)
        return sigmoid(self.bias + log_odds), evidence

    def predict_proba(self, X: Sequence[Sentence]) -> np.ndarray:
        return self._proba_and_evidence(X)[0]

    def evidence(self, X: Sequence[Sentence]) -> list[list[Evidence]]:
        return self._proba_and_evidence(X)[1]

    def classify_batch(self, X: Sequence[Sentence]) -> Classified:
        return self._classified(*self._proba_and_evidence(X))

    def describe(self) -> str:
        """What the rules are and how they decide (for the model card)."""
        self._check_fitted()
        counts = ", ".join(f"{label} {sum(r['label'] == label for r in self.rules_)}" for label in self.labels_)
        return ("Transparent rules: lexicon phrases and spaCy token patterns (using family roles from the role "
                "tagger) from `casenotes/data/rules.v1.jsonl`, copied here as `rules.jsonl`. Each rule adds its "
                f"weight to its label's log-odds; probability = sigmoid({self.bias} + sum of weights). Matches in "
                f"a negation or hypothetical scope (ConText rules) are ignored unless the rule keeps them. Rules per "
                f"label: {counts}.")

    def _save_files(self, path: Path) -> dict[str, str]:
        target = path / "rules.jsonl"
        target.write_text(self.rules_path_.read_text(encoding="utf-8"), encoding="utf-8")
        return {"rules.jsonl": sha256(target)}

    def _load_files(self, path: Path, meta: dict[str, Any]) -> None:
        self.rules = str(path / "rules.jsonl")
        self.fit(labels=meta["labels"]).thresholds_ = dict(meta["thresholds"])
