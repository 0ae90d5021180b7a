"""Read and validate gazetteer source files: the project's YAML format, and simple CSV / JSONL tables.

Every problem is reported with the file and the entity it is in; all problems of a load are gathered and
raised together as one :class:`~translit_names.errors.GazetteerError`, so one build shows every mistake.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GazetteerError
from ..model import ENTITY_TYPES, TIERS

__all__ = [
    "LANGUAGES",
    "RawEntity",
    "RawName",
    "SourceSet",
    "load_path",
    "validate_lang",
]

#: ISO 639-1 codes (from pycountry's copy of ISO 639-3, 2026), plus ``und`` for "undetermined".
LANGUAGES: frozenset[str] = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el
    en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu
    ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na
    nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn
    so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    und""".split()
)

_LANG_RE = re.compile(r"^([a-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*$")
_ID_RE = re.compile(r"^([a-z]+):([a-z0-9]+(?:-[a-z0-9]+)*)$")
_ENTITY_KEYS = frozenset(
    "id type name description country gender prominence ids source native names".split()
)
_EXTEND_KEYS = frozenset("extend names native source".split())
_NAME_KEYS = frozenset("name lang tier source".split())
_DEFAULT_PROMINENCE = 10.0


def validate_lang(lang: str) -> str:
    """Return ``lang`` (an ISO 639-1 code, ``und``, or such a code with script/region subtags) or raise."""
    m = _LANG_RE.match(lang)
    if not m or m.group(1) not in LANGUAGES:
        raise ValueError(f"unknown language code {lang!r} (use ISO 639-1, e.g. 'en', 'ru', or 'und')")
    return lang


@dataclass
class RawName:
    """A name as written in a source file (tier one of preferred / alias / weak)."""

    text: str
    tier: str
    lang: str
    source: str


@dataclass
class RawEntity:
    """An entity as read from a source file, before names are generated and the index is compiled."""

    id: str
    type: str
    name: str
    path: str
    source: str
    description: str = ""
    country: str | None = None
    gender: str | None = None
    prominence: float = _DEFAULT_PROMINENCE
    ids: dict[str, str] = field(default_factory=dict)
    native: list[RawName] = field(default_factory=list)
    names: list[RawName] = field(default_factory=list)
    curated: bool = True


@dataclass
class Extension:
    """Names that a file adds to an entity defined elsewhere (``extend: ID``)."""

    target: str
    path: str
    native: list[RawName]
    names: list[RawName]


@dataclass
class SourceSet:
    """Everything read from a set of files: entities, extensions, and the sources they cite."""

    entities: list[RawEntity] = field(default_factory=list)
    extensions: list[Extension] = field(default_factory=list)
    sources: dict[str, dict[str, str]] = field(default_factory=dict)
    #: Sources declared by curated files (YAML, user tables): their names are trusted over imported ones.
    curated_sources: set[str] = field(default_factory=set)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


class _Errors:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, path: str, entity: str | None, message: str) -> None:
        where = f"{path}: {entity}" if entity else path
        self.items.append(f"{where}: {message}")

    def raise_if_any(self) -> None:
        if self.items:
            head = f"{len(self.items)} error(s) in the gazetteer" if len(self.items) > 1 else ""
            body = "\n".join(self.items)
            raise GazetteerError(f"{head}\n{body}" if head else body)


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        out = nfc(value)
        # Control and format characters are refused, except the zero-width (non-)joiners of Persian, Indic...
        if out and all(unicodedata.category(c)[0] != "C" or c in "\u200c\u200d" for c in out):
            return out
    return None


def _read_names(
    items: Any, *, kind: str, default_source: str, sources: Mapping[str, Any], err: _Errors, path: str, eid: str
) -> list[RawName]:
    out: list[RawName] = []
    if items is None:
        return out
    if not isinstance(items, list):
        err.add(path, eid, f"`{kind}` must be a list")
        return out
    for item in items:
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict):
            err.add(path, eid, f"`{kind}` entries must be mappings with `name`, got {item!r}")
            continue
        unknown = set(item) - _NAME_KEYS
        if unknown:
            err.add(path, eid, f"unknown field(s) {sorted(unknown)} in a `{kind}` entry")
        text = _text(item.get("name"))
        if text is None:
            err.add(path, eid, f"`{kind}` entry without a valid `name`: {item!r}")
            continue
        lang = str(item.get("lang", "und"))
        try:
            validate_lang(lang)
        except ValueError as exc:
            err.add(path, eid, f"{text!r}: {exc}")
            continue
        if kind == "native" and lang == "und":
            err.add(path, eid, f"native name {text!r} needs its language (`lang`)")
        tier = str(item.get("tier", "alias"))
        if kind == "native":
            if "tier" in item:
                err.add(path, eid, f"native name {text!r}: native names take no tier")
            tier = "alias"
        elif tier not in TIERS or tier == "generated":
            err.add(path, eid, f"{text!r}: unknown tier {tier!r} (use preferred, alias or weak)")
            continue
        source = str(item.get("source", default_source))
        if source not in sources:
            err.add(path, eid, f"{text!r}: source {source!r} is not declared in the file's `sources`")
        out.append(RawName(text=text, tier=tier, lang=lang, source=source))
    return out


