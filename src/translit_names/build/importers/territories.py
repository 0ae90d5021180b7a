"""Importer: countries and territories (``country:<code>``) from rigour, CLDR and iso-codes.

The list of entities is OpenSanctions rigour's territory file, copied verbatim to
``gazetteer/sources/rigour-territories/data.jsonl``: every ISO 3166-1 country (type ``country``, id
``country:<alpha-2>``) plus rigour's other territories, subdivisions and former states (type ``territory``, id
``country:<rigour code>``: ``country:xk``, ``country:suhh``, ``country:ua-cri``...). Kosovo (``xk``) is a
sovereign state without an ISO 3166-1 code and is typed ``country`` too.

Names, added in this order (the first source of a spelling is the one recorded):

1. the canonical English name (tier ``preferred``, lang ``en``): rigour's ``name``, except for four entries
   listed in :data:`CANONICAL` where rigour uses a formal or local form;
2. CLDR territory names in every babel locale (``alias``, the locale's language);
3. pycountry's ``name`` / ``official_name`` / ``common_name`` (``alias``, ``en``) and their gettext translations
   in every locale pycountry ships (``alias``, that language); for former states, the ISO 3166-3 record;
4. rigour's ``name`` and ``full_name`` (lang ``en``), ``names_strong`` and ``names_weak`` (lang ``und``), tiered
   by :func:`rigour_tier`. rigour's lists are built for matching sanctions data, so beside real names they hold
   codes, demonyms and the names of cities and regions inside the territory; those become ``weak``.

Cyrillic names in Belarusian, Russian or Ukrainian from CLDR and iso-codes are also given as ``native`` names,
so the build adds every romanisation scheme's spelling of them (tier ``generated``). See docs/data-sources.md
for the rules and the numbers.
"""

from __future__ import annotations

import functools
import gettext
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ... import lang
from ...errors import GazetteerError
from . import cldr, geonames
from .common import (
    SOURCE_CLDR,
    SOURCE_GEONAMES,
    SOURCE_ISO_CODES,
    SOURCE_RIGOUR,
    SOURCES_ALL,
    NameBag,
    check_pins,
    clean,
    is_short_code,
    lang_of_locale,
    norm_key,
    scripts_of,
)

__all__ = [
    "CANONICAL",
    "PROMINENCE",
    "RIGOUR_FILE",
    "SKIPPED",
    "SOURCES",
    "canonical_names",
    "iter_entities",
    "rigour_tier",
]

SOURCES: dict[str, dict[str, str]] = {
    sid: SOURCES_ALL[sid] for sid in (SOURCE_RIGOUR, SOURCE_CLDR, SOURCE_ISO_CODES, SOURCE_GEONAMES)
}

#: Where the copied rigour file lives, relative to the gazetteer folder.
RIGOUR_FILE = Path("sources") / "rigour-territories" / "data.jsonl"

#: rigour entries that are not places. The EU and the UN are organisations, curated as ``org:eu`` and
#: ``org:un`` in gazetteer/organisations/; ``zz`` ("Global") and ``ip`` ("Cyberspace") are placeholders.
SKIPPED: dict[str, str] = {
    "eu": "an organisation (org:eu)",
    "un": "an organisation (org:un)",
    "zz": "a placeholder for 'worldwide'",
    "ip": "a placeholder for 'cyberspace'",
}

#: Canonical names where rigour's ``name`` is not the English common name, with the source that has it.
CANONICAL: dict[str, tuple[str, str]] = {
    "hk": ("Hong Kong", SOURCE_ISO_CODES),  # rigour: "Hong Kong SAR"
    "mo": ("Macao", SOURCE_ISO_CODES),  # rigour: "Macao SAR"
    "nr": ("Nauru", SOURCE_CLDR),  # rigour: "Naoero" (the Nauruan name)
    "va": ("Vatican City", SOURCE_CLDR),  # rigour: "Holy See" (the sovereign entity, kept as an alias)
}

