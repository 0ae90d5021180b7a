"""translit_names: resolve every spelling of a name to one gazetteer ID.

>>> import translit_names
>>> translit_names.lookup("Tichanowskaya").id                      # doctest: +SKIP
'person:sviatlana-tsikhanouskaya'

The public API is small: :func:`lookup`, :func:`search` and :func:`compare` (its reasons with
:func:`compare_explain`, and with a gazetteer's knowledge :func:`compare_entities`) for matching;
:func:`lookup_many`, :func:`lookup_column`, :func:`cluster` and :func:`group` for many names at once;
:func:`normalize` for the one normaliser, :func:`transliterate`, :func:`romanize` and :func:`schemes` for the
transliteration engine, and :class:`Gazetteer` for a gazetteer of your own. The packaged index is opened on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# The subpackages named like the functions below (annotate/, search/) are imported first, so that the functions,
# defined after them, are what ``translit_names.annotate`` and ``translit_names.search`` are.
from .annotate.mentions import Mention
from .errors import GazetteerError, TranslitNamesError, UnknownLanguageError, UnknownSchemeError
from .gazetteer import Gazetteer, compare_entities, default_gazetteer, resolve_threshold
from .model import Entity, EntityType, Match, Name, Tier, Via
from .score.structure import Comparison, compare, compare_explain
from .score.params import DEFAULT_THRESHOLD
from .text.normalize import normalize

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable

    from .batch import Grouping, cluster, group, lookup_column, lookup_many
    from .translit import languages, romanize, schemes, transliterate

__all__ = [
    "DEFAULT_THRESHOLD",
    "Comparison",
    "Entity",
    "EntityType",
    "Gazetteer",
    "GazetteerError",
    "Grouping",
    "Match",
    "Mention",
    "Name",
    "Tier",
    "TranslitNamesError",
    "UnknownLanguageError",
    "UnknownSchemeError",
    "Via",
    "annotate",
    "cluster",
    "compare",
    "compare_entities",
    "compare_explain",
    "default_gazetteer",
    "group",
    "languages",
    "lookup",
    "lookup_column",
    "lookup_many",
    "normalize",
    "romanize",
    "schemes",
    "search",
    "transliterate",
]

__version__ = "0.1.0"

_TRANSLIT = frozenset({"languages", "romanize", "schemes", "transliterate"})
_BATCH = frozenset({"Grouping", "cluster", "group", "lookup_column", "lookup_many"})


def __getattr__(name: str) -> Any:
    # The transliteration engine loads its scheme tables only when first used.
    if name in _TRANSLIT:
        from . import translit

        return getattr(translit, name)
    if name in _BATCH:
        from . import batch

        return getattr(batch, name)
    raise AttributeError(f"module 'translit_names' has no attribute {name!r}")


def lookup(name: str, *, type: str | None = None, threshold: float = DEFAULT_THRESHOLD) -> Match | None:
    """The entity of the packaged gazetteer that ``name`` names, or ``None``.

    Accepts any script, transliteration convention, word order, initials, titles, possessives and common typos.
    Returns the best match when it scores at least :data:`DEFAULT_THRESHOLD` and clearly beats the runner-up;
    ``None`` for unknown, ambiguous, empty or blank names. ``type`` restricts the entity type; ``threshold``
    replaces :data:`DEFAULT_THRESHOLD` as the acceptance score.
    """
    return default_gazetteer().lookup(name, type=type, threshold=threshold)


def search(name: str, *, limit: int = 10, type: str | None = None, threshold: float | None = None) -> list[Match]:
    """Ranked candidates for ``name`` from the packaged gazetteer, ordered by (-score, id); ``[]`` if none.
    ``threshold`` (when given) drops candidates scoring below it."""
    return default_gazetteer().search(name, limit=limit, type=type, threshold=threshold)


def annotate(
    text: str, *, types: Iterable[str] | None = None, threshold: float | None = None, min_score: float | None = None
) -> list[Mention]:
    """Every mention of a packaged-gazetteer entity in ``text``: non-overlapping spans ordered by position.

    Finds names in Latin and Cyrillic text with their transliteration variants, typos, possessives, case
    inflections, titles and acronyms; a surname after the full name links to that person. ``types`` keeps only
    those entity types; ``threshold`` replaces :data:`DEFAULT_THRESHOLD` as the acceptance score (``min_score``
    is its deprecated alias).
    """
    return default_gazetteer().annotate(text, types=types, threshold=resolve_threshold(threshold, min_score, "annotate"))
