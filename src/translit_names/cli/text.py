"""CLI command annotate: find and resolve the names in a text."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import click

from .app import read_text, FOUND, NOT_FOUND, TYPES, emit_json, fail, gazetteer_options, main, open_gazetteer

__all__ = ["annotate"]


@main.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="JSON lines of mentions (the default).")
@click.option("--inline", is_flag=True, help="Print the text with each mention marked as [[text|id]].")
@click.option("--type", "types", type=click.Choice(TYPES), multiple=True, help="Only entities of this type (repeatable).")
@click.option("--threshold", "--min-score", "threshold", type=click.FloatRange(0, 1), default=None,
              help="Acceptance score (default: the threshold; --min-score is its old name).")  # fmt: skip
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr (default: when stderr is a terminal and the input is large).",
)
@gazetteer_options
def annotate(
    files: tuple[str, ...],
    as_json: bool,
    inline: bool,
    types: tuple[str, ...],
    threshold: float | None,
    progress: bool | None,
    gazetteer_paths: tuple[str, ...],
    no_default: bool,
) -> None:
    """Find and resolve every name in the text of FILE(s) (or standard input, or "-").

    Writes one JSON object per mention (start, end, text, id, name, type, score, kind, and file when several
    files are given), or with --inline the text with mentions marked [[text|id]].

    Exit status: 0 if a mention was found, 1 if none was, 2 on an error (unreadable file, bad option).
    """
    from ..annotate.mentions import mark_inline
    from ..errors import TranslitNamesError

    if as_json and inline:
        raise click.UsageError("choose one of --json and --inline")
    gaz = open_gazetteer(gazetteer_paths, no_default)
    sources = list(files) or ["-"]
    texts = [(name, read_text(name)) for name in sources]
    total = sum(len(t) for _, t in texts)
    show = progress if progress is not None else (sys.stderr.isatty() and total > 200_000)
    found = 0
    bar_file: Any = sys.stderr if show else io.StringIO()  # (a hidden bar writes to memory)
    with click.progressbar(length=total, label="annotating", file=bar_file) as bar:
        for name, text in texts:
            try:
                mentions = gaz.annotate(text, types=types or None, threshold=threshold)
            except TranslitNamesError as exc:
                fail(exc)
            found += len(mentions)
            if inline:
                click.echo(mark_inline(text, mentions), nl=False)
            else:
                for m in mentions:
                    obj = m.as_dict()
                    if len(texts) > 1:
                        obj = {"file": name, **obj}
                    emit_json(obj)
            bar.update(len(text))
    sys.exit(FOUND if found else NOT_FOUND)
