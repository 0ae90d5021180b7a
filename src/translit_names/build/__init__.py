"""Build-time code: read the gazetteer sources, validate them, and compile the SQLite index.

Nothing here runs when the library answers a query; the compiled index does. ``translit-names gazetteer
build`` and the packaging hook (``hatch_build.py``) call :func:`translit_names.build.compile.build_index`.
"""

__all__: list[str] = []
