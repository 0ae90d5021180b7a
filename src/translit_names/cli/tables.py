"""CLI for tables of names: the --input options of lookup, and cluster."""

from __future__ import annotations

from typing import Any

import click

from .app import TYPES, fail, gazetteer_options, main, open_gazetteer

__all__ = ["cluster", "table_options"]


def table_options(f: Any) -> Any:
    formats = click.Choice(["csv", "tsv", "jsonl", "parquet", "txt"])
    for decorator in reversed([
        click.option("--input", "input_path", type=click.Path(exists=True, dir_okay=False), default=None, metavar="FILE",
                     help="A table of names: .csv, .tsv, .jsonl/.ndjson, .parquet (needs pyarrow) or .txt (one per line)."),
        click.option("--column", default="name", show_default=True, help="The column of --input that holds the names."),
        click.option("--output", type=click.Path(dir_okay=False), default=None, metavar="FILE",
                     help="Where to write the rows (default: standard output); its ending chooses the format."),
        click.option("--format", "in_format", type=formats, default=None, help="Format of --input (default: from its ending)."),
        click.option("--output-format", "out_format", type=formats, default=None,
                     help="Format of the output (default: from --output's ending, else that of --input)."),
        click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True,
                     help="Processes resolving names in parallel (each opens the index once)."),
        click.option("--progress/--no-progress", default=None,
                     help="Progress bar on stderr (default: when stderr is a terminal)."),
    ]):
        f = decorator(f)
    return f



@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--column", default="name", show_default=True, help="The column of FILE that holds the names.")
@click.option("--output", type=click.Path(dir_okay=False), default=None, metavar="FILE",
              help="Where to write the rows (default: standard output); its ending chooses the format.")
@click.option("--format", "in_format", type=click.Choice(["csv", "tsv", "jsonl", "parquet", "txt"]), default=None,
              help="Format of FILE (default: from its ending).")
@click.option("--output-format", "out_format", type=click.Choice(["csv", "tsv", "jsonl", "parquet", "txt"]), default=None,
              help="Format of the output (default: from --output's ending, else that of FILE).")
@click.option("--type", "type_", type=click.Choice(TYPES), default=None, help="The names are all of this type.")
@click.option("--threshold", type=click.FloatRange(0, 1), default=None,
              help="compare score at which two names are grouped (default: the library's threshold).")
@click.option("--link", is_flag=True, help="Also look every name up in the gazetteer: add an entity column, and never "
              "group names that resolve to different entities.")
@click.option("--explain", is_flag=True, help="Add a group_reason column saying why each name is in its group.")
@click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True, help="Processes scoring pairs.")
@gazetteer_options
def cluster(
    file: str, column: str, output: str | None, in_format: str | None, out_format: str | None, type_: str | None,
    threshold: float | None, link: bool, explain: bool, workers: int, gazetteer_paths: tuple[str, ...], no_default: bool,
) -> None:
    """Group the spellings in a column of FILE by the entity they name, without a gazetteer (or with --link).

    Writes every row of FILE, in order, with a `group` column: rows with the same group name the same entity;
    -1 for a row with no name. Names are compared only within blocks of similar keys, so the time grows about
    linearly; groups do not chain (A~B and B~C never put A with C when A and C clearly differ).

    Exit status: 0 on success, 2 on a usage or data error.
    """
    from ..batch.commands import cluster_table
    from ..errors import TranslitNamesError

    gaz = open_gazetteer(gazetteer_paths, no_default) if (link or gazetteer_paths) else None
    try:
        cluster_table(file, column, output, in_format, out_format, gaz, type_, threshold, workers, explain)
    except TranslitNamesError as exc:
        fail(exc)
