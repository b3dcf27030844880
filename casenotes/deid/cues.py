"""Name cues around the name finder: initials and the words after them, single-capital surnames, particles, and the
tests of whether a run of name words is a person's (a title before it, a lower-case name before a person's verb, a
plain word) rather than a word.

Moved out of ``pseudonymise`` in round 29 unchanged (round 28 added most of them); the stage calls them from
``Pseudonymiser._spans``.
"""

from __future__ import annotations

import re

import numpy as np

from casenotes.deid.lexicon import COMMON, UNKNOWN, Lexicon, common_word, word_like
from casenotes.deid.people import CaseNames
from casenotes.deid.spans import _overlaps
from casenotes.deid.text import Words, shape

RARE_LOWER = -14.0


def _capitalised_or_rare(w: Words, i: int, lexicon: Lexicon) -> bool:
    """Whether word ``i`` is written capitalised, or is rare in lower case (so it is the name, not the word)."""
    return not w.forms[i].islower() or lexicon.frequencies([w.folded[i]])[0, 0] < RARE_LOWER


_LETTERS = "ABCDEFGHJKLMNPRSTW"
"""Letters initials are replaced with (the commoner initials of English names)."""


_PARTICLES = frozenset({"o", "mac", "mc", "ni", "nic", "ui", "de", "da", "di", "do", "dos", "das", "du", "der",
                        "den", "del", "della", "van", "von", "ter", "ten", "le", "la", "al", "el", "bin", "binti",
                        "bint", "ibn", "ap", "st"})


MAX_PARTICLES = 2
"""Particles a surname may start with ("van der Berg", "de la Cruz")."""


def _particle_start(w: Words, i: int, spans: list[tuple[int, int, str | None]]) -> int:
    """Where a surname starts with the particles written before it ("Ó Súilleabháin", "van der Berg", "Ni
    Bhriain", "da Silva"): in lower case before any surname, capitalised only before a capitalised one; a
    particle already replaced (as a word of the people table, "DOS SANTOS") is left to that."""
    start = i
    while start > 0 and i - start < MAX_PARTICLES and w.folded[start - 1] in _PARTICLES and w.gap(start) == " " \
            and (w.forms[start - 1].islower() or w.forms[i][:1].isupper()) \
            and not _overlaps(spans, w.starts[start - 1], w.ends[start - 1]):
        start -= 1
    return w.starts[start]


def _lower_person(w: Words, i: int, lexicon: Lexicon) -> bool:
    """Whether a people-table given name written in lower case that is also a word is the person (round 28): before
    a person's verb that does not follow things as often ("pat didnt let her in", "jack went to the meeting"; not
    "is", "was", "will": ``weak_person_verbs``), not after an article ("the mark went"); or alone in brackets after
    a family word ("mum (grace - ...", "nan (pat)")."""
    before = w.folded[i - 1] if i > 0 else ""
    if before in lexicon.cues and w.gap(i).strip() == "(" and w.forms[i - 1].isalpha():
        return True
    if i + 1 >= len(w) or w.gap(i + 1) != " " or before in _ARTICLES:
        return False
    after = w.folded[i + 1]
    return after in lexicon.person_verbs and after not in lexicon.weak_person_verbs


def _plain_word(w: Words, run: list[int], freq: np.ndarray, lexicon: Lexicon, known: frozenset[str],
                names: CaseNames | None) -> bool:
    """Whether a single capitalised word the name finder took for a person is rather a common English word ("Frank
    discussion", "Grace under pressure", "Will use the office"): common in lower case, named by no people table,
    with no name cue (a title or a cue word before it, a possessive, a capitalised word before it) and followed by a
    lower-case word that is not a person's verb (``person_verbs``, or any word in -ed: "Grace said", "Con
    arrested")."""
    i = run[0]
    if len(run) != 1 or len(w.forms[i]) < 3 or not w.forms[i].istitle() or freq[i, 0] <= COMMON or w.folded[i] in known \
            or (names is not None and w.folded[i] in names.words) \
            or w.possessive[i] or i + 1 >= len(w) or w.gap(i + 1) != " " or not w.forms[i + 1].islower():
        return False
    after, before = w.folded[i + 1], w.folded[i - 1] if i > 0 else ""
    if after in lexicon.person_verbs or after.endswith("ed"):
        return False  # "Grace said", "Sue will", "Con arrested"
    return before not in lexicon.titles and before not in lexicon.cues and not (i > 0 and w.forms[i - 1].istitle()
                                                                                and w.gap(i) == " ")


