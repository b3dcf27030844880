"""Seeded synthetic case notes with sentence-level ground truth, for demos, tests and benchmarks.

The world (boroughs, teams, names) and the sentence templates are data files. Teams are trained on a stepped
schedule (Sutton's teams never are), and after training a team's notes carry each label in a share of
sentences that moves by the effect the user sets, in percentage points. Same seed, same bytes.

Long because the world, the stepped schedule and the note generator share one random stream: moving
parts elsewhere would make the same-seed, same-bytes promise harder to see.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from casenotes.data import read_rule_yaml
from casenotes.errors import InputError, RuleFileError
from casenotes.schemas import LABEL_INFO, LABEL_SPECS, LABELS

BASE_RATES: dict[str, float] = {s.name: s.synthetic["rate_pct"] for s in LABEL_SPECS if "rate_pct" in s.synthetic}
"""Share of sentences (percent) carrying each simulated label in an untrained team's notes (labels file)."""
DEFAULT_EFFECTS: dict[str, float] = {s.name: s.synthetic.get("effect_pp", 0.0) for s in LABEL_SPECS
                                     if s.name in BASE_RATES}
"""Change (percentage points) after training per simulated label (labels file)."""
MULTI_RATE = 2.0
"""Percent of sentences drawn from the multi-label templates (their labels count toward the realised shares)."""
SLOTS = {"P", "P_sub", "P_obj", "P_pos", "V", "V_sub", "V_obj", "V_pos", "C", "C_age", "C_sub", "C_obj", "C_pos",
         "C2", "W", "DAY", "DATE", "TIME", "SCHOOL", "AGENCY"}
_SLOT = re.compile(r"\{([A-Za-z0-9_]+)\}")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
START, END = date(2024, 1, 1), date(2025, 12, 31)


@dataclass(frozen=True)
class Template:
    id: str
    labels: tuple[str, ...]
    text: str
    context: tuple[str, ...]


def load_templates(path: str | Path = "default") -> list[Template]:
    """Read and check the template bank (labels, slots and brackets)."""
    file, raw = read_rule_yaml(path, "synth_templates.v1.yaml", "E546")
    out, seen = [], set()
    for item in raw.get("templates", []):
        tid = item.get("id")
        labels = tuple(sorted(item.get("labels") or []))
        if not tid or tid in seen or set(labels) - set(LABELS):
            raise RuleFileError(f"[E090] {file.name} template {tid!r}: id missing/repeated or labels {labels} not in {list(LABELS)}.")
        unknown = set(_SLOT.findall(item["text"])) - SLOTS
        if unknown:
            raise RuleFileError(f"[E091] {file.name} template {tid}: unknown slot(s) {sorted(unknown)}; allowed {sorted(SLOTS)}.")
        seen.add(tid)
        context = item.get("context") or ["any"]
        out.append(Template(tid, labels, str(item["text"]), tuple([context] if isinstance(context, str) else context)))
    return out


def expand(text: str, rng: np.random.Generator) -> str:
    """Choose one option of each ``[a|b|c]`` group, innermost first (one level of nesting)."""
    pattern = re.compile(r"\[([^\[\]]*)\]")
    while True:
        m = pattern.search(text)
        if not m:
            return text
        options = m.group(1).split("|")
        text = text[:m.start()] + options[int(rng.integers(len(options)))] + text[m.end():]


_PRON = {"m": ("he", "him", "his"), "f": ("she", "her", "her")}


def _person(rng: np.random.Generator, world: dict[str, Any], sex: str, surname: str) -> dict[str, str]:
    first = str(rng.choice(world["female_first"] if sex == "f" else world["male_first"]))
    return {"first": first, "surname": surname, "sex": sex}


def _refs(person: dict[str, str], relation: str) -> list[str]:
    """Ways a note refers to an adult, by relation to the children."""
    title = "Mr" if person["sex"] == "m" else "Ms"
    named = [f"{title} {person['surname']}", person["first"]]
    by_relation = {
        "mother": ["Mum", "M", "mother", "Mum"], "father": ["Dad", "F", "father", "Dad"],
        "stepfather": ["stepdad", "Mum's partner"], "stepmother": ["stepmum", "Dad's partner"],
        "partner_m": ["the partner", "Mum's partner"], "partner_f": ["the partner", "Dad's partner"],
        "adult_child": [person["first"]],
    }
    return by_relation[relation] + named