def _read_entity(
    item: dict[str, Any], *, path: str, default_source: str, sources: Mapping[str, Any], err: _Errors
) -> RawEntity | None:
    eid = item.get("id")
    if not isinstance(eid, str):
        err.add(path, None, f"an entity without an `id`: {str(item)[:80]}")
        return None
    unknown = set(item) - _ENTITY_KEYS
    if unknown:
        err.add(path, eid, f"unknown field(s) {sorted(unknown)}")
    m = _ID_RE.match(eid)
    etype = item.get("type")
    if not m:
        err.add(path, eid, "malformed id (want TYPE:slug, lower-case ASCII letters, digits and '-')")
    if etype not in ENTITY_TYPES:
        err.add(path, eid, f"unknown type {etype!r} (one of {', '.join(ENTITY_TYPES)})")
        return None
    if m and m.group(1) != ENTITY_TYPES[etype]:
        err.add(path, eid, f"id prefix {m.group(1)!r} does not match type {etype!r} (want {ENTITY_TYPES[etype]!r})")
    name = _text(item.get("name"))
    if name is None:
        err.add(path, eid, "missing or empty `name`")
        return None
    source = str(item.get("source", default_source))
    if source not in sources:
        err.add(path, eid, f"source {source!r} is not declared in the file's `sources`")
    prominence = item.get("prominence", _DEFAULT_PROMINENCE)
    if isinstance(prominence, bool) or not isinstance(prominence, (int, float)) or not 0 <= prominence <= 100:
        err.add(path, eid, f"prominence must be a number from 0 to 100, got {prominence!r}")
        prominence = _DEFAULT_PROMINENCE
    country = item.get("country")
    if country is not None and (not isinstance(country, str) or not re.fullmatch(r"[a-z]{2}", country)):
        err.add(path, eid, f"country must be an ISO 3166-1 alpha-2 code in lower case, got {country!r}")
        country = None
    gender = item.get("gender")
    if gender is not None and gender not in ("m", "f"):
        err.add(path, eid, f"gender must be 'm' or 'f', got {gender!r}")
        gender = None
    ids = item.get("ids") or {}
    if not isinstance(ids, dict):
        err.add(path, eid, "`ids` must be a mapping")
        ids = {}
    description = item.get("description", "")
    if not isinstance(description, str):
        err.add(path, eid, "`description` must be a string")
        description = ""
    kw = dict(default_source=source, sources=sources, err=err, path=path, eid=eid)
    return RawEntity(
        id=eid,
        type=etype,
        name=name,
        path=path,
        source=source,
        description=nfc(description),
        country=country,
        gender=gender,
        prominence=float(prominence),
        ids={str(k): str(v) for k, v in sorted(ids.items())},
        native=_read_names(item.get("native"), kind="native", **kw),  # type: ignore[arg-type]
        names=_read_names(item.get("names"), kind="names", **kw),  # type: ignore[arg-type]
    )


def _load_yaml(path: Path, shown: str, out: SourceSet, err: _Errors) -> None:
    import yaml  # build-time and user-gazetteer dependency only

    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{shown}:{mark.line + 1}:{mark.column + 1}" if mark is not None else shown
        err.add(where, None, f"YAML syntax error: {exc.problem or exc.context or 'cannot parse'}")
        return
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        err.add(shown, None, f"cannot read: {str(exc).splitlines()[0]}")
        return
    if not isinstance(doc, dict) or not isinstance(doc.get("entities"), list):
        err.add(shown, None, "a gazetteer file is a mapping with an `entities` list (see docs/gazetteer.md)")
        return
    sources = doc.get("sources") or {}
    if not isinstance(sources, dict) or not all(isinstance(v, dict) for v in sources.values()):
        err.add(shown, None, "`sources` must map a source id to a mapping with at least `title`")
        sources = {}
    for sid, meta in sources.items():
        meta = {str(k): str(v) for k, v in meta.items()}
        if "title" not in meta:
            err.add(shown, None, f"source {sid!r} has no `title`")
        if sid in out.sources and out.sources[sid] != meta:
            err.add(shown, None, f"source {sid!r} is declared differently in another file")
        out.sources[str(sid)] = meta
        out.curated_sources.add(str(sid))
    default_source = str(doc.get("default_source", ""))
    if default_source and default_source not in sources:
        err.add(shown, None, f"default_source {default_source!r} is not declared in `sources`")
    for item in doc["entities"]:
        if not isinstance(item, dict):
            err.add(shown, None, f"an entity must be a mapping, got {str(item)[:60]!r}")
            continue
        if "extend" in item:
            target = item["extend"]
            unknown = set(item) - _EXTEND_KEYS
            if unknown:
                err.add(shown, str(target), f"unknown field(s) {sorted(unknown)} in an extension")
            source = str(item.get("source", default_source))
            kw = dict(default_source=source, sources=sources, err=err, path=shown, eid=str(target))
            out.extensions.append(
                Extension(
                    target=str(target),
                    path=shown,
                    native=_read_names(item.get("native"), kind="native", **kw),  # type: ignore[arg-type]
                    names=_read_names(item.get("names"), kind="names", **kw),  # type: ignore[arg-type]
                )
            )
            continue
        entity = _read_entity(item, path=shown, default_source=default_source, sources=sources, err=err)
        if entity is not None:
            out.entities.append(entity)


