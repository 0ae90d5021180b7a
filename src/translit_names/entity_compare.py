"""``compare`` with a gazetteer's knowledge: two names that the gazetteer resolves to one entity are the same,
and two names it resolves to two entities are different, whatever their spelling says.

Spelling and structure cannot know that ``OTAN`` is ``NATO``, that ``Jokowi`` is ``Joko Widodo`` or that ``Kim
Jong-un`` and ``Kim Jong-il`` are two people in one family: a curated gazetteer does. :func:`compare_entities`
looks both names up (``lookup``, with the type's entity types) and decides by the answers when both resolve;
otherwise it is :func:`translit_names.compare_explain`. It is opt-in: ``compare`` stays gazetteer-free.
"""

from __future__ import annotations

from dataclasses import replace

from .gazetteer import Gazetteer, default_gazetteer
from .matching import DEFAULT_THRESHOLD
from .model import Match
from .score.by_parts import CONFLICT_CAP
from .score.structure import Comparison, compare_explain

__all__ = ["compare_entities"]

#: The gazetteer's entity types each ``type`` of ``compare`` stands for.
_TYPES: dict[str | None, tuple[str | None, ...]] = {
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
    """:func:`translit_names.compare_explain`, decided by ``gazetteer`` (default: the packaged one) when it
    resolves both names: the same entity gives at least the lower of the two lookup scores; two entities give at
    most :data:`~translit_names.score.by_parts.CONFLICT_CAP`. The reason names the entities."""
    result = compare_explain(a, b, type=type)
    types = _TYPES.get(type, (type,))
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
