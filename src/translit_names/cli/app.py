"""The ``translit-names`` command group and what its commands share: exit codes, one-line errors, gazetteer
options and opening, JSON output.

Exit codes follow grep: 0 found, 1 not found, 2 usage or data error (a one-line message, never a traceback).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

if TYPE_CHECKING:  # pragma: no cover
    from ..gazetteer import Gazetteer

__all__ = [
    "ERROR", "FOUND", "NOT_FOUND", "TYPES", "DataError", "emit_json", "fail", "gazetteer_options", "main",
    "open_gazetteer", "read_text",
]

FOUND, NOT_FOUND, ERROR = 0, 1, 2

TYPES = ["person", "organisation", "country", "territory", "city", "place", "vessel"]


class DataError(click.ClickException):
    """A problem with the input or the gazetteer: one line on stderr, exit code 2."""

    exit_code = ERROR


def fail(exc: Exception) -> NoReturn:
    message = str(exc).strip() or type(exc).__name__
    raise DataError(message)


def open_gazetteer(paths: tuple[str, ...], no_default: bool) -> Gazetteer:
    from ..errors import TranslitNamesError
    from ..gazetteer import Gazetteer, default_gazetteer

    try:
        base = None if no_default else default_gazetteer()
        if paths:
            return Gazetteer.load(*paths, base=base)
        if base is None:
            raise DataError("--no-default needs at least one --gazetteer PATH")
        return base
    except (TranslitNamesError, OSError) as exc:
        fail(exc)


def emit_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


def read_text(name: str) -> str:
    """The text of a file (or of standard input for "-"), as UTF-8, line breaks kept (see text.inputs)."""
    from ..text.inputs import decode_text

    try:
        return decode_text(sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes(), name)
    except (OSError, ValueError) as exc:
        fail(RuntimeError(f"{name}: cannot read: {exc.strerror}") if isinstance(exc, OSError) else exc)


def gazetteer_options(f: Any) -> Any:
    f = click.option(
        "--no-default",
        is_flag=True,
        help="Do not consult the packaged gazetteer (use only --gazetteer files).",
    )(f)
    f = click.option(
        "--gazetteer",
        "gazetteer_paths",
        multiple=True,
        type=click.Path(exists=True, dir_okay=True),
        metavar="PATH",
        help="Your own gazetteer: a compiled index, or a file or folder of YAML, CSV or JSONL, layered over the packaged one. Repeatable.",
    )(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="translit-names", prog_name="translit-names")
def main() -> None:
    """Resolve spellings of names (any script, transliteration, typo, word order) to gazetteer IDs.

    \b
    Examples:
      translit-names lookup Tichanowskaya
      translit-names lookup "Lukashenko, Alexander" --json
      cat names.txt | translit-names lookup --json
      translit-names compare Tikhanovskaya Tsikhanouskaya
      translit-names romanize "Светлана Тихановская" --lang ru
    """
