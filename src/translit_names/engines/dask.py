"""Dask: resolve a column of a Dask DataFrame, partition by partition (``pip install 'translit-names[dask]'``).

>>> import dask.dataframe as dd                                          # doctest: +SKIP
>>> from translit_names.engines.dask import lookup_series
>>> answers = lookup_series(frame["name"]).compute()                     # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..batch.frames import lookup_column

if TYPE_CHECKING:  # pragma: no cover
    from ..gazetteer import Gazetteer

__all__ = ["lookup_series", "meta"]


def meta() -> Any:
    """An empty pandas frame with the answer columns and their types (Dask's ``meta``)."""
    import pandas as pd

    return pd.DataFrame({
        "id": pd.Series(dtype="object"), "name": pd.Series(dtype="object"), "type": pd.Series(dtype="object"),
        "score": pd.Series(dtype="float64"), "matched": pd.Series(dtype="object"),
    })


def _partition(series: Any, type_: str | None, threshold: float | None, gazetteer: Gazetteer | None) -> Any:
    return lookup_column(series, type=type_, threshold=threshold, gazetteer=gazetteer)


def lookup_series(series: Any, *, type: str | None = None, threshold: float | None = None,
                  gazetteer: Gazetteer | None = None) -> Any:
    """A Dask DataFrame of answers (``id``, ``name``, ``type``, ``score``, ``matched``) aligned with ``series``
    (a Dask Series of names), computed with ``map_partitions``. ``gazetteer`` defaults to the packaged one."""
    try:
        import dask.dataframe  # noqa: F401
    except ImportError:  # pragma: no cover - the extra is missing
        from ..errors import TranslitNamesError

        raise TranslitNamesError("this needs Dask: pip install 'translit-names[dask]'") from None
    return series.map_partitions(_partition, type, threshold, gazetteer, meta=meta())
