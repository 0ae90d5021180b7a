"""Unicode CLDR data read through babel: territory names and time-zone exemplar cities in every locale.

Not an importer by itself: :mod:`.territories` and :mod:`.cities` take their CLDR names from here. Every
function reads babel once and caches the result; the order of everything returned is fixed (sorted locales,
sorted keys), so builds are reproducible.
"""

from __future__ import annotations

import functools

from .common import check_pins, clean, lang_of_locale

__all__ = [
    "SKIPPED_LOCALES",
    "canonical_zone", "english_exemplar_city", "exemplar_cities", "locales", "territory_names", "zone_territory"]


#: Locales left out: ``root`` (no names), and English written in the Deseret and Shavian alphabets, which no
#: news source uses.
SKIPPED_LOCALES = frozenset({"root", "en_Dsrt", "en_Dsrt_US", "en_Shaw", "en_Shaw_GB"})


@functools.cache
def locales() -> tuple[str, ...]:
    """Every babel locale id except :data:`SKIPPED_LOCALES`, sorted."""
    check_pins("babel")
    from babel import localedata

    return tuple(sorted(loc for loc in localedata.locale_identifiers() if loc not in SKIPPED_LOCALES))


@functools.cache
def _locale_data() -> tuple[tuple[str, str, dict[str, str], dict[str, str]], ...]:
    """(locale, language, territory code -> name, zone id -> exemplar city) for every locale."""
    from babel import Locale

    out = []
    for loc in locales():
        locale = Locale.parse(loc)
        territories = {str(code): clean(str(name)) for code, name in locale.territories.items()}
        cities: dict[str, str] = {}
        for zone, info in locale.time_zones.items():
            city = info.get("city")
            if city:
                cities[str(zone)] = clean(str(city))
        out.append((loc, lang_of_locale(loc), territories, cities))
    return tuple(out)


@functools.cache
def territory_names() -> dict[str, tuple[tuple[str, str], ...]]:
    """CLDR region code (upper case, e.g. ``BY``) -> ((name, lang), ...) over all locales, first seen first."""
    found: dict[str, dict[tuple[str, str], None]] = {}
    for _, lang, territories, _ in _locale_data():
        for code in sorted(territories):
            name = territories[code]
            if name:
                found.setdefault(code, {})[(name, lang)] = None
    return {code: tuple(names) for code, names in sorted(found.items())}


@functools.cache
def _zone_classes() -> dict[str, str]:
    """Zone id -> one representative id of its alias class (``Europe/Kiev`` and ``Europe/Kyiv`` agree)."""
    from babel.core import get_global

    parent: dict[str, str] = {}

    def find(z: str) -> str:
        while parent.get(z, z) != z:
            z = parent[z]
        return z

    for alias, target in sorted(get_global("zone_aliases").items()):
        a, b = find(alias), find(target)
        if a != b:
            lo, hi = sorted((a, b))
            parent[hi] = lo
    return {z: find(z) for z in parent}


def canonical_zone(zone: str) -> str:
    """The representative of ``zone``'s alias class: the same for every spelling of one IANA zone."""
    return _zone_classes().get(zone, zone)


@functools.cache
def _zone_territories() -> dict[str, str]:
    from babel.core import get_global

    return {canonical_zone(z): str(t) for z, t in sorted(get_global("zone_territories").items())}


def zone_territory(zone: str) -> str | None:
    """The region (upper-case code) a time zone belongs to in CLDR, or None."""
    return _zone_territories().get(canonical_zone(zone))


@functools.cache
def exemplar_cities() -> dict[str, tuple[tuple[str, str], ...]]:
    """Canonical zone id -> ((exemplar city name, lang), ...) over all locales that name the city."""
    found: dict[str, dict[tuple[str, str], None]] = {}
    for _, lang, _, cities in _locale_data():
        for zone in sorted(cities):
            found.setdefault(canonical_zone(zone), {})[(cities[zone], lang)] = None
    return {zone: tuple(names) for zone, names in sorted(found.items())}


@functools.cache
def _english_cities() -> dict[str, str]:
    for loc, _, _, cities in _locale_data():
        if loc == "en":
            return {canonical_zone(z): name for z, name in sorted(cities.items())}
    return {}


def english_exemplar_city(zone: str) -> str:
    """The English exemplar city of ``zone``: CLDR ``en`` where it names one, else the zone id's last part
    with ``_`` read as a space (CLDR's own fallback)."""
    name = _english_cities().get(canonical_zone(zone))
    return name if name else zone.rsplit("/", 1)[-1].replace("_", " ")