def _people_table(families: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The people table's rows: each case's abusive parent, non-abusive parent and children, by full name."""
    people = []
    for ci, fam in enumerate(families):
        case_id = f"C{ci + 1:06d}"
        for role, person in (("PCH", fam["P"]), ("NAP", fam["V"])):
            people.append({"case_id": case_id, "name": f"{person['first']} {person['surname']}", "role": role})
        for ch in fam["children"]:
            people.append({"case_id": case_id, "name": f"{ch['first']} {ch['surname']}", "role": "CHILD"})
    return people

def _family(rng: np.random.Generator, world: dict[str, Any]) -> dict[str, Any]:
    """Sample who causes harm to whom: most often a father, but also mothers, same-sex partners, step-parents
    and adult children, so that roles are never implied by gender."""
    surname = str(rng.choice(world["surnames"]))
    kind = rng.choice(["father", "mother", "same_sex_f", "same_sex_m", "step", "adult_child"],
                      p=[0.68, 0.09, 0.04, 0.03, 0.09, 0.07])
    other = str(rng.choice(world["surnames"])) if rng.random() < 0.5 else surname
    if kind == "father":
        p, v, prel, vrel = _person(rng, world, "m", surname), _person(rng, world, "f", other), "father", "mother"
    elif kind == "mother":
        p, v, prel, vrel = _person(rng, world, "f", surname), _person(rng, world, "m", other), "mother", "father"
    elif kind == "same_sex_f":
        p, v, prel, vrel = _person(rng, world, "f", other), _person(rng, world, "f", surname), "partner_f", "mother"
    elif kind == "same_sex_m":
        p, v, prel, vrel = _person(rng, world, "m", other), _person(rng, world, "m", surname), "partner_m", "father"
    elif kind == "step":
        if rng.random() < 0.8:
            p, v, prel, vrel = _person(rng, world, "m", other), _person(rng, world, "f", surname), "stepfather", "mother"
        else:
            p, v, prel, vrel = _person(rng, world, "f", other), _person(rng, world, "m", surname), "stepmother", "father"
    else:
        sex = "m" if rng.random() < 0.7 else "f"
        p = _person(rng, world, sex, surname)
        v = _person(rng, world, "f" if rng.random() < 0.8 else "m", surname)
        prel, vrel = "adult_child", "mother" if v["sex"] == "f" else "father"
    n_children = int(rng.integers(2, 4))
    children: list[dict[str, Any]] = []
    used: set[str] = set()
    while len(children) < n_children:
        sex = "f" if rng.random() < 0.5 else "m"
        name = str(rng.choice(world["child_girls"] if sex == "f" else world["child_boys"]))
        if name not in used:
            used.add(name)
            children.append({"first": name, "surname": surname, "age": int(rng.integers(0, 16)), "sex": sex})
    return {"kind": str(kind), "P": p, "V": v, "P_refs": _refs(p, prel), "V_refs": _refs(v, vrel), "children": children}


def _nhs_number(rng: np.random.Generator) -> str:
    """A ten-digit NHS number with a valid modulus-11 check digit, written 3-3-4."""
    while True:
        digits = [int(d) for d in rng.integers(0, 10, 9)]
        check = 11 - sum(w * d for w, d in zip(range(10, 1, -1), digits)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, digits + [check]))
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def _plant(rng: np.random.Generator, world: dict[str, Any], fam: dict[str, Any], when: date) -> tuple[str, str, str]:
    """A sentence carrying one identifier of a random type, and the identifier as written."""
    kind = str(rng.choice(sorted(world["pii_sentences"])))
    letters = "ABCEGHJKLMNPRSTWXYZ"
    if kind == "NHS_NUMBER":
        value = _nhs_number(rng)
    elif kind == "NI_NUMBER":
        prefix = "GB"
        while prefix in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):  # prefixes HMRC never issues
            prefix = f"{rng.choice(list('ABCEGHJKLMNPRSTWY'))}{rng.choice(list(letters))}"
        value = f"{prefix} " + " ".join(
            f"{int(rng.integers(10, 100))}" for _ in range(3)) + f" {rng.choice(list('ABCD'))}"
    elif kind == "POSTCODE":
        value = f"{rng.choice(world['postcode_districts'])} {int(rng.integers(1, 10))}{rng.choice(list('ABDEFGHJLNPQRSTUWXY'))}{rng.choice(list('ABDEFGHJLNPQRSTUWXY'))}"
    elif kind == "PHONE":
        value = f"07{int(rng.integers(100, 1000))} {int(rng.integers(100000, 1000000))}"
    elif kind == "EMAIL":
        value = f"{fam['V']['first'].lower()}.{fam['V']['surname'].lower().replace(chr(39), '')}{int(rng.integers(1, 99))}@example.org"
    elif kind == "DOB":
        value = (when - timedelta(days=int(rng.integers(365, 365 * 16)))).strftime("%d/%m/%Y")
    elif kind == "ADDRESS":
        value = f"{int(rng.integers(1, 200))} {rng.choice(world['streets'])} {rng.choice(world['street_types'])}"
    else:
        value = str(int(rng.integers(1_000_000, 10_000_000)))
    form = str(rng.choice(world["pii_sentences"][kind]))
    text = _fill(form.replace("{VALUE}", value), fam, rng, world, when)
    return kind, value, text


def _clock(hour: int, minutes: str) -> str:
    """Office hours the way notes write them: 9.30am, 2.15pm."""
    return f"{hour % 12 or 12}.{minutes}{'am' if hour < 12 else 'pm'}"


def _fill(text: str, fam: dict[str, Any], rng: np.random.Generator, world: dict[str, Any], when: date) -> str:
    child = fam["children"][0] if rng.random() < 0.6 else fam["children"][int(rng.integers(len(fam["children"])))]
    others = [c for c in fam["children"] if c is not child]
    c2 = others[int(rng.integers(len(others)))]
    p_ref = str(rng.choice(fam["P_refs"]))
    v_ref = str(rng.choice(fam["V_refs"]))
    values = {
        "P": p_ref, "V": v_ref, "C": child["first"], "C_age": str(max(child["age"], 1)), "C2": c2["first"],
        "W": str(rng.choice(world["workers"])), "DAY": str(rng.choice(_DAYS)),
        "DATE": (when - timedelta(days=int(rng.integers(0, 14)))).strftime("%d/%m"),
        "TIME": _clock(int(rng.integers(9, 18)), str(rng.choice(["00", "15", "30", "45"]))),
        "SCHOOL": str(rng.choice(world["schools"])), "AGENCY": str(rng.choice(world["agencies"])),
    }
    for key, person in (("P", fam["P"]), ("V", fam["V"]), ("C", child)):
        sub, obj, pos = _PRON[person["sex"]]
        values.update({f"{key}_sub": sub, f"{key}_obj": obj, f"{key}_pos": pos})
    out = _SLOT.sub(lambda m: values[m.group(1)], text)
    out = re.sub(r"\bI (was|is)\b", r"I \1", out)
    return out[:1].upper() + out[1:] if out else out


class Generator:
    """Build a synthetic trial.

    Args:
        notes: number of notes.
        seed: random seed (same seed, same output bytes).
        effects: label -> change after training in percentage points of sentences carrying the label.
        teams_per_borough: teams in each of the six boroughs.
        practitioners_per_team: authors per team.
        practitioner_sd: spread of each author's own writing style (log scale around the team's label shares),
            so practitioner random effects have something to find.
        move_share: share of practitioners who move to another team in the same borough once during the study
            (their notes follow them; ``memberships`` records who was in which team when).
    """

    def __init__(self, *, notes: int = 1000, seed: int = 0, effects: dict[str, float] | None = None,
                 teams_per_borough: int = 4, practitioners_per_team: int = 5, notes_per_case: float = 6.0,
                 pii: float = 0.0, practitioner_sd: float = 0.2, move_share: float = 0.1,
                 templates: str | Path = "default", world: str | Path = "default") -> None:
        self.notes = notes
        self.seed = seed
        self.effects = {**DEFAULT_EFFECTS, **(effects or {})}
        unknown = set(self.effects) - set(BASE_RATES)
        if unknown:
            raise InputError(f"[E092] --effect label(s) {sorted(unknown)} unknown; expected some of "
                             f"{list(BASE_RATES)} (the labels file's simulated labels).")
        for label, delta in self.effects.items():
            if not -BASE_RATES[label] <= delta <= 60:
                raise InputError(f"[E093] --effect {label}={delta}: the post-training share would be "
                                 f"{BASE_RATES[label] + delta:.1f}%; keep it between 0 and {BASE_RATES[label] + 60:.0f}.")
        self.teams_per_borough = teams_per_borough
        self.practitioners_per_team = practitioners_per_team
        self.notes_per_case = notes_per_case
        if not 0.0 <= pii <= 1.0:
            raise InputError(f"[E097] --pii {pii}: expected the share of notes (0 to 1) that get a planted identifier.")
        self.pii = pii
        self.practitioner_sd = practitioner_sd
        self.move_share = move_share
        self.templates = load_templates(templates)
        self.world = read_rule_yaml(world, "synth_world.v1.yaml", "E547")[1]

    def _teams(self, rng: np.random.Generator) -> pd.DataFrame:
        rows = []
        types = self.world["team_types"]
        for b in self.world["boroughs"]:
            for k in range(self.teams_per_borough):
                tt = types[k % len(types)]
                rows.append({"borough": b["name"], "team": f"{tt['name']} {k // len(types) + 1}",
                             "setting": tt["setting"], "core": b["core_training"]})
        teams = pd.DataFrame(rows)
        trained = teams[teams["core"]].index.to_numpy()
        order = rng.permutation(trained)
        # stepped wedge: four steps, a quarter apart, from July 2024
        steps = [date(2024, 7, 1) + timedelta(days=91 * s) for s in range(4)]
        teams["trained_at"] = None
        teams["arm"] = "comparison"
        for i, idx in enumerate(order):
            step = steps[i * len(steps) // len(order)]
            teams.loc[idx, "trained_at"] = (step + timedelta(days=int(rng.integers(0, 20)))).isoformat()
            teams.loc[idx, "arm"] = f"step {i * len(steps) // len(order) + 1}"
        teams["team_effect"] = rng.normal(0, 0.3, len(teams))
        return teams

    def _roster(self, teams: pd.DataFrame, rng: np.random.Generator
                ) -> tuple[list[dict[str, Any]], dict[int, list[tuple[str, str]]]]:
        """The training roster's rows, and each team's practitioners as (id, role)."""
        roster: list[dict[str, Any]] = []
        authors: dict[int, list[tuple[str, str]]] = {}
        for t in teams.itertuples():
            roles = self.world["author_roles"][t.setting]
            for j in range(self.practitioners_per_team):
                pid = f"P{t.Index:03d}{j}"
                authors.setdefault(t.Index, []).append((pid, str(rng.choice(roles))))
                attended = t.trained_at is not None and rng.random() < 0.9
                roster.append({"practitioner_id": pid, "borough": t.borough, "team": t.team,
                               "course": "CORE" if t.trained_at else "", "status": "completed" if attended else
                               ("booked" if t.trained_at else "not offered"),
                               "date": t.trained_at if attended else ""})
        return roster, authors

    def _template_pools(self) -> tuple[dict[str, list[Template]], dict[tuple[str, str], list[Template]]]:
        """Templates by what a sentence carries (a label, ``multi`` or ``routine``), and those pools narrowed to
        the templates that fit each note type's context (the whole pool where none fits)."""
        by_label = {l: [t for t in self.templates if t.labels == (l,)] for l in LABELS}
        routine = [t for t in self.templates if not t.labels]
        multi = [t for t in self.templates if len(t.labels) > 1]
        if not routine or any(not v for v in by_label.values()):
            raise RuleFileError("[E094] The template bank needs routine templates and single-label templates for every label.")
        pools = {"routine": routine, "multi": multi or routine, **by_label}
        fitting: dict[tuple[str, str], list[Template]] = {}
        for note_type, ctx in self.world["note_context"].items():
            allowed = set(ctx) | {"any"}
            for key, pool in pools.items():
                fitting[(note_type, key)] = [tp for tp in pool if set(tp.context) & allowed] or pool
        return pools, fitting

    def _sentence_probs(self, lift: float, *, trained: bool) -> np.ndarray:
        """The chance a sentence carries each simulated label (``BASE_RATES`` order), several labels, or none (in that
        order), for an author whose team and own style lift the practice training aims for by ``lift`` (and lower
        what it aims to reduce), after training or not."""
        rates = {l: BASE_RATES[l] * float(np.exp(lift if LABEL_INFO[l].desired == "up" else -lift))
                 + (self.effects[l] if trained else 0.0) for l in BASE_RATES}
        probs = np.array([max(rates[l], 0.0) for l in BASE_RATES] + [MULTI_RATE]) / 100.0
        return np.append(probs, max(0.0, 1.0 - probs.sum()))

    def generate(self) -> dict[str, pd.DataFrame | dict[str, Any]]:
        """Return the notes, ground-truth sentences, teams, roster, people tables and the truth record."""
        rng = np.random.default_rng(self.seed)
        teams = self._teams(rng)
        roster, authors = self._roster(teams, rng)
        pools, fitting = self._template_pools()
        memberships, style = self._memberships(teams, authors)
        n_cases = max(1, int(round(self.notes / self.notes_per_case)))
        case_team = rng.integers(0, len(teams), n_cases)
        families = [_family(rng, self.world) for _ in range(n_cases)]
        notes, sentences, planted = [], [], []
        pii_rng = np.random.default_rng([self.seed, 7])  # separate stream: planting never changes the notes' text
        people = _people_table(families)
        span_days = (END - START).days
        simulated = list(BASE_RATES)  # the labels the labels file gives synthetic rates
        for ni in range(self.notes):
            ci = int(rng.integers(n_cases))
            fam, t = families[ci], teams.iloc[int(case_team[ci])]
            when = START + timedelta(days=int(rng.integers(span_days + 1)))
            # written by a member of the case's team on that day (staff who moved in, not those who moved out)
            spells = memberships[int(case_team[ci])]
            members = [m for m in spells if m[1] <= when < m[2]] or spells
            author_id, author_role = members[int(rng.integers(len(members)))][0]
            trained = t.trained_at is not None and when.isoformat() >= t.trained_at
            note_type = str(rng.choice(self.world["note_types"][t.setting]))
            probs = self._sentence_probs(t.team_effect + style[author_id], trained=trained)
            note_id = f"N{ni + 1:07d}"
            parts: list[str] = []
            n_sentences = int(rng.integers(3, 11))
            for si in range(n_sentences):
                k = int(rng.choice(len(probs), p=probs / probs.sum()))
                key = simulated[k] if k < len(simulated) else "multi" if k == len(simulated) else "routine"
                pool = fitting.get((note_type, key), pools[key])
                tp = pool[int(rng.integers(len(pool)))]
                text = _fill(expand(tp.text, rng), fam, rng, self.world, when)
                sentences.append({"note_id": note_id, "sent_idx": si, "template_id": tp.id, "text": text,
                                  **{l: int(l in tp.labels) for l in LABELS}})
                if parts:
                    parts.append(" " if parts[-1].rstrip()[-1:] in ".!?" else "\n")
                parts.append(text)
            if self.pii and pii_rng.random() < self.pii:
                kind, value, text = _plant(pii_rng, self.world, fam, when)
                planted.append({"note_id": note_id, "case_id": f"C{ci + 1:06d}", "type": kind, "value": value})
                sentences.append({"note_id": note_id, "sent_idx": n_sentences, "template_id": f"pii.{kind}",
                                  "text": text, **{l: 0 for l in LABELS}})
                parts.append((" " if parts[-1].rstrip()[-1:] in ".!?" else "\n") + text)
            notes.append({"note_id": note_id, "case_id": f"C{ci + 1:06d}", "borough": t.borough, "team": t.team,
                          "author_id": author_id, "author_role": author_role,
                          "recorded_at": when.strftime("%d/%m/%Y"), "note_type": note_type, "text": "".join(parts),
                          "trained": trained})
        notes_df = pd.DataFrame(notes)
        sents_df = pd.DataFrame(sentences)
        truth = self._truth(notes_df, sents_df)
        return {"notes": notes_df.drop(columns=["trained"]), "sentences": sents_df,
                "teams": teams[["borough", "team", "trained_at", "arm"]], "roster": pd.DataFrame(roster),
                "memberships": self._membership_table(teams, memberships),
                "people": pd.DataFrame(people), "truth": truth,
                "planted": pd.DataFrame(planted, columns=["note_id", "case_id", "type", "value"])}

    def _memberships(self, teams: pd.DataFrame, authors: dict[int, list[tuple[str, str]]]
                     ) -> tuple[dict[int, list[tuple[tuple[str, str], date, date]]], dict[str, float]]:
        """Who is in each team when, and each author's style effect, from streams of their own.

        Separate random streams keep the notes of a given seed unchanged in everything but authorship when the
        share of movers or the style spread changes.
        """
        move_rng = np.random.default_rng([self.seed, 5])
        style_rng = np.random.default_rng([self.seed, 3])
        spells: dict[int, list[tuple[tuple[str, str], date, date]]] = {i: [] for i in authors}
        open_end = END + timedelta(days=1)
        style: dict[str, float] = {}
        for ti, staff in authors.items():
            peers = teams.index[(teams["borough"] == teams.loc[ti, "borough"]) & (teams.index != ti)].to_numpy()
            for author in staff:
                style[author[0]] = float(style_rng.normal(0.0, self.practitioner_sd)) if self.practitioner_sd else 0.0
                if len(peers) and move_rng.random() < self.move_share:
                    moved = START + timedelta(days=int(move_rng.integers(90, (END - START).days - 90)))
                    spells[ti].append((author, START, moved))
                    spells[int(move_rng.choice(peers))].append((author, moved, open_end))
                else:
                    spells[ti].append((author, START, open_end))
        return spells, style

    @staticmethod
    def _membership_table(teams: pd.DataFrame, spells: dict[int, list[tuple[tuple[str, str], date, date]]]
                          ) -> pd.DataFrame:
        rows = [{"practitioner_id": author[0], "borough": teams.loc[ti, "borough"], "team": teams.loc[ti, "team"],
                 "start_date": start.isoformat(), "end_date": "" if end > END else end.isoformat()}
                for ti, team_spells in spells.items() for author, start, end in team_spells]
        return pd.DataFrame(rows).sort_values(["practitioner_id", "start_date"], ignore_index=True)

    def _truth(self, notes: pd.DataFrame, sents: pd.DataFrame) -> dict[str, Any]:
        merged = sents.merge(notes[["note_id", "trained"]], on="note_id")
        realised = {}
        for l in LABELS:
            share = merged.groupby("trained")[l].mean() * 100
            realised[l] = {"untrained_pct": round(float(share.get(False, np.nan)), 3),
                           "trained_pct": round(float(share.get(True, np.nan)), 3)}
        return {"seed": self.seed, "notes": self.notes, "effects_pp": self.effects, "base_rates_pct": BASE_RATES,
                "realised_share_of_sentences_pct": realised, "teams_per_borough": self.teams_per_borough,
                "note": "effects_pp: change after training in the share of sentences carrying each label, in "
                        "percentage points; team-level random variation is added around the base rates."}