def _title(w: Words, i: int, lexicon: Lexicon) -> bool:
    """Whether word ``i`` is a title written before a capitalised name ("Pastor Olu", "Qari Abdul Wahid") or after
    an article as a role ("the Imam has been asked"), not itself a surname after a title ("Mrs Bishop")."""
    if w.folded[i] not in lexicon.titles or (i > 0 and w.folded[i - 1] in lexicon.titles):
        return False
    return (i > 0 and w.folded[i - 1] in _ARTICLES and w.gap(i) == " ") or (
        i + 1 < len(w) and w.gap(i + 1) in (" ", ". ") and w.forms[i + 1][:1].isupper())


_ARTICLES = frozenset({"the", "a", "an", "their", "his", "her", "our", "its"})
"""Words before a title that make it a role ("the Imam", "their Pastor"), not a name."""


_APOSTROPHE_INITIAL = re.compile(r"[A-Z]['’][A-Z]\.?\Z")
"""An initialled surname with an apostrophe ("O'D" for O'Donnell)."""


def _lone_letters(w: Words, lexicon: Lexicon) -> set[int]:
    """Capital letters standing alone for people: not the article, the pronoun or M/F shorthand, not labels ("Plan
    B", "Q&A", "B)"), not in text written in capitals; and the initial of a surname with an apostrophe straight
    after an initial and a full stop ("R.O'D", "K. O'N"; round 26)."""
    out = set()
    n = len(w)
    for i, form in enumerate(w.forms):
        if _APOSTROPHE_INITIAL.match(form) and i > 0 and w.gap(i).strip() == "." and len(w.forms[i - 1]) == 1 \
                and w.forms[i - 1].isupper():
            out.add(i)
            continue
        if len(form) != 1 or not form.isupper() or w.folded[i] in lexicon.letters_not_names \
                or _dotted_run(w, i) in lexicon.dotted_words:  # "N.I.", "D.O.B."
            continue
        after, before = w.gap(i + 1), w.gap(i)
        if after.startswith(("&", ")", "/", "-", "'", "’")) or before.endswith(("&", "/", "-")) \
                or (i > 0 and w.folded[i - 1] in lexicon.letter_labels):
            continue
        neighbours = [w.forms[j] for j in (i - 1, i + 1) if 0 <= j < n and len(w.forms[j]) > 1]
        if neighbours and all(f.isupper() for f in neighbours):
            continue  # "HOME VISIT A" and the like: capitals everywhere
        out.add(i)
    return out | _cued_initials(w, lexicon)


_SIGN_OFF_BEFORE = re.compile(r"[.!?|:\n–—-]\s*\Z")
"""What may stand before a sign-off's initials (besides the text's start): a line break, a sentence's end, a bar or a
dash."""


