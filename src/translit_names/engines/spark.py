"""Spark: resolve a column of a Spark DataFrame with ``mapInPandas`` (``pip install 'translit-names[spark]'``).

>>> from translit_names.engines.spark import lookup_frame                # doctest: +SKIP
>>> resolved = lookup_frame(frame, "name")                               # doctest: +SKIP

Each executor process opens the index once (the gazetteer travels by path inside the function's closure and is
cached per process), and resolves a batch of rows at a time with :func:`translit_names.batch.lookup_column`.
The result has every column of the input plus ``match_id``, ``match_name``, ``match_type``, ``match_score``
and ``match_matched``. See ``examples/spark_lookup.py`` and docs/scale-out.md for a run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..batch.frames import COLUMNS, lookup_column

if TYPE_CHECKING:  # pragma: no cover
    from ..gazetteer import Gazetteer

__all__ = ["ANSWER_COLUMNS", "lookup_frame"]

#: The columns added to the frame, in order.
ANSWER_COLUMNS = tuple(f"match_{c}" for c in COLUMNS)


def lookup_frame(frame: Any, column: str, *, type: str | None = None, threshold: float | None = None,
                 gazetteer: Gazetteer | None = None) -> Any:
    """``frame`` (a Spark DataFrame) with the answer columns for its ``column`` of names added."""
    try:
        from pyspark.sql.types import DoubleType, StringType, StructField, StructType
    except ImportError:  # pragma: no cover - the extra is missing
        from ..errors import TranslitNamesError

        raise TranslitNamesError("this needs PySpark: pip install 'translit-names[spark]'") from None
    kinds = {"score": DoubleType()}
    schema = StructType(
        list(frame.schema.fields)
        + [StructField(f"match_{c}", kinds.get(c, StringType()), True) for c in COLUMNS]
    )

    def resolve(batches: Iterator[Any]) -> Iterator[Any]:
        for batch in batches:
            answers = lookup_column(batch[column], type=type, threshold=threshold, gazetteer=gazetteer)
            answers.columns = list(ANSWER_COLUMNS)
            yield batch.join(answers)

    return frame.mapInPandas(resolve, schema=schema)
