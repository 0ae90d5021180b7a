"""The gazetteer: a thin facade over a compiled index (:mod:`translit_names.index`) and its search
(:mod:`translit_names.search`).

:class:`Gazetteer` opens an index and answers ``lookup``, ``search``, ``annotate``, ``get`` and ``variants``;
:func:`default_gazetteer` is the one that ships with the package. The index is queried without loading it into
memory; see docs/architecture.md for the stages and docs/matching.md for how matching works.
"""

from __future__ import annotations

import json
import threading
import warnings
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .errors import GazetteerError, TranslitNamesError
from .index.reader import IndexReader
from .index.records import EntityRecord
from .model import ENTITY_TYPES, TIERS, Entity, EntityType, Match, Name
from .names.tokens import Token
from .score.by_parts import CONFLICT_CAP
from .score.params import DEFAULT_THRESHOLD, MARGIN, MAX_NAME_CHARS, SEARCH_FLOOR
from .score.structure import Comparison, compare_explain
from .search.rank import Searcher

if TYPE_CHECKING:  # pragma: no cover
    from .annotate.mentions import Mention

__all__ = [
    "MARGIN",
    "MAX_QUERY_CHARS",
    "SEARCH_FLOOR",
    "Gazetteer",
    "check_threshold",
    "compare_entities",
    "default_gazetteer",
    "default_index_path",
]

#: Queries longer than this are refused with an error (names are short; this guards against pasted documents).
MAX_QUERY_CHARS = MAX_NAME_CHARS