def _cued_initials(w: Words, lexicon: Lexicon) -> set[int]:
    """Capital initials (two or three capitals) that the note makes a person (round 28): two alone in brackets after a
    role or a time, or with a role there ("DSL (AW)", "at 09:20 (HS)", "Action (SP, DSL):"; not after a name, where
    they are the person's role: "Laura (MW)"), not the letters of the capitalised words before them ("Early
    Help Assessment (EHA)"); signing the note off, with only roles, titles, dates or times after them to its end ("...
    for info. KM", "| NB 12/06/24", "– MB, EDT"); or before a role in brackets ("TC (stepfather)", "AHB (duty)").
    Never a practitioner's or a service's abbreviation (``not_names``, ``titles``, ``dotted_words``: GP, SW, DSL,
    MASH, CIN, ...) nor initials that are an English word (CO, TO, IS)."""
    out = set()
    n = len(w)
    for i, form in enumerate(w.forms):
        f = w.folded[i]
        if not 2 <= len(form) <= 3 or not form.isupper() or not form.isalpha() or f in lexicon.not_names \
                or f in lexicon.titles or f in lexicon.dotted_words or f in lexicon.initials_words:
            continue
        before, after = w.gap(i), w.gap(i + 1) if i + 1 < n else ""
        rest = range(i + 1, n)
        opened = before.rstrip().endswith("(")
        if opened and after == ", " and i + 1 < n and _role(w, i + 1, lexicon) and w.gap(i + 2).startswith(")") \
                and not _acronym(w, i):
            out.add(i)  # "Action (SP, DSL):"
        elif opened and after.startswith(")") and len(form) == 2 and i > 0 and (
                _role(w, i - 1, lexicon) or w.forms[i - 1].isdigit()) and not _acronym(w, i):
            out.add(i)  # "DSL (AW)", "at 09:20 (HS)"; not "Laura (MW)", "Room 4, ... (HMO)"
        elif opened and i > 0 and (w.folded[i - 1] in lexicon.initials_roles or w.folded[i - 1] in lexicon.titles) \
                and after.startswith(")") and not _acronym(w, i):
            out.add(i)
        elif (i == 0 or (_SIGN_OFF_BEFORE.search(before) and not _after_name_line(w, i))) and all(_role(w, j, lexicon) or w.forms[j].isdigit() for j in rest):
            out.add(i)
        elif after.strip() == "(" and i + 1 < n and _role(w, i + 1, lexicon) and w.gap(i + 2).startswith(")"):
            out.add(i)
    return out


def _after_name_line(w: Words, i: int) -> bool:
    """Whether word ``i`` starts a line straight after a line ending in a capitalised word (a signature's name, the
    role's letters below it: "Alison Prowse\nUWO | 01632 ...")."""
    gap = w.gap(i)
    return i > 0 and "\n" in gap and not any(c in gap for c in ".!?|:–—-") and w.forms[i - 1][:1].isupper()


def _role(w: Words, i: int, lexicon: Lexicon) -> bool:
    """Whether word ``i`` names a role or a team rather than anyone (after initials: "(stepfather)", "EDT", "Duty")."""
    f = w.folded[i]
    return f in lexicon.initials_roles or f in lexicon.titles or (f in lexicon.not_names and not f.isdigit())


def _acronym(w: Words, i: int) -> bool:
    """Whether capitals in brackets are the first letters of the capitalised words straight before them ("Early Help
    Assessment (EHA)", "Child in Need (CIN)": small words may be left out)."""
    letters = w.folded[i]
    firsts = [w.folded[j][0] for j in range(max(0, i - 6), i) if w.forms[j][:1].isupper()]
    return len(firsts) >= len(letters) and "".join(firsts[-len(letters):]) == letters


def _dotted_run(w: Words, i: int) -> str:
    """The single letters joined by full stops around word ``i`` ("N.I." -> "ni"); one letter alone gives ""."""
    start, end = i, i
    while start > 0 and len(w.forms[start - 1]) == 1 and w.gap(start) == ".":
        start -= 1
    while end + 1 < len(w) and len(w.forms[end + 1]) == 1 and w.gap(end + 1) == ".":
        end += 1
    return "".join(w.folded[start:end + 1]) if end > start else ""


