"""Wikidata JSON entity dumps (``latest-all.json.gz`` / ``.bz2``, or any extract in that format).

The dump is one JSON array with one entity per line (``[``, then ``{...},`` lines, then ``]``); it is read one
line at a time, never as a whole. Lines holding one entity object without the array (JSON lines) are read too.

- Type: the first ``P31`` (instance of) value found in :data:`CLASS_TYPES` (human -> person, city -> city,
  sovereign state -> country, ...). Items of other classes are counted as ignored (or typed ``default_type``).
- Names: the label in each language -> ``preferred``; aliases -> ``alias``. The canonical name is the English
  label, else the ``mul`` label, else the first label. Labels and aliases in Belarusian, Russian or Ukrainian
  written in Cyrillic are also native names: the build adds every romanisation scheme's spelling of them.
- ``prominence``: from the number of sitelinks (Wikipedia and sister-project articles), see :func:`prominence`.
- ``ids``: ``wikidata`` (the QID). ``country``: the entity's own ``P297`` (ISO 3166-1 alpha-2) code, when
  it has one. ``gender`` from ``P21``. ``description``: the English description.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..sources import RawEntity, RawName
from .stream import BadRecords, ImportCounts, clean_name, json_problem, is_native, lang_or_und, read_lines

__all__ = ["CLASS_TYPES", "FORMAT", "parse_line", "prominence", "read", "sniff", "sources"]

FORMAT = "wikidata"

#: P31 classes -> entity type. A class not listed leaves the item out (or gives it ``default_type``).
CLASS_TYPES: dict[str, str] = {
    "Q5": "person",  # human
    "Q6256": "country",  # country
    "Q3624078": "country",  # sovereign state
    "Q515": "city",  # city
    "Q1549591": "city",  # big city
    "Q5119": "city",  # capital city
    "Q3957": "city",  # town
    "Q43229": "organisation",  # organization
    "Q4830453": "organisation",  # business
    "Q783794": "organisation",  # company
    "Q891723": "organisation",  # public company
    "Q7278": "organisation",  # political party
    "Q163740": "organisation",  # nonprofit organization
    "Q327333": "organisation",  # government agency
    "Q484652": "organisation",  # international organization
    "Q3918": "organisation",  # university
    "Q11032": "organisation",  # newspaper
    "Q82794": "place",  # geographic region
    "Q23442": "place",  # island
    "Q8502": "place",  # mountain
    "Q4022": "place",  # river
}
_GENDER = {"Q6581097": "m", "Q6581072": "f"}  # male, female
_QID = re.compile(r"^Q[1-9][0-9]*$")


def prominence(sitelinks: int) -> float:
    """``10 + 20 * log10(1 + sitelinks)``, at most 100: no article -> 10, 9 -> 30, 99 -> 50, 300 -> 59.6."""
    return round(min(100.0, 10.0 + 20.0 * math.log10(1 + max(sitelinks, 0))), 1)


def _source_id(path: Path) -> str:
    return f"{FORMAT}:{path.name}"


def sources(path: Path) -> dict[str, dict[str, str]]:
    """The source the names of ``path`` cite."""
    return {
        _source_id(path): {
            "title": f"Wikidata entities from {path.name}",
            "url": "https://www.wikidata.org/",
            "licence": "CC0 1.0 (Wikidata)",
        }
    }


def sniff(first_line: str) -> bool:
    """Whether a file whose first non-blank line is ``first_line`` looks like a Wikidata dump."""
    if first_line.strip() == "[":
        return True
    try:
        obj = json.loads(first_line.strip().rstrip(","))
    except ValueError:
        return False
    return isinstance(obj, dict) and "labels" in obj and isinstance(obj.get("id"), str)


def _claim_ids(claims: dict[str, Any], prop: str) -> list[str]:
    out = []
    for claim in claims.get(prop) or []:
        try:
            value = claim["mainsnak"]["datavalue"]["value"]
        except (KeyError, TypeError):
            continue
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            out.append(value["id"])
        elif isinstance(value, str):
            out.append(value)
    return out


def _entity(
    obj: Any, path: Path, lineno: int, bad: BadRecords, counts: ImportCounts, default_type: str | None
) -> RawEntity | None:
    if not isinstance(obj, dict):
        bad.report(path, lineno, "an array element must be a JSON object (a Wikidata entity)")
        return None
    qid = obj.get("id")
    if not isinstance(qid, str) or not qid:
        bad.report(path, lineno, "entity without an `id`")
        return None
    if not _QID.match(qid):
        counts.ignored += 1  # properties (P...), lexemes (L...): not named entities
        return None
    claims = obj.get("claims") or {}
    labels = obj.get("labels") or {}
    aliases = obj.get("aliases") or {}
    if not isinstance(claims, dict) or not isinstance(labels, dict) or not isinstance(aliases, dict):
        bad.report(path, lineno, f"{qid}: `claims`, `labels` and `aliases` must be objects")
        return None
    etype = next((CLASS_TYPES[c] for c in _claim_ids(claims, "P31") if c in CLASS_TYPES), default_type)
    if etype is None:
        counts.ignored += 1
        return None
    sid = _source_id(path)
    names: list[RawName] = []
    native: list[RawName] = []
    by_lang: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()

    def add(value: Any, code: str, tier: str) -> None:
        text = clean_name(value.get("value") if isinstance(value, dict) else None)
        lang = lang_or_und(code)
        if text is None or (text, lang) in seen:
            return
        seen.add((text, lang))
        if tier == "preferred":
            by_lang.setdefault(code, text)
        if is_native(text, lang):
            # A native name is an alias that the build also romanises with every scheme of its language.
            native.append(RawName(text=text, tier="alias", lang=lang, source=sid))
            if tier == "alias":
                return
        names.append(RawName(text=text, tier=tier, lang=lang, source=sid))

    for code, value in sorted(labels.items()):
        add(value, code, "preferred")
    for code, values in sorted(aliases.items()):
        for value in values if isinstance(values, list) else []:
            add(value, code, "alias")
    name = by_lang.get("en") or by_lang.get("mul") or next(iter(by_lang.values()), None)
    if name is None:
        bad.report(path, lineno, f"{qid}: entity without a label")
        return None
    sitelinks = obj.get("sitelinks")
    country = next((c.lower() for c in _claim_ids(claims, "P297") if re.fullmatch(r"[A-Z]{2}", c)), None)
    gender = next((_GENDER[g] for g in _claim_ids(claims, "P21") if g in _GENDER), None)
    descriptions = obj.get("descriptions") or {}
    en = descriptions.get("en") if isinstance(descriptions, dict) else None
    description = clean_name(en.get("value")) if isinstance(en, dict) else None
    counts.entities += 1
    counts.names += len(names)
    return RawEntity(
        id=f"{FORMAT}:{qid}",
        type=etype,
        name=name,
        path=f"{path}:{lineno}",
        source=sid,
        description=description or "",
        country=country,
        gender=gender,
        prominence=prominence(len(sitelinks) if isinstance(sitelinks, dict) else 0),
        ids={"wikidata": qid},
        native=native,
        names=[n for n in names if not (n.text == name and n.tier == "preferred")],
        curated=False,
    )


def read(
    path: Path, bad: BadRecords, counts: ImportCounts | None = None, *, default_type: str | None = None
) -> Iterator[RawEntity]:
    """The entities of a Wikidata JSON dump (plain or compressed), one at a time, in file order."""
    counts = counts if counts is not None else ImportCounts()
    for lineno, line in read_lines(path, bad):
        entity = parse_line(line, path, lineno, bad, counts, default_type=default_type)
        if entity is not None:
            yield entity


def parse_line(
    line: str, path: Path, lineno: int, bad: BadRecords, counts: ImportCounts, *, default_type: str | None = None
) -> RawEntity | None:
    """The entity of one line of the dump (None for the array's brackets, an ignored item or a bad record)."""
    text = line.strip()
    if text in ("", "[", "]"):
        return None
    if text.endswith(","):
        text = text[:-1]
    try:
        obj = json.loads(text)
    except ValueError as exc:
        bad.report(path, lineno, f"not a JSON object ({json_problem(exc)}; truncated line?)")
        return None
    return _entity(obj, path, lineno, bad, counts, default_type)
