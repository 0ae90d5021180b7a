"""Compile gazetteer sources into the SQLite index that ships in the wheel.

Pipeline: read curated files (:mod:`.sources`) and imported data sets (:mod:`.importers`), apply ``extend``
entries, check cross-entity rules (duplicate IDs, names claimed twice at one tier), generate the romanisation of
every native-script name with every scheme of its language, group spellings into *forms* (one per normalised
spelling), and write the index tables. Inputs are sorted and NFC-normalised, so two builds of the same sources
give byte-identical files.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import lang
from ..errors import GazetteerError
from ..index.reader import IndexReader
from ..index.schema import INDEX_FORMAT, MIN_SKELETON_FOR_DELETES
from ..index.writer import IndexWriter
from ..model import TIERS, WEAK_FACTOR
from ..score.params import IMPORTED_ALIAS_FACTOR, IMPORTED_WEAK_FACTOR
from ..names.keys import deletions, skeleton
from ..names.tokens import tokenize
from ..names.variants import common_words
from ..text.normalize import normalize
from .sources import RawEntity, RawName, SourceSet, load_path, nfc

__all__ = ["IMPORTERS", "INDEX_FORMAT", "BuildReport", "build_index", "collect", "compile_in_memory", "compile_sources"]

#: Importer modules under translit_names.build.importers, run in this order by the default build.
IMPORTERS: tuple[str, ...] = ("territories", "cities")

_TIER_RANK: dict[str, int] = {t: i for i, t in enumerate(TIERS)}


@dataclass
class ExpandedName:
    text: str
    tier: str
    lang: str
    source: str
    scheme: str | None = None
    origin: str | None = None


@dataclass
class BuildReport:
    """What a build produced, for ``gazetteer build`` / ``stats`` and the benchmarks."""

    entities: int = 0
    names: int = 0
    forms: int = 0
    tokens: int = 0
    skeleton_rows: int = 0
    seconds: float = 0.0
    ambiguous_generated: int = 0
    by_type: dict[str, int] = field(default_factory=dict)


def _importer_entities(gazetteer_dir: Path, names: Iterable[str]) -> tuple[list[RawEntity], dict[str, dict[str, str]]]:
    entities: list[RawEntity] = []
    sources: dict[str, dict[str, str]] = {}
    for modname in names:
        module = importlib.import_module(f"translit_names.build.importers.{modname}")
        sources.update(module.SOURCES)
        for item in module.iter_entities(gazetteer_dir):
            names_ = [
                RawName(text=nfc(n["name"]), tier=n.get("tier", "alias"), lang=n.get("lang", "und"), source=n.get("source", item["source"]))
                for n in item.get("names", [])
                if nfc(n["name"])
            ]
            native = [
                RawName(text=nfc(n["name"]), tier="alias", lang=n["lang"], source=n.get("source", item["source"]))
                for n in item.get("native", [])
            ]
            entities.append(
                RawEntity(
                    id=item["id"],
                    type=item["type"],
                    name=nfc(item["name"]),
                    path=f"importer:{modname}",
                    source=item["source"],
                    description=item.get("description", ""),
                    country=item.get("country"),
                    prominence=float(item.get("prominence", 10.0)),
                    ids={str(k): str(v) for k, v in sorted((item.get("ids") or {}).items())},
                    native=native,
                    names=names_,
                    curated=False,
                )
            )
    return entities, sources


def collect(
    paths: Iterable[Path], *, importers: Iterable[str] = (), gazetteer_dir: Path | None = None, root: Path | None = None
) -> SourceSet:
    """Read curated files and run importers; apply extensions; check cross-entity rules."""
    found = load_path(list(paths), root=root)
    if importers:
        imported, sources = _importer_entities(gazetteer_dir or Path("gazetteer"), importers)
        found.entities.extend(imported)
        for sid, meta in sources.items():
            found.sources.setdefault(sid, meta)
    errors: list[str] = []
    by_id: dict[str, RawEntity] = {}
    for entity in found.entities:
        if entity.id in by_id:
            errors.append(f"{entity.path}: {entity.id}: duplicate id (also in {by_id[entity.id].path})")
            continue
        by_id[entity.id] = entity
    for ext in found.extensions:
        target = by_id.get(ext.target)
        if target is None:
            errors.append(f"{ext.path}: {ext.target}: `extend` of an id that does not exist")
            continue
        target.names.extend(ext.names)
        target.native.extend(ext.native)
    # A name claimed by two curated entities at the same tier is an error, unless both entities carry the
    # same canonical name (true namesakes, told apart by description and prominence).
    claims: dict[tuple[str, str], RawEntity] = {}
    for entity in sorted(by_id.values(), key=lambda e: e.id):
        if not entity.curated:
            continue
        seen: set[tuple[str, str]] = set()
        for n in [*entity.names, *entity.native]:
            key = (normalize(n.text), n.tier)
            if not key[0] or key in seen:
                continue
            seen.add(key)
            other = claims.get(key)
            if other is None:
                claims[key] = entity
            elif normalize(other.name) != normalize(entity.name):
                errors.append(
                    f"{entity.path}: {entity.id}: {n.tier} name {n.text!r} is also a {n.tier} name of "
                    f"{other.id} ({other.path})"
                )
    if errors:
        raise GazetteerError(f"{len(errors)} error(s) in the gazetteer\n" + "\n".join(errors))
    found.entities = sorted(by_id.values(), key=lambda e: e.id)
    return found


def expand_names(entity: RawEntity) -> list[ExpandedName]:
    """Every spelling of ``entity``: its canonical name, listed names, native names, and their romanisations (by
    the ``index_schemes`` of the native name's language pack).

    Spellings that normalise alike keep the strongest tier; generated spellings remember scheme and origin.
    """
    out: list[ExpandedName] = [ExpandedName(entity.name, "preferred", "en" if entity.curated else "und", entity.source)]
    out += [ExpandedName(n.text, n.tier, n.lang, n.source) for n in entity.names]
    for n in entity.native:
        out.append(ExpandedName(n.text, "alias", n.lang, n.source))
        pack = lang.find(n.lang)
        if pack is not None and pack.index_schemes:
            code = pack.code
            for scheme, text in pack.romanizations(n.text).items():
                text = nfc(text)
                if text:
                    out.append(ExpandedName(text, "generated", code, n.source, scheme=scheme, origin=n.text))
    return out




def name_factor(name: ExpandedName, curated_sources: set[str]) -> float:
    """How much a match on this spelling counts, by tier and provenance: 1 for curated preferred, alias and
    generated names and for the preferred name of imported entities; less for weak and imported names."""
    curated = name.source in curated_sources
    if name.tier == "weak":
        return WEAK_FACTOR if curated else IMPORTED_WEAK_FACTOR
    if not curated and name.tier != "preferred":
        return IMPORTED_ALIAS_FACTOR
    return 1.0


def compile_sources(found: SourceSet, out_path: Path, *, meta: dict[str, str] | None = None) -> BuildReport:
    """Write the SQLite index for ``found`` to ``out_path`` (replaced if it exists)."""
    started = time.perf_counter()
    tmp = out_path.with_suffix(".tmp")
    if tmp.exists():
        tmp.unlink()
    writer = IndexWriter(tmp)
    report = _write(writer, found, meta)
    writer.close()
    tmp.replace(out_path)
    report.seconds = time.perf_counter() - started
    return report


def compile_in_memory(found: SourceSet, shown: str) -> IndexReader:
    """The index for ``found`` compiled into memory (nothing written to disk), open for reading; ``shown`` names
    the sources in errors."""
    writer = IndexWriter(None)
    try:
        _write(writer, found, None)
    except BaseException:
        writer.discard()
        raise
    return IndexReader.in_memory(writer.finish(), shown)


def _write(writer: IndexWriter, found: SourceSet, meta: dict[str, str] | None) -> BuildReport:
    """Write every table of the index for ``found`` with ``writer``."""
    report = BuildReport()
    for sid in sorted(found.sources):
        writer.add_source(sid, json.dumps(found.sources[sid], sort_keys=True, ensure_ascii=False))
    postings: dict[str, set[int]] = defaultdict(set)
    fid = 0
    form_rows: list[tuple[int, int, str, str, int, str, float]] = []
    name_rows: list[tuple[int, str, int, str, str, str | None, str | None]] = []
    generated_claims: dict[str, set[int]] = defaultdict(set)
    by_type: dict[str, int] = defaultdict(int)
    common = common_words()
    for eid, entity in enumerate(found.entities, start=1):
        by_type[entity.type] += 1
        writer.add_entity(
            (
                eid, entity.id, entity.type, entity.name, entity.description, entity.country, entity.gender,
                entity.prominence, json.dumps(entity.ids, sort_keys=True, ensure_ascii=False), entity.path,
            ),
        )
        grouped: dict[str, list[ExpandedName]] = defaultdict(list)
        for n in expand_names(entity):
            norm = normalize(n.text)
            if not norm:
                continue
            if norm in common and n.tier != "preferred" and n.source not in found.curated_sources:
                # Imported alternate names that are common words ("Freedom", "Victory") are not names; a code in
                # capitals (BY, IN) is kept: as a weak name it answers only a query for its type, spelled exactly.
                if not (n.tier == "weak" and n.text.isupper()):
                    continue
            grouped[norm].append(n)
        for norm in sorted(grouped):
            spellings = grouped[norm]
            tier = min(_TIER_RANK[n.tier] for n in spellings)
            if all(n.tier == "generated" for n in spellings):
                generated_claims[norm].add(eid)
            fid += 1
            # The form is scored through its strongest spelling (diacritics kept: Čaplinskij is not Caplinskij).
            text = min(spellings, key=lambda n: (_TIER_RANK[n.tier], n.text)).text
            form_tokens = tokenize(text)
            key = " ".join(t.key for t in form_tokens)
            factor = max(name_factor(n, found.curated_sources) for n in spellings)
            form_rows.append((fid, eid, norm, key, tier, text, factor))
            seen: set[tuple[Any, ...]] = set()
            for n in sorted(spellings, key=lambda n: (_TIER_RANK[n.tier], n.text, n.lang, n.scheme or "", n.source)):
                row = (fid, n.text, _TIER_RANK[n.tier], n.lang, n.source, n.scheme, n.origin)
                if row[1:] not in seen:
                    seen.add(row[1:])
                    name_rows.append(row)
            # Only words of the alphabets the matching key is made for enter the approximate index; forms in
            # other scripts are found by their exact spelling.
            for tok in {t.key for t in form_tokens if t.keyable and t.key}:
                postings[tok].add(fid)
    writer.add_forms(form_rows)
    writer.add_names(name_rows)
    writer.create_indexes()
    skel_rows: set[tuple[str, str]] = set()
    for tok in postings:
        s = skeleton(tok)
        skel_rows.add((s, tok))
        if len(s) >= MIN_SKELETON_FOR_DELETES:
            for d in deletions(s):
                skel_rows.add((d, tok))
    # Each posting carries the columns of its form that the approximate stage reads first (entity, factor, key,
    # normalised text): a word's postings are then one range of the table, with no lookup of each form.
    light = {row[0]: (row[1], row[6], row[3], row[2]) for row in form_rows}
    writer.add_postings((t, f, *light[f]) for t in sorted(postings) for f in sorted(postings[t]))
    writer.add_word_counts((t, len(postings[t])) for t in sorted(postings))
    # One row per skeleton (or deletion) and word length: the words as "word df word df ..." in word order, so
    # that a query reads a handful of rows instead of hundreds.
    packed: dict[tuple[str, int], list[str]] = defaultdict(list)
    for d, t in sorted(skel_rows):
        packed[(d, len(t))] += [t, str(len(postings[t]))]
    writer.add_skeletons((d, n, " ".join(packed[(d, n)])) for d, n in sorted(packed))
    report.entities = len(found.entities)
    report.names = len(name_rows)
    report.forms = len(form_rows)
    report.tokens = len(postings)
    report.skeleton_rows = len(skel_rows)
    report.ambiguous_generated = sum(1 for v in generated_claims.values() if len(v) > 1)
    report.by_type = dict(sorted(by_type.items()))
    info = {
        "format": INDEX_FORMAT,
        "entities": str(report.entities),
        "names": str(report.names),
        "forms": str(report.forms),
        "max_prominence": repr(max((float(e.prominence) for e in found.entities), default=0.0)),
        **(meta or {}),
    }
    writer.add_meta(sorted(info.items()))
    return report


def build_index(
    gazetteer_dir: Path,
    out_path: Path,
    *,
    importers: Iterable[str] = IMPORTERS,
    log: Any = None,
) -> BuildReport:
    """Validate ``gazetteer_dir`` (curated files) plus the importers and compile the index to ``out_path``."""
    gazetteer_dir = Path(gazetteer_dir)
    found = collect([gazetteer_dir], importers=tuple(importers), gazetteer_dir=gazetteer_dir, root=gazetteer_dir.parent)
    report = compile_sources(found, Path(out_path))
    if log is not None:
        log(
            f"built {out_path}: {report.entities} entities, {report.names} names, {report.forms} forms "
            f"in {report.seconds:.1f}s"
        )
    return report


if __name__ == "__main__":  # pragma: no cover
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("src/translit_names/data/index.sqlite")
    build_index(Path(sys.argv[1] if len(sys.argv) > 1 else "gazetteer"), target, log=print)
