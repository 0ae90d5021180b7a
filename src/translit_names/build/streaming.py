"""The streaming build: any mix of inputs compiled into one standalone index file, in bounded memory.

Curated inputs (YAML, CSV, JSONL tables) are read and validated as a whole, as the packaged build does; data
sets (FollowTheMoney, Wikidata, GeoNames) are read one entity at a time. Entities are cut into chunks of
:data:`CHUNK` and their spellings are expanded (romanised, normalised, tokenised) in worker processes, at most
:data:`IN_FLIGHT_PER_WORKER` chunks per worker at a time; the main process writes each chunk's rows as it comes
back, in input order, so the same inputs give the same file. Sorting postings, counting words and packing
skeletons happen in SQLite (:class:`translit_names.index.bulk.BulkWriter`), so memory does not grow with the
input. The index is written to a hidden temporary file beside ``output`` and renamed over it only when complete;
on any failure the temporary file is removed.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..errors import GazetteerError
from ..index.bulk import BulkWriter, DuplicateId
from ..index.schema import INDEX_FORMAT, MIN_SKELETON_FOR_DELETES
from ..names.keys import deletions, skeleton
from ..names.variants import common_words
from . import inputs as inputs_mod
from .expand import entity_forms
from .importers import ftm, wikidata
from .importers.stream import MAX_EXAMPLES, BadRecords, ImportCounts, compression, read_lines
from .progress import Progress
from .sources import RawEntity, SourceSet

__all__ = ["CHUNK", "IN_FLIGHT_PER_WORKER", "ChunkRows", "StreamReport", "build_file", "default_workers"]

#: Entities per chunk handed to a worker.
CHUNK = 2000
#: Chunks queued per worker at most (bounds the memory held by chunks in flight).
IN_FLIGHT_PER_WORKER = 2

@dataclass
class StreamReport:
    """What a streaming build read and wrote."""

    entities: int = 0
    names: int = 0
    forms: int = 0
    tokens: int = 0
    skeleton_rows: int = 0
    ambiguous_generated: int = 0
    ignored: int = 0
    bad: int = 0
    bad_examples: list[str] = field(default_factory=list)
    seconds: float = 0.0
    by_type: dict[str, int] = field(default_factory=dict)


def _entity_columns(e: RawEntity) -> tuple[Any, ...]:
    ids = json.dumps(e.ids, sort_keys=True, ensure_ascii=False)
    return (e.id, e.type, e.name, e.description, e.country, e.gender, e.prominence, ids, e.path)


#: A unit of work: ("lines", format, path, [(line number, text)], skip_bad) for a line-by-line format, or
#: ("entities", "", "", [RawEntity], skip_bad) for entities read by the main process.
Work = tuple[str, str, str, list[Any], bool]


@dataclass
class ChunkRows:
    """The rows of one chunk, numbered from 1 (entities and forms): the writer adds the running offsets."""

    entities: list[tuple[Any, ...]] = field(default_factory=list)
    forms: list[tuple[int, int, str, str, int, str, float]] = field(default_factory=list)
    names: list[tuple[int, str, int, str, str, str | None, str | None]] = field(default_factory=list)
    postings: list[tuple[str, int, int, float, str, str]] = field(default_factory=list)
    by_type: dict[str, int] = field(default_factory=dict)
    ignored: int = 0
    bad: int = 0
    bad_examples: list[str] = field(default_factory=list)


_STATE: dict[str, Any] = {}
_LINE_PARSERS: dict[str, Callable[..., RawEntity | None]] = {"ftm": ftm.parse_line, "wikidata": wikidata.parse_line}


def _init_worker(curated_sources: frozenset[str]) -> None:
    _STATE["curated"] = curated_sources
    _STATE["common"] = common_words()


def _parsed(work: Work, out: ChunkRows) -> list[RawEntity]:
    kind, fmt, path, items, skip_bad = work
    if kind == "entities":
        return list(items)
    parse = _LINE_PARSERS[fmt]
    bad, counts, where = BadRecords(skip_bad=skip_bad), ImportCounts(), Path(path)
    entities = [e for e in (parse(line, where, lineno, bad, counts) for lineno, line in items) if e is not None]
    out.ignored, out.bad, out.bad_examples = counts.ignored, bad.count, bad.examples
    return entities


def _expand_chunk(work: Work) -> ChunkRows:
    """Parse (when given lines) and expand one chunk into its rows."""
    curated, common = _STATE["curated"], _STATE["common"]
    out = ChunkRows()
    by_type: dict[str, int] = defaultdict(int)
    fid = 0
    for eid, entity in enumerate(_parsed(work, out), start=1):
        by_type[entity.type] += 1
        out.entities.append((eid, *_entity_columns(entity)))
        for norm, key, tier, text, factor, names, toks in entity_forms(entity, curated, common):
            fid += 1
            out.forms.append((fid, eid, norm, key, tier, text, factor))
            out.names.extend((fid, *n) for n in names)
            out.postings.extend((t, fid, eid, factor, key, norm) for t in toks)
    out.by_type = dict(by_type)
    return out


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _expanded(works: Iterator[Work], curated: frozenset[str], workers: int) -> Iterator[ChunkRows]:
    """The rows of each unit of work, in order: in this process (``workers`` <= 1, or a single unit of work) or
    in a pool of fresh (spawned) processes, with at most :data:`IN_FLIGHT_PER_WORKER` units per worker queued
    at a time. Spawned, not forked: a fork copies whatever locks the parent's threads hold."""
    first = next(works, None)
    second = next(works, None) if first is not None else None
    if first is None:
        return
    if workers <= 1 or second is None:
        _init_worker(curated)
        yield _expand_chunk(first)
        if second is not None:
            yield _expand_chunk(second)
            for work in works:
                yield _expand_chunk(work)
        return
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=(curated,))
    try:
        pending: deque[Future[ChunkRows]] = deque()
        for work in itertools.chain((first, second), works):
            pending.append(pool.submit(_expand_chunk, work))
            while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _write_skeletons(writer: BulkWriter) -> int:
    def staged() -> Iterator[tuple[str, int, str, int]]:
        for tok, df in writer.word_counts():
            s = skeleton(tok)
            yield (s, len(tok), tok, df)
            if len(s) >= MIN_SKELETON_FOR_DELETES:
                for d in deletions(s):
                    yield (d, len(tok), tok, df)

    writer.stage_skeletons(staged())
    rows = 0

    def packed() -> Iterator[tuple[str, int, str]]:
        nonlocal rows
        current: tuple[str, int] | None = None
        words: list[str] = []
        for s, n, tok, df in writer.staged_skeletons():
            rows += 1
            if (s, n) != current:
                if current is not None:
                    yield (current[0], current[1], " ".join(words))
                current, words = (s, n), []
            words += [tok, str(df)]
        if current is not None:
            yield (current[0], current[1], " ".join(words))

    writer.add_skeletons(packed())
    return rows


