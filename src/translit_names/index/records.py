"""The records the index reader returns: named, typed rows (no positional tuples leave :mod:`.reader`)."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["EntityRecord", "FormKeys", "FormRecord", "FormSample", "IndexedName", "MatchRecord", "NameRecord", "Posting"]


class EntityRecord(NamedTuple):
    """A row of ``entities``: internal number, ID, type, canonical name, description, country, gender,
    prominence, external IDs (a JSON object) and where it was defined (a file, or ``importer:<name>``)."""

    eid: int
    id: str
    type: str
    name: str
    description: str
    country: str | None
    gender: str | None
    prominence: float
    ids: str
    origin: str


class NameRecord(NamedTuple):
    """A spelling of a form with its provenance; ``tier`` is the tier's rank (0 preferred ... 3 weak)."""

    text: str
    tier: int
    lang: str
    source: str
    scheme: str | None
    origin: str | None


class FormRecord(NamedTuple):
    """A form with what scoring needs: its entity's number, ID, prominence and type, ``imported``: 1 when the
    entity was imported (not curated), else 0 (SQLite's truth value, kept as it comes: no conversion per row), and
    the rank of the form's strongest tier (0 preferred ... 3 weak)."""

    fid: int
    eid: int
    id: str
    norm: str
    key: str
    factor: float
    text: str
    prominence: float
    type: str
    imported: int
    tier: int


class Posting(NamedTuple):
    """A form reached through one word key, with the columns the approximate search reads first."""

    fid: int
    key: str
    factor: float
    eid: int
    norm: str


class MatchRecord(NamedTuple):
    """What a match shows: the entity's columns (``ids`` as stored: a JSON object) and the strongest name of the
    matched form."""

    id: str
    type: str
    name: str
    description: str
    country: str | None
    prominence: float
    ids: str
    matched: NameRecord


class FormKeys(NamedTuple):
    """A form's entity ID, normalised text and matching key (for checks over the whole index)."""

    id: str
    norm: str
    key: str


class IndexedName(NamedTuple):
    """A name of the index with its entity (ID, whether imported, type) and its form's key (for checks over the
    whole index)."""

    id: str
    imported: bool
    text: str
    key: str
    norm: str
    type: str


class FormSample(NamedTuple):
    """A form's text, normalised text and matching key."""

    text: str
    norm: str
    key: str
