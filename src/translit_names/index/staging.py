"""Build-time scratch tables in a private SQLite database that SQLite deletes itself when it is closed.

``sqlite3.connect("")`` opens a temporary on-disk database: its pages live in memory up to the cache size and
spill to an anonymous file that the operating system reclaims when the connection closes or the process dies,
so no temporary file can survive a build. The importers use it to join files too large for memory.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

__all__ = ["AlternateNames"]

#: Page cache of a scratch database, in KiB (SQLite spills the rest to its anonymous file).
SCRATCH_CACHE_KIB = 65536


class AlternateNames:
    """GeoNames alternate names by GeoNames id: loaded once in bulk, then read one id at a time."""

    def __init__(self) -> None:
        self._con = sqlite3.connect("")
        self._con.executescript(
            f"""
            PRAGMA cache_size = -{SCRATCH_CACHE_KIB};
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE alt (gid INTEGER NOT NULL, lang TEXT NOT NULL, name TEXT NOT NULL, flags TEXT NOT NULL);
            """
        )
        self._indexed = False

    def add(self, rows: Iterable[tuple[int, str, str, str]]) -> None:
        """Rows of (GeoNames id, language column, name, flags) in any order."""
        self._con.executemany("INSERT INTO alt VALUES (?, ?, ?, ?)", rows)

    def of(self, gid: int) -> list[tuple[str, str, str]]:
        """(language column, name, flags) of every alternate name of ``gid``, in the order they were added."""
        if not self._indexed:
            self._con.execute("CREATE INDEX alt_gid ON alt (gid)")
            self._indexed = True
        return self._con.execute("SELECT lang, name, flags FROM alt WHERE gid = ? ORDER BY rowid", (gid,)).fetchall()

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> AlternateNames:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
