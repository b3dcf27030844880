"""Names shared by every stage: sentence labels, audit domains, note columns and timepoints.

The labels are data (``casenotes/data/labels.v1.yaml``, or the file ``CASENOTES_LABELS`` names): their names,
titles, phrases, colours, the direction training aims for and the synthetic generators' rates. So are the audit
domains (``casenotes/data/domains.v1.yaml``, or ``CASENOTES_DOMAINS``): names, titles, descriptions, the labels
that are their evidence and the rubric that scores them by default. Both are read once, at import, so every stage
of a process sees the same sets.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

LABELS_ENV = "CASENOTES_LABELS"
"""Environment variable naming a labels file to use instead of the shipped ``labels.v1.yaml``."""
LABELS_FILE = "labels.v1.yaml"
_NAME = re.compile(r"[a-z][a-z0-9_]*")
_DIRECTIONS = ("up", "down")


@dataclass(frozen=True)
class Label:
    """One sentence label as the labels file defines it.

    Attributes:
        name: the label's identifier (a column name: lower case, digits and underscores).
        title: how people read it ("Child focus").
        phrase: how plain-words summaries name it ("child-focused language").
        colour: its highlight colour on the dashboard (``#rrggbb``).
        desired: ``"up"`` or ``"down"``, the direction Safe & Together training aims for.
        synthetic: the generators' rates (``rate_pct``, ``effect_pp``, ``trial_share``); empty when the label is
            not simulated.
    """

    name: str
    title: str
    phrase: str
    colour: str
    desired: str
    synthetic: dict[str, float] = field(default_factory=dict)


def labels_path() -> Path:
    """The labels file in force: the one ``CASENOTES_LABELS`` names, else the shipped one (a run records it)."""
    from casenotes.data import resolve

    return resolve(os.environ.get(LABELS_ENV) or "default", LABELS_FILE)


def load_labels(path: str | Path | None = None) -> tuple[Label, ...]:
    """The labels of a labels file (default: :func:`labels_path`).

    Raises:
        InputError: the file is missing (E002), not YAML or has wrong keys or values (E530).
    """
    from casenotes.data import read_rule_yaml
    from casenotes.errors import InputError

    file, data = read_rule_yaml(path or labels_path(), LABELS_FILE, "E530", error=InputError)
    try:
        entries = data["labels"]
        labels = tuple(Label(name=str(e["name"]), title=str(e["title"]), phrase=str(e["phrase"]),
                             colour=str(e["colour"]), desired=str(e["desired"]),
                             synthetic={k: float(v) for k, v in (e.get("synthetic") or {}).items()})
                       for e in entries)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"[E530] {file.name}: not a casenotes labels file ({type(exc).__name__}: {exc}); expected "
                         f"'labels:' entries with name, title, phrase, colour and desired.") from None
    names = [label.name for label in labels]
    bad = [label.name for label in labels if not _NAME.fullmatch(label.name) or label.desired not in _DIRECTIONS
           or not re.fullmatch(r"#[0-9a-fA-F]{6}", label.colour)]
    if not labels or len(set(names)) != len(names) or bad:
        raise InputError(f"[E530] {file.name}: labels must be distinct names of lower-case letters, digits and "
                         f"underscores, with desired 'up' or 'down' and a #rrggbb colour; check {bad or names}.")
    return labels


LABEL_SPECS: tuple[Label, ...] = load_labels()
"""The labels in force, in the file's order."""
LABELS: tuple[str, ...] = tuple(label.name for label in LABEL_SPECS)
LABEL_INFO: dict[str, Label] = {label.name: label for label in LABEL_SPECS}

DOMAINS_ENV = "CASENOTES_DOMAINS"
"""Environment variable naming a domains file to use instead of the shipped ``domains.v1.yaml``."""
DOMAINS_FILE = "domains.v1.yaml"
_DOMAIN_KEYS = {"name", "title", "description", "labels"}
_RESERVED = {"run_id", "text_sha1", "n_sentences", "n_words", "timepoint_given", "trained", "trained_at", "arm",
             "author_trained", "author_trained_at", "month", "team_from_membership", "team_key",
             *(f"n_{label}" for label in LABELS), *(f"{label}_rate" for label in LABELS)}
"""Names a domain cannot take besides the note columns: other columns of the per-note rows (``Store.note_facts``,
``Store.note_outcomes``) that its score column joins."""


@dataclass(frozen=True)
class Domain:
    """One audit domain as the domains file defines it.

    Attributes:
        name: the domain's identifier (a column name: lower case, digits and underscores).
        title: how people read it ("Partnering in planning and safety strategies").
        description: what its scores mean, in short.
        labels: the sentence labels whose sentences are its evidence (a rubric's ``evidence`` when it lists none).
    """

    name: str
    title: str
    description: str
    labels: tuple[str, ...]


def domains_path() -> Path:
    """The domains file in force: the one ``CASENOTES_DOMAINS`` names, else the shipped one (a run records it)."""
    from casenotes.data import resolve

    return resolve(os.environ.get(DOMAINS_ENV) or "default", DOMAINS_FILE)


def load_domains(path: str | Path | None = None) -> tuple[tuple[Domain, ...], Path]:
    """The domains of a domains file (default: :func:`domains_path`) and the default rubric it names.

    Raises:
        InputError: the file or its rubric is missing (E002, E551), the file is not YAML or lacks keys (E550), a
            name is not a distinct column name (E551) or a domain names a label not in force (E552).
    """
    from casenotes.data import read_rule_yaml
    from casenotes.errors import InputError

    file, data = read_rule_yaml(path or domains_path(), DOMAINS_FILE, "E550", error=InputError)
    try:
        rubric, entries = str(data["rubric"]), list(data["domains"])
        unknown = sorted({k for e in entries for k in e} - _DOMAIN_KEYS)
        if unknown:
            raise KeyError(f"unknown key(s) {unknown}")
        domains = tuple(Domain(name=str(e["name"]), title=str(e["title"]), description=str(e["description"]),
                               labels=tuple(map(str, e["labels"]))) for e in entries)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"[E550] {file.name}: not a casenotes domains file ({type(exc).__name__}: {exc}); expected "
                         f"'rubric:' and 'domains:' entries with name, title, description and labels.") from None
    names = [d.name for d in domains]
    bad = [n for n in names if not _NAME.fullmatch(n) or n in _RESERVED or n in NOTE_COLUMNS]
    if not domains or len(set(names)) != len(names) or bad:
        raise InputError(f"[E551] {file.name} domains: names must be distinct, of lower-case letters, digits and "
                         f"underscores, and not a note column; check {bad or names}.")
    for d in domains:
        if not d.labels or set(d.labels) - set(LABELS):
            raise InputError(f"[E552] {file.name} domain {d.name} labels {list(d.labels)}: expected some of the "
                             f"labels in force {list(LABELS)}.")
    return domains, _rubric_of(file, rubric)


