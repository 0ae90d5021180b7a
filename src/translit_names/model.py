"""The value types the public API returns: entities, their names, and matches."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from .score.params import WEAK_FACTOR

__all__ = ["ENTITY_TYPES", "TIERS", "WEAK_FACTOR", "Entity", "EntityType", "Match", "Name", "Tier", "Via"]


class _StrValue(str, Enum):
    """A str-valued enumeration that prints, formats, hashes, shows (repr) and serialises (JSON) as its plain
    value, so that output is the same as with plain strings."""

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, spec: str) -> str:
        return str.__format__(self, spec)

    def __repr__(self) -> str:
        return str.__repr__(self)

    __hash__ = str.__hash__


class Tier(_StrValue):
    """How strongly a name belongs to its entity, strongest first. A collision between tiers resolves to the
    stronger one."""

    PREFERRED = "preferred"
    ALIAS = "alias"
    GENERATED = "generated"
    WEAK = "weak"


class EntityType(_StrValue):
    """What an entity is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    COUNTRY = "country"
    TERRITORY = "territory"
    CITY = "city"
    PLACE = "place"
    VESSEL = "vessel"


class Via(_StrValue):
    """The path a match took: the exact spelling, the same matching key (a transliteration variant), or an
    approximate match (edits)."""

    EXACT = "exact"
    KEY = "key"
    FUZZY = "fuzzy"


#: Name tiers, strongest first (a tier's index here is its rank in the index).
TIERS: tuple[Tier, ...] = tuple(Tier)

#: Entity types, with the prefix their IDs carry.
ENTITY_TYPES: dict[str, str] = {
    EntityType.PERSON: "person",
    EntityType.ORGANISATION: "org",
    EntityType.COUNTRY: "country",
    EntityType.TERRITORY: "country",
    EntityType.CITY: "city",
    EntityType.PLACE: "place",
    EntityType.VESSEL: "vessel",
}


@dataclass(frozen=True)
class Name:
    """One spelling of an entity's name, with where it came from.

    ``tier`` is one of :data:`TIERS`; ``scheme`` and ``origin`` are set for generated names (the romanisation
    scheme, and the native-script name it was generated from).
    """

    text: str
    tier: Tier
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
    type: EntityType
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
    spelling that matched, ``via`` how it matched: its :attr:`path` (``exact``, ``key``, ``fuzzy``) and what
    was done to the query to get there (``"key, de-inflected as 'Путин'"``), ``explain`` a plain-words account
    including the margin over the runner-up.
    """

    id: str
    name: str
    type: EntityType
    score: float
    matched: str
    via: str
    tier: Tier
    description: str = ""
    country: str | None = None
    prominence: float = 10.0
    explain: str = ""
    #: The entity's external identifiers (``wikidata``, ``geonames``, ``ftm``...), as its source gives them.
    ids: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    @property
    def path(self) -> Via:
        """How the match was found (the head of :attr:`via`)."""
        return Via(self.via.partition(",")[0])

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
            "ids": dict(self.ids),
        }
