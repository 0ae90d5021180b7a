"""The work of ``translit-names gazetteer build`` (the command line declares the options and calls this).

Two builds: with SOURCES, a user's standalone index (:func:`translit_names.build.streaming.build_file`), which
never goes into the installed package; without, the packaged gazetteer from its source folder.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import click

from ..gazetteer import default_index_path
from .compile import IMPORTERS, build_index
from .streaming import build_file

__all__ = ["run_build"]


def run_build(
    sources: tuple[Path, ...],
    *,
    source_dir: Path | None,
    output: Path | None,
    install: bool,
    no_imports: bool,
    fmt: str | None,
    alternate_names: Path | None,
    skip_bad: bool,
    workers: int | None,
    progress: bool | None,
) -> None:
    """Run the build the options ask for; raises :class:`click.UsageError` for options that do not fit, and
    :class:`~translit_names.errors.TranslitNamesError` / :class:`OSError` for bad input."""
    if not sources:
        if fmt or alternate_names or skip_bad:
            raise click.UsageError("--format, --alternate-names and --skip-bad go with SOURCES")
        source_dir = source_dir or Path("gazetteer")
        if not source_dir.is_dir():
            raise click.UsageError(f"no gazetteer source folder {str(source_dir)!r}: give SOURCES, or --source FOLDER")
        if (output is None) == (not install):
            where = "--output PATH, or --install to replace the installed package's index"
            raise click.UsageError(f"say where the index goes: {where}" if output is None else "choose one of --output and --install")
        target = output if output is not None else default_index_path()
        build_index(source_dir, target, importers=() if no_imports else IMPORTERS, log=click.echo)
        return
    if source_dir is not None or no_imports or install:
        raise click.UsageError("--source, --no-imports and --install are for the packaged gazetteer, not SOURCES")
    if output is None:
        raise click.UsageError("say where the compiled index goes: --output FILE")
    if output.resolve() == default_index_path().resolve():
        raise click.UsageError("--output is the installed package's index: build your own index into another file")
    # A terminated build cleans up like an interrupted one (its temporary file is removed).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    show = sys.stderr if (progress if progress is not None else sys.stderr.isatty()) else None
    report = build_file(
        sources, output, fmt=fmt, alternate_names=alternate_names, skip_bad=skip_bad, workers=workers, progress=show
    )
    ignored = f"; {report.ignored:,} records of other kinds ignored" if report.ignored else ""
    click.echo(
        f"built {output}: {report.entities:,} entities, {report.names:,} names, {report.forms:,} forms "
        f"in {report.seconds:.1f}s{ignored}"
    )
    if report.bad:
        click.echo(f"skipped {report.bad:,} bad record(s), the first:", err=True)
        for example in report.bad_examples:
            click.echo(f"  {example}", err=True)
