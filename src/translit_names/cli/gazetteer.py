"""CLI commands that build, validate and describe gazetteers."""

from __future__ import annotations

from pathlib import Path

import click

from .app import emit_json, fail, gazetteer_options, main, open_gazetteer

__all__ = ["build", "gazetteer", "stats", "validate"]


@main.group()
def gazetteer() -> None:
    """Build, validate and describe gazetteers."""


@gazetteer.command()
@click.option(
    "--source",
    "source_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("gazetteer"),
    show_default=True,
    help="The gazetteer source folder (curated YAML files).",
)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Where to write the index.")
@click.option("--install", is_flag=True, help="Replace the installed package's index instead (what `lookup` uses).")
@click.option("--no-imports", is_flag=True, help="Skip the imported data sets (countries, cities): curated files only.")
def build(source_dir: Path, output: Path | None, install: bool, no_imports: bool) -> None:
    """Validate the gazetteer sources and compile the SQLite index to --output PATH (open it with
    `--gazetteer PATH`), or with --install replace the installed package's index. One of the two is required."""
    from ..build.compile import IMPORTERS, build_index
    from ..errors import TranslitNamesError
    from ..gazetteer import default_index_path

    if (output is None) == (not install):
        where = "--output PATH, or --install to replace the installed package's index"
        raise click.UsageError(f"say where the index goes: {where}" if output is None else "choose one of --output and --install")
    target = output if output is not None else default_index_path()
    try:
        build_index(source_dir, target, importers=() if no_imports else IMPORTERS, log=click.echo)
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