def _extend_runs(w: Words, names: list[int], surnames: set[int], matched: set[int], freq: np.ndarray,
                 lexicon: Lexicon) -> list[int]:
    """Add to the words taken for names their neighbours written the same way that can only be names too: a
    surname after a detected first name, a first name before a detected surname ("joanna mazur", "Chun Kit"),
    a capitalised first name before a people-table surname ("Favour OKAFOR": a sibling missing from the table)."""
    found = set(names)
    for i in sorted(found | surnames):
        # an initial before a name ("J Whitfield", "M. Dearden"); a surname in capitals before ", Forename"
        before = i - 1
        if before >= 0 and before not in matched and before not in found and len(w.forms[i]) > 1:
            gap = w.gap(i)
            if len(w.forms[before]) == 1 and w.forms[before].isupper() and gap in (" ", ". "):
                found.add(before)
            elif shape(w.forms[before]) == "XX" and gap == ", " and shape(w.forms[i]) == "Xx" \
                    and w.folded[before] not in lexicon.not_names:
                found.add(before)
        for j in (i - 1, i + 1):
            if not 0 <= j < len(w) or j in found or j in matched or w.gap(max(i, j)) not in (" ", ". "):
                continue
            form, other = w.forms[j], w.forms[i]
            if j == i + 1 and len(other) == 1 and i > 0 and w.folded[i - 1] in lexicon.titles \
                    and shape(form) in ("Xx", "XX") and w.folded[j] not in lexicon.not_names:
                found.add(j)  # "Mrs T Harrow", "DS R. Pound": after a title and an initial, a surname, whatever else
                continue  # it names (round 23: the initial's full stop too)
            if j == i + 1 and _initialled_surname(w, i, freq, lexicon):
                found.add(j)  # round 28: "K. Salt", "R. Lusted,", "L Cawood)": after an initial, even a word
                continue
            if w.gap(max(i, j)) != " ":
                continue
            both_capitalised = shape(form) in ("Xx", "XX") and shape(other) in ("Xx", "XX")  # "Favour OKAFOR"
            if (shape(form) != shape(other) and not both_capitalised) or w.folded[j] in lexicon.not_names \
                    or len(form) < 2 or w.folded[j] in lexicon.titles:
                continue
            sentence_start = j == 0 or any(c in ".!?:\n" for c in w.gap(j))
            capitalised_name = (j > i and shape(form) == "Xx" and not sentence_start) or (j < i and both_capitalised and (
                i in surnames or w.folded[j] in lexicon.first)) or (  # "Lead: Sue Greenhalgh"
                j > i and _upper_surname(w, i, j, freq, lexicon)) or (  # "Lewis CRAY" (round 30)
                j < i and _surname_first(w, j, lexicon))  # "Suspect: PICKUP Liam" (round 31)
            if capitalised_name or (not common_word(freq[j, 0], freq[j, 1]) and not word_like(freq[j, 0], freq[j, 1])):
                found.add(j)
    found |= {i + 1 for i in found | matched if _surname_letter(w, i, lexicon)}
    found |= {i + 1 for i in found if i + 1 not in matched and _surname_first(w, i, lexicon)}  # "CARVALHO, R |"
    return sorted(found)


def _capital_word(w: Words, j: int, lexicon: Lexicon) -> bool:
    """Whether word ``j`` is a word in capitals that may be a surname: two letters or more, a letter only, not a
    shorthand, a title, a person's verb or initials that are a word (``not_names``, ``titles``, ``person_verbs``,
    ``initials_words``: "CAMHS", "MASH", "PC", "DOB")."""
    form, folded = w.forms[j], w.folded[j]
    return shape(form) == "XX" and len(form) >= 2 and form.isalpha() and any(c in "AEIOUY" for c in form) \
        and folded not in lexicon.not_names and folded not in lexicon.titles and folded not in lexicon.person_verbs \
        and folded not in lexicon.weak_person_verbs and folded not in lexicon.initials_words


