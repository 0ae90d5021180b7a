"""The index: the only package that speaks SQL. :mod:`.schema` defines the tables, :mod:`.writer` writes them
(build time), :mod:`.reader` holds every SELECT and returns named records (:mod:`.records`)."""

from __future__ import annotations

from .reader import IndexReader, read_meta
from .records import EntityRecord, FormKeys, FormRecord, FormSample, IndexedName, MatchRecord, NameRecord, Posting
from .schema import INDEX_FORMAT

__all__ = [
    "INDEX_FORMAT",
    "EntityRecord",
    "FormKeys",
    "FormRecord",
    "FormSample",
    "IndexReader",
    "IndexedName",
    "MatchRecord",
    "NameRecord",
    "Posting",
    "read_meta",
]
