"""Reading the index: every SELECT of the package (table definitions in :mod:`.schema`).

An :class:`IndexReader` opens a compiled index read-only and memory-mapped, and answers the questions the search,
the gazetteer facade, the scripts, benchmarks and tests ask of it, as named records (:mod:`.records`). It is
safe to share between threads (one connection behind a lock).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from ..errors import GazetteerError
from .records import EntityRecord, FormKeys, FormRecord, FormSample, IndexedName, MatchRecord, NameRecord, Posting
from .schema import INDEX_FORMAT

__all__ = ["MMAP_BYTES", "IndexReader", "read_meta"]

#: How much of the index file SQLite memory-maps at least (the whole default index fits); a larger index (a user's
#: million-entity one) is mapped whole, up to SQLite's compile-time limit (2 GiB in common builds). Mapped pages
#: are read by the OS on demand and shared between processes; only pages a query touches become resident.
MMAP_BYTES = 512 * 1024 * 1024

_FORM_SQL = (
    "SELECT f.fid, f.eid, e.id, f.norm, f.key, f.factor, f.text, e.prominence, e.type,"
    " e.origin LIKE 'importer:%', f.tier"
    " FROM forms f JOIN entities e ON e.eid = f.eid WHERE "
)
_NAME_COLUMNS = "text, tier, lang, source, scheme, origin"

# Rows become records without a Python-level call per row (NamedTuple._make is one): the search reads hundreds.
_form_record: Callable[[Any], FormRecord] = partial(tuple.__new__, FormRecord)
_posting: Callable[[Any], Posting] = partial(tuple.__new__, Posting)


def _marks(n: int) -> str:
    return ",".join("?" * n)


def read_meta(path: Path) -> dict[str, str] | None:
    """The ``meta`` table of the index at ``path``, or ``None`` when it is missing or not an index."""
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return {str(k): str(v) for k, v in con.execute("SELECT k, v FROM meta").fetchall()}
        finally:
            con.close()
    except sqlite3.Error:
        return None


class IndexReader:
    """A compiled index, open read-only. Raises :class:`~translit_names.GazetteerError` for a file that is not an
    index of this format."""

    def __init__(self, path: Path, *, connection: sqlite3.Connection | None = None) -> None:
        self.path = path
        self._lock = threading.Lock()
        if connection is not None:
            con = connection
        else:
            if not path.is_file():
                raise GazetteerError("no index file here (build it with `translit-names gazetteer build`)", path=str(path))
            try:
                uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
                con = sqlite3.connect(uri, uri=True, check_same_thread=False)
                # Memory-map the index: pages are read by the OS on demand, without a copy per read.
                con.execute(f"PRAGMA mmap_size = {max(MMAP_BYTES, path.stat().st_size)}")
            except sqlite3.Error as exc:
                raise GazetteerError(f"not a translit_names index ({exc})", path=str(path)) from None
        try:
            meta = dict(con.execute("SELECT k, v FROM meta").fetchall())
        except sqlite3.Error as exc:
            con.close()
            raise GazetteerError(f"not a translit_names index ({exc})", path=str(path)) from None
        if meta.get("format") != INDEX_FORMAT:
            con.close()
            raise GazetteerError(
                f"index format {meta.get('format')!r}, this version reads {INDEX_FORMAT!r}: rebuild it", path=str(path)
            )
        self._con = con
        self.meta: dict[str, str] = meta
        self._max_prominence: float | None = None

    @classmethod
    def in_memory(cls, connection: sqlite3.Connection, shown: str) -> IndexReader:
        """A reader of an index compiled into an in-memory database (``connection``, opened with
        ``check_same_thread=False``; this reader serialises access); ``shown`` names its sources in errors."""
        return cls(Path(shown), connection=connection)

    def close(self) -> None:
        self._con.close()

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            return self._con.execute(sql, params).fetchall()

    # -- entities and their names ---------------------------------------------------------------------------

    def entity(self, entity_id: str) -> EntityRecord | None:
        rows = self._rows("SELECT * FROM entities WHERE id = ?", (entity_id,))
        return EntityRecord._make(rows[0]) if rows else None

    def entities_after(self, eid: int, limit: int) -> list[EntityRecord]:
        """Up to ``limit`` entities numbered above ``eid``, in number order (for iterating over all)."""
        return [EntityRecord._make(r) for r in self._rows("SELECT * FROM entities WHERE eid > ? ORDER BY eid LIMIT ?", (eid, limit))]

    def names_of(self, eid: int) -> list[NameRecord]:
        """Every name of an entity, strongest tier first."""
        return [
            NameRecord._make(r)
            for r in self._rows(
                "SELECT n.text, n.tier, n.lang, n.source, n.scheme, n.origin FROM names n JOIN forms f USING (fid)"
                " WHERE f.eid = ? ORDER BY n.tier, n.text, n.lang, n.scheme",
                (eid,),
            )
        ]

    def entity_count(self) -> int:
        return int(self._rows("SELECT count(*) FROM entities")[0][0])

    def max_prominence(self) -> float:
        """The highest prominence of this index's entities (0 when it has none): from ``meta`` (written by the build),
        else (an index built before it was) read from the entities once, on first use."""
        if self._max_prominence is None:
            stored = self.meta.get("max_prominence")
            if stored is not None:
                self._max_prominence = float(stored)
            else:
                self._max_prominence = float(self._rows("SELECT max(prominence) FROM entities")[0][0] or 0.0)
        return self._max_prominence

    def entity_ids(self) -> frozenset[str]:
        return frozenset(i for (i,) in self._rows("SELECT id FROM entities"))

    def has_entity(self, entity_id: str) -> bool:
        return bool(self._rows("SELECT 1 FROM entities WHERE id = ?", (entity_id,)))

    def stats(self) -> dict[str, Any]:
        """Counts of entities, names and forms; by type, tier (rank), source, language (top 40) and scheme."""
        return {
            "entities": self.entity_count(),
            "names": int(self._rows("SELECT count(*) FROM names")[0][0]),
            "forms": int(self._rows("SELECT count(*) FROM forms")[0][0]),
            "by_type": dict(self._rows("SELECT type, count(*) FROM entities GROUP BY type ORDER BY type")),
            "names_by_tier": dict(self._rows("SELECT tier, count(*) FROM names GROUP BY tier ORDER BY tier")),
            "names_by_source": dict(self._rows("SELECT source, count(*) FROM names GROUP BY source ORDER BY source")),
            "names_by_lang": dict(
                self._rows("SELECT lang, count(*) FROM names GROUP BY lang ORDER BY count(*) DESC, lang LIMIT 40")
            ),
            "names_by_scheme": dict(
                self._rows("SELECT scheme, count(*) FROM names WHERE scheme IS NOT NULL GROUP BY scheme ORDER BY scheme")
            ),
        }

    # -- what the search reads --------------------------------------------------------------------------------

    def forms_spelled(self, norm: str, key: str = "") -> list[FormRecord]:
        """Forms spelled ``norm`` once normalised, or (when ``key`` is given) with the matching key ``key``."""
        if not key:
            return list(map(_form_record, self._rows(_FORM_SQL + "f.norm = ?", (norm,))))
        return list(map(_form_record, self._rows(_FORM_SQL + "f.norm = ? OR f.key = ?", (norm, key))))

    def forms_spelled_any(self, norms: Sequence[str], keys: Sequence[str]) -> list[FormRecord]:
        """Forms whose normalised text is one of ``norms`` or whose key is one of ``keys``."""
        sql = _FORM_SQL + f"f.norm IN ({_marks(len(norms))}) OR f.key IN ({_marks(len(keys))})"
        return list(map(_form_record, self._rows(sql, [*norms, *keys])))

    def forms(self, fids: Sequence[int]) -> list[FormRecord]:
        """The forms numbered ``fids``, in number order."""
        if not fids:
            return []
        return list(map(_form_record, self._rows(_FORM_SQL + f"f.fid IN ({_marks(len(fids))})", fids)))

    def word_count(self, key: str) -> int | None:
        """How many forms use the word key ``key`` (``None`` when none does)."""
        found = self._rows("SELECT df FROM toks WHERE tok = ?", (key,))
        return int(found[0][0]) if found else None

    def word_counts(self, keys: Sequence[str]) -> dict[str, int]:
        """:meth:`word_count` of many keys at once (keys no form uses are left out)."""
        return dict(self._rows(f"SELECT tok, df FROM toks WHERE tok IN ({_marks(len(keys))})", keys))

    def skeleton_words(self, skeletons: Sequence[str], shortest: int, longest: int) -> list[str]:
        """The packed rows ("word df word df ...") of word keys with one of these skeletons (or skeleton deletions)
        and a length in [shortest, longest]."""
        sql = f"SELECT toks FROM skel WHERE s IN ({_marks(len(skeletons))}) AND n BETWEEN ? AND ?"
        return [packed for (packed,) in self._rows(sql, [*skeletons, shortest, longest])]

    def postings(self, keys: Sequence[str], limit: int) -> list[Posting]:
        """Up to ``limit`` forms using one of the word keys ``keys``."""
        sql = f"SELECT fid, key, factor, eid, norm FROM postings WHERE tok IN ({_marks(len(keys))}) LIMIT ?"
        return list(map(_posting, self._rows(sql, [*keys, limit])))

    def match(self, fid: int, eid: int) -> MatchRecord:
        """The entity ``eid``'s columns that a match shows, and the strongest name of its form ``fid``."""
        row = self._rows(
            "SELECT e.id, e.type, e.name, e.description, e.country, e.prominence, e.ids, n.* FROM entities e,"
            f" (SELECT {_NAME_COLUMNS} FROM names WHERE fid = ? ORDER BY tier, text LIMIT 1) n"
            " WHERE e.eid = ?",
            (fid, eid),
        )[0]
        return MatchRecord(row[0], row[1], row[2], row[3], row[4], row[5], row[6], NameRecord._make(row[7:]))

    # -- whole-index listings (scripts, benchmarks, tests) ----------------------------------------------------

    def name_texts(self, tiers: Sequence[int] | None = None) -> list[str]:
        """The text of every name (of the given tier ranks), sorted when tiers are given, else in index order."""
        if tiers is None:
            return [t for (t,) in self._rows("SELECT text FROM names")]
        sql = f"SELECT text FROM names WHERE tier IN ({_marks(len(tiers))}) ORDER BY text"
        return [t for (t,) in self._rows(sql, list(tiers))]

    def form_keys(self) -> Iterator[FormKeys]:
        """Every form's entity ID, normalised text and key."""
        for row in self._rows("SELECT e.id, f.norm, f.key FROM forms f JOIN entities e USING (eid)"):
            yield FormKeys._make(row)

    def indexed_names(self, tiers: Sequence[int] | None = None, *, ordered: bool = True) -> list[IndexedName]:
        """Every name (of the given tier ranks) with its entity and form, ordered by entity ID and text (or, not
        ``ordered``, in index order)."""
        where = f" WHERE n.tier IN ({_marks(len(tiers))})" if tiers is not None else ""
        sql = (
            "SELECT e.id, e.origin LIKE 'importer:%', n.text, f.key, f.norm, e.type FROM names n JOIN forms f USING (fid)"
            f" JOIN entities e USING (eid){where}" + (" ORDER BY e.id, n.text" if ordered else "")
        )
        return [IndexedName(r[0], bool(r[1]), r[2], r[3], r[4], r[5]) for r in self._rows(sql, list(tiers or ()))]

    def sample_forms(self, count: int) -> list[FormSample]:
        """About ``count`` forms spread evenly over the index."""
        total = int(self._rows("SELECT max(fid) FROM forms")[0][0] or 0)
        step = max(1, total // max(1, count))
        return [FormSample._make(r) for r in self._rows("SELECT text, norm, key FROM forms WHERE fid % ? = 0", (step,))]