def parse_effect(item: str) -> tuple[str, float]:
    """``"victim_blaming=-4"`` -> ``("victim_blaming", -4.0)``: a label and its change after training in
    percentage points (``--effect``); the label itself is checked by :class:`Generator`.

    Raises:
        InputError: not LABEL=DELTA with a number (E096).
    """
    label, sep, value = item.partition("=")
    try:
        delta = float(value)
    except ValueError:
        delta = None
    if not sep or delta is None:
        raise InputError(f"[E096] --effect '{item}': expected LABEL=DELTA, e.g. victim_blaming=-4.")
    return label.strip(), delta


def write(out: str | Path, **kwargs: Any) -> dict[str, Path]:
    """Generate and write the notes (CSV or Parquet by OUT's suffix) and the side tables beside them."""
    out = Path(out)
    if out.suffix not in (".csv", ".parquet"):
        raise InputError(f"[E095] synth OUT '{out.name}' must end in .csv or .parquet.")
    data = Generator(**kwargs).generate()
    out.parent.mkdir(parents=True, exist_ok=True)
    paths = {"notes": out}
    stem = out.with_suffix("")
    names = ("notes", "sentences", "teams", "roster", "memberships", "people") + (("planted",) if kwargs.get("pii") else ())
    for name in names:
        frame: pd.DataFrame = data[name]  # the tables; "truth" is the one dict
        path = out if name == "notes" else Path(f"{stem}_{name}{out.suffix}")
        if out.suffix == ".csv":
            frame.to_csv(path, index=False, lineterminator="\n")
        else:
            frame.to_parquet(path, index=False)
        paths[name] = path
    truth = out.parent / "truth.json"
    truth.write_text(json.dumps(data["truth"], indent=2, sort_keys=True) + "\n", encoding="utf-8")
    paths["truth"] = truth
    return paths
