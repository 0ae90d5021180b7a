"""Writing a large index in bounded memory: rows go straight to SQLite; sorting and counting happen in SQLite.

Entities, forms and names are appended as they come. Postings are staged unsorted in a scratch database
(``ATTACH ''``: SQLite's private temporary database, deleted when the connection closes, so it never survives
the process) and copied into the index sorted by SQLite's external merge sort, whose memory is bounded by the
page cache. Word counts are one GROUP BY over the postings; skeleton rows are staged the same way and read back
in order. Secondary indexes are built once, after loading. The page cache of both databases is bounded by
:data:`CACHE_KIB`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .schema import CREATE_INDEXES, CREATE_TABLES

__all__ = ["CACHE_KIB", "BulkWriter", "DuplicateId"]

#: SQLite page cache per database, in KiB (the index and the scratch database each).
CACHE_KIB = 262144
#: Rows read per fetch when streaming a sorted table back.
_FETCH = 20000


class DuplicateId(Exception):
    """An entity ID written twice: ``entity_id``, with the origins (file and line) of the first and second."""

    def __init__(self, entity_id: str, first_origin: str, origin: str) -> None:
        super().__init__(entity_id)
        self.entity_id = entity_id
        self.first_origin = first_origin
        self.origin = origin


class BulkWriter:
    """A new index at ``path`` (a temporary name the caller renames when :meth:`close` returns)."""

    def __init__(self, path: Path) -> None:
        self._con = sqlite3.connect(path, isolation_level=None)
        self._con.executescript(CREATE_TABLES)
        self._con.executescript(
            f"""
            PRAGMA cache_size = -{CACHE_KIB};
            PRAGMA temp_store = FILE;
            ATTACH DATABASE '' AS scratch;
            PRAGMA scratch.cache_size = -{CACHE_KIB};
            PRAGMA scratch.journal_mode = OFF;
            PRAGMA scratch.synchronous = OFF;
            CREATE TABLE scratch.post (tok TEXT, fid INTEGER, eid INTEGER, factor REAL, key TEXT, norm TEXT);
            CREATE TABLE scratch.skel (s TEXT, n INTEGER, tok TEXT, df INTEGER);
            BEGIN;
            """
        )

    def add_sources(self, rows: Iterable[tuple[str, str]]) -> None:
        """(source id, JSON) rows."""
        self._con.executemany("INSERT INTO sources VALUES (?, ?)", rows)

    def add_entities(self, rows: list[tuple[Any, ...]], eid_offset: int = 0) -> None:
        """(eid, id, type, name, description, country, gender, prominence, ids JSON, origin) rows, ``eid_offset``
        added to each eid; raises :class:`DuplicateId` for an ID already written (the index is then unusable:
        the caller abandons it)."""
        cur = self._con.executemany(
            f"INSERT OR IGNORE INTO entities VALUES (? + {int(eid_offset)}, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
        )
        if cur.rowcount == len(rows):
            return
        for row in rows:
            hit = self._con.execute("SELECT origin FROM entities WHERE id = ?", (row[1],)).fetchone()
            if hit and hit[0] != row[9]:
                raise DuplicateId(row[1], str(hit[0]), str(row[9]))
        raise DuplicateId(str(rows[0][1]), str(rows[0][9]), str(rows[0][9]))  # pragma: no cover - same origin twice

    def add_forms(
        self, rows: Iterable[tuple[int, int, str, str, int, str, float]], fid_offset: int = 0, eid_offset: int = 0
    ) -> None:
        """(fid, eid, norm, key, tier, text, factor) rows, the offsets added to fid and eid."""
        self._con.executemany(
            f"INSERT INTO forms VALUES (? + {int(fid_offset)}, ? + {int(eid_offset)}, ?, ?, ?, ?, ?)", rows
        )

    def add_names(
        self, rows: Iterable[tuple[int, str, int, str, str, str | None, str | None]], fid_offset: int = 0
    ) -> None:
        """(fid, text, tier, lang, source, scheme, origin) rows, ``fid_offset`` added to fid."""
        self._con.executemany(f"INSERT INTO names VALUES (? + {int(fid_offset)}, ?, ?, ?, ?, ?, ?)", rows)

    def stage_postings(
        self, rows: Iterable[tuple[str, int, int, float, str, str]], fid_offset: int = 0, eid_offset: int = 0
    ) -> None:
        """(word key, fid, eid, factor, form key, form norm) rows in any order, the offsets added to fid and eid."""
        self._con.executemany(
            f"INSERT INTO scratch.post VALUES (?, ? + {int(fid_offset)}, ? + {int(eid_offset)}, ?, ?, ?)", rows
        )

    def sort_postings(self) -> None:
        """Build the secondary indexes, then copy the staged postings in order and count the words."""
        for statement in CREATE_INDEXES:
            self._con.execute(statement)
        self._con.execute("INSERT INTO postings SELECT * FROM scratch.post ORDER BY tok, fid")
        self._con.execute("DROP TABLE scratch.post")
        self._con.execute("INSERT INTO toks SELECT tok, count(*) FROM postings GROUP BY tok")

    def _stream(self, sql: str) -> Iterator[tuple[Any, ...]]:
        cur = self._con.cursor()
        cur.execute(sql)
        while True:
            rows = cur.fetchmany(_FETCH)
            if not rows:
                return
            yield from rows

    def word_counts(self) -> Iterator[tuple[str, int]]:
        """Every (word key, forms using it), sorted by word."""
        return self._stream("SELECT tok, df FROM toks ORDER BY tok")

    def stage_skeletons(self, rows: Iterable[tuple[str, int, str, int]]) -> None:
        """(skeleton or deletion, word length, word key, its count) rows, in any order."""
        self._con.executemany("INSERT INTO scratch.skel VALUES (?, ?, ?, ?)", rows)

    def staged_skeletons(self) -> Iterator[tuple[str, int, str, int]]:
        """The staged skeleton rows ordered by (skeleton, length, word), distinct."""
        return self._stream("SELECT DISTINCT s, n, tok, df FROM scratch.skel ORDER BY s, n, tok")

    def add_skeletons(self, rows: Iterable[tuple[str, int, str]]) -> None:
        """(skeleton or deletion, word length, "word df word df ...") rows."""
        self._con.executemany("INSERT INTO skel VALUES (?, ?, ?)", rows)

    def count(self, table: str) -> int:
        if table not in ("entities", "forms", "names", "postings", "toks", "skel"):
            raise ValueError(f"no table {table!r}")
        return int(self._con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def max_prominence(self) -> float:
        """The highest prominence of the entities written (0 when none)."""
        return float(self._con.execute("SELECT max(prominence) FROM entities").fetchone()[0] or 0.0)

    def ambiguous_generated(self) -> int:
        """Normalised spellings of only generated names that several entities share."""
        row = self._con.execute(
            "SELECT count(*) FROM (SELECT norm FROM forms WHERE tier = 2 GROUP BY norm HAVING count(DISTINCT eid) > 1)"
        ).fetchone()
        return int(row[0])

    def add_meta(self, items: Iterable[tuple[str, str]]) -> None:
        self._con.executemany("INSERT INTO meta VALUES (?, ?)", items)

    def close(self, *, commit: bool = True) -> None:
        """Commit (unless told not to) and close; the scratch database disappears with the connection."""
        try:
            if commit:
                self._con.execute("COMMIT")
        finally:
            self._con.close()
