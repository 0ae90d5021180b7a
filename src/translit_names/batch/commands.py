"""What the CLI's table commands do (``lookup --input`` and ``cluster``), apart from their option parsing."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click

from .grouping import group
from .frames import answer_columns
from .many import lookup_many
from .tables import read_column, table_format, write_rows

if TYPE_CHECKING:  # pragma: no cover
    from ..gazetteer import Gazetteer

__all__ = ["ANSWER_COLUMNS", "cluster_table", "lookup_table", "progress_bar"]

#: The columns ``lookup --input`` adds to each row.
ANSWER_COLUMNS = {"id": "match_id", "name": "match_name", "type": "match_type", "score": "match_score", "matched": "match_matched"}


@contextmanager
def progress_bar(total: int, label: str, show: bool | None) -> Iterator[Callable[[int], None]]:
    """A progress bar on standard error (by default only when it is a terminal); yields its update function."""
    if show is None:
        show = sys.stderr.isatty()
    if not show:
        yield lambda _n: None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
        yield bar.update


def lookup_table(
    path: str, column: str, output: str | None, fmt: str | None, out_fmt: str | None,
    gaz: Gazetteer, type_: str | None, threshold: float | None, workers: int, progress: bool | None,
) -> int:
    """Resolve ``column`` of the table at ``path`` and write its rows with the answer columns; the number of rows
    whose name was found."""
    in_fmt = table_format(path, fmt)
    to_fmt = table_format(output, out_fmt) if output else (out_fmt or ("tsv" if in_fmt == "txt" else in_fmt))
    cells = read_column(path, column, in_fmt)
    distinct = len({c for c in cells if isinstance(c, str) and c.strip()})
    with progress_bar(distinct, "resolving", progress) as update:
        answers = lookup_many(cells, type=type_, threshold=threshold, workers=workers, gazetteer=gaz, progress=update)
    cols = answer_columns(answers)
    write_rows(path, in_fmt, output, to_fmt, {ANSWER_COLUMNS[k]: v for k, v in cols.items()})
    return sum(a is not None for a in answers)


def cluster_table(
    path: str, column: str, output: str | None, fmt: str | None, out_fmt: str | None,
    gaz: Gazetteer | None, type_: str | None, threshold: float | None, workers: int, explain: bool,
) -> int:
    """Group the names of ``column`` and write the rows with a ``group`` column (and ``entity`` when linked to a
    gazetteer, ``group_reason`` with ``explain``); the number of groups."""
    in_fmt = table_format(path, fmt)
    to_fmt = table_format(output, out_fmt) if output else (out_fmt or ("tsv" if in_fmt == "txt" else in_fmt))
    cells = read_column(path, column, in_fmt)
    result = group(cells, type=type_, threshold=threshold, gazetteer=gaz, workers=workers)
    extra: dict[str, Any] = {"group": result.labels}
    if gaz is not None:
        extra["entity"] = [result.entities.get(label) if label >= 0 else None for label in result.labels]
    if explain:
        extra["group_reason"] = result.reasons
    write_rows(path, in_fmt, output, to_fmt, extra)
    return len(result.entities)