#: Prominence by kind: sovereign states (rigour ``is_country``, not historical), other ISO 3166-1 entries
#: (dependencies such as Puerto Rico or Greenland), other territories and subdivisions, former states.
PROMINENCE: dict[str, float] = {
    "sovereign": 80.0,
    "dependency": 60.0,
    "territory": 50.0,
    "historical": 40.0,
    # A first-level region that rigour lists (Kyiv city, Bavaria, Geneva canton): news mean the city of that name
    # far more often than the region, so regions rank below cities of some size.
    "region": 35.0,
}

_GAP_HYPHEN = re.compile(r"(\w) -(\w)")
#: Demonym endings (the ``demonym_endings_build`` lists of the language packs).
_DEMONYM_END = re.compile(f"(?:{'|'.join(lang.lines('demonym_endings_build'))})$")


@functools.cache
def _rigour_rows(path: Path) -> tuple[dict[str, Any], ...]:
    try:
        with path.open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"cannot read the rigour territory file: {exc}", path=str(path)) from None
    return tuple(sorted(rows, key=lambda r: str(r["code"])))


def _rows(gazetteer_dir: Path) -> list[dict[str, Any]]:
    return [r for r in _rigour_rows((Path(gazetteer_dir) / RIGOUR_FILE).resolve()) if r["code"] not in SKIPPED]


@functools.cache
def _pycountry() -> tuple[dict[str, Any], dict[str, Any]]:
    """(lower-case alpha-2 -> ISO 3166-1 record, lower-case rigour code -> ISO 3166-3 record)."""
    check_pins("pycountry")
    import pycountry

    current = {c.alpha_2.lower(): c for c in pycountry.countries}
    former: dict[str, Any] = {}
    for h in pycountry.historic_countries:
        former.setdefault(h.alpha_4.lower(), h)
        if h.alpha_2.lower() not in current:
            former.setdefault(h.alpha_2.lower(), h)
    return current, former


@functools.cache
def _catalogues(domain: str) -> tuple[tuple[str, gettext.GNUTranslations], ...]:
    """(language, catalogue) for every pycountry locale that translates ``domain``, in sorted locale order."""
    import pycountry

    out = []
    for loc in sorted(os.listdir(pycountry.LOCALES_DIR)):
        mo = os.path.join(pycountry.LOCALES_DIR, loc, "LC_MESSAGES", f"{domain}.mo")
        if os.path.isfile(mo):
            with open(mo, "rb") as fh:
                out.append((lang_of_locale(loc), gettext.GNUTranslations(fh)))
    return tuple(out)


def _iso_names(record: Any, domain: str) -> list[tuple[str, str]]:
    """(name, lang): the record's English names, then every translation that differs from the English."""
    english = [getattr(record, attr) for attr in ("name", "official_name", "common_name") if hasattr(record, attr)]
    out = [(str(n), "en") for n in english]
    for lang, catalogue in _catalogues(domain):
        for msgid in english:
            text = catalogue.gettext(msgid)
            if text and text != msgid:
                out.append((text, lang))
    return out


def _kind(row: dict[str, Any], iso: bool) -> str:
    if row.get("is_historical"):
        return "historical"
    if row.get("is_country"):
        return "sovereign"
    return "dependency" if iso else "territory"


def canonical_names(gazetteer_dir: Path) -> dict[str, str]:
    """rigour code -> canonical English name, for every imported territory (used in city descriptions)."""
    return {str(r["code"]): CANONICAL.get(r["code"], (str(r["name"]), ""))[0] for r in _rows(gazetteer_dir)}


def _stems(names: list[str]) -> set[str]:
    """Normalised first words (four letters or more) of a territory's authoritative names."""
    out = set()
    for n in names:
        words = norm_key(n).split()
        if words and len(words[0]) >= 4:
            out.add(words[0])
    return out


def _is_demonym(key: str, stems: set[str]) -> bool:
    """``belarusian`` for ``belarus``, ``german`` for ``germany``: one Latin word, not a stem itself, that
    extends a stem less its last letter with a demonym ending. ``-stan`` names are never demonyms."""
    if " " in key or not key.isascii() or key.endswith("stan") or not _DEMONYM_END.search(key):
        return False
    return any(key != s and key.startswith(s[:-1]) for s in stems)


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


