"""Seeded generator of an adversarial corpus of planted identifiers for `casenotes deid`.

usage: python benchmarks/pii/generate.py --notes 1000 --seed 0 --out DIR

Writes DIR/notes.csv (the command's input: note_id, case_id, text), DIR/people.csv (the people table: case_id,
name, role) and DIR/notes.jsonl (the truth: each note's text and every identifier planted in it, with exact
offsets, its type, the form it was written in and how, e.g. case, accents, label, checksum). Same seed, same bytes.

Notes are written in eight voices from hand-written frames (frames.yaml) whose slots are filled with people,
identifiers and non-identifying fillers from hand-written lists (lexicon.yaml). Identifiers are written the way
practitioners and case-management systems write them, not the way any pattern expects: names in lower case and
capitals, possessive, shortened, misspelt, with accents dropped; numbers grouped every which way, with and
without labels. The people table is as messy as real exports (people missing, "SURNAME, Forename", NFD accents).
This generator was written without reading casenotes' de-identification code or data (see README.md).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml
from score import is_sensitive, tokens

HERE = Path(__file__).resolve().parent
TODAY = date(2024, 6, 1)  # the corpus's "now": ages are worked out at this date
SLOT = re.compile(r"\{(\w+)(?:\.(\w+))?(?::(\w+))?\}")
# Who can be in the people table, and the role the table gives them.
TABLE_ROLES = {"child": "CHILD", "child2": "CHILD", "nap": "NAP", "pch": "PCH", "father": "PARENT",
               "sw": "PRACTITIONER", "gran": "OTHER"}
HOUSEHOLD = {"nap", "child", "child2"}  # they share the family's address and postcode
PRONOUNS = {"he": {"f": "she", "m": "he"}, "him": {"f": "her", "m": "him"}, "his": {"f": "her", "m": "his"}}
ID_ATTRS = {"dob", "phone", "email", "nhs", "ni", "social", "vrm", "address", "postcode", "school"}
UNOWNED = {"address", "postcode", "ref", "hostel", "school"}
FILLERS = {"date", "date2", "time", "day", "month", "year", "age", "age2", "sibage", "money", "count", "few",
           "percent", "agency", "town", "drug", "condition"}
OPTIONS = {"poss", "first", "full", "title", "surname", "init", "bare", "street"}
HEALTH = {"gp", "hv", "nurse", "midwife", "camhs"}
SCHOOL_STAFF = {"teacher", "head", "dsl", "senco"}
COUNCIL = {"sw", "tm", "colleague", "iro", "fsw", "housing", "probation"}
FOLD = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"})


def ascii_fold(text: str) -> str:
    """`text` without accents, as people type a name on a keyboard without them (Łukasz -> Lukasz)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.translate(FOLD)) if not unicodedata.combining(c))


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits only, as in an e-mail address or a social-media handle."""
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


def ordinal(n: int) -> str:
    """3 -> 3rd, 11 -> 11th, 22 -> 22nd."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@dataclass
class Person:
    """Someone a note can mention, with the identifiers made for them (each made once, then reused)."""

    who: str
    first: str
    surname: str
    gender: str
    origin: str
    age: int
    born: date
    middle: str = ""
    title: str = ""
    collar: str = ""
    in_table: bool = False
    table: dict = field(default_factory=dict)
    shared: str = ""
    ids: dict = field(default_factory=dict)


@dataclass
class Case:
    """A family: the people of the case, the people around it (made when first mentioned) and its home."""

    case_id: str | None
    people: dict[str, Person]
    home: dict
    rows: list[tuple[str, str, str]] = field(default_factory=list)


class NoteText:
    """A note being written: literal text and planted identifiers, in order; offsets are worked out at the end."""

    def __init__(self) -> None:
        self.pieces: list[tuple[str, dict | None]] = []

    def write(self, text: str) -> None:
        self.pieces.append((text, None))

    def plant(self, text: str, kind: str, form: str, /, **fields: str) -> None:
        self.pieces.append((text, {"type": kind, "form": form, **fields}))

    def finish(self, *, lower: bool) -> tuple[str, list[dict]]:
        """The note's text and its identifiers; `lower` types the whole note in lower case."""
        out, items, pos = [], [], 0
        for text, item in self.pieces:
            if lower and text.lower() != text:
                text = text.lower()
                item = item and {**item, "case": "lower"}
            if item:
                items.append({"start": pos, "end": pos + len(text), "type": item["type"], "text": text,
                              **{k: v for k, v in item.items() if k != "type"}})
            out.append(text)
            pos += len(text)
        return "".join(out), items


