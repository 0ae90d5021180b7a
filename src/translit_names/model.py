"""The value types the public API returns: entities, their names, and matches."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["TIERS", "ENTITY_TYPES", "WEAK_FACTOR", "Entity", "Match", "Name"]

#: Name tiers, strongest first. A collision between tiers resolves to the stronger one.
TIERS: tuple[str, ...] = ("preferred", "alias", "generated", "weak")

#: Score factor of a curated weak name (a surname alone, an ambiguous acronym). The index build gives every
#: form a factor from its tier and provenance (build.compile.name_factor); below this one, a name is weak or
#: imported, and the matcher trusts near misses of it less.
WEAK_FACTOR = 0.97

#: Entity types, with the prefix their IDs carry.
ENTITY_TYPES: dict[str, str] = {
    "person": "person",
    "organisation": "org",
    "country": "country",
    "territory": "country",
    "city": "city",
    "place": "place",
    "vessel": "vessel",
}


@dataclass(frozen=True)
class Name:
    """One spelling of an entity's name, with where it came from.

    ``tier`` is one of :data:`TIERS`; ``scheme`` and ``origin`` are set for generated names (the romanisation
    scheme, and the native-script name it was generated from).
    """

    text: str
    tier: str
    lang: str = "und"
    source: str = ""
    scheme: str | None = None
    origin: str | None = None

    def describe(self) -> str:
        """A short phrase saying what this name is, for explanations."""
        if self.tier == "generated" and self.scheme:
            return f"{self.scheme} romanisation of {self.origin!r} ({self.lang})"
        return f"{self.tier} name ({self.lang}, source: {self.source})"

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "tier": self.tier,
            "lang": self.lang,
            "source": self.source,
            "scheme": self.scheme,
            "origin": self.origin,
        }


@dataclass(frozen=True)
class Entity:
    """A gazetteer entity: a person, organisation, country, territory, city or other place."""

    id: str
    type: str
    name: str
    description: str = ""
    country: str | None = None
    prominence: float = 10.0
    ids: dict[str, str] = field(default_factory=dict)
    names: tuple[Name, ...] = ()

    def as_dict(self, *, with_names: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "description": self.description,
            "country": self.country,
            "prominence": self.prominence,
            "ids": dict(self.ids),
        }
        if with_names:
            out["names"] = [n.as_dict() for n in self.names]
        return out


@dataclass(frozen=True)
class Match:
    """A candidate entity for a queried name.

    ``score`` is in [0, 1] and means the same as :func:`translit_names.compare`: at or above
    :data:`translit_names.DEFAULT_THRESHOLD` the names are taken to be the same. ``matched`` is the gazetteer
    spelling that matched, ``via`` how it matched (``exact``, ``key``, ``fuzzy``), ``explain`` a plain-words
    account including the margin over the runner-up.
    """

    id: str
    name: str
    type: str
    score: float
    matched: str
    via: str
    tier: str
    description: str = ""
    country: str | None = None
    prominence: float = 10.0
    explain: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "score": round(self.score, 4),
            "matched": self.matched,
            "via": self.via,
            "tier": self.tier,
            "description": self.description,
            "country": self.country,
            "prominence": self.prominence,
            "explain": self.explain,
        }
