"""Names shared by every stage: sentence labels, audit domains, note columns and timepoints."""

from __future__ import annotations

LABELS: tuple[str, ...] = ("victim_blaming", "perpetrator_pattern", "child_focus", "partnering")

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
