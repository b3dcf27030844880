"""Names shared by every stage: sentence labels, audit domains, note columns and timepoints.

The labels are data (``casenotes/data/labels.v1.yaml``, or the file ``CASENOTES_LABELS`` names): their names,
titles, phrases, colours, the direction training aims for and the synthetic generators' rates. Read once, at
import, so every stage of a process sees the same set.
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
    import yaml

    from casenotes.data import resolve
    from casenotes.errors import InputError

    file = resolve(path, LABELS_FILE) if path else labels_path()
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        entries = data["labels"]
        labels = tuple(Label(name=str(e["name"]), title=str(e["title"]), phrase=str(e["phrase"]),
                             colour=str(e["colour"]), desired=str(e["desired"]),
                             synthetic={k: float(v) for k, v in (e.get("synthetic") or {}).items()})
                       for e in entries)
    except (yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as exc:
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

DOMAINS: tuple[str, ...] = (
    "perpetrator_pattern",
    "non_blaming_strengths",
    "partnering_safety",
    "child_harm_assessment",
)

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

TIMEPOINTS: tuple[str, ...] = ("baseline", "post_training", "follow_up_3m", "follow_up_6m")

DEFAULT_WINDOWS: tuple[int, int] = (3, 6)
"""Follow-up window ends in calendar months after training: post-training up to 3, follow-up at 3 months up to 6,
then follow-up at 6 months. The study's timepoints, those of the dashboard and of ``casenotes trends``."""

ROLES: tuple[str, ...] = ("NAP", "PCH", "CHILD", "PRACTITIONER", "PARENT")
"""Family roles tagged by the NLP pipeline: non-abusive parent, person causing harm, child, practitioner,
and PARENT for a parent whose role the note does not settle."""