class _Near:
    """Normalised authoritative names of one territory, to spot rigour spellings one edit away from one."""

    def __init__(self, names: list[str]) -> None:
        self.keys = {norm_key(n) for n in names}
        self.keys.discard("")
        self.dels: set[str] | None = None

    def near(self, key: str) -> bool:
        """True if ``key`` differs from an authoritative key by one insertion, deletion, substitution or
        swap of neighbours (but is not equal to it)."""
        if len(key) < 5 or key in self.keys:
            return False
        if self.dels is None:
            self.dels = set().union(*(_deletions(k) for k in self.keys)) if self.keys else set()
        if key in self.dels:
            return True
        return any(d in self.keys or d in self.dels for d in _deletions(key))


_NATIONALITY = frozenset({"citizen", "citizens", "citizenship", "subject", "national", "nationals", "nationality"})


def rigour_tier(
    name: str,
    *,
    code: str,
    weak_list: bool,
    stems: set[str],
    near: _Near,
    claims: dict[str, set[str]],
    strong_claims: dict[str, set[str]],
) -> str | None:
    """The tier of one rigour name of territory ``code``, or None to leave it out.

    Left out: names without letters; names mixing scripts (``Kанадец`` with a Latin K); names one edit away
    from an authoritative name of the same territory (``Unied States``, ``Российская Федераци``): typos and
    truncations from sanctions data, which the matcher finds without help (checked after the first four
    ``weak`` rules, so ``Belarusian`` is a weak demonym, not a typo of ``Belarusia``).

    ``weak``: short codes (``USA``, ``РФ``, ``DPR``); demonyms (``Belarusian``, ``Kosovar``); nationality
    phrases (``British Citizen``); qualified forms with a comma (``Tbilisi, Georgia``); names of a GeoNames city
    (``Brussels``, ``Kinshasa``: the capital, not the country); names another imported territory also claims,
    unless this territory is the only one with the name among its strong names (canonical, CLDR, iso-codes,
    rigour ``name`` / ``full_name`` / ``names_strong``), so ``Georgia`` stays with the country and ``Crimea``
    with ``country:ua-cri``; and every all-ASCII name of rigour's ``names_weak`` list, which beside real names
    holds English sanctions-list jargon (counties for the United Kingdom, ``Siberia`` for Russia,
    ``Thirteen Colonies`` for the United States). ``alias`` otherwise: mostly translations and native names.
    """
    if not any(c.isalpha() for c in name) or len(scripts_of(name)) > 1:
        return None
    key = norm_key(name)
    if not key:
        return None
    if is_short_code(name) or _is_demonym(key, stems) or "," in name or _NATIONALITY & set(key.split()):
        return "weak"
    if near.near(key):
        return None
    if key in geonames.city_name_keys():
        return "weak"
    if claims.get(key, {code}) - {code} and strong_claims.get(key) != {code}:
        return "weak"
    if weak_list and name.isascii():
        return "weak"
    return "alias"


@functools.lru_cache(maxsize=1 << 18)  # bounded: a streamed build reads millions of names
def _fix(name: str) -> str:
    """Undo a rigour artefact: ``Hvíta -Rússland`` for ``Hvíta-Rússland`` (a space before a joining hyphen)."""
    return _GAP_HYPHEN.sub(r"\1-\2", clean(name))


