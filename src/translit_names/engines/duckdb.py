"""DuckDB: ``lookup`` and ``compare`` as vectorised SQL functions (``pip install 'translit-names[duckdb]'``).

>>> import duckdb                                                      # doctest: +SKIP
>>> from translit_names.engines.duckdb import register
>>> con = duckdb.connect(); register(con)                              # doctest: +SKIP
>>> con.sql("SELECT translit_lookup('Tichanowskaya')").fetchone()      # doctest: +SKIP
('person:sviatlana-tsikhanouskaya',)

:func:`register` adds, for one connection:

- ``translit_lookup(name VARCHAR) -> VARCHAR``: the entity ID, or NULL;
- ``translit_lookup_score(name VARCHAR) -> DOUBLE``: its score, or NULL;
- ``translit_compare(a VARCHAR, b VARCHAR) -> DOUBLE``: :func:`translit_names.compare` (NULL if either is NULL).

They receive whole Arrow vectors, and each distinct name of a vector is resolved once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..batch.many import lookup_many

if TYPE_CHECKING:  # pragma: no cover
    from ..gazetteer import Gazetteer

__all__ = ["FUNCTIONS", "register"]

#: The SQL functions :func:`register` adds.
FUNCTIONS = ("translit_lookup", "translit_lookup_score", "translit_compare")


def register(con: Any, *, gazetteer: Gazetteer | None = None, type: str | None = None,
             threshold: float | None = None, prefix: str = "translit_") -> None:
    """Register the functions on the DuckDB connection ``con`` (names start with ``prefix``)."""
    try:
        import duckdb  # noqa: F401
        import pyarrow as pa
    except ImportError:  # pragma: no cover - the extra is missing
        from ..errors import TranslitNamesError

        raise TranslitNamesError("this needs DuckDB and pyarrow: pip install 'translit-names[duckdb]'") from None
    from ..score.compare import compare

    def answers(names: Any) -> list[Any]:
        return lookup_many(names.to_pylist(), type=type, threshold=threshold, gazetteer=gazetteer)

    def lookup_ids(names: Any) -> Any:
        return pa.array([m.id if m else None for m in answers(names)], type=pa.string())

    def lookup_scores(names: Any) -> Any:
        return pa.array([m.score if m else None for m in answers(names)], type=pa.float64())

    def compare_pairs(a: Any, b: Any) -> Any:
        return pa.array(
            [None if (x is None or y is None) else compare(x, y) for x, y in zip(a.to_pylist(), b.to_pylist())],
            type=pa.float64(),
        )

    varchar, double = "VARCHAR", "DOUBLE"
    kw: dict[str, Any] = {"type": "arrow", "null_handling": "special"}
    con.create_function(f"{prefix}lookup", lookup_ids, [varchar], varchar, **kw)
    con.create_function(f"{prefix}lookup_score", lookup_scores, [varchar], double, **kw)
    con.create_function(f"{prefix}compare", compare_pairs, [varchar, varchar], double, **kw)
