"""Exception classes and reject reason codes.

Messages name the file, row, column and ids involved but never quote note text, because errors end up in
terminals, logs and tickets that are not cleared to hold case-note content.
"""

from __future__ import annotations


class CasenotesError(Exception):
    """Base class: the CLI prints these as one line and exits 1."""


class InputError(CasenotesError, ValueError):
    """A file, mapping or argument cannot be used as given."""


class RuleFileError(CasenotesError, ValueError):
    """A rules, lexicon or context file is malformed."""


class RubricError(CasenotesError, ValueError):
    """An audit rubric file is malformed."""


class ModelError(CasenotesError, ValueError):
    """A model directory is missing, incomplete or of an unknown backend."""


class NotFittedError(CasenotesError, ValueError, AttributeError):
    """A classifier was used before `fit` or `load` (as scikit-learn's NotFittedError)."""


class StoreError(CasenotesError):
    """The store cannot be opened or written (locked, corrupt, wrong schema)."""


class AuthError(CasenotesError):
    """Sign-in refused, or a role asked for something it may not see."""


class CasenotesWarning(UserWarning):
    """Input that is valid but probably a mistake (an empty rule file, a mapping that maps nothing): the work goes
    on, and the CLI prints the warning as one line."""


# Stable reason codes written to the rejects file; never renamed, only added to.
REJECT_REASONS: dict[str, str] = {
    "missing_note_id": "note_id is empty",
    "missing_text": "text is empty after cleaning",
    "duplicate_note_id": "note_id already seen earlier in this input with different text",
    "duplicate_note": "same note_id and text as an earlier row of this input",
    "bad_date": "recorded_at is not a recognised date",
    "text_too_long": "text exceeds the maximum note length",
    "undecodable_text": "text could not be decoded or repaired",
    "malformed_row": "the row could not be parsed (bad JSON line, wrong number of fields)",
    "forgotten_case": "the note's case was removed from the store with `casenotes forget`; it is not stored again",
}