def iter_entities(gazetteer_dir: Path) -> Iterator[dict[str, Any]]:
    """Yield every country and territory entity, sorted by id."""
    rows = _rows(gazetteer_dir)
    current, former = _pycountry()
    cldr_names = cldr.territory_names()
    gn_countries = geonames.countries()
    by_code = {str(r["code"]): r for r in rows}

    # Authoritative names (canonical, CLDR, iso-codes) of each territory, and every name's claimants.
    authoritative: dict[str, list[tuple[str, str, str]]] = {}
    for row in rows:
        code = str(row["code"])
        names: list[tuple[str, str, str]] = []
        canonical, csource = CANONICAL.get(code, (str(row["name"]), SOURCE_RIGOUR))
        names.append((canonical, "en", csource))
        for text, lang in cldr_names.get(code.upper(), ()):
            names.append((text, lang, SOURCE_CLDR))
        if code in current:
            names += [(t, lang, SOURCE_ISO_CODES) for t, lang in _iso_names(current[code], "iso3166-1")]
        elif code in former:
            names += [(t, lang, SOURCE_ISO_CODES) for t, lang in _iso_names(former[code], "iso3166-3")]
        authoritative[code] = names
    claims: dict[str, set[str]] = {}
    strong_claims: dict[str, set[str]] = {}
    for row in rows:
        code = str(row["code"])
        strong = [t for t, _, _ in authoritative[code]] + [row["name"], row["full_name"], *row["names_strong"]]
        for text in strong:
            strong_claims.setdefault(norm_key(_fix(text)), set()).add(code)
        for text in [*strong, *row["names_weak"]]:
            claims.setdefault(norm_key(_fix(text)), set()).add(code)

    def country_of(code: str) -> str | None:
        seen: set[str] = set()
        while code and code not in seen:
            seen.add(code)
            row = by_code.get(code)
            if row is None:
                return None
            if code in current or (row.get("is_country") and not row.get("is_historical")):
                return code
            code = str(row.get("parent") or "")
        return None

    for row in sorted(rows, key=lambda r: str(r["code"])):
        code = str(row["code"])
        iso = code in current
        kind = _kind(row, iso)
        etype = "country" if iso or kind == "sovereign" else "territory"
        canonical = authoritative[code][0][0]
        parent = str(row.get("parent") or "")
        parent_name = authoritative[parent][0][0] if parent in authoritative else ""
        if kind == "sovereign":
            description = "Country"
        elif kind == "historical":
            description = "Former country" if row.get("is_country") else "Former territory"
            description += f" of {parent_name}" if parent_name and not row.get("is_country") else ""
        elif "-" in code and parent_name:
            description = f"Region of {parent_name}"
        else:
            description = f"Territory of {parent_name}" if parent_name else "Territory"

        bag = NameBag()
        auth_texts = [t for t, _, _ in authoritative[code]]
        stems, near = _stems(auth_texts), _Near(auth_texts)
        for i, (text, lang, source) in enumerate(authoritative[code]):
            bag.add(text, lang, "preferred" if i == 0 else "alias", source)
        rigour_names = [(row["name"], "en", False), (row["full_name"], "en", False)]
        rigour_names += [(n, "und", False) for n in row["names_strong"]]
        rigour_names += [(n, "und", True) for n in row["names_weak"]]
        for text, lang, weak_list in rigour_names:
            text = _fix(text)
            tier = rigour_tier(
                text,
                code=code,
                weak_list=weak_list,
                stems=stems,
                near=near,
                claims=claims,
                strong_claims=strong_claims,
            )
            if tier is not None:
                bag.add(text, lang, tier, SOURCE_RIGOUR)
        if iso:
            # ISO 3166-1 alpha-2 and alpha-3 codes: weak, so that they answer only when spelled exactly and only
            # a query that asks for a country (docs/matching.md, "Bare words").
            record = current[code]
            for iso_code in (record.alpha_2, record.alpha_3):
                bag.add(iso_code, "und", "weak", SOURCE_ISO_CODES)

        ids: dict[str, Any] = {}
        gn = gn_countries.get(code.upper()) if len(code) == 2 else None
        if gn is not None:
            ids["geonames"] = int(gn["geonameid"])
        if iso:
            ids["iso3166"] = code.upper()
        if row.get("qid"):
            ids["wikidata"] = str(row["qid"])
        entity: dict[str, Any] = {
            "id": f"country:{code}",
            "type": etype,
            "name": clean(canonical),
            "description": description,
        }
        country = country_of(code)
        if country:
            entity["country"] = country
        entity.update(
            prominence=PROMINENCE["region" if kind == "territory" and "-" in code else kind],
            ids=ids,
            source=SOURCE_RIGOUR,
            names=bag.to_list(),
        )
        native = bag.native()
        if native:
            entity["native"] = native
        yield entity
