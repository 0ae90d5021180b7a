"""FollowTheMoney entities as JSON lines: OpenSanctions' ``entities.ftm.json`` and any FtM export.

One JSON object per line: ``{"id": ..., "schema": "Person", "properties": {"name": [...], ...}, "datasets":
[...], "caption": ...}``. Entities of the schemas in :data:`SCHEMA_TYPES` become gazetteer entities; records of
other schemas (sanctions, ownerships, addresses...) name no entity and are counted as ignored.

Names and their tiers:

- ``name`` -> ``preferred`` (FtM's main names of the entity; the ``caption``, or the first name, is the
  entity's canonical name);
- ``alias`` -> ``alias``; ``previousName`` -> ``alias`` with the source ``<file>#previousName``, so an
  explanation says the spelling is a former name;
- ``weakAlias`` -> ``weak``.

FtM values carry no language: every name is ``und``. The entity ID is ``ftm:<the FtM id>``; ``ids`` keeps
``ftm`` (the FtM id as given) and ``wikidata`` (the ``wikidataId`` property, when it is a QID). ``country`` is the
first two-letter code (other than ``zz``, FtM's "no country") of ``country``, ``nationality``, ``citizenship``, ``jurisdiction`` or ``flag``; the
description names the schema and datasets. FtM has no prominence: every entity gets
:data:`DEFAULT_PROMINENCE`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..sources import RawEntity, RawName
from .stream import BadRecords, ImportCounts, clean_name, json_problem, read_lines

__all__ = ["DEFAULT_PROMINENCE", "FORMAT", "SCHEMA_TYPES", "parse_line", "read", "sniff", "sources"]

FORMAT = "ftm"

#: FtM schema -> gazetteer entity type. Other schemas are not named entities of the gazetteer's kinds.
SCHEMA_TYPES: dict[str, str] = {
    "Person": "person",
    "Organization": "organisation",
    "Company": "organisation",
    "LegalEntity": "organisation",
    "PublicBody": "organisation",
    "Vessel": "vessel",
}

#: The prominence of every imported FtM entity (the format has no measure of it; the packaged default is 10).
DEFAULT_PROMINENCE = 10.0

_COUNTRY_PROPS = ("country", "nationality", "citizenship", "jurisdiction", "flag")
_COUNTRY = re.compile(r"^[a-z]{2}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_GENDER = {"male": "m", "female": "f"}
#: (property, tier, source suffix) in the order names are listed.
_NAME_PROPS: tuple[tuple[str, str, str], ...] = (
    ("name", "preferred", ""),
    ("alias", "alias", ""),
    ("previousName", "alias", "#previousName"),
    ("weakAlias", "weak", ""),
)


def _source_id(path: Path) -> str:
    return f"{FORMAT}:{path.name}"


def sources(path: Path) -> dict[str, dict[str, str]]:
    """The sources the names of ``path`` cite."""
    sid = _source_id(path)
    return {
        sid: {"title": f"FollowTheMoney entities from {path.name}", "format": "FollowTheMoney JSON lines"},
        f"{sid}#previousName": {"title": f"A previous name (FtM previousName) in {path.name}"},
    }


def sniff(first_line: str) -> bool:
    """Whether a file whose first non-blank line is ``first_line`` looks like FtM JSON lines."""
    try:
        obj = json.loads(first_line)
    except ValueError:
        return False
    return isinstance(obj, dict) and "schema" in obj and "properties" in obj


def _strings(props: dict[str, Any], key: str) -> list[str]:
    values = props.get(key)
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list):
        return []
    return [v for v in values if isinstance(v, str)]


def _entity(obj: Any, path: Path, lineno: int, bad: BadRecords, counts: ImportCounts) -> RawEntity | None:
    if not isinstance(obj, dict):
        bad.report(path, lineno, "a line must be a JSON object (an FtM entity)")
        return None
    fid = obj.get("id")
    if not isinstance(fid, str) or not fid.strip() or any(c.isspace() for c in fid):
        bad.report(path, lineno, "entity without a valid `id`")
        return None
    schema = obj.get("schema")
    if not isinstance(schema, str):
        bad.report(path, lineno, f"{fid}: entity without a `schema`")
        return None
    props = obj.get("properties")
    if not isinstance(props, dict):
        bad.report(path, lineno, f"{fid}: `properties` must be an object")
        return None
    etype = SCHEMA_TYPES.get(schema)
    if etype is None:
        counts.ignored += 1
        return None
    sid = _source_id(path)
    names: list[RawName] = []
    seen: set[tuple[str, str]] = set()
    for prop, tier, suffix in _NAME_PROPS:
        for value in _strings(props, prop):
            text = clean_name(value)
            if text is None or (text, tier) in seen:
                continue
            seen.add((text, tier))
            names.append(RawName(text=text, tier=tier, lang="und", source=sid + suffix))
    caption = clean_name(obj.get("caption"))
    preferred = [n.text for n in names if n.tier == "preferred"]
    name = caption if caption in preferred else (preferred[0] if preferred else None)
    if name is None:
        bad.report(path, lineno, f"{fid}: {schema} without a `name`")
        return None
    country = next((c for p in _COUNTRY_PROPS for c in _strings(props, p) if _COUNTRY.match(c) and c != "zz"), None)
    gender = next((_GENDER[g] for g in _strings(props, "gender") if g in _GENDER), None)
    ids = {"ftm": fid}
    qid = next((q for q in _strings(props, "wikidataId") if _QID.match(q)), None)
    if qid:
        ids["wikidata"] = qid
    datasets = [d for d in obj.get("datasets") or [] if isinstance(d, str)]
    description = schema + (f" ({', '.join(datasets)})" if datasets else "")
    counts.entities += 1
    counts.names += len(names)
    return RawEntity(
        id=f"{FORMAT}:{fid}",
        type=etype,
        name=name,
        path=f"{path}:{lineno}",
        source=sid,
        description=description,
        country=country,
        gender=gender,
        prominence=DEFAULT_PROMINENCE,
        ids=ids,
        names=[n for n in names if not (n.tier == "preferred" and n.text == name)],
        curated=False,
    )


def parse_line(line: str, path: Path, lineno: int, bad: BadRecords, counts: ImportCounts) -> RawEntity | None:
    """The entity of one line (None for a blank line, a record of another schema, or a bad record)."""
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except ValueError as exc:
        bad.report(path, lineno, f"not a JSON object ({json_problem(exc)}; truncated line?)")
        return None
    return _entity(obj, path, lineno, bad, counts)


def read(path: Path, bad: BadRecords, counts: ImportCounts | None = None) -> Iterator[RawEntity]:
    """The entities of an FtM JSON-lines file (plain or compressed), one at a time, in file order."""
    counts = counts if counts is not None else ImportCounts()
    for lineno, line in read_lines(path, bad):
        entity = parse_line(line, path, lineno, bad, counts)
        if entity is not None:
            yield entity