def _rubric_of(domains_file: Path, rubric: str) -> Path:
    """The default rubric a domains file names: a path relative to the file, else a shipped rubric's name."""
    from casenotes.data import data_path
    from casenotes.errors import InputError

    beside = domains_file.parent / rubric
    if beside.is_file():
        return beside
    try:
        return data_path(rubric)
    except InputError:
        raise InputError(f"[E551] {domains_file.name} rubric: '{rubric}' is neither a file beside it nor a shipped "
                         f"rubric.") from None


REQUIRED_COLUMNS: tuple[str, ...] = ("note_id", "text")

OPTIONAL_COLUMNS: tuple[str, ...] = (
    "case_id",
    "borough",
    "team",
    "author_id",
    "author_role",
    "recorded_at",
    "note_type",
    "timepoint",
    "risk_level",
    "case_status",
)
NOTE_COLUMNS: tuple[str, ...] = REQUIRED_COLUMNS + OPTIONAL_COLUMNS

DOMAIN_SPECS, DEFAULT_RUBRIC_PATH = load_domains()
"""The audit domains in force, in the file's order, and the rubric that scores them by default."""
DOMAINS: tuple[str, ...] = tuple(domain.name for domain in DOMAIN_SPECS)
DOMAIN_INFO: dict[str, Domain] = {domain.name: domain for domain in DOMAIN_SPECS}

TIMEPOINTS: tuple[str, ...] = ("baseline", "post_training", "follow_up_3m", "follow_up_6m")

DEFAULT_WINDOWS: tuple[int, int] = (3, 6)
"""Follow-up window ends in calendar months after training: post-training up to 3, follow-up at 3 months up to 6,
then follow-up at 6 months. The study's timepoints, those of the dashboard and of ``casenotes trends``."""

ROLES: tuple[str, ...] = ("NAP", "PCH", "CHILD", "PRACTITIONER", "PARENT")
"""Family roles tagged by the NLP pipeline: non-abusive parent, person causing harm, child, practitioner,
and PARENT for a parent whose role the note does not settle."""