_TABLE_SOURCE = "user"


def _table_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """The rows of a CSV or JSONL table with the line number each starts on (a byte-order mark is skipped)."""
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8-sig") as fh:
            for number, line in enumerate(fh, start=1):
                if line.strip():
                    try:
                        row = json.loads(line)
                    except ValueError as exc:
                        raise ValueError(f"line {number}: {exc}") from None
                    if not isinstance(row, dict):
                        raise ValueError(f"line {number}: every JSONL line must be an object")
                    yield number, row
    else:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in ("id", "type", "name") if c not in (reader.fieldnames or [])]
            if missing:
                raise ValueError(f"line 1: the header has no column {', '.join(missing)} (found: {reader.fieldnames})")
            start = 2  # the header is line 1
            for row in reader:
                yield start, row
                start = reader.line_num + 1


def _load_table(path: Path, shown: str, out: SourceSet, err: _Errors) -> None:
    """CSV or JSONL rows: ``id, type, name`` and optional ``aliases`` (``|``-separated in CSV, a list in JSONL),
    ``lang``, ``native`` (native-script name), ``native_lang``, ``country``, ``prominence``, ``description``."""
    out.sources.setdefault(_TABLE_SOURCE, {"title": "A user's own gazetteer table"})
    out.curated_sources.add(_TABLE_SOURCE)
    try:
        rows = list(_table_rows(path))
    except (OSError, UnicodeDecodeError, ValueError, csv.Error) as exc:
        err.add(shown, None, f"cannot read: {exc}")
        return
    for lineno, row in rows:
        aliases = row.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a for a in aliases.split("|") if a.strip()]
        lang = row.get("lang") or "und"
        item: dict[str, Any] = {
            "id": row.get("id"),
            "type": row.get("type"),
            "name": row.get("name"),
            "names": [{"name": row.get("name"), "lang": lang, "tier": "preferred"}]
            + [{"name": a, "lang": lang} for a in aliases],
        }
        if row.get("native"):
            item["native"] = [{"name": row["native"], "lang": row.get("native_lang") or "und"}]
        for key in ("country", "description"):
            if row.get(key):
                item[key] = row[key]
        if row.get("prominence") not in (None, ""):
            try:
                item["prominence"] = float(row["prominence"])
            except (TypeError, ValueError):
                item["prominence"] = row["prominence"]
        entity = _read_entity(
            item, path=f"{shown}:{lineno}", default_source=_TABLE_SOURCE, sources=out.sources, err=err
        )
        if entity is not None:
            out.entities.append(entity)


_SUFFIXES = (".yaml", ".yml", ".csv", ".jsonl")


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix in _SUFFIXES and p.is_file() and "sources" not in p.relative_to(path).parts)
    return [path]


def load_path(paths: Iterable[Path], *, root: Path | None = None) -> SourceSet:
    """Read every gazetteer file under ``paths`` (files or folders, in sorted order) and validate each entry.

    Raises :class:`GazetteerError` listing every problem found (file and entity named).
    """
    out = SourceSet()
    err = _Errors()
    for top in paths:
        if not top.exists():
            err.add(str(top), None, "no such file or folder")
            continue
        files = _files(top)
        if not files:
            err.add(str(top), None, "no gazetteer files (*.yaml, *.csv, *.jsonl) found")
        for path in files:
            shown = str(path.relative_to(root)) if root and path.is_relative_to(root) else str(path)
            if path.suffix in (".yaml", ".yml"):
                _load_yaml(path, shown, out, err)
            elif path.suffix in (".csv", ".jsonl"):
                _load_table(path, shown, out, err)
            else:
                err.add(shown, None, "unknown file type (want .yaml, .yml, .csv or .jsonl)")
    err.raise_if_any()
    return out
