"""The inputs of a build: which format each file is in, and the entities it holds.

Formats: ``yaml`` (the project's curated files; also folders of them), ``csv`` and ``jsonl`` (simple user tables,
docs/gazetteer.md), ``ftm`` (FollowTheMoney JSON lines), ``wikidata`` (Wikidata JSON dumps) and ``geonames``
(GeoNames main files, with their alternate-names file). Curated formats are read whole and validated together
(:func:`translit_names.build.compile.collect`); the data-set formats are streamed one entity at a time.

A format is told by the file name (``.yaml``, ``.yml``, ``.csv``) or, for other files, by the first line of the
decompressed content; ``--format`` overrides the detection. A GeoNames alternate-names file given among the
inputs is paired with the one GeoNames main file given.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import GazetteerError
from .importers import ftm, geonames_dump, wikidata
from .importers.stream import BadRecords, ImportCounts, read_lines
from .sources import RawEntity

__all__ = ["CURATED_FORMATS", "FORMATS", "STREAMED_FORMATS", "Input", "detect", "entities", "plan", "sources"]

CURATED_FORMATS: tuple[str, ...] = ("yaml", "csv", "jsonl")
STREAMED_FORMATS: tuple[str, ...] = ("ftm", "wikidata", "geonames")
FORMATS: tuple[str, ...] = CURATED_FORMATS + STREAMED_FORMATS
_ALTERNATE_NAMES = "geonames-alternate-names"
#: At most this many lines are read to find the first non-blank one when detecting a format.
_SNIFF_LINES = 20


@dataclass(frozen=True)
class Input:
    """One input of a build: a file (or, for curated formats, a folder), its format, and for GeoNames the
    alternate-names file that goes with it."""

    path: Path
    format: str
    alternate_names: Path | None = None

    @property
    def streamed(self) -> bool:
        return self.format in STREAMED_FORMATS


def _first_line(path: Path) -> str:
    probe = BadRecords(skip_bad=True)
    for lineno, line in read_lines(path, probe):
        if line.strip():
            return line
        if lineno >= _SNIFF_LINES:
            break
    return ""


def detect(path: Path) -> str:
    """The format of ``path`` (see the module docs); raises :class:`GazetteerError` when it cannot be told."""
    if not path.exists():
        raise GazetteerError("no such file or folder", path=str(path))
    if path.is_dir() or path.suffix in (".yaml", ".yml"):
        return "yaml"
    if path.suffix == ".csv":
        return "csv"
    first = _first_line(path)
    if wikidata.sniff(first):
        return "wikidata"
    if ftm.sniff(first):
        return "ftm"
    if geonames_dump.sniff(first):
        return "geonames"
    if geonames_dump.sniff_alternate_names(first):
        return _ALTERNATE_NAMES
    if path.suffix == ".jsonl":
        return "jsonl"
    raise GazetteerError(
        "cannot tell the format (want YAML, CSV, JSONL, FollowTheMoney JSON lines, a Wikidata JSON dump or a "
        "GeoNames dump; or give --format)",
        path=str(path),
    )


def plan(paths: Iterable[Path], fmt: str | None = None, alternate_names: Path | None = None) -> list[Input]:
    """The inputs for ``paths``: each with its format (``fmt`` for all, or detected), GeoNames main files paired
    with the alternate-names file (``alternate_names``, or the one among ``paths``)."""
    if fmt is not None and fmt not in FORMATS:
        raise GazetteerError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    found: list[tuple[Path, str]] = []
    for path in paths:
        kind = fmt or detect(Path(path))
        if fmt and not Path(path).exists():
            raise GazetteerError("no such file or folder", path=str(path))
        found.append((Path(path), kind))
    alts = [p for p, kind in found if kind == _ALTERNATE_NAMES]
    if alternate_names is not None:
        alts.append(alternate_names)
    mains = [p for p, kind in found if kind == "geonames"]
    if len(alts) > 1 or (alts and len(mains) != 1):
        raise GazetteerError(
            "a GeoNames alternate-names file goes with exactly one GeoNames main file (allCountries.txt, cities*.txt)"
        )
    alt = alts[0] if alts else None
    return [
        Input(p, kind, alt if kind == "geonames" else None) for p, kind in found if kind != _ALTERNATE_NAMES
    ]


def sources(inp: Input) -> dict[str, dict[str, str]]:
    """The sources a streamed input's names cite."""
    if inp.format == "ftm":
        return ftm.sources(inp.path)
    if inp.format == "wikidata":
        return wikidata.sources(inp.path)
    if inp.format == "geonames":
        return geonames_dump.sources(inp.path, inp.alternate_names)
    raise GazetteerError(f"{inp.format} files are not streamed", path=str(inp.path))


def entities(inp: Input, bad: BadRecords, counts: ImportCounts) -> Iterator[RawEntity]:
    """The entities of a streamed input, one at a time, in file order."""
    if inp.format == "ftm":
        return ftm.read(inp.path, bad, counts)
    if inp.format == "wikidata":
        return wikidata.read(inp.path, bad, counts)
    if inp.format == "geonames":
        return geonames_dump.read(inp.path, bad, counts, alternate_names=inp.alternate_names)
    raise GazetteerError(f"{inp.format} files are not streamed", path=str(inp.path))
