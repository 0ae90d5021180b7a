"""Reading a column of names from a table file and writing the rows back with answers, for the CLI.

Formats, by file name ending: ``.csv`` (and ``.tsv``, tab-separated), ``.jsonl`` / ``.ndjson`` (one JSON object
per line) and ``.parquet`` (needs ``pyarrow``: ``pip install 'translit-names[arrow]'``) and ``.txt`` (one name per line, read as
a column ``name``; written back as tab-separated values). CSV and JSON lines are
read twice - once for the names, once to copy each row to the output with the new columns - so memory holds
only the names, whatever the file size. Rows keep their order; a row whose cell is empty or missing keeps its
place with empty answer columns. Every problem is a :class:`~translit_names.TranslitNamesError` naming the file
and line.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from ..errors import TranslitNamesError

__all__ = ["FORMATS", "read_column", "table_format", "write_rows"]

FORMATS = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".txt": "txt"}

csv.field_size_limit(16 * 1024 * 1024)


def table_format(path: str, given: str | None = None) -> str:
    """The format of ``path`` (``csv``, ``tsv``, ``jsonl`` or ``parquet``), from ``given`` or its ending."""
    if given:
        return given
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise TranslitNamesError(f"{path}: unknown table format {suffix or '(no ending)'!r}; use one of {', '.join(FORMATS)}")
    return FORMATS[suffix]


def _lines(path: str) -> Iterator[str]:
    """The lines of a UTF-8 text file (a byte-order mark dropped), decoded one at a time so that a bad byte is
    reported on its own line."""
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise TranslitNamesError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise TranslitNamesError(f"{path}, line {number}: not UTF-8 ({exc.reason})") from None


def _csv_rows(path: str, fmt: str) -> Iterator[tuple[int, dict[str, str | None]]]:
    """Rows as dicts by header. A blank line is a row of empty cells (a one-column file's empty name), never
    dropped, so that output rows line up with input rows."""
    reader = csv.reader(_lines(path), delimiter="\t" if fmt == "tsv" else ",", strict=True)
    done = 0  # the last line read whole
    try:
        header = next(reader, None)
        if header is None:
            return
        done = reader.line_num
        for row in reader:
            if len(row) > len(header):
                raise TranslitNamesError(f"{path}, line {done + 1}: more fields than the header has")
            cells: list[str | None] = list(row) + [None] * (len(header) - len(row)) if row else [""] * len(header)
            yield done + 1, dict(zip(header, cells))
            done = reader.line_num
    except csv.Error as exc:
        raise TranslitNamesError(f"{path}, line {done + 1}: malformed CSV ({exc})") from None


def _txt_rows(path: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(_lines(path), start=1):
        yield number, {"name": line.rstrip("\r\n")}


def _text_rows(path: str, fmt: str) -> Iterator[tuple[int, dict[str, Any]]]:
    if fmt in ("csv", "tsv"):
        return _csv_rows(path, fmt)
    if fmt == "txt":
        return _txt_rows(path)
    return _jsonl_rows(path)


def _jsonl_rows(path: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(_lines(path), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TranslitNamesError(f"{path}, line {number}: not a JSON object ({exc.msg})") from None
        if not isinstance(row, dict):
            raise TranslitNamesError(f"{path}, line {number}: not a JSON object")
        yield number, row


def _parquet(path: str) -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise TranslitNamesError("reading Parquet needs pyarrow: pip install 'translit-names[arrow]'") from None
    try:
        return pq.read_table(path)
    except Exception as exc:  # pyarrow raises several types for a file that is not Parquet
        raise TranslitNamesError(f"{path}: not a readable Parquet file ({str(exc).splitlines()[0]})") from None


def read_column(path: str, column: str, fmt: str) -> list[object]:
    """The cells of ``column`` of the table at ``path``, in row order (``None`` where a row lacks it)."""
    if fmt == "parquet":
        table = _parquet(path)
        if column not in table.column_names:
            raise TranslitNamesError(f"{path}: no column {column!r}; columns: {', '.join(table.column_names)}")
        return list(table.column(column).to_pylist())
    if fmt in ("csv", "tsv", "txt"):
        cells: list[object] = []
        first = True
        for _line, row in _text_rows(path, fmt):
            if first and column not in row:
                raise TranslitNamesError(f"{path}: no column {column!r}; columns: {', '.join(map(str, row))}")
            first = False
            cells.append(row.get(column))
        return cells
    return [row.get(column) for _line, row in _jsonl_rows(path)]


def write_rows(path: str, fmt: str, out: str | None, out_fmt: str, extra: dict[str, Sequence[Any]]) -> None:
    """Copy the rows of the table at ``path`` to ``out`` (standard output when ``None``) in ``out_fmt``, each with
    the columns of ``extra`` (one value per row) added."""
    names = list(extra)
    if fmt == "parquet" or out_fmt == "parquet":
        _write_parquet(path, fmt, out, out_fmt, extra)
        return
    handle: IO[str] = sys.stdout if out is None else open(out, "w", encoding="utf-8", newline="")
    try:
        rows = _text_rows(path, fmt)
        writer: Any = None
        for i, (_line, row) in enumerate(rows):
            for n in names:
                row[n] = extra[n][i]
            if out_fmt == "jsonl":
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                continue
            if writer is None:
                writer = csv.DictWriter(handle, fieldnames=list(row), delimiter="," if out_fmt == "csv" else "\t",
                                        extrasaction="ignore", lineterminator="\n")
                writer.writeheader()
            writer.writerow(row)
    finally:
        if out is not None:
            handle.close()


def _write_parquet(path: str, fmt: str, out: str | None, out_fmt: str, extra: dict[str, Sequence[Any]]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise TranslitNamesError("Parquet needs pyarrow: pip install 'translit-names[arrow]'") from None
    if fmt == "parquet":
        table = _parquet(path)
    else:
        rows = [row for _line, row in _text_rows(path, fmt)]
        table = pa.Table.from_pylist(rows)
    for name, values in extra.items():
        array = pa.array(list(values))
        if name in table.column_names:  # a table that went through this command before: its answers are replaced
            table = table.set_column(table.column_names.index(name), name, array)
        else:
            table = table.append_column(name, array)
    if out_fmt == "parquet":
        if out is None:
            raise TranslitNamesError("writing Parquet needs --output FILE")
        pq.write_table(table, out)
        return
    # Parquet in, text out: one row at a time.
    handle: IO[str] = sys.stdout if out is None else open(out, "w", encoding="utf-8", newline="")
    try:
        columns = table.column_names
        if out_fmt == "jsonl":
            for row in table.to_pylist():
                handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        else:
            writer = csv.writer(handle, delimiter="," if out_fmt == "csv" else "\t", lineterminator="\n")
            writer.writerow(columns)
            for row in table.to_pylist():
                writer.writerow([row[c] for c in columns])
    finally:
        if out is not None:
            handle.close()