def check_threshold(value: object, what: str = "threshold") -> float:
    """``value`` as a score bound in [0, 1]; a clear error for anything else (NaN, negative, above 1, not a number)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        raise TranslitNamesError(f"{what} must be a number from 0 to 1, got {value!r}")
    return float(value)


def _is_index_file(path: Path) -> bool:
    """Whether ``path`` is a compiled index (an SQLite file) rather than gazetteer sources."""
    if not path.is_file():
        return False
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def _check_query(name: object, type_: str | None = None) -> str:
    if not isinstance(name, str):
        raise TypeError(f"name must be str, not {type(name).__name__}")
    if len(name) > MAX_QUERY_CHARS:
        raise TranslitNamesError(f"name is {len(name)} characters long; names are limited to {MAX_QUERY_CHARS}")
    if type_ is not None and type_ not in ENTITY_TYPES:
        raise TranslitNamesError(f"unknown entity type {type_!r}; known types: {', '.join(ENTITY_TYPES)}")
    return name


def resolve_threshold(threshold: float | None, min_score: float | None, where: str) -> float:
    """The acceptance score from ``threshold=`` or its deprecated alias ``min_score=`` (which warns)."""
    if min_score is not None:
        warnings.warn(f"{where}(min_score=) is deprecated; use threshold=", DeprecationWarning, stacklevel=3)
        if threshold is None:
            threshold = min_score
    return DEFAULT_THRESHOLD if threshold is None else threshold


class Gazetteer:
    """A compiled gazetteer. Use :func:`default_gazetteer` for the one that ships with the package,
    ``Gazetteer(path)`` for an index compiled with ``translit-names gazetteer build --output``, or
    :meth:`Gazetteer.load` for your own source files. Either may be layered over another gazetteer (``base``):
    see :meth:`load` for how layered answers merge.

    A gazetteer can be shared by threads and pickled (it pickles as its paths and layers, and opens them again
    on first use in the process that unpickles it).
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        base: Gazetteer | None = None,
        _sources: tuple[Path, ...] = (),
        _lazy: bool = False,
    ) -> None:
        if path is None and not _sources:
            raise GazetteerError("Gazetteer() needs the path of a compiled index")
        self.path: Path | None = Path(path) if path is not None else None
        self._sources = _sources
        self._base = base
        self._default = False
        self._lock = threading.Lock()
        self._opened: tuple[IndexReader, Searcher] | None = None
        if not _lazy:
            self._open()

    def _open(self) -> tuple[IndexReader, Searcher]:
        """The reader and searcher of this layer, opened on first use: the index file, or the sources compiled in
        memory (a pickled copy opens them again in its own process)."""
        with self._lock:
            opened = self._opened
            if opened is None:
                if self._sources:
                    # Compiling is a build step: the build package is imported here only, never by lookups.
                    from .build.compile import collect, compile_in_memory

                    shown = ", ".join(map(str, self._sources))
                    reader = compile_in_memory(collect(list(self._sources)), shown)
                else:
                    assert self.path is not None
                    reader = IndexReader(self.path)
                base = self._base._open()[1] if self._base is not None else None
                opened = (reader, Searcher(reader, base))
                self._opened = opened
            return opened

    @property
    def _reader(self) -> IndexReader:
        return self._open()[0]

    @property
    def _searcher(self) -> Searcher:
        return self._open()[1]

    @property
    def meta(self) -> dict[str, str]:
        """The index's build information (format, counts, fingerprint)."""
        return self._reader.meta

    # -- construction -------------------------------------------------------------------------------------

    @classmethod
    def load(cls, *paths: str | Path, base: Gazetteer | None = None) -> Gazetteer:
        """Open a user's gazetteer: source files (project YAML, or CSV / JSONL tables; files or folders),
        compiled in memory (nothing is written to disk), and/or indexes compiled with
        ``translit-names gazetteer build --output``, opened where they are.

        Layering: with ``base`` (for example ``default_gazetteer()``) each query is answered by every layer and
        the answers are merged, best score first. The user's layer takes precedence: an entity ID it defines
        replaces the base's entity of that ID (in ``get``, iteration and every answer). Compiled index files
        given here are layers of their own, under the sources' layer and over ``base``, the first given on top.
        Raises :class:`~translit_names.GazetteerError` naming the file and entity of every problem.
        """
        if not paths:
            raise GazetteerError("Gazetteer.load() needs at least one file or folder")
        given = [Path(p) for p in paths]
        missing = [p for p in given if not p.exists()]
        if missing:
            raise GazetteerError("no such file or folder", path=str(missing[0]))
        layered = base
        for index in reversed([p for p in given if _is_index_file(p)]):
            layered = cls(index, base=layered)
        sources = tuple(p for p in given if not _is_index_file(p))
        if not sources:
            assert layered is not None
            return layered
        return cls(None, base=layered, _sources=sources)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as what it was opened from; the copy opens it again on first use (see _reopen).
        if self._default:
            return (default_gazetteer, ())
        return (_reopen, (None if self.path is None else str(self.path), tuple(map(str, self._sources)), self._base))

    def close(self) -> None:
        """Close the index (a later query opens it again)."""
        with self._lock:
            opened, self._opened = self._opened, None
        if opened is not None:
            opened[0].close()

    def __repr__(self) -> str:
        where = str(self.path) if self.path is not None else ", ".join(map(str, self._sources))
        return f"Gazetteer({where!r}, entities={self.meta.get('entities')})"

    # -- reading entities ---------------------------------------------------------------------------------

    def _entity(self, row: EntityRecord) -> Entity:
        names = tuple(
            Name(text=n.text, tier=TIERS[n.tier], lang=n.lang, source=n.source, scheme=n.scheme, origin=n.origin)
            for n in self._reader.names_of(row.eid)
        )
        return Entity(
            id=row.id, type=EntityType(row.type), name=row.name, description=row.description, country=row.country,
            prominence=row.prominence, ids=json.loads(row.ids), names=names,
        )

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this ID (from this gazetteer, else its base), or ``None``."""
        row = self._reader.entity(entity_id)
        if row is not None:
            return self._entity(row)
        return self._base.get(entity_id) if self._base else None

    def __iter__(self) -> Iterator[Entity]:
        """Every entity, ordered by ID, with its names; the base's entities follow unless replaced."""
        own: set[str] = set()
        last = 0
        while True:
            rows = self._reader.entities_after(last, 500)
            if not rows:
                break
            for row in rows:
                own.add(row.id)
                yield self._entity(row)
            last = rows[-1].eid
        if self._base is not None:
            for entity in self._base:
                if entity.id not in own:
                    yield entity

    def __len__(self) -> int:
        own = self._reader.entity_count()
        if self._base is None:
            return own
        dup = sum(1 for id_ in self._reader.entity_ids() if self._base._reader.has_entity(id_))
        return own + len(self._base) - dup

    def stats(self) -> dict[str, Any]:
        """Counts by entity type, name tier, language, source and script (this layer only)."""
        out = self._reader.stats()
        out["names_by_tier"] = {TIERS[t]: c for t, c in out["names_by_tier"].items()}
        return out

    @property
    def reader(self) -> IndexReader:
        """The index reader of this layer (for scripts and checks that list the whole index)."""
        return self._reader

    # -- matching -----------------------------------------------------------------------------------------

    def close_words(self, token: Token) -> dict[str, tuple[int, float]]:
        """Index words close to ``token``, with their document counts and similarity (see
        :meth:`translit_names.search.candidates.WordIndex.close_words`)."""
        return self._searcher.words.close_words(token)

    def has_spelling(self, norm: str) -> bool:
        """Whether a name of this layer normalises to ``norm``."""
        return bool(self._reader.forms_spelled(norm))

    def search(self, name: str, *, limit: int = 10, type: str | None = None, threshold: float | None = None) -> list[Match]:
        """Candidate entities for ``name``, best first, ordered by (-score, id); ``[]`` when nothing is close.

        Scores below ``0.5`` (or below ``threshold``, when given) are not returned. ``type`` restricts the entity
        type (``person``, ``organisation``, ``country``, ``territory``, ``city``, ``place``).
        """
        _check_query(name, type)
        if not isinstance(limit, int) or limit < 1:
            raise TranslitNamesError(f"limit must be a positive integer, got {limit!r}")
        if threshold is not None:
            check_threshold(threshold)
        found = self._searcher.ranked(name, limit, type, SEARCH_FLOOR, quick=False)
        return found if threshold is None else [m for m in found if m.score >= threshold]

    def lookup(self, name: str, *, type: str | None = None, threshold: float = DEFAULT_THRESHOLD) -> Match | None:
        """The best entity for ``name`` if it scores at least ``threshold`` and beats the runner-up by
        :data:`MARGIN`; otherwise ``None`` (``search`` then shows the candidates)."""
        _check_query(name, type)
        check_threshold(threshold)
        # The best two are all lookup needs; candidates that cannot come within MARGIN of the threshold are skipped.
        results = self._searcher.ranked(name, 2, type, max(SEARCH_FLOOR, threshold - MARGIN), quick=True)
        if not results or results[0].score < threshold:
            return None
        if len(results) > 1 and results[0].score - results[1].score < MARGIN:
            return None
        return results[0]

    def annotate(
        self,
        text: str,
        *,
        types: Iterable[str] | None = None,
        threshold: float | None = None,
        min_score: float | None = None,
    ) -> list[Mention]:
        """Every mention of an entity of this gazetteer in ``text`` (see :func:`translit_names.annotate`).
        ``min_score`` is a deprecated alias of ``threshold``."""
        from .annotate.mentions import annotate_text

        wanted = None if types is None else {types} if isinstance(types, str) else set(types)
        if wanted is not None and not wanted <= set(ENTITY_TYPES):
            raise TranslitNamesError(f"unknown entity type in {sorted(wanted)}; known types: {', '.join(ENTITY_TYPES)}")
        accept = resolve_threshold(threshold, min_score, "annotate")
        check_threshold(accept, "threshold" if min_score is None else "min_score")
        return annotate_text(self, text, types=wanted, threshold=accept)

    def variants(self, id_or_name: str) -> tuple[Entity, tuple[Name, ...]] | None:
        """The entity with this ID, or the entity ``lookup`` finds for this name, with all its names."""
        entity = self.get(id_or_name)
        if entity is None:
            match = self.lookup(id_or_name)
            entity = self.get(match.id) if match else None
        return (entity, entity.names) if entity else None