def _remove_stale(output: Path) -> None:
    """Remove the temporary files of earlier builds of ``output`` whose process is gone (killed outright)."""
    for tmp in output.parent.glob(f".{output.name}.*.tmp"):
        pid = tmp.name[len(output.name) + 2 : -4]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            tmp.unlink(missing_ok=True)
        except OSError:
            continue


def default_workers() -> int:
    """Worker processes for expanding names: one per CPU beyond the first, at least 1, at most 8."""
    return max(1, min(8, (os.cpu_count() or 1)))


def build_file(
    paths: Iterable[Path],
    output: Path,
    *,
    fmt: str | None = None,
    alternate_names: Path | None = None,
    skip_bad: bool = False,
    workers: int | None = None,
    progress: TextIO | None = None,
    meta: dict[str, str] | None = None,
) -> StreamReport:
    """Compile ``paths`` (any mix of formats, see :mod:`.inputs`) into the standalone index ``output``."""
    from .compile import collect  # noqa: PLC0415

    started = time.perf_counter()
    output = Path(output)
    plan = inputs_mod.plan([Path(p) for p in paths], fmt, alternate_names)
    curated_paths = [i.path for i in plan if not i.streamed]
    found = collect(curated_paths) if curated_paths else SourceSet()
    sources = dict(found.sources)
    for inp in plan:
        if inp.streamed:
            for sid, data in inputs_mod.sources(inp).items():
                sources.setdefault(sid, data)
    bad = BadRecords(skip_bad=skip_bad)
    counts = ImportCounts()
    report = StreamReport()
    by_type: dict[str, int] = defaultdict(int)

    def works() -> Iterator[Work]:
        for chunk in _chunks(found.entities, CHUNK):
            yield ("entities", "", "", chunk, skip_bad)
        for inp in plan:
            if inp.format in _LINE_PARSERS:
                for lines in _chunks(read_lines(inp.path, bad), CHUNK):
                    show.read_bytes += sum(len(text) + 1 for _, text in lines)
                    yield ("lines", inp.format, str(inp.path), lines, skip_bad)
            elif inp.streamed:
                for chunk in _chunks(inputs_mod.entities(inp, bad, counts), CHUNK):
                    yield ("entities", "", "", chunk, skip_bad)

    output.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(output)
    tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    if tmp.exists():
        tmp.unlink()
    sized = [i.path for i in plan if i.format in _LINE_PARSERS]
    plain = all(compression(p) is None for p in sized)
    show = Progress(progress, sum(p.stat().st_size for p in sized) if sized and plain else None)
    writer = BulkWriter(tmp)
    ok = False
    try:
        writer.add_sources(
            (sid, json.dumps(sources[sid], sort_keys=True, ensure_ascii=False)) for sid in sorted(sources)
        )
        eid = fid = 0
        n_names = 0
        for rows in _expanded(works(), frozenset(found.curated_sources), workers or default_workers()):
            try:
                writer.add_entities(rows.entities, eid)
            except DuplicateId as dup:
                raise GazetteerError(f"{dup.origin}: {dup.entity_id}: duplicate id (also in {dup.first_origin})") from None
            writer.add_forms(rows.forms, fid, eid)
            writer.add_names(rows.names, fid)
            writer.stage_postings(rows.postings, fid, eid)
            eid += len(rows.entities)
            fid += len(rows.forms)
            n_names += len(rows.names)
            counts.ignored += rows.ignored
            bad.count += rows.bad
            bad.examples.extend(rows.bad_examples[: max(0, MAX_EXAMPLES - len(bad.examples))])
            for etype, n in rows.by_type.items():
                by_type[etype] += n
            show.update("reading", eid, f"{fid:>12,} forms")
        show.update("sorting", eid, f"{fid:>12,} forms", force=True)
        writer.sort_postings()
        show.update("skeletons", eid, f"{fid:>12,} forms", force=True)
        report.skeleton_rows = _write_skeletons(writer)
        report.entities, report.forms, report.names = eid, fid, n_names
        report.tokens = writer.count("toks")
        report.ambiguous_generated = writer.ambiguous_generated()
        info = {
            "format": INDEX_FORMAT,
            "entities": str(eid),
            "names": str(n_names),
            "forms": str(fid),
            "max_prominence": repr(writer.max_prominence()),
            **(meta or {}),
        }
        writer.add_meta(sorted(info.items()))
        writer.close()
        ok = True
        os.replace(tmp, output)
    finally:
        if not ok:
            writer.close(commit=False)
            tmp.unlink(missing_ok=True)
    report.ignored, report.bad, report.bad_examples = counts.ignored, bad.count, list(bad.examples)
    report.by_type = dict(sorted(by_type.items()))
    report.seconds = time.perf_counter() - started
    show.done(f"built {output}: {eid:,} entities, {fid:,} forms in {report.seconds:.1f}s")
    return report
