"""De-identification: pseudonymise people and identifiers before anything reaches the store.

The steps, each in its own module: ``identifiers`` (pattern recognisers for structured identifiers such as
phone, NHS and NI numbers, postcodes, dates of birth, emails, references, vehicle registrations and handles),
``sweep`` (the last pass for identifier-shaped tokens in formats no pattern knows),
``places`` (schools, nurseries, addresses, estates and blocks), ``people`` (the people table: every part of
every name of a case, however the table or the note writes it), ``names`` (a trained detector for the names of
people who are not in the table) and ``pseudonymise`` (the :class:`Pseudonymiser` that runs them in that order
and writes stable pseudonyms and entity tokens). ``text`` holds the word splitting and name folding they share;
``lexicon`` the word lists; ``training`` the sentences the detector learns from.
"""

from casenotes.deid.identifiers import nhs_checksum, screen_for
from casenotes.deid.pseudonymise import PeopleIndex, Pseudonymiser, load_key, pseudonymise_file

__all__ = ["PeopleIndex", "Pseudonymiser", "load_key", "nhs_checksum", "pseudonymise_file", "screen_for"]
