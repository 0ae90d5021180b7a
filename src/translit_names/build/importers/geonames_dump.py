"""GeoNames dumps: ``allCountries.txt``, ``cities500.txt`` ... ``cities15000.txt`` or a country file, with
``alternateNamesV2.txt`` (or ``alternateNames.txt``) for names in every language.

The main file has 19 tab-separated columns (geonameid, name, asciiname, alternatenames, latitude, longitude,
feature class, feature code, country code, cc2, admin1-4, population, elevation, dem, timezone, modification
date). The alternate-names file has 10 (8 in the old ``alternateNames.txt``): alternateNameId, geonameid,
isolanguage, alternate name, isPreferredName, isShortName, isColloquial, isHistoric, from, to.

- Type: feature class ``P`` -> ``city``; codes ``PCLI`` -> ``country``; ``PCLD``, ``PCLF``, ``PCLS``, ``PCLIX``,
  ``TERR`` -> ``territory``; everything else -> ``place``.
- Names: ``name`` is the canonical name (``preferred``), ``asciiname`` an ``alias``. With an alternate-names
  file: a name flagged isPreferredName -> ``preferred``; isColloquial -> ``weak``; isHistoric -> ``alias`` with
  the source ``<file>#historic``; other names (short ones too) -> ``alias``. Rows whose "language" is
  ``link``, ``post``, ``iata``, ``icao``, ``faac``, ``unlc``, ``tcid``, ``phon`` or ``piny`` are URLs, postal or
  transport codes, or pronunciations, not names: skipped; ``abbr`` -> ``weak``; ``wkdt`` gives ``ids.wikidata``.
  Without an alternate-names file, the main file's ``alternatenames`` column gives ``alias`` names (language
  unknown), except short codes in capitals (``MSQ``), which that column mixes in without saying so.
  Belarusian, Russian and Ukrainian names in Cyrillic (not colloquial ones) are also native names: the build adds
  every romanisation scheme's spelling of them.
- ``prominence`` from ``population`` as for the packaged cities (``15 + 16.25 * (log10(population) - 3)``,
  0-100), 10 when the population is unknown (0). ``ids``: ``geonames`` (and ``wikidata`` from ``wkdt``).

The alternate names (15 million rows in the full file) are staged in a scratch database that deletes itself
(:class:`translit_names.index.staging.AlternateNames`); for a main file under :data:`SMALL_MAIN_BYTES`, only
the rows of its ids are kept.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path

from ...index.staging import AlternateNames
from ..sources import RawEntity, RawName
from .stream import BadRecords, ImportCounts, clean_name, is_native, lang_or_und, read_lines

__all__ = ["FORMAT", "SMALL_MAIN_BYTES", "feature_type", "prominence", "read", "sniff", "sources"]

FORMAT = "geonames"

#: A main file smaller than this has its ids collected first, so that only their alternate names are staged.
SMALL_MAIN_BYTES = 64 * 1024 * 1024

_MAIN_COLUMNS = 19
_ALT_COLUMNS = (8, 10)
_SKIP_LANGS = frozenset({"link", "post", "iata", "icao", "faac", "unlc", "tcid", "phon", "piny"})
_TERRITORY_CODES = frozenset({"PCLD", "PCLF", "PCLS", "PCLIX", "TERR"})
_SHORT_CODE = re.compile(r"^[A-Z0-9]{2,5}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_FLAG_PREFERRED, _FLAG_SHORT, _FLAG_COLLOQUIAL, _FLAG_HISTORIC = range(4)


def feature_type(feature_class: str, feature_code: str) -> str:
    """The entity type of a GeoNames feature class and code."""
    if feature_class == "P":
        return "city"
    if feature_code == "PCLI":
        return "country"
    if feature_code in _TERRITORY_CODES:
        return "territory"
    return "place"


def prominence(population: int) -> float:
    """``15 + 16.25 * (log10(population) - 3)`` clamped to 0-100 (1,000 -> 15, 1 million -> 63.8); 10 when the
    population is unknown (0)."""
    if population <= 0:
        return 10.0
    return round(min(100.0, max(0.0, 15.0 + 16.25 * (math.log10(population) - 3.0))), 1)


def _source_id(path: Path) -> str:
    return f"{FORMAT}:{path.name}"


def sources(path: Path, alternate_names: Path | None = None) -> dict[str, dict[str, str]]:
    """The sources the names of ``path`` (and its alternate-names file) cite."""
    meta = {"url": "https://www.geonames.org/", "licence": "CC BY 4.0 (GeoNames)"}
    out = {_source_id(path): {"title": f"GeoNames features from {path.name}", **meta}}
    if alternate_names is not None:
        sid = _source_id(alternate_names)
        out[sid] = {"title": f"GeoNames alternate names from {alternate_names.name}", **meta}
        out[f"{sid}#historic"] = {"title": f"A historic name (GeoNames isHistoric) in {alternate_names.name}", **meta}
    return out


def sniff(first_line: str) -> bool:
    """Whether a file whose first line is ``first_line`` looks like a GeoNames main file."""
    cols = first_line.split("\t")
    return len(cols) == _MAIN_COLUMNS and cols[0].isdigit()


def sniff_alternate_names(first_line: str) -> bool:
    """Whether a file whose first line is ``first_line`` looks like a GeoNames alternate-names file."""
    cols = first_line.split("\t")
    return len(cols) in _ALT_COLUMNS and cols[0].isdigit() and cols[1].isdigit()


def _main_ids(path: Path) -> set[int]:
    ids: set[int] = set()
    for _, line in read_lines(path, BadRecords(skip_bad=True)):
        head = line.split("\t", 1)[0]
        if head.isdigit():
            ids.add(int(head))
    return ids


def _stage(alt_path: Path, store: AlternateNames, keep: set[int] | None, bad: BadRecords) -> None:
    def rows() -> Iterator[tuple[int, str, str, str]]:
        for lineno, line in read_lines(alt_path, bad):
            cols = line.split("\t")
            if len(cols) not in _ALT_COLUMNS:
                bad.report(alt_path, lineno, f"expected 10 (or 8) tab-separated columns, got {len(cols)}")
                continue
            if not cols[1].isdigit():
                bad.report(alt_path, lineno, f"geonameid {cols[1]!r} is not a number")
                continue
            gid = int(cols[1])
            if keep is not None and gid not in keep:
                continue
            flags = "".join("1" if c == "1" else "0" for c in cols[4:8])
            yield gid, cols[2], cols[3], flags

    store.add(rows())


def _alternates(rows: list[tuple[str, str, str]], sid: str) -> tuple[list[RawName], list[RawName], str | None]:
    names: list[RawName] = []
    native: list[RawName] = []
    qid: str | None = None
    for code, value, flags in rows:
        if code == "wkdt":
            qid = value if _QID.match(value) and qid is None else qid
            continue
        if code in _SKIP_LANGS:
            continue
        text = clean_name(value)
        if text is None:
            continue
        if code == "abbr":
            names.append(RawName(text=text, tier="weak", lang="und", source=sid))
            continue
        lang = lang_or_und(code) if code else "und"
        if flags[_FLAG_COLLOQUIAL] == "1":
            tier, source = "weak", sid
        elif flags[_FLAG_HISTORIC] == "1":
            tier, source = "alias", f"{sid}#historic"
        elif flags[_FLAG_PREFERRED] == "1":
            tier, source = "preferred", sid
        else:
            tier, source = "alias", sid
        if tier != "weak" and is_native(text, lang):
            native.append(RawName(text=text, tier="alias", lang=lang, source=source))
        names.append(RawName(text=text, tier=tier, lang=lang, source=source))
    return names, native, qid


def read(
    path: Path, bad: BadRecords, counts: ImportCounts | None = None, *, alternate_names: Path | None = None
) -> Iterator[RawEntity]:
    """The features of a GeoNames main file (plain or compressed), one at a time, in file order, with their
    names from ``alternate_names`` when given."""
    counts = counts if counts is not None else ImportCounts()
    sid = _source_id(path)
    with AlternateNames() as store:
        alt_sid = ""
        if alternate_names is not None:
            alt_sid = _source_id(alternate_names)
            small = path.stat().st_size < SMALL_MAIN_BYTES
            _stage(alternate_names, store, _main_ids(path) if small else None, bad)
        for lineno, line in read_lines(path, bad):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != _MAIN_COLUMNS:
                bad.report(path, lineno, f"expected {_MAIN_COLUMNS} tab-separated columns, got {len(cols)}")
                continue
            if not cols[0].isdigit():
                bad.report(path, lineno, f"geonameid {cols[0]!r} is not a number")
                continue
            if cols[14] and not cols[14].lstrip("-").isdigit():
                bad.report(path, lineno, f"{cols[0]}: population {cols[14]!r} is not a number")
                continue
            name = clean_name(cols[1])
            if name is None:
                bad.report(path, lineno, f"{cols[0]}: feature without a name")
                continue
            gid = int(cols[0])
            names: list[RawName] = []
            ascii_name = clean_name(cols[2])
            if ascii_name and ascii_name != name:
                names.append(RawName(text=ascii_name, tier="alias", lang="und", source=sid))
            qid = None
            native: list[RawName] = []
            if alternate_names is not None:
                alt, native, qid = _alternates(store.of(gid), alt_sid)
                names += alt
            else:
                for value in cols[3].split(","):
                    text = clean_name(value)
                    if text and not _SHORT_CODE.match(text):
                        names.append(RawName(text=text, tier="alias", lang="und", source=sid))
            names = [n for n in names if n.text != name]
            ids = {"geonames": cols[0]}
            if qid:
                ids["wikidata"] = qid
            code = cols[8] if _COUNTRY.match(cols[8]) else None
            counts.entities += 1
            counts.names += len(names) + 1
            yield RawEntity(
                id=f"{FORMAT}:{gid}",
                type=feature_type(cols[6], cols[7]),
                name=name,
                path=f"{path}:{lineno}",
                source=sid,
                description=f"GeoNames {cols[6]}.{cols[7]}" + (f" in {code}" if code else ""),
                country=code.lower() if code else None,
                prominence=prominence(int(cols[14] or 0)),
                ids=ids,
                names=names,
                native=native,
                curated=False,
            )