class Generator:
    """Cases, people tables and notes drawn from the lexicon and frames with one seeded random source."""

    def __init__(self, seed: int, lexicon: dict, frames: dict) -> None:
        self.rng = random.Random(seed)
        self.lex = lexicon
        self.cfg = frames["settings"]
        self.voices = frames["voices"]
        self.frames = {name: [self._parse(name, i, f) for i, f in enumerate(v["frames"])]
                       for name, v in self.voices.items()}
        self.case_count = 0
        self.planted: Counter = Counter()

    # --- random helpers -------------------------------------------------------------------------------------
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def weighted(self, weights: dict):
        keys = [k for k, w in weights.items() if w > 0]
        return self.rng.choices(keys, weights=[weights[k] for k in keys])[0]

    def balanced(self, kind: str, forms) -> str:
        """The least-planted of `forms` so far (ties broken at random): every form is planted about as often."""
        least = min(self.planted[kind, f] for f in forms)
        form = self.pick(sorted(f for f in forms if self.planted[kind, f] == least))
        self.planted[kind, form] += 1
        return form

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def letters(self, n: int, alphabet: str = "ABCDEFGHJKLMNOPRSTUVWXY") -> str:
        return "".join(self.pick(alphabet) for _ in range(n))

    # --- frames ---------------------------------------------------------------------------------------------
    def _parse(self, voice: str, index: int, frame: str) -> dict:
        """A frame with the people it needs and whether it plants anything; unknown slots are an error."""
        people, plants = set(), False
        outside = set(self.lex["roles_outside_table"])
        for m in SLOT.finditer(frame):
            name, attr, option = m.groups()
            where = f"frames.yaml voice {voice} frame {index}: slot {m.group()}"
            if option and option not in OPTIONS:
                raise ValueError(f"{where} has unknown option; expected one of {sorted(OPTIONS)}")
            if attr is None and name in FILLERS:
                continue
            if attr is None and name in UNOWNED:
                plants = True
                continue
            if name not in TABLE_ROLES and name not in outside:
                raise ValueError(f"{where} names no known person, filler or identifier")
            if attr is not None and attr.lower() not in PRONOUNS and attr not in ID_ATTRS:
                raise ValueError(f"{where} has unknown attribute; expected a pronoun or one of {sorted(ID_ATTRS)}")
            people.add(name)
            plants = plants or attr is None or attr in ID_ATTRS
        return {"text": frame, "people": people, "plants": plants}

    # --- people ---------------------------------------------------------------------------------------------
    def surname_of(self, entry: str, gender: str) -> str:
        """The form of a surname for a gender ("Kowalski|Kowalska")."""
        forms = entry.split("|")
        return forms[1] if gender == "f" and len(forms) > 1 else forms[0]

    def origin(self) -> str:
        return self.weighted(self.lex["origin_weights"])

    def person(self, who: str, *, origin: str, gender: str, ages: tuple[int, int], used: set[str],
               surname: str | None = None, titles: list[str] | None = None) -> Person:
        """A new person of `origin` whose first name no one else in the case has."""
        names = [n for n in self.lex["first_names"][origin][gender] if n not in used]
        first = self.pick(names)
        used.add(first)
        middle = ""
        if self.chance(self.cfg["middle_name_share"]):
            middle = self.pick([n for n in self.lex["first_names"][self.pick([origin, origin, "english"])][gender]
                                if n != first])
        age = self.rng.randint(*ages)
        born = TODAY - timedelta(days=365 * age + self.rng.randrange(365))
        titles = [t for t in titles or [] if t not in ({"Mrs", "Ms", "Miss"} if gender == "m" else {"Mr"})]
        if not titles:
            titles = ["Mr"] if gender == "m" else ["Ms", "Mrs", "Miss"]
        if set(titles) <= {"Mr", "Mrs", "Ms", "Miss"} and self.chance(0.04):
            titles = ["Mx"]
        title = self.pick(titles) if age >= 18 else ""
        p = Person(who=who, first=first, surname=surname or self.surname_of(self.pick(self.lex["surnames"][origin]),
                                                                                gender),
                   gender=gender, origin=origin, age=age, born=born, middle=middle, title=title)
        if who == "officer" and title in {"PC", "PCSO"}:
            p.collar = self.digits(self.rng.choice([4, 4, 5]))
        return p

    def make_case(self, case_id: str | None, *, in_table: bool) -> Case:
        """A family with its children, parents, practitioner and home; table rows when `in_table`."""
        used: set[str] = set()
        origin = self.origin()

        def other() -> str:
            return self.origin() if self.chance(self.cfg["mixed_origin_share"]) else origin

        nap_entry = self.pick(self.lex["surnames"][origin])
        nap = self.person("nap", origin=origin, gender="f", ages=(19, 45), used=used,
                          surname=self.surname_of(nap_entry, "f"))
        pch_origin = other()
        pch_entry = self.pick(self.lex["surnames"][pch_origin])
        pch = self.person("pch", origin=pch_origin, gender="m", ages=(20, 52), used=used,
                          surname=self.surname_of(pch_entry, "m"))
        people = {"nap": nap, "pch": pch}
        dad_entry = pch_entry
        if not self.chance(self.cfg["pch_is_father_share"]):
            dad_entry = None
            if self.chance(0.7):
                f_origin = other()
                dad_entry = self.pick(self.lex["surnames"][f_origin])
                people["father"] = self.person("father", origin=f_origin, gender="m", ages=(20, 55), used=used,
                                               surname=self.surname_of(dad_entry, "m"))
        kids = ["child", "child2"] if self.chance(self.cfg["two_children_share"]) else ["child"]
        ages = self.rng.sample(range(0, 17), len(kids))
        for who, age in zip(kids, ages):
            gender = self.pick("fm")
            way = self.weighted({"dad": 45 if dad_entry else 0, "mum": 35, "both": 20 if dad_entry else 0})
            surname = self.surname_of(nap_entry if way == "mum" else dad_entry, gender)
            if way == "both" and " " not in nap.surname + surname:
                surname = f"{self.surname_of(nap_entry, gender)}-{surname}"
            people[who] = self.person(who, origin=self.pick([origin, pch_origin]), gender=gender, ages=(age, age),
                                      used=used, surname=surname)
        sw = self.person("sw", origin=other(), gender="f" if self.chance(0.75) else "m", ages=(24, 60), used=used,
                         titles=["Ms", "Mr", "Mrs"])
        if self.chance(self.cfg["practitioner_shares_nap_first_name"]):
            sw.first, sw.shared, nap.shared = nap.first, "nap+sw", "nap+sw"
        people["sw"] = sw
        people["gran"] = self.person("gran", origin=origin, gender="f", ages=(45, 78), used=used,
                                     surname=self.surname_of(nap_entry, "f") if self.chance(0.5) else None,
                                     titles=["Mrs", "Ms"])
        case = Case(case_id=case_id, people=people, home=self.home())
        if in_table:
            self.table_rows(case)
        return case

    def outsider(self, case: Case, who: str) -> Person:
        """Someone around the case (never in the table), made the first time a note mentions them."""
        spec = self.lex["roles_outside_table"][who]
        nap, pch = case.people["nap"], case.people["pch"]
        used = {p.first for p in case.people.values()}
        gender = spec.get("gender") or ("m" if who in {"partner", "uncle"} else
                                        "f" if who in {"ex", "friend", "hv", "midwife"} else self.pick("fmf"))
        origin = {"sibling": nap.origin, "aunt": nap.origin, "grandad": pch.origin}.get(who) or self.origin()
        surname = {"sibling": nap.surname if gender == "f" else None, "grandad": pch.surname}.get(who)
        ages = tuple(spec.get("ages", (25, 62)))
        return self.person(who, origin=origin, gender=gender, ages=ages, used=used, surname=surname,
                           titles=spec["titles"])

    def someone(self, case: Case, who: str) -> Person:
        """The case's person in role `who`, made now if they are someone around the case not yet mentioned."""
        if who not in case.people:
            case.people[who] = self.outsider(case, who)
        return case.people[who]

    def table_rows(self, case: Case) -> None:
        """The case's rows in the people table: some people left out, names written as exports write them."""
        table = self.cfg["table"]
        for who, p in case.people.items():
            if who == "gran" and not self.chance(table["gran_in_table"]):
                continue
            if self.chance(table["omit"].get(who, 0.0)):
                continue
            forms = dict(table["forms"])
            forms["first_middle_last"] *= bool(p.middle)
            forms["title_first_last"] *= bool(p.title)
            form = self.weighted(forms)
            name = {"first_last": f"{p.first} {p.surname}",
                    "first_middle_last": f"{p.first} {p.middle} {p.surname}",
                    "last_comma_first": f"{p.surname}, {p.first}" + (f" {p.middle}" if p.middle and self.chance(0.5)
                                                                      else ""),
                    "first_LAST": f"{p.first} {p.surname.upper()}",
                    "LAST_first": f"{p.surname.upper()} {p.first}",
                    "extra_spaces": f"  {p.first}   {p.surname} ",
                    "title_first_last": f"{p.title} {p.first} {p.surname}"}[form]
            unicode = "ascii" if ascii_fold(name) == name else "nfc"
            if unicode == "nfc" and self.chance(table["nfd"]):
                name, unicode = unicodedata.normalize("NFD", name), "nfd"
            p.in_table = True
            p.table = {"table_form": form, "table_unicode": unicode}
            if p.middle:
                p.table["table_has_middle"] = "yes" if p.middle in name else "no"
            case.rows.append((case.case_id, name, TABLE_ROLES[who]))
        self.rng.shuffle(case.rows)

    # --- names ----------------------------------------------------------------------------------------------
    def name_forms(self, p: Person, voice: dict, bracket_next: bool) -> dict:
        """The ways this person's name can be written, weighted for the voice (no bracket before a bracket)."""
        w = dict(self.cfg["name_forms"])
        ok = {"nickname": p.first in self.lex["diminutives"],
              "age_bracket": p.age < 18 and not bracket_next,
              "title_surname": bool(p.title), "title_full": bool(p.title),
              "surname": p.age >= 18,
              "full_middle": bool(p.middle), "middle_only": bool(p.middle),
              "role_bracket": p.gender in self.lex["role_words"].get(p.who, {}) and not bracket_next,
              "spelling_variant": p.first in self.lex["spelling_variants"],
              "collar": bool(p.collar)}
        for form, allowed in ok.items():
            w[form] *= allowed
        for form, factor in voice.get("name_forms", {}).items():
            w[form] *= factor
        return w

    def name_parts(self, p: Person, form: str, stripped: bool) -> tuple[str, str, str]:
        """(text before, the name, text after) for one way of writing the name (accents `stripped` or not)."""
        f = ascii_fold if stripped else (lambda s: s)
        first, sur, mid = f(p.first), f(p.surname), f(p.middle)
        if form == "age_bracket":
            return "", first, self.pick(self.cfg["age_styles"]).format(age=p.age)
        if form == "role_bracket":
            role = self.pick(self.lex["role_words"][p.who][p.gender])
            return f"{role} (", self.pick([first, f"{first} {sur}"]), ")"
        return "", {"first": first, "full": f"{first} {sur}",
                    "nickname": f(self.pick(self.lex["diminutives"].get(p.first, [p.first]))),
                    "title_surname": f"{p.title} {sur}", "title_full": f"{p.title} {first} {sur}",
                    "surname": sur, "full_middle": f"{first} {mid} {sur}", "middle_only": mid,
                    "spelling_variant": f(self.pick(self.lex["spelling_variants"].get(p.first, [p.first]))),
                    "collar": f"{p.title} {p.collar} {sur}"}[form], ""

    def mention(self, note: NoteText, case: Case, p: Person, option: str | None, voice: dict, *,
                bracket_next: bool) -> None:
        """Plant one mention of a person's name, in a form chosen for the voice (or forced by `option`)."""
        forms = self.name_forms(p, voice, bracket_next)
        if option == "init" or (option is None and self.weighted(forms) == "initials"):
            if self.initials(note, p, bracket_next):
                return
        forms["initials"] = 0
        forced = {"first": "first", "full": "full", "surname": "surname",
                  "title": "title_surname" if p.title else "first"}.get(option or "")
        if option == "poss":
            bases = {k: w * (forms.get(k, 0) > 0 or k == "first") for k, w in self.cfg["possessive_bases"].items()}
            form = self.weighted(bases)
        else:
            form = forced or self.weighted(forms)
        accented = ascii_fold(p.first + p.middle + p.surname) != p.first + p.middle + p.surname
        stripped = accented and self.chance(self.cfg["accents_stripped"])
        before, name, after = self.name_parts(p, form, stripped)
        case_style = self.case_style(voice, can_split=form in {"full", "title_full", "full_middle", "collar"})
        if case_style == "surname_upper":
            sur = ascii_fold(p.surname) if stripped else p.surname
            name = name[:len(name) - len(sur)] + sur.upper()
        elif case_style == "lower":
            name = name.lower()
        elif case_style == "upper":
            name = name.upper()
        fields = {"who": p.who, "origin": p.origin, "case": case_style}
        if option == "poss":
            name += "'" if name[-1] in "sS" else ("'S" if case_style == "upper" else "'s")
            fields = {"base": form, **fields}
            form = "possessive"
        if accented:
            fields["accents"] = "stripped" if stripped else "kept"
        if p.in_table:
            fields.update(table_link="same_case" if case.case_id else "other_case", **p.table)
        if p.shared:
            fields["shared_first_name"] = p.shared
        note.write(before)
        note.plant(name, "NAME_IN_TABLE" if p.in_table else "NAME_NOT_IN_TABLE", form, **fields)
        note.write(after)

    def case_style(self, voice: dict, *, can_split: bool) -> str:
        """How a name is capitalised: as written, lower, upper, or (full names only) the surname in capitals."""
        probs = voice["case"]
        r = self.rng.random()
        for style in ("lower", "upper", "surname_upper"):
            p = probs.get(style, 0.0) if style != "surname_upper" or can_split else 0.0
            if r < p:
                return style
            r -= p
        return "as_written"

    def initials(self, note: NoteText, p: Person, bracket_next: bool) -> bool:
        """Plant a person's initials (ZO, Z.O., Z O, KS (father)); False if theirs read as an abbreviation."""
        letters = [w[0].upper() for w in p.first.split()] + [p.surname[0].upper()]
        if "".join(letters) in self.lex["reserved_initials"]:
            return False
        forms = dict(self.cfg["initials_forms"])
        forms["with_middle"] *= bool(p.middle)
        forms["role_bracket"] *= p.gender in self.lex["role_words"].get(p.who, {}) and not bracket_next
        form = self.weighted(forms)
        after = ""
        if form == "with_middle":
            letters.insert(-1, p.middle[0].upper())
        if form == "role_bracket":
            after = f" ({self.pick(self.lex['role_words'][p.who][p.gender]).lower()})"
        text = {"dotted": ".".join(letters) + ".", "spaced": " ".join(letters),
                "dotted_no_final": ".".join(letters)}.get(form, "".join(letters))
        note.plant(text, "INITIALS", form, who=p.who, in_table="yes" if p.in_table else "no")
        note.write(after)
        return True

    # --- identifiers ----------------------------------------------------------------------------------------
    def label(self, labels: list[str], bare: bool) -> str:
        """A label to write before an identifier ("tel: ", "NHS no "), or none."""
        return "" if bare or not self.chance(self.cfg["identifiers"]["label_share"]) else self.pick(labels)

    def maybe_lower(self, text: str) -> tuple[str, str]:
        """`text` and "as_written", or now and then `text` lower-cased and "lower"."""
        if self.chance(self.cfg["identifiers"]["lower_share"]):
            return text.lower(), "lower"
        return text, "as_written"

    @staticmethod
    def mask(pattern: str, value: str) -> str:
        """Fill each '#' of `pattern` with the next character of `value`."""
        chars = iter(value)
        return "".join(next(chars) if c == "#" else c for c in pattern)

    def phone(self, note: NoteText, p: Person, bare: bool) -> None:
        spec = self.lex["phone"]
        if "phone" not in p.ids:
            landline = self.chance(0.5 if p.who in HEALTH | SCHOOL_STAFF | COUNCIL | {"solicitor", "housing"}
                                   else self.cfg["identifiers"]["landline_share"])
            if landline:
                area = self.pick(sorted(spec["areas"]))
                rest = self.pick("2345689") + self.digits(spec["areas"][area].count("#") - 1)
                p.ids["phone"] = ("landline", area, rest)
            else:
                p.ids["phone"] = ("mobile", "07" + self.pick("3456789") + self.digits(8), "")
        kind, number, rest = p.ids["phone"]
        if kind == "mobile":
            forms = {**spec["mobile_national"], **spec["mobile_international"]}
            form = self.balanced("mobile", forms)
            text = self.mask(forms[form], number if form in spec["mobile_national"] else number[1:])
        else:
            forms = {**spec["landline_national"], **spec["landline_international"]}
            form = self.balanced("landline", forms)
            grouped = self.mask(spec["areas"][number], rest)
            text = forms[form].format(area=number, area_no0=number[1:], rest=grouped,
                                      rest_hyphen=grouped.replace(" ", "-"), rest_digits=rest)
        label = self.label(spec["prefixes"]["any"] + spec["prefixes"][kind], bare)
        note.plant(label + text, "PHONE", f"{kind}_{form}", kind=kind, label=label.strip() or "none")

    def nhs(self, note: NoteText, p: Person, bare: bool) -> None:
        if "nhs" not in p.ids:
            while True:
                body = self.pick("46") + self.digits(8)
                check = 11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1))) % 11
                if check != 10:
                    p.ids["nhs"] = body + str(check % 11)
                    break
        number, checksum = p.ids["nhs"], "valid"
        if self.chance(self.cfg["identifiers"]["nhs_mistyped"]):
            number, checksum = self.mistype(number), "mistyped"
        form = self.balanced("nhs", self.lex["nhs"]["forms"])
        label = self.label(self.lex["nhs"]["prefixes"], bare)
        note.plant(label + self.mask(self.lex["nhs"]["forms"][form], number), "NHS_NUMBER", form,
                   checksum=checksum, label=label.strip() or "none")

    def mistype(self, number: str) -> str:
        """`number` with one digit changed so that its modulus-11 check digit no longer holds."""
        while True:
            i = self.rng.randrange(10)
            typo = number[:i] + self.pick([d for d in "0123456789" if d != number[i]]) + number[i + 1:]
            check = 11 - sum(int(d) * w for d, w in zip(typo[:9], range(10, 1, -1))) % 11
            if check == 10 or check % 11 != int(typo[9]):
                return typo

    def ni(self, note: NoteText, p: Person, bare: bool) -> None:
        if "ni" not in p.ids:
            while True:
                prefix = self.pick("ABCEGHJKLMNOPRSTWXYZ") + self.pick("ABCEGHJKLMNPRSTWXYZ")
                if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
                    break
            p.ids["ni"] = prefix + self.digits(6) + self.pick("ABCD")
        form = self.balanced("ni", self.lex["ni"]["forms"])
        text, case = self.maybe_lower(self.mask(self.lex["ni"]["forms"][form], p.ids["ni"]))
        label = self.label(self.lex["ni"]["prefixes"], bare)
        note.plant(label + text, "NI_NUMBER", form, case=case, label=label.strip() or "none")

    def postcode(self, note: NoteText, home: dict) -> None:
        form = self.balanced("postcode", ["spaced", "run_together"])
        text = home["postcode"] if form == "spaced" else home["postcode"].replace(" ", "")
        text, case = self.maybe_lower(text)
        note.plant(text, "POSTCODE", form, case=case)

    def dob(self, note: NoteText, p: Person) -> None:
        form = self.balanced("dob", self.lex["dob"]["forms"])
        before, text, after = self.split_marks(self.fill_date(self.lex["dob"]["forms"][form], p.born))
        note.write(before)
        note.plant(text, "DOB", form)
        note.write(after)

    @staticmethod
    def split_marks(text: str) -> tuple[str, str, str]:
        """Text before «, between « and », after » (all of it is the identifier when unmarked)."""
        if "«" not in text:
            return "", text, ""
        before, rest = text.split("«", 1)
        inner, after = rest.split("»", 1)
        return before, inner, after

    def fill_date(self, template: str, day: date) -> str:
        months, short = self.lex["months"], self.lex["months_short"]
        return template.format(d=day.day, dd=f"{day.day:02d}", dth=ordinal(day.day), m=day.month,
                               mm=f"{day.month:02d}", Mon=short[day.month - 1], Month=months[day.month - 1],
                               yy=f"{day.year % 100:02d}", yyyy=day.year, Day=self.lex["days"][day.weekday()],
                               Dy=self.lex["days_short"][day.weekday()])

    def name_fill(self, p: Person) -> dict:
        """The pieces of a person's name that addresses and handles are made of."""
        return {"first": slug(p.first), "last": slug(p.surname), "f": slug(p.first)[:1],
                "l2": slug(p.surname)[:2], "nn": self.digits(2), "yy": f"{p.born.year % 100:02d}",
                "nick": slug(self.pick(self.lex["diminutives"].get(p.first, [p.first]))),
                "First": p.first, "Last": p.surname}

    def email(self, note: NoteText, p: Person, bare: bool) -> None:
        spec = self.lex["email"]
        if "email" not in p.ids:
            if p.who in HEALTH:
                local, domain = "{first}.{last}", self.pick(self.lex["work_email_providers"])
            elif p.who in SCHOOL_STAFF:
                local, domain = "{f}{last}", f"{slug(self.pick(self.lex['school_stems']))}.sch.uk"
            elif p.who in COUNCIL or p.who == "officer":
                local = "{first}.{last}"
                domain = f"{slug(self.pick(self.lex['towns']))}.{'police.uk' if p.who == 'officer' else 'gov.uk'}"
            else:
                local, domain = self.pick(spec["locals"]), self.pick(self.lex["email_providers"])
            p.ids["email"] = (local.format(**self.name_fill(p)), domain)
        local, domain = p.ids["email"]
        form = self.balanced("email", spec["forms"])
        text = spec["forms"][form].format(local=local, domain=domain, domain_words=domain.replace(".", " dot "),
                                          domain_brackets=domain.replace(".", "[dot]"),
                                          domain_caps=domain.replace(".", " DOT "))
        label = self.label(spec["prefixes"], bare)
        note.plant(label + text, "EMAIL", form, label=label.strip() or "none")

    def social(self, note: NoteText, p: Person, bare: bool) -> None:
        spec = self.lex["social"]
        fill = self.name_fill(p)
        if "social" not in p.ids:
            p.ids["social"] = self.pick(spec["handles"]).format(**fill)
        form = "bare_handle" if bare else self.balanced("social", spec["forms"])
        text = p.ids["social"] if bare else spec["forms"][form].format(handle=p.ids["social"], **fill)
        note.plant(text, "SOCIAL_HANDLE", form)

    def vrm(self, note: NoteText, p: Person, bare: bool) -> None:
        form = self.balanced("vrm", self.lex["vehicle"]["forms"])
        if ("vrm", form) not in p.ids:
            p.ids[("vrm", form)] = self.fill_code(self.lex["vehicle"]["forms"][form])
        text, case = self.maybe_lower(p.ids[("vrm", form)])
        label = self.label(self.lex["vehicle"]["prefixes"], bare)
        note.plant(label + text, "VEHICLE_REG", form, case=case, label=label.strip() or "none")

    def fill_code(self, template: str) -> str:
        """Fill {dN} (N digits), {LN} (N letters), {yy}, {yyyy}, {dd}, {mm} in a reference template."""
        day = TODAY - timedelta(days=self.rng.randrange(1500))

        def one(m: re.Match) -> str:
            key = m.group(1)
            if key[0] == "d" and key[1:].isdigit():
                return self.digits(int(key[1:]))
            if key[0] == "L":
                return self.letters(int(key[1:]))
            return {"yy": f"{day.year % 100:02d}", "yyyy": str(day.year), "dd": f"{day.day:02d}",
                    "mm": f"{day.month:02d}"}[key]

        return re.sub(r"\{(\w+)\}", one, template)

    def ref(self, note: NoteText) -> None:
        form = self.balanced("ref", self.lex["case_ref"]["forms"])
        note.plant(self.fill_code(self.lex["case_ref"]["forms"][form]), "CASE_REF", form)

    def home(self) -> dict:
        """An address (house, flat in a block or flat in a street; some on an estate) and its postcode."""
        lex = self.lex
        kind = self.weighted({"house": 35, "flat_block": 40, "flat_street": 25})
        street_type = self.pick(sorted(lex["street_types"]))
        block_type = self.pick(sorted(lex["block_types"]))
        area = self.pick(lex["postcode_areas"])
        district = str(self.rng.randint(1, 28))
        if len(area) <= 2 and area in {"SW", "SE", "NW", "E", "N", "W"} and len(district) == 1 and self.chance(0.2):
            district += self.pick("ABCDEHJKW")
        return {"kind": kind, "number": str(self.rng.randint(1, 180)), "flat": str(self.rng.randint(1, 60)),
                "flat_letter": self.pick("abcd"), "stem": self.pick(lex["street_stems"]), "street_type": street_type,
                "street_abbr": lex["street_types"][street_type], "block": self.pick(lex["block_stems"]),
                "block_type": block_type, "block_abbr": lex["block_types"][block_type],
                "estate": self.pick(lex["estate_stems"]) if self.chance(0.3) else "",
                "postcode": f"{area}{district} {self.rng.randrange(10)}{self.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"}

    def address(self, note: NoteText, home: dict, street_only: bool) -> None:
        h = home
        street = f"{h['stem']} {h['street_type']}"
        forms = {"house": {"number_street": f"{h['number']} {street}",
                           "number_street_abbrev": f"{h['number']} {h['stem']} {h['street_abbr']}",
                           "street_only": street},
                 "flat_block": {"flat_block_comma": f"Flat {h['flat']}, {h['block']} {h['block_type']}",
                                "flat_block": f"Flat {h['flat']} {h['block']} {h['block_type']}",
                                "number_block_abbrev": f"{h['flat']} {h['block']} {h['block_abbr']}",
                                "block_only": f"{h['block']} {h['block_type']}",
                                "flat_block_street": f"Flat {h['flat']}, {h['block']} {h['block_type']}, {street}"},
                 "flat_street": {"flat_number_street": f"Flat {h['flat_letter']}, {h['number']} {street}",
                                 "number_letter_street": f"{h['number']}{h['flat_letter']} {street}",
                                 "street_only": street}}[h["kind"]]
        if street_only:
            form = "block_only" if h["kind"] == "flat_block" else "street_only"
        else:
            form = self.balanced(f"address_{h['kind']}", list(forms) + (["estate"] if h["estate"] else []))
        if form == "estate":
            note.write(self.pick(["the ", "the ", ""]))
            text, case = self.maybe_lower(f"{h['estate']} Estate")
        else:
            text, case = self.maybe_lower(forms[form])
        note.plant(text, "ADDRESS", form, case=case)

    def hostel(self, note: NoteText) -> None:
        text, case = self.maybe_lower(self.pick(self.lex["hostels"]))
        note.plant(text, "ADDRESS", "hostel_name", case=case)
        if self.chance(0.5):
            note.write(f" ({self.pick(self.lex['hostel_words'])})")

    def school_of(self, age: int) -> dict:
        """A school, nursery, college or children's centre that takes a child of `age`."""
        kinds = {k: v for k, v in self.lex["school_kinds"].items() if v["ages"][0] <= age <= v["ages"][1]}
        kind = self.pick(sorted(kinds or self.lex["school_kinds"]))
        spec = self.lex["school_kinds"][kind]
        core = {"stem": lambda: self.pick(self.lex["school_stems"]),
                "saint": lambda: f"St {self.pick(self.lex['saints'])}'s",
                "patron": lambda: f"{self.pick(['Bishop', 'Cardinal'])} {self.pick(self.lex['school_patrons'])}"}
        return {"kind": kind, "core": core[spec["core"]](), "full": spec["full"], "short": spec["short"]}

    def school(self, note: NoteText, school: dict) -> None:
        form = self.balanced("school", ["full", "short", "core_only"])
        text = school["core"] if form == "core_only" else school[form].format(core=school["core"])
        text, case = self.maybe_lower(text)
        note.plant(text, "SCHOOL", form, kind=school["kind"], case=case)

    def identifier(self, note: NoteText, case: Case, attr: str, p: Person | None, option: str | None) -> None:
        """Plant one identifier; `p` is whose it is (None: the family home, or no one's)."""
        bare = option == "bare"
        own = p if p is not None and p.who not in HOUSEHOLD else None
        if attr in {"address", "postcode"} and own is not None and "home" not in own.ids:
            own.ids["home"] = self.home()
        home = own.ids["home"] if own is not None and attr in {"address", "postcode"} else case.home
        if attr == "address":
            self.address(note, home, option == "street")
        elif attr == "postcode":
            self.postcode(note, home)
        elif attr == "school":
            if p is None:
                self.school(note, self.school_of(self.rng.randint(0, 18)))
            else:
                p.ids.setdefault("school", self.school_of(p.age))
                self.school(note, p.ids["school"])
        elif attr == "ref":
            self.ref(note)
        elif attr == "hostel":
            self.hostel(note)
        else:
            {"dob": lambda: self.dob(note, p), "phone": lambda: self.phone(note, p, bare),
             "email": lambda: self.email(note, p, bare), "nhs": lambda: self.nhs(note, p, bare),
             "ni": lambda: self.ni(note, p, bare), "social": lambda: self.social(note, p, bare),
             "vrm": lambda: self.vrm(note, p, bare)}[attr]()

    # --- fillers and notes ----------------------------------------------------------------------------------
    def filler(self, name: str, case: Case) -> str:
        """Non-identifying text for a filler slot."""
        lex = self.lex
        if name in {"date", "date2"}:
            day = date(2023, 1, 1) + timedelta(days=self.rng.randrange(900))
            return self.fill_date(self.pick(self.cfg["date_styles"]), day)
        if name == "time":
            h, m = self.rng.randint(7, 21), self.pick([0, 0, 15, 30, 45, 10, 50, 5])
            return self.pick([f"{h:02d}:{m:02d}", f"{h % 12 or 12}{'am' if h < 12 else 'pm'}",
                              f"{h % 12 or 12}.{m:02d}{'am' if h < 12 else 'pm'}", f"{h:02d}{m:02d}hrs"])
        if name in {"age", "age2", "sibage"}:
            who = {"age": "child", "age2": "child2", "sibage": "sibling"}[name]
            return str(self.someone(case, who).age)
        if name == "money":
            r = self.rng
            return self.pick([str(r.randint(5, 95)), f"{r.randint(1, 3)},{r.randrange(1000):03d}",
                              str(r.randint(100, 950)), f"{r.randint(5, 95)}.{r.randrange(100):02d}"])
        if name == "count":
            return self.pick([str(self.rng.randint(2, 40)), self.pick(lex["number_words"])])
        if name == "few":
            return str(self.rng.randint(2, 9))
        if name == "percent":
            return str(self.rng.randint(38, 96))
        if name == "year":
            return str(self.rng.randint(2012, 2023))
        return self.pick(lex[{"day": "days", "month": "months", "agency": "agencies", "town": "towns",
                              "drug": "drugs", "condition": "conditions"}[name]])

    def misspell(self, text: str, rate: float) -> str:
        """Frame text with some longer lower-case words misspelt (letters swapped, dropped or doubled)."""
        def one(m: re.Match) -> str:
            w = m.group()
            if len(w) < 5 or not self.chance(rate):
                return w
            i = self.rng.randrange(1, len(w) - 2)
            return self.pick([w[:i] + w[i + 1] + w[i] + w[i + 2:], w[:i] + w[i + 1:], w[:i] + w[i] + w[i:]])

        return re.sub(r"\b[a-z]+\b", one, text) if rate else text

    def render(self, note: NoteText, frame: str, case: Case, voice: dict) -> None:
        """Write a frame into the note, planting its identifiers."""
        pos = 0
        for m in SLOT.finditer(frame):
            note.write(self.misspell(frame[pos:m.start()], voice["typos"]))
            pos = m.end()
            name, attr, option = m.groups()
            if attr is None and name in FILLERS:
                note.write(self.filler(name, case))
            elif attr is None and name in UNOWNED:
                self.identifier(note, case, name, None, option)
            elif attr is None:
                self.mention(note, case, self.someone(case, name), option, voice,
                             bracket_next=frame.startswith(" (", m.end()))
            elif attr.lower() in PRONOUNS:
                word = PRONOUNS[attr.lower()][self.someone(case, name).gender]
                note.write(word.capitalize() if attr[0].isupper() else word)
            else:
                self.identifier(note, case, attr, self.someone(case, name), option)
        note.write(self.misspell(frame[pos:], voice["typos"]))

    def eligible(self, voice: str, case: Case, plants: bool) -> list[dict]:
        """Frames of a voice whose case people exist (outsiders always do); only identifier-free if not plants."""
        have = set(case.people) | set(self.lex["roles_outside_table"])
        return [f for f in self.frames[voice] if f["people"] <= have and (plants or not f["plants"])]

    def note(self, note_id: str, case: Case, *, plants: bool) -> dict:
        voice_name = self.weighted({k: v["weight"] * bool(self.eligible(k, case, plants))
                                    for k, v in self.voices.items()})
        voice = self.voices[voice_name]
        frames = self.eligible(voice_name, case, plants)
        chosen = self.rng.sample(frames, min(len(frames), self.rng.randint(*self.cfg["frames_per_note"])))
        if self.chance(self.cfg["other_voice_share"]):
            other = self.pick(sorted(set(self.voices) - {voice_name}))
            extra = self.eligible(other, case, plants)
            if extra:
                chosen.insert(self.rng.randrange(len(chosen) + 1), self.pick(extra))
        text = NoteText()
        if self.chance(voice["header_p"]):
            self.render(text, self.pick(voice["headers"]), case, voice)
        for i, frame in enumerate(chosen):
            if i:
                text.write(voice["joiner"])
            self.render(text, frame["text"], case, voice)
        body, items = text.finish(lower=self.chance(voice["note_lower"]))
        for item in items:
            assert body[item["start"]:item["end"]] == item["text"], (note_id, item)
            assert any(is_sensitive(t, item["type"]) for _, _, t in tokens(item["text"])), (note_id, item)
        return {"note_id": note_id, "case_id": case.case_id, "voice": voice_name, "text": body, "identifiers": items}

    def corpus(self, n: int) -> tuple[list[dict], list[tuple[str, str, str]]]:
        """`n` notes (shuffled, numbered in order) and the people table."""
        n_loose = round(n * self.cfg["no_case_share"])
        cases, budget = [], []
        while sum(budget) < n - n_loose:
            self.case_count += 1
            cases.append(self.make_case(f"C{1000 + self.case_count}", in_table=True))
            budget.append(self.rng.randint(*self.cfg["notes_per_case"]))
        budget[-1] -= sum(budget) - (n - n_loose)
        plan = [case for case, k in zip(cases, budget) for _ in range(k)]
        for _ in range(n_loose):
            if self.chance(0.5):
                plan.append(Case(case_id=None, people=(c := self.pick(cases)).people, home=c.home))
            else:
                plan.append(self.make_case(None, in_table=False))
        self.rng.shuffle(plan)
        notes = [self.note(f"N{i:05d}", case, plants=not self.chance(self.cfg["no_identifier_share"]))
                 for i, case in enumerate(plan, 1)]
        return notes, [row for case in cases for row in case.rows]