def default_index_path() -> Path:
    """Where the packaged index is (what ``gazetteer build --install`` replaces; it may be missing in a source
    tree that was never built)."""
    return Path(str(resources.files("translit_names") / "data" / "index.sqlite"))


def _reopen(path: str | None, sources: tuple[str, ...], base: Gazetteer | None) -> Gazetteer:
    """A pickled gazetteer in the process that unpickles it: opened on first use."""
    return Gazetteer(path, base=base, _sources=tuple(Path(p) for p in sources), _lazy=True)


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer compiled into the package (opened on first use, then shared)."""
    path = default_index_path()
    if not path.is_file():
        raise GazetteerError(
            "the packaged index is missing: reinstall the package (pip install .) or run "
            "`translit-names gazetteer build --install`",
            path=str(path),
        )
    gazetteer = Gazetteer(path)
    gazetteer._default = True
    return gazetteer


#: The gazetteer's entity types each ``type`` of ``compare`` stands for.
_COMPARE_TYPES: dict[str | None, tuple[str | None, ...]] = {
    None: (None,),
    "person": ("person",),
    "organisation": ("organisation",),
    "organization": ("organisation",),
    "place": ("country", "territory", "city", "place"),
}


def _resolve(gazetteer: Gazetteer, name: str, types: tuple[str | None, ...]) -> Match | None:
    for entity_type in types:
        found = gazetteer.lookup(name, type=entity_type)
        if found is not None:
            return found
    return None


def compare_entities(a: str, b: str, *, type: str | None = None, gazetteer: Gazetteer | None = None) -> Comparison:
    """``compare_explain`` with a gazetteer's knowledge (default: the packaged one): two names it resolves to one
    entity are the same (at least the lower of the two lookup scores), two names it resolves to two entities are
    different (at most :data:`~translit_names.score.by_parts.CONFLICT_CAP`), whatever their spelling says
    (``OTAN`` / ``NATO``; ``Kim Jong-un`` / ``Kim Jong-il``). Otherwise the structure decides. The reason names
    the entities. ``compare`` itself stays gazetteer-free."""
    result = compare_explain(a, b, type=type)
    types = _COMPARE_TYPES.get(type, (type,))
    gaz = gazetteer or default_gazetteer()
    first, second = _resolve(gaz, a, types), _resolve(gaz, b, types)
    if first is None or second is None:
        return result
    if first.id == second.id:
        score = max(result.score, min(first.score, second.score))
        reason = f"both name {first.id} ({first.name}) in the gazetteer"
    else:
        score = min(result.score, CONFLICT_CAP)
        reason = f"the gazetteer names two entities: {first.id} ({first.name}) / {second.id} ({second.name})"
    return replace(result, score=score, same=score >= DEFAULT_THRESHOLD, reason=reason, notes=(reason, *result.notes))
