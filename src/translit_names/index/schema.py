"""The index's tables: every table definition of the SQLite index, in one place.

The index is written by :mod:`.writer` (at build time) and read by :mod:`.reader` (at query time); nothing else
in the package, its scripts, benchmarks or tests speaks SQL. A change of layout bumps :data:`INDEX_FORMAT`;
readers refuse an index of another format.

Tables (docs/architecture.md describes what each serves):

- ``meta (k, v)``: format, counts, build fingerprint.
- ``sources (id, data)``: provenance records (JSON).
- ``entities (eid, id, type, name, description, country, gender, prominence, ids, origin)``.
- ``forms (fid, eid, norm, key, tier, text, factor)``: one row per distinct normalised spelling of an entity.
- ``names (fid, text, tier, lang, source, scheme, origin)``: every spelling of a form, with its provenance.
- ``postings (tok, fid, eid, factor, key, norm)``: forms by word key, carrying the columns the search reads first.
- ``toks (tok, df)``: how many forms use each word key.
- ``skel (s, n, toks)``: word keys by consonant skeleton (and its one-letter deletions) and length, packed.
"""

from __future__ import annotations

__all__ = ["CREATE_INDEXES", "CREATE_TABLES", "INDEX_FORMAT", "MIN_SKELETON_FOR_DELETES"]

#: Version of the index layout; readers refuse an index of another format.
INDEX_FORMAT = "10"

#: Skeletons shorter than this get no deletion variants in ``skel`` (too many collisions to be useful).
MIN_SKELETON_FOR_DELETES = 4

CREATE_TABLES = """
PRAGMA page_size = 4096;
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sources (id TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE entities (
    eid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, name TEXT NOT NULL,
    description TEXT NOT NULL, country TEXT, gender TEXT, prominence REAL NOT NULL, ids TEXT NOT NULL,
    origin TEXT NOT NULL
);
CREATE TABLE forms (
    fid INTEGER PRIMARY KEY, eid INTEGER NOT NULL, norm TEXT NOT NULL, key TEXT NOT NULL,
    tier INTEGER NOT NULL, text TEXT NOT NULL, factor REAL NOT NULL
);
CREATE TABLE names (
    fid INTEGER NOT NULL, text TEXT NOT NULL, tier INTEGER NOT NULL, lang TEXT NOT NULL,
    source TEXT NOT NULL, scheme TEXT, origin TEXT
);
CREATE TABLE postings (
    tok TEXT NOT NULL, fid INTEGER NOT NULL, eid INTEGER NOT NULL, factor REAL NOT NULL, key TEXT NOT NULL,
    norm TEXT NOT NULL, PRIMARY KEY (tok, fid)
) WITHOUT ROWID;
CREATE TABLE toks (tok TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE skel (s TEXT NOT NULL, n INTEGER NOT NULL, toks TEXT NOT NULL, PRIMARY KEY (s, n)) WITHOUT ROWID;
"""

#: Created once forms and names are written (faster than maintaining them row by row).
CREATE_INDEXES = (
    "CREATE INDEX forms_norm ON forms (norm)",
    "CREATE INDEX forms_key ON forms (key)",
    "CREATE INDEX forms_eid ON forms (eid)",
    "CREATE INDEX names_fid ON names (fid)",
)
