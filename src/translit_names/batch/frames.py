"""Column adapters: a column of names in, a frame of answers out, one row per input row, in the same order.

The answer frame has the columns :data:`COLUMNS`: ``id``, ``name`` (the entity's canonical name), ``type``,
``score`` and ``matched`` (the gazetteer spelling that matched); a row whose name found nothing (or held no name)
has nulls. pandas, Polars and Arrow are optional: each is imported only when a column of its kind arrives.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .many import lookup_many

if TYPE_CHECKING:  # pragma: no cover
    from ..gazetteer import Gazetteer
    from ..model import Match

__all__ = ["COLUMNS", "answer_columns", "lookup_column"]

#: The columns of an answer frame, in order.
COLUMNS = ("id", "name", "type", "score", "matched")


def answer_columns(answers: Iterable[Match | None]) -> dict[str, list[Any]]:
    """The answers as plain columns (lists) named :data:`COLUMNS`."""
    cols: dict[str, list[Any]] = {c: [] for c in COLUMNS}
    for m in answers:
        if m is None:
            for c in COLUMNS:
                cols[c].append(None)
        else:
            cols["id"].append(m.id)
            cols["name"].append(m.name)
            cols["type"].append(m.type)
            cols["score"].append(round(m.score, 4))
            cols["matched"].append(m.matched)
    return cols


def _kind(column: object) -> str:
    module = type(column).__module__.split(".")[0]
    return {"pandas": "pandas", "polars": "polars", "pyarrow": "arrow"}.get(module, "other")


def lookup_column(
    column: Any,
    *,
    type: str | None = None,
    threshold: float | None = None,
    workers: int = 1,
    gazetteer: Gazetteer | None = None,
) -> Any:
    """Resolve a column of names: a pandas ``Series`` gives a pandas ``DataFrame`` with the same index; a Polars
    ``Series`` a Polars ``DataFrame``; an Arrow ``Array`` or ``ChunkedArray`` an Arrow ``Table``; any other
    iterable a ``dict`` of lists. Missing and non-string cells keep their row with null answers."""
    kind = _kind(column)
    if kind == "arrow":
        cells: Iterable[object] = column.to_pylist()
    elif kind == "polars":
        cells = column.to_list()
    else:
        cells = column
    cols = answer_columns(lookup_many(cells, type=type, threshold=threshold, workers=workers, gazetteer=gazetteer))
    if kind == "pandas":
        import pandas as pd

        frame = pd.DataFrame(cols, index=column.index)
        frame["score"] = frame["score"].astype("float64")
        return frame
    if kind == "polars":
        import polars as pl

        return pl.DataFrame(cols, schema={"id": pl.Utf8, "name": pl.Utf8, "type": pl.Utf8, "score": pl.Float64, "matched": pl.Utf8})
    if kind == "arrow":
        import pyarrow as pa

        schema = pa.schema([("id", pa.string()), ("name", pa.string()), ("type", pa.string()), ("score", pa.float64()), ("matched", pa.string())])
        return pa.Table.from_pydict(cols, schema=schema)
    return cols
