"""CLI commands that build, validate and describe gazetteers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .app import emit_json, fail, gazetteer_options, main, open_gazetteer

__all__ = ["BUILD_FORMATS", "build", "gazetteer", "stats", "validate"]


@main.group()
def gazetteer() -> None:
    """Build, validate and describe gazetteers."""


#: Input formats of `gazetteer build SOURCES` (translit_names.build.inputs.FORMATS; not imported here, to keep the
#: command line quick to start).
BUILD_FORMATS = ("yaml", "csv", "jsonl", "ftm", "wikidata", "geonames")


@gazetteer.command()
@click.argument("sources", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the index (open it with `--gazetteer PATH`).")
@click.option("--install", is_flag=True,
              help="Without SOURCES: replace the installed package's index instead (what `lookup` uses).")
@click.option("--source", "source_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Without SOURCES: the packaged gazetteer's source folder (default: ./gazetteer).")
@click.option("--no-imports", is_flag=True, help="Without SOURCES: skip the imported data sets (countries, cities).")
@click.option("--format", "fmt", type=click.Choice(BUILD_FORMATS), default=None,
              help="The format of every SOURCE (default: told from each file's name or first line).")
@click.option("--alternate-names", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="GeoNames alternateNamesV2.txt (or .zip) for the GeoNames SOURCE.")
@click.option("--skip-bad", is_flag=True, help="Skip malformed records (counted, first ones shown) instead of stopping.")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Processes expanding names (default: one per CPU).")
@click.option("--progress/--no-progress", default=None, help="Show progress on stderr (default: when it is a terminal).")
def build(sources: tuple[Path, ...], **options: Any) -> None:
    """Compile SOURCES into a standalone index (--output FILE), or without SOURCES the packaged gazetteer's
    source folder into --output FILE, or with --install into the installed package's index. --output or
    --install is required: nothing is written into the installed package unless told.

    SOURCES are any mix of YAML / CSV / JSONL gazetteer files or folders, FollowTheMoney JSON lines
    (OpenSanctions), Wikidata JSON dumps and GeoNames dumps, plain or compressed (gz, bz2, xz, zip). Open the
    result with `--gazetteer FILE` or `Gazetteer.load(FILE)`: it is not compiled again.
    """
    from ..build.command import run_build
    from ..errors import TranslitNamesError

    try:
        run_build(sources, **options)
    except (TranslitNamesError, OSError) as exc:
        fail(exc)
    except ImportError as exc:
        fail(RuntimeError(f"{exc}: install the build extras (pip install 'translit-names[build]')"))


@gazetteer.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--no-imports",
    is_flag=True,
    help="Do not run the importers (countries, cities): `extend` entries of imported IDs then fail.",
)
def validate(paths: tuple[Path, ...], no_imports: bool) -> None:
    """Check gazetteer files or folders (default: ./gazetteer) without building; list every problem.

    The imported data sets are loaded too (unless --no-imports), so that `extend` entries can be checked.
    """
    from ..build.compile import IMPORTERS, collect
    from ..errors import TranslitNamesError

    targets = list(paths) or [Path("gazetteer")]
    folder = next((p for p in targets if p.is_dir()), Path("gazetteer"))
    try:
        found = collect(targets, importers=() if no_imports else IMPORTERS, gazetteer_dir=folder)
    except (TranslitNamesError, OSError) as exc:
        fail(exc)
    except ImportError as exc:
        fail(RuntimeError(f"{exc}: install the build extras (pip install 'translit-names[build]') or use --no-imports"))
    click.echo(f"OK: {len(found.entities)} entities, {len(found.extensions)} extensions in {', '.join(map(str, targets))}")


@gazetteer.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@gazetteer_options
def stats(as_json: bool, gazetteer_paths: tuple[str, ...], no_default: bool) -> None:
    """Counts of the gazetteer: entities by type, names by tier, source, language and scheme."""
    gaz = open_gazetteer(gazetteer_paths, no_default)
    data = gaz.stats()
    if as_json:
        emit_json(data)
        return
    click.echo(f"entities: {data['entities']}")
    click.echo(f"names:    {data['names']}")
    click.echo(f"forms:    {data['forms']} (distinct normalised spellings)")
    for section in ("by_type", "names_by_tier", "names_by_source", "names_by_scheme", "names_by_lang"):
        click.echo(f"{section.replace('_', ' ')}:")
        for k, v in data[section].items():
            click.echo(f"  {str(k):24} {v}")