def _surname_first(w: Words, j: int, lexicon: Lexicon) -> bool:
    """Whether word ``j`` is a surname written first, as case systems, persons lists and police lines write a person
    (round 31): in capitals (:func:`_capital_word`) and straight before a listed given name written capitalised
    ("PICKUP Liam", "MOSS, Rachel"), or before a comma and a single capital that ends a table cell or the line
    ("CARVALHO, R |"); the surname at a line's start, after a label's colon or a table's bar, or after a given name
    of the same line ("neighbour NOLAN, Barry"): not "CAMHS, Rachel said" or "MASH, Barry" (shorthand), nor a
    sentence's shouted word ("Then LEAVE Tom"), nor a common word before a given name that runs on into a sentence
    ("Action: CALL Liam back")."""
    k = j + 1
    if k >= len(w) or not _capital_word(w, j, lexicon) or w.gap(k) not in (" ", ", "):
        return False
    before = w.gap(j) if j > 0 else "\n"
    opened = any(c in before for c in "\n:|") or (j > 0 and w.forms[j - 1].islower() and w.gap(j) == " "
                                                   and w.folded[j - 1] in lexicon.cues)
    if not opened:
        return False
    if shape(w.forms[k]) == "Xx" and w.folded[k] in lexicon.first:
        running = k + 1 < len(w) and w.gap(k + 1) == " " and w.forms[k + 1].islower()
        return not (running and common_word(*lexicon.frequencies([w.folded[j]])[0, :2]))  # "Action: CALL Liam back"
    after = w.gap(k + 1) if k + 1 < len(w) else "\n"
    return w.gap(k) == ", " and len(w.forms[k]) == 1 and w.forms[k].isupper() \
        and (any(c in after for c in "\n|,;)") or (after == " " and len(w.forms[k + 1]) == 1
                                                    and w.forms[k + 1].isupper()))


_COLLAR = re.compile(r" \d{2,6} \Z")
"""The gap holding a collar number between a rank and a surname ("PC 21187 Shaw")."""


def _collared(w: Words, i: int, lexicon: Lexicon) -> bool:
    """Whether word ``i`` is a surname after a rank and a collar number ("PC 21187 Shaw", "DC 4471 BROWN"; round 31):
    capitalised, not a shorthand or a title, straight after a title and a number of two to six digits."""
    return i > 0 and w.folded[i - 1] in lexicon.titles and bool(_COLLAR.match(w.gap(i))) \
        and shape(w.forms[i]) in ("Xx", "XX") and w.folded[i] not in lexicon.not_names \
        and w.folded[i] not in lexicon.titles


def _collars(w: Words, lexicon: Lexicon) -> set[int]:
    """The words of a text that are surnames after a rank and a collar number (:func:`_collared`; round 31)."""
    return {i for i in range(1, len(w)) if _collared(w, i, lexicon)}


def _upper_surname(w: Words, i: int, j: int, freq: np.ndarray, lexicon: Lexicon) -> bool:
    """Whether word ``j``, in capitals straight after a listed given name ``i`` written capitalised, is that person's
    surname written as case systems write it ("Lewis CRAY", "Kath WAIN"; round 30): three letters or more with a
    vowel, not a shorthand, a title, a person's verb or initials that are a word (``not_names``, ``titles``,
    ``person_verbs``, ``initials_words``: "Kai CAMHS", "Mia DOB"), and no common word in lower case ("Tom SAID") but at a
    table cell's or a line's end (:func:`_cell_end`, round 31: "| Liam PICKUP |")."""
    return shape(w.forms[i]) == "Xx" and w.folded[i] in lexicon.first and len(w.forms[j]) >= 3 \
        and _capital_word(w, j, lexicon) and (not common_word(freq[j, 0], freq[j, 1]) or _cell_end(w, j))


def _cell_end(w: Words, j: int) -> bool:
    """Whether word ``j`` ends a table's cell, a line or the text ("| Liam PICKUP |"): a common word in capitals
    there is a surname, not a shouted word (round 31; not before a bracket: "King's Lynn FIT (...)")."""
    after = w.gap(j + 1) if j + 1 < len(w) else "\n"
    return any(c in after for c in "\n|")


