"""The transliteration engine: table-driven schemes (JSON files under ``schemes/<lang>/``), see :mod:`.engine`.

Language packs (:mod:`translit_names.lang`) register these schemes; ``transliterate`` and ``romanize`` here work
on the table schemes by language code.
"""

from __future__ import annotations

from .engine import languages, romanize, schemes, transliterate

__all__ = ["languages", "romanize", "schemes", "transliterate"]
