"""translit_names: resolve every spelling of a name to one gazetteer ID.

>>> import translit_names
>>> translit_names.lookup("Tichanowskaya").id                      # doctest: +SKIP
'person:sviatlana-tsikhanouskaya'

The public API is small: :func:`lookup`, :func:`search` and :func:`compare` (its reasons with
:func:`compare_explain`, and with a gazetteer's knowledge :func:`compare_entities`) for matching, :func:`normalize` for the one normaliser, :func:`transliterate`, :func:`romanize` and :func:`schemes` for the transliteration
engine, and :class:`Gazetteer` for a gazetteer of your own. The packaged index is opened on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .entity_compare import compare_entities
from .errors import GazetteerError, TranslitNamesError, UnknownLanguageError, UnknownSchemeError
from .gazetteer import Gazetteer, default_gazetteer
from .matching import DEFAULT_THRESHOLD
from .model import Entity, Match, Name
from .normalize import normalize
from .score.structure import Comparison, compare, compare_explain

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable

    from .mentions import Mention
    from .translit import languages, romanize, schemes, transliterate

__all__ = [
    "DEFAULT_THRESHOLD",
    "Comparison",
    "Entity",
    "Gazetteer",
    "GazetteerError",
    "Match",
    "Mention",
    "Name",
    "TranslitNamesError",
    "UnknownLanguageError",
    "UnknownSchemeError",
    "annotate",
    "compare",
    "compare_entities",
    "compare_explain",
    "default_gazetteer",
    "languages",
    "lookup",
    "normalize",
    "romanize",
    "schemes",
    "search",
    "transliterate",
]

__version__ = "0.1.0"

_TRANSLIT = frozenset({"languages", "romanize", "schemes", "transliterate"})


def __getattr__(name: str) -> Any:
    # The transliteration engine loads its scheme tables only when first used.
    if name in _TRANSLIT:
        from . import translit

        return getattr(translit, name)
    if name == "Mention":
        from .mentions import Mention

        return Mention
    raise AttributeError(f"module 'translit_names' has no attribute {name!r}")


def lookup(name: str, *, type: str | None = None) -> Match | None:
    """The entity of the packaged gazetteer that ``name`` names, or ``None``.

    Accepts any script, transliteration convention, word order, initials, titles, possessives and common typos.
    Returns the best match when it scores at least :data:`DEFAULT_THRESHOLD` and clearly beats the runner-up;
    ``None`` for unknown, ambiguous, empty or blank names. ``type`` restricts the entity type.
    """
    return default_gazetteer().lookup(name, type=type)


def search(name: str, *, limit: int = 10, type: str | None = None) -> list[Match]:
    """Ranked candidates for ``name`` from the packaged gazetteer, ordered by (-score, id); ``[]`` if none."""
    return default_gazetteer().search(name, limit=limit, type=type)


def annotate(text: str, *, types: Iterable[str] | None = None, min_score: float | None = None) -> list[Mention]:
    """Every mention of a packaged-gazetteer entity in ``text``: non-overlapping spans ordered by position.

    Finds names in Latin and Cyrillic text with their transliteration variants, typos, possessives, case
    inflections, titles and acronyms; a surname after the full name links to that person. ``types`` keeps only
    those entity types; ``min_score`` replaces :data:`DEFAULT_THRESHOLD` as the acceptance score.
    """
    return default_gazetteer().annotate(text, types=types, min_score=min_score)