def _surname_letter(w: Words, i: int, lexicon: Lexicon) -> bool:
    """Whether the word after name word ``i`` is the single capital written for a surname ("Chlo V:", "KAZLAUSKAS
    M.", "Sarah A,", "Gaz W]"; round 28): one capital after one space, then the end, a line's end or punctuation
    that closes the name (not "&", "/", "-" or an apostrophe, as in "Kai B&Q", "Mia A/B"), a dash with spaces
    round it ("Subject: Ifeoluwa A - attendance"; round 30), or a capitalised word;
    not a label's letter ("Year R"), nor a letter that is shorthand (``letters_not_names``) unless a full stop or a
    colon follows it, nor a persons line's next label ("S: <NAME>")."""
    j = i + 1
    if j >= len(w) or len(w.forms[i]) < 2 or not w.forms[i][:1].isupper() or w.gap(j) != " " \
            or len(w.forms[j]) != 1 or not w.forms[j].isupper() or w.folded[i] in lexicon.letter_labels:
        return False  # "Year R"
    if j + 1 >= len(w):
        return w.folded[j] not in lexicon.letters_not_names
    after = w.gap(j + 1)
    dash = after[:1] == " " == after[-1:] and after.strip() in ("-", "–", "—")  # "Ifeoluwa A - attendance" (round 30)
    if w.folded[j] in lexicon.letters_not_names and after.lstrip(" ")[:1] not in (".", ":") and not dash:
        return False  # a table's "Y" column, "Tom A lot"; "KAZLAUSKAS M.", "Chlo V:" still go
    if after.lstrip(" ")[:1] == ":" and w.forms[j + 1][:1].isupper():
        return False  # "V: <name>  S: <NAME>": a persons line's next label
    return after.lstrip(" ")[:1] in tuple(".,:;)]|\n") or (after == " " and w.forms[j + 1][:1].isupper()) or dash


def _initialled_surname(w: Words, i: int, freq: np.ndarray, lexicon: Lexicon) -> bool:
    """Whether the word after a capital initial ``i`` is that person's surname, whatever else it names ("K. Salt",
    "R. Lusted,", "L Cawood)", "D. ROSENTHAL"; round 28): capitalised, of two letters or more, not a title, a role, a
    person's verb or one of ``initials_words``; not on the never-a-name list unless written "Xx" after the initial's
    full stop and commoner in lower case than capitalised (a service's letters that are also a word and a surname:
    "K. Salt", "H. Dart"; not "G Monday"); not a label's word ("Year", "Plan"), nor a common word with another word
    straight after it ("S Phone call"); not after digits (an NI number's letter) nor before a colon or a slash; and,
    after the initial's full stop (where a sentence may end: "seen by J. Then she ...", "a B. Good effort"), not
    followed by a word in lower case."""
    j = i + 1
    if len(w.forms[i]) != 1 or not w.forms[i].isupper() or j >= len(w) or w.gap(j) not in (" ", ". ") \
            or shape(w.forms[j]) not in ("Xx", "XX") or w.folded[j] in lexicon.titles \
            or _dotted_run(w, i) in lexicon.dotted_words or w.folded[j] in lexicon.initials_words \
            or w.folded[j] in lexicon.person_verbs or w.folded[j] in lexicon.initials_roles \
            or any(c.isdigit() for c in w.gap(i)) \
            or (j + 1 < len(w) and w.gap(j + 1).lstrip()[:1] in (":", "/")):
        return False  # not a label ("D. Suspect:"), an NI number's letter ("... 60 D. Lives"), "J. Ref", "J. Rank/Unit"
    if j + 1 < len(w) and w.gap(j + 1) == " " and (
            (w.folded[j + 1] in lexicon.not_names and w.folded[j + 1] not in lexicon.initials_roles)
            or (shape(w.forms[j + 1]) == "Xx" and w.folded[j + 1] in lexicon.initials_roles
                and common_word(freq[j, 0], freq[j, 1]))):
        return False  # a service or a role named after a place or a word: "N Somerset MASH", "S.K. Social Worker"
    if w.folded[j] in lexicon.letter_labels or (common_word(freq[j, 0], freq[j, 1]) and j + 1 < len(w)
                                                 and w.gap(j + 1) == " "):
        return False  # "L.W. Year 2", "C. Plan -"; a word running on ("Rokeya B Client ID", "S Phone call")
    if w.folded[j] in lexicon.not_names and not (w.gap(j) == ". " and shape(w.forms[j]) == "Xx"
                                                 and freq[j, 0] > UNKNOWN and freq[j, 0] >= freq[j, 1]):
        return False
    return w.gap(j) == " " or j + 1 >= len(w) or not (w.gap(j + 1) == " " and w.forms[j + 1][:1].islower())
