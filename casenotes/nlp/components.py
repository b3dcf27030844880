"""spaCy components for case notes, registered by name (see pyproject's ``spacy_factories`` entry points).

- ``casenotes_sentences``: sentence boundaries for case-note text (newlines, bullets, missing stops).
- ``casenotes_roles``: family roles (NAP, PCH, CHILD, PRACTITIONER) into ``doc.spans["roles"]`` and
  ``token._.role``, so rule patterns can ask for ``{"_": {"role": "PCH"}}``.
- ``casenotes_context``: ConText modifiers into ``doc.spans["context"]`` with their scopes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from casenotes.data import read_rule_yaml
from casenotes.errors import RuleFileError
from casenotes.nlp.context import ContextMatcher, load_context_rules
from casenotes.schemas import ROLES

_TERMINAL = {".", "!", "?", "...", "…", "!!", "??", "?!"}
_CLOSERS = {'"', "'", ")", "]", "”", "’"}
_BULLETS = {"-", "•", "*", "–", "—", "·", "o", ">"}
_NOT_AGENT = {"was", "were", "been", "by", "said", "says", "reports", "reported", "told", "disclosed", "states",
              "stated", "alleges", "alleged", "that"}
_NUMBERED = re.compile(r"^(\d{1,2}|[a-z])[.)]$")

if not Span.has_extension("scope"):
    Span.set_extension("scope", default=None)
for _flag in ("is_negated", "is_hypothetical", "is_historical", "is_reported"):
    if not Span.has_extension(_flag):
        Span.set_extension(_flag, default=False)
if not Token.has_extension("role"):
    Token.set_extension("role", default=None)
if not Doc.has_extension("role_hints"):
    Doc.set_extension("role_hints", default=None)


# what a token is to the splitter, as bits: its string decides it (and so do IS_PUNCT and IS_SPACE, which spaCy
# derives from the string), so it is worked out once per distinct token string
_STOP = 1  # terminal punctuation: a sentence may end here
_RUN = 2  # closing quote/bracket or terminal: stays with the sentence it ends
_SPACE = 4
_NEWLINE = 8  # a whitespace token holding a line break
_BULLET = 16  # a bullet or list number ("-", "1.", "a)")
_DOT = 32
_NUMBER = 64  # a list number once a full stop is added ("1", "a")
_KIND_CACHE_LIMIT = 200_000


class SentenceSplitter:
    """Rule-based sentence boundaries that cope with case-note text.

    Abbreviations ("Mr.", "S.47", "approx.") are tokenizer special cases, so their stops never reach this
    component. Boundaries are set after terminal punctuation (and any closing quotes/brackets), at line breaks
    (notes often lack full stops) and before bullet markers at the start of a line.
    """

    def __init__(self) -> None:
        self._kinds: dict[int, int] = {}

    def _kind(self, lex: Any) -> int:
        tok = lex.orth_
        stop = tok in _TERMINAL or (lex.is_punct and tok.endswith((".", "!", "?")) and len(tok) <= 3)
        return (_STOP * stop + _RUN * (tok in _CLOSERS or tok in _TERMINAL) + _SPACE * lex.is_space
                + _NEWLINE * (lex.is_space and "\n" in tok) + _BULLET * (tok in _BULLETS or bool(_NUMBERED.match(tok)))
                + _DOT * (tok == ".") + _NUMBER * bool(_NUMBERED.match(tok + ".")))

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        # each token's kind from its string's id (C-level lookups); only the few tokens that can end a sentence
        # or a line are then visited in Python, rather than every token
        orths = doc.to_array(ORTH).tolist()
        if len(self._kinds) > _KIND_CACHE_LIMIT:
            self._kinds.clear()
        for orth in set(orths).difference(self._kinds):
            self._kinds[orth] = self._kind(doc.vocab[orth])
        kinds = list(map(self._kinds.__getitem__, orths))
        starts = [0]
        resume = 0  # tokens before this were taken up by a terminal run
        for i in numpy.flatnonzero(numpy.array(kinds) & (_STOP | _NEWLINE)).tolist():
            if i < resume:
                continue
            kind = kinds[i]
            if kind & _STOP and not self._list_number(kinds, i):
                j = i + 1
                while j < n and kinds[j] & _RUN:
                    j += 1
                starts.append(j)
                resume = j
            elif kind & _NEWLINE:
                j = i + 1
                while j < n and kinds[j] & _SPACE:
                    j += 1
                starts.append(j)
                if i + 1 < n and kinds[i + 1] & _BULLET:  # a bullet or list number starting the next line
                    starts.append(i + 1)
        # one array write instead of a setter per token; -1 ("not a start") wraps in uint64 as spaCy's to_array does
        flags = numpy.full(n + 1, -1, dtype="int64")
        flags[starts] = 1
        doc.from_array([SENT_START], flags[:n].astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]  # thinc's Ints2d
        return doc

    @staticmethod
    def _list_number(kinds: list[int], i: int) -> bool:
        """Is the stop at ``i`` part of a list marker such as "1." or "a." at the start of a line?"""
        if i == 0 or not kinds[i] & _DOT or not kinds[i - 1] & _NUMBER:
            return False
        return i == 1 or bool(kinds[i - 2] & _NEWLINE)


@Language.factory("casenotes_sentences", assigns=["token.is_sent_start"])
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    """Build the case-note sentence splitter (no configuration: its abbreviations live in the tokenizer)."""
    return SentenceSplitter()


def load_abbreviations(path: str | Path = "default") -> list[str]:
    """Read the abbreviation list and expand case variants (``mr.`` -> ``mr.``, ``Mr.``, ``MR.``)."""
    file, raw = read_rule_yaml(path, "abbreviations.v1.yaml", "E045")
    out: set[str] = set()
    for abbr in raw.get("abbreviations", []):
        abbr = str(abbr)
        if not abbr.endswith("."):
            raise RuleFileError(f"[E045] {file.name}: abbreviation '{abbr}' must end with a full stop.")
        out.update({abbr, abbr.lower(), abbr.capitalize(), abbr.upper()})
    return sorted(out)


class RoleTagger:
    """Tag mentions of family roles and resolve parents to NAP or PCH within each note.

    A parent whose role the lexicon does not settle (``mum``, ``F``, a name from the people table with role
    PARENT) becomes PCH when the note makes them the agent of an abuse verb and NAP when another parent is the
    PCH; otherwise it stays PARENT. Role hints supplied with the doc (``doc._.role_hints``: {lower-case name:
    role}) come from the people table and take precedence.
    """

    def __init__(self, nlp: Language, *, lexicon: str = "default") -> None:
        self.lexicon_path, raw = read_rule_yaml(lexicon, "roles.v1.yaml", "E046")
        self.terms: list[dict[str, Any]] = raw.get("terms", [])
        self.abuse_verbs: set[str] = set(raw.get("abuse_verbs", []))
        self._phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._patterns = Matcher(nlp.vocab)
        for term in self.terms:
            role = term.get("role")
            if role not in ROLES or "id" not in term:
                raise RuleFileError(f"[E046] {self.lexicon_path.name}: term {term.get('id', '?')} has role "
                                    f"'{role}'; expected one of {list(ROLES)}.")
            key = f"{role}|{term.get('relation', '')}|{term['id']}"
            if "pattern" in term:
                self._patterns.add(key, [term["pattern"]])
            for phrase in term.get("phrases", []):
                self._phrases.add(key, [nlp.make_doc(str(phrase))])

    def __call__(self, doc: Doc) -> Doc:
        raw = list(self._phrases(doc)) + (list(self._patterns(doc)) if len(self._patterns) else [])
        found: list[tuple[int, int, str, str]] = []
        for match_id, start, end in raw:
            role, relation, _ = doc.vocab.strings[match_id].split("|", 2)
            if relation == "named":  # "Mr Okafor": each named adult is their own relation
                relation = doc[start:end].text.lower()
            found.append((start, end, role, relation))
        hints = doc._.role_hints or {}
        if hints:
            for tok in doc:
                hint = hints.get(tok.lower_)
                if hint in ROLES:
                    found.append((tok.i, tok.i + 1, hint, tok.lower_))
        found = self._longest(found)
        found = [f for f in found if not self._single_letter_false_hit(doc, f)]
        resolved = self._resolve(doc, found)
        doc.spans["roles"] = [Span(doc, s, e, label=r) for s, e, r, _ in resolved]
        for s, e, r, _ in resolved:
            for tok in doc[s:e]:
                tok._.role = r
        return doc

    @staticmethod
    def _longest(found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        out, end = [], -1
        for f in found:
            if f[0] >= end:
                out.append(f)
                end = f[1]
        return out

    @staticmethod
    def _single_letter_false_hit(doc: Doc, f: tuple[int, int, str, str]) -> bool:
        """'M'/'F'/'I' are roles only as capitals ('F said'), not 'a' 'm' in 'I'm' or 'f' in lists."""
        start, end, _, _ = f
        text = doc[start:end].text
        return end - start == 1 and len(text) == 1 and not text.isupper()

    def _agent_of_abuse(self, doc: Doc, start: int, end: int, mentions: set[int]) -> bool:
        """Is the mention at ``start:end`` the subject of an abuse verb within the next few tokens?"""
        sent_end = doc[start].sent.end
        for tok in doc[end:min(end + 4, sent_end)]:
            if tok.i in mentions or tok.lower_ in _NOT_AGENT or tok.is_punct:
                return False
            if tok.lemma_.lower() in self.abuse_verbs or tok.lower_ in self.abuse_verbs:
                return True
        # passive: "<abuse verb> by <parent>"
        if start >= 2 and doc[start - 1].lower_ == "by":
            prev = doc[start - 2]
            return prev.lemma_.lower() in self.abuse_verbs or prev.lower_.rstrip("ed") in self.abuse_verbs
        return False

    def _resolve(self, doc: Doc, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        mentions = {i for s, e, _, _ in found for i in range(s, e)}
        pch_relations = {rel for s, e, role, rel in found
                         if role == "PARENT" and self._agent_of_abuse(doc, s, e, mentions)}
        if not pch_relations:
            return found
        out = []
        for s, e, role, rel in found:
            if role == "PARENT":
                role = "PCH" if rel in pch_relations else "NAP"
            out.append((s, e, role, rel))
        return out


@Language.factory("casenotes_roles", assigns=["doc.spans"], default_config={"lexicon": "default"})
def make_role_tagger(nlp: Language, name: str, lexicon: str) -> RoleTagger:
    """Build the family-role tagger.

    Args:
        lexicon (str): ``"default"`` or a path to a roles YAML file.
    """
    return RoleTagger(nlp, lexicon=lexicon)


class ContextComponent:
    """Add ConText modifiers to ``doc.spans["context"]``; use :func:`context_flags` to query a span."""

    def __init__(self, nlp: Language, *, rules: str = "default", max_scope: int = 8) -> None:
        self.ruleset = load_context_rules(rules)
        self.matcher = ContextMatcher(nlp.vocab, self.ruleset, max_scope=max_scope)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["context"] = self.matcher.modifiers(doc)
        return doc


@Language.factory("casenotes_context", assigns=["doc.spans"], default_config={"rules": "default", "max_scope": 8})
def make_context(nlp: Language, name: str, rules: str, max_scope: int) -> ContextComponent:
    """Build the ConText component.

    Args:
        rules (str): ``"default"`` or a path to a ConText rules JSON file.
        max_scope (int): tokens a modifier governs when its rule sets no ``max_scope``.
    """
    return ContextComponent(nlp, rules=rules, max_scope=max_scope)


def context_flags(doc: Doc, start: int, end: int, category_flags: dict[str, str]) -> dict[str, bool]:
    """Which context flags (``is_negated``, ...) apply to tokens ``start:end`` of ``doc``."""
    flags = {flag: False for flag in category_flags.values()}
    for mod in doc.spans.get("context", []):
        lo, hi = mod._.scope
        if mod.start <= start < mod.end:
            continue
        if lo <= start < hi and not (mod.start < end and start < mod.end):
            flag = category_flags.get(mod.label_)
            if flag:
                flags[flag] = True
    return flags
