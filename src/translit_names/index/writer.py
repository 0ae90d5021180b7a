"""Writing the index: the build's only way to the SQLite file (table definitions in :mod:`.schema`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .schema import CREATE_INDEXES, CREATE_TABLES

__all__ = ["IndexWriter"]


class IndexWriter:
    """A new index being written to ``path`` (a temporary file the caller renames when :meth:`close` d), or with
    ``path=None`` to an in-memory database that :meth:`finish` hands over to a reader (nothing on disk)."""

    def __init__(self, path: Path | None) -> None:
        if path is None:
            self._con = sqlite3.connect(":memory:", check_same_thread=False)
        else:
            self._con = sqlite3.connect(path)
        self._con.executescript(CREATE_TABLES)

    def add_source(self, sid: str, data: str) -> None:
        self._con.execute("INSERT INTO sources VALUES (?, ?)", (sid, data))

    def add_entity(self, row: tuple[Any, ...]) -> None:
        """One entity: (eid, id, type, name, description, country, gender, prominence, ids JSON, origin)."""
        self._con.execute("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)

    def add_forms(self, rows: Iterable[tuple[int, int, str, str, int, str, float]]) -> None:
        """Forms: (fid, eid, norm, key, tier, text, factor)."""
        self._con.executemany("INSERT INTO forms VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def add_names(self, rows: Iterable[tuple[int, str, int, str, str, str | None, str | None]]) -> None:
        """Names: (fid, text, tier, lang, source, scheme, origin)."""
        self._con.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def create_indexes(self) -> None:
        for statement in CREATE_INDEXES:
            self._con.execute(statement)

    def add_postings(self, rows: Iterable[tuple[str, int, int, float, str, str]]) -> None:
        """Postings: (word key, fid, eid, factor, form key, form norm)."""
        self._con.executemany("INSERT INTO postings VALUES (?, ?, ?, ?, ?, ?)", rows)

    def add_word_counts(self, rows: Iterable[tuple[str, int]]) -> None:
        """Document counts: (word key, forms using it)."""
        self._con.executemany("INSERT INTO toks VALUES (?, ?)", rows)

    def add_skeletons(self, rows: Iterable[tuple[str, int, str]]) -> None:
        """Skeleton rows: (skeleton or deletion, word length, "word df word df ...")."""
        self._con.executemany("INSERT INTO skel VALUES (?, ?, ?)", rows)

    def add_meta(self, items: Iterable[tuple[str, str]]) -> None:
        self._con.executemany("INSERT INTO meta VALUES (?, ?)", items)

    def close(self) -> None:
        """Commit, compact and close the file."""
        self._con.commit()
        self._con.execute("VACUUM")
        self._con.close()

    def finish(self) -> sqlite3.Connection:
        """Commit and return the open connection (for an in-memory index: see ``IndexReader.in_memory``)."""
        self._con.commit()
        return self._con

    def discard(self) -> None:
        """Close without keeping anything (after an error)."""
        self._con.close()
