"""Scale-out on existing engines, each an optional extra never needed by the core.

- :mod:`translit_names.engines.dask`: ``pip install 'translit-names[dask]'``
- :mod:`translit_names.engines.spark`: ``pip install 'translit-names[spark]'`` (and a Java runtime)
- :mod:`translit_names.engines.duckdb`: ``pip install 'translit-names[duckdb]'``

Each resolves names with :func:`translit_names.batch.lookup_column` on a partition (a pandas ``Series`` or an
Arrow array) at a time; a :class:`~translit_names.Gazetteer` travels to the workers by path and is opened there
once per process.
"""

__all__: list[str] = []