def load(name: str) -> dict:
    """One of the benchmark's YAML data files."""
    with (HERE / name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def write(out: Path, notes: list[dict], rows: list[tuple[str, str, str]]) -> None:
    """notes.csv (the command's input), people.csv and notes.jsonl (the truth) in `out`."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / "notes.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["note_id", "case_id", "text"])
        w.writerows([n["note_id"], n["case_id"] or "", n["text"]] for n in notes)
    with (out / "people.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["case_id", "name", "role"])
        w.writerows(rows)
    with (out / "notes.jsonl").open("w", encoding="utf-8") as fh:
        for n in notes:
            fh.write(json.dumps(n, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, required=True, help="folder to write notes.csv, people.csv, notes.jsonl")
    args = ap.parse_args()
    notes, rows = Generator(args.seed, load("lexicon.yaml"), load("frames.yaml")).corpus(args.notes)
    write(args.out, notes, rows)
    counts = Counter((i["type"], i["form"]) for n in notes for i in n["identifiers"])
    by_type = Counter(i["type"] for n in notes for i in n["identifiers"])
    print(f"{len(notes)} notes, {sum(by_type.values())} identifiers, {len(rows)} people-table rows -> {args.out}")
    for kind, total in sorted(by_type.items()):
        forms = ", ".join(f"{form} {k}" for (t, form), k in sorted(counts.items()) if t == kind)
        print(f"  {kind} {total}: {forms}")


if __name__ == "__main__":
    main()
